module @jit_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<32x32xf32>, %arg1: tensor<32x32xf32>, %arg2: tensor<32x32xf32>, %arg3: tensor<32x32xf32>, %arg4: tensor<16x32xf32>, %arg5: tensor<32xf32>, %arg6: tensor<32xf32>, %arg7: tensor<32x64xf32>, %arg8: tensor<64x32xf32>, %arg9: tensor<12x32xf32>, %arg10: tensor<32x16xf32>, %arg11: tensor<32x12xi32>, %arg12: tensor<32x12xi32>) -> (tensor<f32> {jax.result_info = "result[0]"}, tensor<32x32xf32> {jax.result_info = "result[1]['attn']['wk']"}, tensor<32x32xf32> {jax.result_info = "result[1]['attn']['wo']"}, tensor<32x32xf32> {jax.result_info = "result[1]['attn']['wq']"}, tensor<32x32xf32> {jax.result_info = "result[1]['attn']['wv']"}, tensor<16x32xf32> {jax.result_info = "result[1]['embed']"}, tensor<32xf32> {jax.result_info = "result[1]['ln1']"}, tensor<32xf32> {jax.result_info = "result[1]['ln2']"}, tensor<32x64xf32> {jax.result_info = "result[1]['mlp']['w_in']"}, tensor<64x32xf32> {jax.result_info = "result[1]['mlp']['w_out']"}, tensor<12x32xf32> {jax.result_info = "result[1]['pos']"}, tensor<32x16xf32> {jax.result_info = "result[1]['unembed']"}) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<32x12xi32>
    %1 = stablehlo.compare LT, %arg11, %0, SIGNED : (tensor<32x12xi32>, tensor<32x12xi32>) -> tensor<32x12xi1>
    %c_0 = stablehlo.constant dense<16> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<32x12xi32>
    %3 = stablehlo.add %arg11, %2 : tensor<32x12xi32>
    %4 = stablehlo.select %1, %3, %arg11 : tensor<32x12xi1>, tensor<32x12xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<32x12xi32>) -> tensor<32x12x1xi32>
    %6 = "stablehlo.gather"(%arg4, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>}> : (tensor<16x32xf32>, tensor<32x12x1xi32>) -> tensor<32x12x32xf32>
    %7 = stablehlo.broadcast_in_dim %arg9, dims = [1, 2] : (tensor<12x32xf32>) -> tensor<1x12x32xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1, 2] : (tensor<1x12x32xf32>) -> tensor<32x12x32xf32>
    %9 = stablehlo.add %6, %8 : tensor<32x12x32xf32>
    %10 = stablehlo.multiply %9, %9 : tensor<32x12x32xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %11 = stablehlo.reduce(%10 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<32x12x32xf32>, tensor<f32>) -> tensor<32x12xf32>
    %12 = stablehlo.broadcast_in_dim %11, dims = [0, 1] : (tensor<32x12xf32>) -> tensor<32x12x1xf32>
    %cst_1 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<32x12x1xf32>
    %14 = stablehlo.divide %12, %13 : tensor<32x12x1xf32>
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<32x12x1xf32>
    %16 = stablehlo.add %14, %15 : tensor<32x12x1xf32>
    %17 = stablehlo.rsqrt %16 : tensor<32x12x1xf32>
    %18 = stablehlo.divide %17, %16 : tensor<32x12x1xf32>
    %cst_3 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<32x12x1xf32>
    %20 = stablehlo.multiply %19, %18 : tensor<32x12x1xf32>
    %21 = stablehlo.broadcast_in_dim %17, dims = [0, 1, 2] : (tensor<32x12x1xf32>) -> tensor<32x12x32xf32>
    %22 = stablehlo.multiply %9, %21 : tensor<32x12x32xf32>
    %23 = stablehlo.broadcast_in_dim %arg5, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<32x12x32xf32>
    %25 = stablehlo.multiply %22, %24 : tensor<32x12x32xf32>
    %26 = stablehlo.dot_general %25, %arg2, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x32xf32>) -> tensor<32x12x32xf32>
    %27 = stablehlo.reshape %26 : (tensor<32x12x32xf32>) -> tensor<32x12x2x16xf32>
    %28 = stablehlo.dot_general %25, %arg0, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x32xf32>) -> tensor<32x12x32xf32>
    %29 = stablehlo.reshape %28 : (tensor<32x12x32xf32>) -> tensor<32x12x2x16xf32>
    %30 = stablehlo.dot_general %25, %arg3, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x32xf32>) -> tensor<32x12x32xf32>
    %31 = stablehlo.reshape %30 : (tensor<32x12x32xf32>) -> tensor<32x12x2x16xf32>
    %32 = stablehlo.dot_general %27, %29, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<32x12x2x16xf32>, tensor<32x12x2x16xf32>) -> tensor<32x2x12x12xf32>
    %cst_4 = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %33 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<32x2x12x12xf32>
    %34 = stablehlo.divide %32, %33 : tensor<32x2x12x12xf32>
    %c_5 = stablehlo.constant dense<true> : tensor<i1>
    %35 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i1>) -> tensor<12x12xi1>
    %36 = call @tril(%35) : (tensor<12x12xi1>) -> tensor<12x12xi1>
    %cst_6 = stablehlo.constant dense<-1.000000e+09> : tensor<f32>
    %37:2 = call @_where(%36, %34, %cst_6) : (tensor<12x12xi1>, tensor<32x2x12x12xf32>, tensor<f32>) -> (tensor<32x2x12x12xf32>, tensor<32x2x12x12xi1>)
    %cst_7 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %38 = stablehlo.reduce(%37#0 init: %cst_7) applies stablehlo.maximum across dimensions = [3] : (tensor<32x2x12x12xf32>, tensor<f32>) -> tensor<32x2x12xf32>
    %cst_8 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %39 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<32x2x12xf32>
    %40 = stablehlo.maximum %39, %38 : tensor<32x2x12xf32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [0, 1, 2] : (tensor<32x2x12xf32>) -> tensor<32x2x12x1xf32>
    %42 = stablehlo.broadcast_in_dim %41, dims = [0, 1, 2, 3] : (tensor<32x2x12x1xf32>) -> tensor<32x2x12x12xf32>
    %43 = stablehlo.subtract %37#0, %42 : tensor<32x2x12x12xf32>
    %44 = stablehlo.exponential %43 : tensor<32x2x12x12xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %45 = stablehlo.reduce(%44 init: %cst_9) applies stablehlo.add across dimensions = [3] : (tensor<32x2x12x12xf32>, tensor<f32>) -> tensor<32x2x12xf32>
    %46 = stablehlo.broadcast_in_dim %45, dims = [0, 1, 2] : (tensor<32x2x12xf32>) -> tensor<32x2x12x1xf32>
    %47 = stablehlo.broadcast_in_dim %46, dims = [0, 1, 2, 3] : (tensor<32x2x12x1xf32>) -> tensor<32x2x12x12xf32>
    %48 = stablehlo.divide %44, %47 : tensor<32x2x12x12xf32>
    %49 = stablehlo.multiply %46, %46 : tensor<32x2x12x1xf32>
    %cst_10 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %50 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<32x2x12x1xf32>
    %51 = stablehlo.divide %50, %49 : tensor<32x2x12x1xf32>
    %52 = stablehlo.dot_general %31, %48, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<32x12x2x16xf32>, tensor<32x2x12x12xf32>) -> tensor<32x2x16x12xf32>
    %53 = stablehlo.transpose %52, dims = [0, 3, 1, 2] : (tensor<32x2x16x12xf32>) -> tensor<32x12x2x16xf32>
    %54 = stablehlo.reshape %53 : (tensor<32x12x2x16xf32>) -> tensor<32x12x32xf32>
    %55 = stablehlo.dot_general %54, %arg1, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x32xf32>) -> tensor<32x12x32xf32>
    %56 = stablehlo.add %9, %55 : tensor<32x12x32xf32>
    %57 = stablehlo.multiply %56, %56 : tensor<32x12x32xf32>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %58 = stablehlo.reduce(%57 init: %cst_11) applies stablehlo.add across dimensions = [2] : (tensor<32x12x32xf32>, tensor<f32>) -> tensor<32x12xf32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [0, 1] : (tensor<32x12xf32>) -> tensor<32x12x1xf32>
    %cst_12 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %60 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<32x12x1xf32>
    %61 = stablehlo.divide %59, %60 : tensor<32x12x1xf32>
    %cst_13 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<32x12x1xf32>
    %63 = stablehlo.add %61, %62 : tensor<32x12x1xf32>
    %64 = stablehlo.rsqrt %63 : tensor<32x12x1xf32>
    %65 = stablehlo.divide %64, %63 : tensor<32x12x1xf32>
    %cst_14 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<32x12x1xf32>
    %67 = stablehlo.multiply %66, %65 : tensor<32x12x1xf32>
    %68 = stablehlo.broadcast_in_dim %64, dims = [0, 1, 2] : (tensor<32x12x1xf32>) -> tensor<32x12x32xf32>
    %69 = stablehlo.multiply %56, %68 : tensor<32x12x32xf32>
    %70 = stablehlo.broadcast_in_dim %arg6, dims = [2] : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<32x12x32xf32>
    %72 = stablehlo.multiply %69, %71 : tensor<32x12x32xf32>
    %73 = stablehlo.dot_general %72, %arg7, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x64xf32>) -> tensor<32x12x64xf32>
    %74 = stablehlo.multiply %73, %73 : tensor<32x12x64xf32>
    %75 = stablehlo.multiply %74, %73 : tensor<32x12x64xf32>
    %76 = stablehlo.multiply %73, %73 : tensor<32x12x64xf32>
    %cst_15 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<32x12x64xf32>
    %78 = stablehlo.multiply %77, %76 : tensor<32x12x64xf32>
    %cst_16 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<32x12x64xf32>
    %80 = stablehlo.multiply %79, %75 : tensor<32x12x64xf32>
    %81 = stablehlo.add %73, %80 : tensor<32x12x64xf32>
    %cst_17 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<32x12x64xf32>
    %83 = stablehlo.multiply %82, %81 : tensor<32x12x64xf32>
    %84 = stablehlo.tanh %83 : tensor<32x12x64xf32>
    %cst_18 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %85 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<32x12x64xf32>
    %86 = stablehlo.subtract %85, %84 : tensor<32x12x64xf32>
    %cst_19 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<32x12x64xf32>
    %88 = stablehlo.add %87, %84 : tensor<32x12x64xf32>
    %cst_20 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<32x12x64xf32>
    %90 = stablehlo.multiply %89, %88 : tensor<32x12x64xf32>
    %91 = stablehlo.multiply %73, %90 : tensor<32x12x64xf32>
    %92 = stablehlo.dot_general %91, %arg8, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<32x12x64xf32>, tensor<64x32xf32>) -> tensor<32x12x32xf32>
    %93 = stablehlo.add %56, %92 : tensor<32x12x32xf32>
    %94 = stablehlo.dot_general %93, %arg10, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x16xf32>) -> tensor<32x12x16xf32>
    %95:3 = call @log_softmax(%94) : (tensor<32x12x16xf32>) -> (tensor<32x12x16xf32>, tensor<32x12x16xf32>, tensor<32x12x1xf32>)
    %96 = stablehlo.broadcast_in_dim %arg12, dims = [0, 1] : (tensor<32x12xi32>) -> tensor<32x12x1xi32>
    %97:2 = call @take_along_axis(%95#0, %96) : (tensor<32x12x16xf32>, tensor<32x12x1xi32>) -> (tensor<32x12x1xf32>, tensor<32x12x1x1xi32>)
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %98 = stablehlo.reduce(%97#0 init: %cst_21) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<32x12x1xf32>, tensor<f32>) -> tensor<f32>
    %cst_22 = stablehlo.constant dense<3.840000e+02> : tensor<f32>
    %99 = stablehlo.divide %98, %cst_22 : tensor<f32>
    %100 = stablehlo.negate %99 : tensor<f32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %101 = stablehlo.negate %cst_23 : tensor<f32>
    %cst_24 = stablehlo.constant dense<3.840000e+02> : tensor<f32>
    %102 = stablehlo.divide %101, %cst_24 : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %102, dims = [] : (tensor<f32>) -> tensor<32x12x1xf32>
    %104 = call @take_along_axis_0(%97#1, %103) : (tensor<32x12x1x1xi32>, tensor<32x12x1xf32>) -> tensor<32x12x16xf32>
    %105 = call @log_softmax_1(%95#1, %95#2, %104) : (tensor<32x12x16xf32>, tensor<32x12x1xf32>, tensor<32x12x16xf32>) -> tensor<32x12x16xf32>
    %106 = stablehlo.dot_general %105, %93, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<32x12x16xf32>, tensor<32x12x32xf32>) -> tensor<16x32xf32>
    %107 = stablehlo.transpose %106, dims = [1, 0] : (tensor<16x32xf32>) -> tensor<32x16xf32>
    %108 = stablehlo.dot_general %105, %arg10, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x12x16xf32>, tensor<32x16xf32>) -> tensor<32x12x32xf32>
    %109 = stablehlo.dot_general %108, %91, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x12x64xf32>) -> tensor<32x64xf32>
    %110 = stablehlo.transpose %109, dims = [1, 0] : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %111 = stablehlo.dot_general %108, %arg8, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<64x32xf32>) -> tensor<32x12x64xf32>
    %112 = stablehlo.multiply %73, %111 : tensor<32x12x64xf32>
    %113 = stablehlo.multiply %111, %90 : tensor<32x12x64xf32>
    %cst_25 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %114 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<32x12x64xf32>
    %115 = stablehlo.multiply %114, %112 : tensor<32x12x64xf32>
    %116 = stablehlo.multiply %115, %86 : tensor<32x12x64xf32>
    %117 = stablehlo.multiply %116, %84 : tensor<32x12x64xf32>
    %118 = stablehlo.add %116, %117 : tensor<32x12x64xf32>
    %cst_26 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %119 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<32x12x64xf32>
    %120 = stablehlo.multiply %119, %118 : tensor<32x12x64xf32>
    %121 = stablehlo.add %113, %120 : tensor<32x12x64xf32>
    %cst_27 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %122 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<32x12x64xf32>
    %123 = stablehlo.multiply %122, %120 : tensor<32x12x64xf32>
    %124 = stablehlo.multiply %123, %78 : tensor<32x12x64xf32>
    %125 = stablehlo.add %121, %124 : tensor<32x12x64xf32>
    %126 = stablehlo.dot_general %125, %72, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<32x12x64xf32>, tensor<32x12x32xf32>) -> tensor<64x32xf32>
    %127 = stablehlo.transpose %126, dims = [1, 0] : (tensor<64x32xf32>) -> tensor<32x64xf32>
    %128 = stablehlo.dot_general %125, %arg7, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x12x64xf32>, tensor<32x64xf32>) -> tensor<32x12x32xf32>
    %129 = stablehlo.multiply %69, %128 : tensor<32x12x32xf32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %130 = stablehlo.reduce(%129 init: %cst_28) applies stablehlo.add across dimensions = [0, 1] : (tensor<32x12x32xf32>, tensor<f32>) -> tensor<32xf32>
    %131 = stablehlo.reshape %130 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %132 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<32x12x32xf32>
    %133 = stablehlo.multiply %128, %132 : tensor<32x12x32xf32>
    %cst_29 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %134 = stablehlo.reduce(%131 init: %cst_29) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %135 = stablehlo.multiply %56, %133 : tensor<32x12x32xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %136 = stablehlo.reduce(%135 init: %cst_30) applies stablehlo.add across dimensions = [2] : (tensor<32x12x32xf32>, tensor<f32>) -> tensor<32x12xf32>
    %137 = stablehlo.reshape %136 : (tensor<32x12xf32>) -> tensor<32x12x1xf32>
    %138 = stablehlo.broadcast_in_dim %64, dims = [0, 1, 2] : (tensor<32x12x1xf32>) -> tensor<32x12x32xf32>
    %139 = stablehlo.multiply %133, %138 : tensor<32x12x32xf32>
    %140 = stablehlo.add %108, %139 : tensor<32x12x32xf32>
    %141 = stablehlo.multiply %137, %67 : tensor<32x12x1xf32>
    %cst_31 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<32x12x1xf32>
    %143 = stablehlo.divide %141, %142 : tensor<32x12x1xf32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %144 = stablehlo.reduce(%143 init: %cst_32) applies stablehlo.add across dimensions = [2] : (tensor<32x12x1xf32>, tensor<f32>) -> tensor<32x12xf32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [0, 1] : (tensor<32x12xf32>) -> tensor<32x12x32xf32>
    %146 = stablehlo.multiply %56, %145 : tensor<32x12x32xf32>
    %147 = stablehlo.add %140, %146 : tensor<32x12x32xf32>
    %148 = stablehlo.multiply %145, %56 : tensor<32x12x32xf32>
    %149 = stablehlo.add %147, %148 : tensor<32x12x32xf32>
    %150 = stablehlo.dot_general %149, %54, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x12x32xf32>) -> tensor<32x32xf32>
    %151 = stablehlo.transpose %150, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %152 = stablehlo.dot_general %149, %arg1, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x32xf32>) -> tensor<32x12x32xf32>
    %153 = stablehlo.reshape %152 : (tensor<32x12x32xf32>) -> tensor<32x12x2x16xf32>
    %154 = stablehlo.transpose %153, dims = [0, 2, 3, 1] : (tensor<32x12x2x16xf32>) -> tensor<32x2x16x12xf32>
    %155 = stablehlo.dot_general %154, %31, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [DEFAULT, DEFAULT] : (tensor<32x2x16x12xf32>, tensor<32x12x2x16xf32>) -> tensor<32x2x12x12xf32>
    %156 = stablehlo.dot_general %154, %48, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x2x16x12xf32>, tensor<32x2x12x12xf32>) -> tensor<32x2x16x12xf32>
    %157 = stablehlo.transpose %156, dims = [0, 3, 1, 2] : (tensor<32x2x16x12xf32>) -> tensor<32x12x2x16xf32>
    %158 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 2, 3] : (tensor<32x2x12x1xf32>) -> tensor<32x2x12x12xf32>
    %159 = stablehlo.multiply %155, %158 : tensor<32x2x12x12xf32>
    %160 = stablehlo.multiply %159, %44 : tensor<32x2x12x12xf32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %161 = stablehlo.reduce(%160 init: %cst_33) applies stablehlo.add across dimensions = [3] : (tensor<32x2x12x12xf32>, tensor<f32>) -> tensor<32x2x12xf32>
    %162 = stablehlo.reshape %161 : (tensor<32x2x12xf32>) -> tensor<32x2x12x1xf32>
    %163 = stablehlo.negate %162 : tensor<32x2x12x1xf32>
    %164 = stablehlo.broadcast_in_dim %46, dims = [0, 1, 2, 3] : (tensor<32x2x12x1xf32>) -> tensor<32x2x12x12xf32>
    %165 = stablehlo.divide %155, %164 : tensor<32x2x12x12xf32>
    %cst_34 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %166 = stablehlo.reduce(%163 init: %cst_34) applies stablehlo.add across dimensions = [3] : (tensor<32x2x12x1xf32>, tensor<f32>) -> tensor<32x2x12xf32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [0, 1, 2] : (tensor<32x2x12xf32>) -> tensor<32x2x12x12xf32>
    %168 = stablehlo.add %165, %167 : tensor<32x2x12x12xf32>
    %169 = stablehlo.multiply %168, %44 : tensor<32x2x12x12xf32>
    %170 = call @_where_2(%37#1, %169) : (tensor<32x2x12x12xi1>, tensor<32x2x12x12xf32>) -> tensor<32x2x12x12xf32>
    %cst_35 = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<32x2x12x12xf32>
    %172 = stablehlo.divide %170, %171 : tensor<32x2x12x12xf32>
    %173 = stablehlo.dot_general %172, %27, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2x12x12xf32>, tensor<32x12x2x16xf32>) -> tensor<32x2x12x16xf32>
    %174 = stablehlo.transpose %173, dims = [0, 2, 1, 3] : (tensor<32x2x12x16xf32>) -> tensor<32x12x2x16xf32>
    %175 = stablehlo.dot_general %172, %29, batching_dims = [0, 1] x [0, 2], contracting_dims = [3] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2x12x12xf32>, tensor<32x12x2x16xf32>) -> tensor<32x2x12x16xf32>
    %176 = stablehlo.transpose %175, dims = [0, 2, 1, 3] : (tensor<32x2x12x16xf32>) -> tensor<32x12x2x16xf32>
    %177 = stablehlo.reshape %157 : (tensor<32x12x2x16xf32>) -> tensor<32x12x32xf32>
    %178 = stablehlo.dot_general %177, %25, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x12x32xf32>) -> tensor<32x32xf32>
    %179 = stablehlo.transpose %178, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %180 = stablehlo.dot_general %177, %arg3, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x32xf32>) -> tensor<32x12x32xf32>
    %181 = stablehlo.reshape %174 : (tensor<32x12x2x16xf32>) -> tensor<32x12x32xf32>
    %182 = stablehlo.dot_general %181, %25, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x12x32xf32>) -> tensor<32x32xf32>
    %183 = stablehlo.transpose %182, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %184 = stablehlo.dot_general %181, %arg0, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x32xf32>) -> tensor<32x12x32xf32>
    %185 = stablehlo.add %180, %184 : tensor<32x12x32xf32>
    %186 = stablehlo.reshape %176 : (tensor<32x12x2x16xf32>) -> tensor<32x12x32xf32>
    %187 = stablehlo.dot_general %186, %25, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x12x32xf32>) -> tensor<32x32xf32>
    %188 = stablehlo.transpose %187, dims = [1, 0] : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %189 = stablehlo.dot_general %186, %arg2, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x12x32xf32>, tensor<32x32xf32>) -> tensor<32x12x32xf32>
    %190 = stablehlo.add %185, %189 : tensor<32x12x32xf32>
    %191 = stablehlo.multiply %22, %190 : tensor<32x12x32xf32>
    %cst_36 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %192 = stablehlo.reduce(%191 init: %cst_36) applies stablehlo.add across dimensions = [0, 1] : (tensor<32x12x32xf32>, tensor<f32>) -> tensor<32xf32>
    %193 = stablehlo.reshape %192 : (tensor<32xf32>) -> tensor<1x1x32xf32>
    %194 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 2] : (tensor<1x1x32xf32>) -> tensor<32x12x32xf32>
    %195 = stablehlo.multiply %190, %194 : tensor<32x12x32xf32>
    %cst_37 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %196 = stablehlo.reduce(%193 init: %cst_37) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %197 = stablehlo.multiply %9, %195 : tensor<32x12x32xf32>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %198 = stablehlo.reduce(%197 init: %cst_38) applies stablehlo.add across dimensions = [2] : (tensor<32x12x32xf32>, tensor<f32>) -> tensor<32x12xf32>
    %199 = stablehlo.reshape %198 : (tensor<32x12xf32>) -> tensor<32x12x1xf32>
    %200 = stablehlo.broadcast_in_dim %17, dims = [0, 1, 2] : (tensor<32x12x1xf32>) -> tensor<32x12x32xf32>
    %201 = stablehlo.multiply %195, %200 : tensor<32x12x32xf32>
    %202 = stablehlo.add %149, %201 : tensor<32x12x32xf32>
    %203 = stablehlo.multiply %199, %20 : tensor<32x12x1xf32>
    %cst_39 = stablehlo.constant dense<3.200000e+01> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<32x12x1xf32>
    %205 = stablehlo.divide %203, %204 : tensor<32x12x1xf32>
    %cst_40 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %206 = stablehlo.reduce(%205 init: %cst_40) applies stablehlo.add across dimensions = [2] : (tensor<32x12x1xf32>, tensor<f32>) -> tensor<32x12xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0, 1] : (tensor<32x12xf32>) -> tensor<32x12x32xf32>
    %208 = stablehlo.multiply %9, %207 : tensor<32x12x32xf32>
    %209 = stablehlo.add %202, %208 : tensor<32x12x32xf32>
    %210 = stablehlo.multiply %207, %9 : tensor<32x12x32xf32>
    %211 = stablehlo.add %209, %210 : tensor<32x12x32xf32>
    %cst_41 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %212 = stablehlo.reduce(%211 init: %cst_41) applies stablehlo.add across dimensions = [0] : (tensor<32x12x32xf32>, tensor<f32>) -> tensor<12x32xf32>
    %213 = stablehlo.reshape %212 : (tensor<12x32xf32>) -> tensor<1x12x32xf32>
    %cst_42 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %214 = stablehlo.reduce(%213 init: %cst_42) applies stablehlo.add across dimensions = [0] : (tensor<1x12x32xf32>, tensor<f32>) -> tensor<12x32xf32>
    %cst_43 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<16x32xf32>
    %216 = "stablehlo.scatter"(%215, %5, %211) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false}> ({
    ^bb0(%arg13: tensor<f32>, %arg14: tensor<f32>):
      %217 = stablehlo.add %arg13, %arg14 : tensor<f32>
      stablehlo.return %217 : tensor<f32>
    }) : (tensor<16x32xf32>, tensor<32x12x1xi32>, tensor<32x12x32xf32>) -> tensor<16x32xf32>
    return %100, %183, %151, %188, %179, %216, %196, %134, %127, %110, %214, %107 : tensor<f32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<12x32xf32>, tensor<32x16xf32>
  }
  func.func private @tril(%arg0: tensor<12x12xi1>) -> tensor<12x12xi1> {
    %0 = stablehlo.iota dim = 0 : tensor<12x12xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<12x12xi32>
    %2 = stablehlo.add %0, %1 : tensor<12x12xi32>
    %3 = stablehlo.iota dim = 1 : tensor<12x12xi32>
    %4 = stablehlo.compare GE, %2, %3, SIGNED : (tensor<12x12xi32>, tensor<12x12xi32>) -> tensor<12x12xi1>
    %c_0 = stablehlo.constant dense<false> : tensor<i1>
    %5 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i1>) -> tensor<12x12xi1>
    %6 = stablehlo.select %4, %arg0, %5 : tensor<12x12xi1>, tensor<12x12xi1>
    return %6 : tensor<12x12xi1>
  }
  func.func private @_where(%arg0: tensor<12x12xi1>, %arg1: tensor<32x2x12x12xf32>, %arg2: tensor<f32>) -> (tensor<32x2x12x12xf32>, tensor<32x2x12x12xi1>) {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [2, 3] : (tensor<12x12xi1>) -> tensor<32x2x12x12xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<32x2x12x12xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<32x2x12x12xi1>, tensor<32x2x12x12xf32>
    return %3, %1 : tensor<32x2x12x12xf32>, tensor<32x2x12x12xi1>
  }
  func.func private @log_softmax(%arg0: tensor<32x12x16xf32>) -> (tensor<32x12x16xf32>, tensor<32x12x16xf32>, tensor<32x12x1xf32>) {
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %0 = stablehlo.reduce(%arg0 init: %cst) applies stablehlo.maximum across dimensions = [2] : (tensor<32x12x16xf32>, tensor<f32>) -> tensor<32x12xf32>
    %cst_0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<32x12xf32>
    %2 = stablehlo.maximum %1, %0 : tensor<32x12xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<32x12xf32>) -> tensor<32x12x1xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1, 2] : (tensor<32x12x1xf32>) -> tensor<32x12x16xf32>
    %5 = stablehlo.subtract %arg0, %4 : tensor<32x12x16xf32>
    %6 = stablehlo.exponential %5 : tensor<32x12x16xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7 = stablehlo.reduce(%6 init: %cst_1) applies stablehlo.add across dimensions = [2] : (tensor<32x12x16xf32>, tensor<f32>) -> tensor<32x12xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<32x12xf32>) -> tensor<32x12x1xf32>
    %9 = stablehlo.log %8 : tensor<32x12x1xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 1, 2] : (tensor<32x12x1xf32>) -> tensor<32x12x16xf32>
    %11 = stablehlo.subtract %5, %10 : tensor<32x12x16xf32>
    return %11, %6, %8 : tensor<32x12x16xf32>, tensor<32x12x16xf32>, tensor<32x12x1xf32>
  }
  func.func private @take_along_axis(%arg0: tensor<32x12x16xf32>, %arg1: tensor<32x12x1xi32>) -> (tensor<32x12x1xf32>, tensor<32x12x1x1xi32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<32x12x1xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<32x12x1xi32>, tensor<32x12x1xi32>) -> tensor<32x12x1xi1>
    %c_0 = stablehlo.constant dense<16> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<32x12x1xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<32x12x1xi32>
    %4 = stablehlo.select %1, %3, %arg1 : tensor<32x12x1xi1>, tensor<32x12x1xi32>
    %5 = stablehlo.reshape %4 : (tensor<32x12x1xi32>) -> tensor<32x12x1x1xi32>
    %c_1 = stablehlo.constant dense<15> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<32x12x1x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<32x12x1x1xi32>, tensor<32x12x1x1xi32>) -> tensor<32x12x1x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [3] : (tensor<1xi32>) -> tensor<1x1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2, 3] : (tensor<1x1x1x1xi32>) -> tensor<32x12x1x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<32x12x1x1xi32>, tensor<32x12x1x1xi32>) -> tensor<32x12x1x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<32x12x1x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [3] : (tensor<32x12x1x1xi1>, tensor<i1>) -> tensor<32x12x1xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [2], operand_batching_dims = [0, 1], start_indices_batching_dims = [0, 1], start_index_map = [2], index_vector_dim = 3>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 1>}> : (tensor<32x12x16xf32>, tensor<32x12x1x1xi32>) -> tensor<32x12x1xf32>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<32x12x1xf32>
    %15 = stablehlo.select %12, %13, %14 : tensor<32x12x1xi1>, tensor<32x12x1xf32>
    return %15, %5 : tensor<32x12x1xf32>, tensor<32x12x1x1xi32>
  }
  func.func private @take_along_axis_0(%arg0: tensor<32x12x1x1xi32>, %arg1: tensor<32x12x1xf32>) -> tensor<32x12x16xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<32x12x16xf32>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1], scatter_indices_batching_dims = [0, 1], scatter_dims_to_operand_dims = [2], index_vector_dim = 3>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<32x12x16xf32>, tensor<32x12x1x1xi32>, tensor<32x12x1xf32>) -> tensor<32x12x16xf32>
    return %1 : tensor<32x12x16xf32>
  }
  func.func private @log_softmax_1(%arg0: tensor<32x12x16xf32>, %arg1: tensor<32x12x1xf32>, %arg2: tensor<32x12x16xf32>) -> tensor<32x12x16xf32> {
    %0 = stablehlo.negate %arg2 : tensor<32x12x16xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1 = stablehlo.reduce(%0 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<32x12x16xf32>, tensor<f32>) -> tensor<32x12xf32>
    %2 = stablehlo.reshape %1 : (tensor<32x12xf32>) -> tensor<32x12x1xf32>
    %3 = stablehlo.divide %2, %arg1 : tensor<32x12x1xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.reduce(%3 init: %cst_0) applies stablehlo.add across dimensions = [2] : (tensor<32x12x1xf32>, tensor<f32>) -> tensor<32x12xf32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<32x12xf32>) -> tensor<32x12x16xf32>
    %6 = stablehlo.multiply %5, %arg0 : tensor<32x12x16xf32>
    %7 = stablehlo.add %arg2, %6 : tensor<32x12x16xf32>
    return %7 : tensor<32x12x16xf32>
  }
  func.func private @_where_2(%arg0: tensor<32x2x12x12xi1>, %arg1: tensor<32x2x12x12xf32>) -> tensor<32x2x12x12xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<32x2x12x12xf32>
    %1 = stablehlo.select %arg0, %arg1, %0 : tensor<32x2x12x12xi1>, tensor<32x2x12x12xf32>
    return %1 : tensor<32x2x12x12xf32>
  }
}
