module @muon_768x2304_f32_x12 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<768x2304xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<768x2304xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<768x2304xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<768x2304xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<768x2304xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<768x2304xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<768x2304xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<768x2304xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<768x2304xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<768x2304xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<768x2304xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<768x2304xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<768x2304xf32>, %arg13: tensor<768x2304xf32>, %arg14: tensor<768x2304xf32>, %arg15: tensor<768x2304xf32>, %arg16: tensor<768x2304xf32>, %arg17: tensor<768x2304xf32>, %arg18: tensor<768x2304xf32>, %arg19: tensor<768x2304xf32>, %arg20: tensor<768x2304xf32>, %arg21: tensor<768x2304xf32>, %arg22: tensor<768x2304xf32>, %arg23: tensor<768x2304xf32>, %arg24: tensor<768x2304xf32> {tf.aliasing_output = 12 : i32}, %arg25: tensor<768x2304xf32> {tf.aliasing_output = 13 : i32}, %arg26: tensor<768x2304xf32> {tf.aliasing_output = 14 : i32}, %arg27: tensor<768x2304xf32> {tf.aliasing_output = 15 : i32}, %arg28: tensor<768x2304xf32> {tf.aliasing_output = 16 : i32}, %arg29: tensor<768x2304xf32> {tf.aliasing_output = 17 : i32}, %arg30: tensor<768x2304xf32> {tf.aliasing_output = 18 : i32}, %arg31: tensor<768x2304xf32> {tf.aliasing_output = 19 : i32}, %arg32: tensor<768x2304xf32> {tf.aliasing_output = 20 : i32}, %arg33: tensor<768x2304xf32> {tf.aliasing_output = 21 : i32}, %arg34: tensor<768x2304xf32> {tf.aliasing_output = 22 : i32}, %arg35: tensor<768x2304xf32> {tf.aliasing_output = 23 : i32}, %arg36: tensor<f32>, %arg37: tensor<f32>) -> (tensor<768x2304xf32> {jax.result_info = "transformer.h.0.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.1.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.2.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.3.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.4.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.5.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.6.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.7.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.8.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.9.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.10.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.11.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.0.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.1.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.2.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.3.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.4.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.5.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.6.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.7.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.8.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.9.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.10.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.11.attn.c_attn.weight.momentum"}) {
    %cst = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %0 = stablehlo.multiply %arg24, %cst : tensor<768x2304xf32>
    %1 = stablehlo.add %0, %arg12 : tensor<768x2304xf32>
    %cst_0 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %2 = stablehlo.multiply %1, %cst_0 : tensor<768x2304xf32>
    %3 = stablehlo.add %arg12, %2 : tensor<768x2304xf32>
    %4 = stablehlo.reshape %3 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %cst_1 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %5 = stablehlo.multiply %arg25, %cst_1 : tensor<768x2304xf32>
    %6 = stablehlo.add %5, %arg13 : tensor<768x2304xf32>
    %cst_2 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %7 = stablehlo.multiply %6, %cst_2 : tensor<768x2304xf32>
    %8 = stablehlo.add %arg13, %7 : tensor<768x2304xf32>
    %9 = stablehlo.reshape %8 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %cst_3 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %10 = stablehlo.multiply %arg26, %cst_3 : tensor<768x2304xf32>
    %11 = stablehlo.add %10, %arg14 : tensor<768x2304xf32>
    %cst_4 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %12 = stablehlo.multiply %11, %cst_4 : tensor<768x2304xf32>
    %13 = stablehlo.add %arg14, %12 : tensor<768x2304xf32>
    %14 = stablehlo.reshape %13 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %cst_5 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %15 = stablehlo.multiply %arg27, %cst_5 : tensor<768x2304xf32>
    %16 = stablehlo.add %15, %arg15 : tensor<768x2304xf32>
    %cst_6 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %17 = stablehlo.multiply %16, %cst_6 : tensor<768x2304xf32>
    %18 = stablehlo.add %arg15, %17 : tensor<768x2304xf32>
    %19 = stablehlo.reshape %18 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %cst_7 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %20 = stablehlo.multiply %arg28, %cst_7 : tensor<768x2304xf32>
    %21 = stablehlo.add %20, %arg16 : tensor<768x2304xf32>
    %cst_8 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %22 = stablehlo.multiply %21, %cst_8 : tensor<768x2304xf32>
    %23 = stablehlo.add %arg16, %22 : tensor<768x2304xf32>
    %24 = stablehlo.reshape %23 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %cst_9 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %25 = stablehlo.multiply %arg29, %cst_9 : tensor<768x2304xf32>
    %26 = stablehlo.add %25, %arg17 : tensor<768x2304xf32>
    %cst_10 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %27 = stablehlo.multiply %26, %cst_10 : tensor<768x2304xf32>
    %28 = stablehlo.add %arg17, %27 : tensor<768x2304xf32>
    %29 = stablehlo.reshape %28 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %cst_11 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %30 = stablehlo.multiply %arg30, %cst_11 : tensor<768x2304xf32>
    %31 = stablehlo.add %30, %arg18 : tensor<768x2304xf32>
    %cst_12 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %32 = stablehlo.multiply %31, %cst_12 : tensor<768x2304xf32>
    %33 = stablehlo.add %arg18, %32 : tensor<768x2304xf32>
    %34 = stablehlo.reshape %33 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %cst_13 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %35 = stablehlo.multiply %arg31, %cst_13 : tensor<768x2304xf32>
    %36 = stablehlo.add %35, %arg19 : tensor<768x2304xf32>
    %cst_14 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %37 = stablehlo.multiply %36, %cst_14 : tensor<768x2304xf32>
    %38 = stablehlo.add %arg19, %37 : tensor<768x2304xf32>
    %39 = stablehlo.reshape %38 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %cst_15 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %40 = stablehlo.multiply %arg32, %cst_15 : tensor<768x2304xf32>
    %41 = stablehlo.add %40, %arg20 : tensor<768x2304xf32>
    %cst_16 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %42 = stablehlo.multiply %41, %cst_16 : tensor<768x2304xf32>
    %43 = stablehlo.add %arg20, %42 : tensor<768x2304xf32>
    %44 = stablehlo.reshape %43 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %cst_17 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %45 = stablehlo.multiply %arg33, %cst_17 : tensor<768x2304xf32>
    %46 = stablehlo.add %45, %arg21 : tensor<768x2304xf32>
    %cst_18 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %47 = stablehlo.multiply %46, %cst_18 : tensor<768x2304xf32>
    %48 = stablehlo.add %arg21, %47 : tensor<768x2304xf32>
    %49 = stablehlo.reshape %48 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %cst_19 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %50 = stablehlo.multiply %arg34, %cst_19 : tensor<768x2304xf32>
    %51 = stablehlo.add %50, %arg22 : tensor<768x2304xf32>
    %cst_20 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %52 = stablehlo.multiply %51, %cst_20 : tensor<768x2304xf32>
    %53 = stablehlo.add %arg22, %52 : tensor<768x2304xf32>
    %54 = stablehlo.reshape %53 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %cst_21 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %55 = stablehlo.multiply %arg35, %cst_21 : tensor<768x2304xf32>
    %56 = stablehlo.add %55, %arg23 : tensor<768x2304xf32>
    %cst_22 = stablehlo.constant dense<9.500000e-01> : tensor<768x2304xf32>
    %57 = stablehlo.multiply %56, %cst_22 : tensor<768x2304xf32>
    %58 = stablehlo.add %arg23, %57 : tensor<768x2304xf32>
    %59 = stablehlo.reshape %58 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %60 = stablehlo.concatenate %4, %9, %14, %19, %24, %29, %34, %39, %44, %49, %54, %59, dim = 0 : (tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>) -> tensor<12x768x2304xf32>
    %61 = stablehlo.convert %60 : (tensor<12x768x2304xf32>) -> tensor<12x768x2304xbf16>
    %62 = stablehlo.convert %61 : (tensor<12x768x2304xbf16>) -> tensor<12x768x2304xf32>
    %63 = stablehlo.dot_general %62, %62, batching_dims = [0, 1] x [0, 1], contracting_dims = [2] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x768x2304xf32>, tensor<12x768x2304xf32>) -> tensor<12x768xf32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<12x768xf32>
    %64 = stablehlo.dot_general %63, %cst_23, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<12x768xf32>, tensor<12x768xf32>) -> tensor<12xf32>
    %65 = stablehlo.sqrt %64 : tensor<12xf32>
    %66 = stablehlo.reshape %65 : (tensor<12xf32>) -> tensor<12x1x1xf32>
    %67 = stablehlo.convert %66 : (tensor<12x1x1xf32>) -> tensor<12x1x1xbf16>
    %cst_24 = stablehlo.constant dense<1.001172e-07> : tensor<12x1x1xbf16>
    %68 = stablehlo.add %67, %cst_24 : tensor<12x1x1xbf16>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2] : (tensor<12x1x1xbf16>) -> tensor<12x768x2304xbf16>
    %70 = stablehlo.divide %61, %69 : tensor<12x768x2304xbf16>
    %71 = stablehlo.dot_general %70, %70, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x2304xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x768xbf16>
    %72 = stablehlo.convert %71 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_25 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %73 = stablehlo.multiply %72, %cst_25 : tensor<12x768x768xf32>
    %74 = stablehlo.convert %73 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %75 = stablehlo.dot_general %74, %71, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %76 = stablehlo.convert %71 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_26 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %77 = stablehlo.multiply %76, %cst_26 : tensor<12x768x768xf32>
    %78 = stablehlo.convert %77 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %79 = stablehlo.add %78, %75 : tensor<12x768x768xbf16>
    %80 = stablehlo.dot_general %79, %70, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x2304xbf16>
    %81 = stablehlo.convert %70 : (tensor<12x768x2304xbf16>) -> tensor<12x768x2304xf32>
    %cst_27 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x2304xf32>
    %82 = stablehlo.multiply %81, %cst_27 : tensor<12x768x2304xf32>
    %83 = stablehlo.convert %82 : (tensor<12x768x2304xf32>) -> tensor<12x768x2304xbf16>
    %84 = stablehlo.add %83, %80 : tensor<12x768x2304xbf16>
    %85 = stablehlo.dot_general %84, %84, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x2304xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x768xbf16>
    %86 = stablehlo.convert %85 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_28 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %87 = stablehlo.multiply %86, %cst_28 : tensor<12x768x768xf32>
    %88 = stablehlo.convert %87 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %89 = stablehlo.dot_general %88, %85, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %90 = stablehlo.convert %85 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_29 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %91 = stablehlo.multiply %90, %cst_29 : tensor<12x768x768xf32>
    %92 = stablehlo.convert %91 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %93 = stablehlo.add %92, %89 : tensor<12x768x768xbf16>
    %94 = stablehlo.dot_general %93, %84, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x2304xbf16>
    %95 = stablehlo.convert %84 : (tensor<12x768x2304xbf16>) -> tensor<12x768x2304xf32>
    %cst_30 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x2304xf32>
    %96 = stablehlo.multiply %95, %cst_30 : tensor<12x768x2304xf32>
    %97 = stablehlo.convert %96 : (tensor<12x768x2304xf32>) -> tensor<12x768x2304xbf16>
    %98 = stablehlo.add %97, %94 : tensor<12x768x2304xbf16>
    %99 = stablehlo.dot_general %98, %98, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x2304xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x768xbf16>
    %100 = stablehlo.convert %99 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_31 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %101 = stablehlo.multiply %100, %cst_31 : tensor<12x768x768xf32>
    %102 = stablehlo.convert %101 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %103 = stablehlo.dot_general %102, %99, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %104 = stablehlo.convert %99 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_32 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %105 = stablehlo.multiply %104, %cst_32 : tensor<12x768x768xf32>
    %106 = stablehlo.convert %105 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %107 = stablehlo.add %106, %103 : tensor<12x768x768xbf16>
    %108 = stablehlo.dot_general %107, %98, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x2304xbf16>
    %109 = stablehlo.convert %98 : (tensor<12x768x2304xbf16>) -> tensor<12x768x2304xf32>
    %cst_33 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x2304xf32>
    %110 = stablehlo.multiply %109, %cst_33 : tensor<12x768x2304xf32>
    %111 = stablehlo.convert %110 : (tensor<12x768x2304xf32>) -> tensor<12x768x2304xbf16>
    %112 = stablehlo.add %111, %108 : tensor<12x768x2304xbf16>
    %113 = stablehlo.dot_general %112, %112, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x2304xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x768xbf16>
    %114 = stablehlo.convert %113 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_34 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %115 = stablehlo.multiply %114, %cst_34 : tensor<12x768x768xf32>
    %116 = stablehlo.convert %115 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %117 = stablehlo.dot_general %116, %113, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %118 = stablehlo.convert %113 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_35 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %119 = stablehlo.multiply %118, %cst_35 : tensor<12x768x768xf32>
    %120 = stablehlo.convert %119 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %121 = stablehlo.add %120, %117 : tensor<12x768x768xbf16>
    %122 = stablehlo.dot_general %121, %112, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x2304xbf16>
    %123 = stablehlo.convert %112 : (tensor<12x768x2304xbf16>) -> tensor<12x768x2304xf32>
    %cst_36 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x2304xf32>
    %124 = stablehlo.multiply %123, %cst_36 : tensor<12x768x2304xf32>
    %125 = stablehlo.convert %124 : (tensor<12x768x2304xf32>) -> tensor<12x768x2304xbf16>
    %126 = stablehlo.add %125, %122 : tensor<12x768x2304xbf16>
    %127 = stablehlo.dot_general %126, %126, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x2304xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x768xbf16>
    %128 = stablehlo.convert %127 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_37 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %129 = stablehlo.multiply %128, %cst_37 : tensor<12x768x768xf32>
    %130 = stablehlo.convert %129 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %131 = stablehlo.dot_general %130, %127, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %132 = stablehlo.convert %127 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_38 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %133 = stablehlo.multiply %132, %cst_38 : tensor<12x768x768xf32>
    %134 = stablehlo.convert %133 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %135 = stablehlo.add %134, %131 : tensor<12x768x768xbf16>
    %136 = stablehlo.dot_general %135, %126, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x2304xbf16>
    %137 = stablehlo.convert %126 : (tensor<12x768x2304xbf16>) -> tensor<12x768x2304xf32>
    %cst_39 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x2304xf32>
    %138 = stablehlo.multiply %137, %cst_39 : tensor<12x768x2304xf32>
    %139 = stablehlo.convert %138 : (tensor<12x768x2304xf32>) -> tensor<12x768x2304xbf16>
    %140 = stablehlo.add %139, %136 : tensor<12x768x2304xbf16>
    %141 = stablehlo.convert %140 : (tensor<12x768x2304xbf16>) -> tensor<12x768x2304xf32>
    %142 = stablehlo.slice %141 [0:1, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %143 = stablehlo.reshape %142 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %cst_40 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %144 = stablehlo.multiply %arg36, %cst_40 : tensor<f32>
    %cst_41 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %145 = stablehlo.subtract %cst_41, %144 : tensor<f32>
    %146 = stablehlo.broadcast_in_dim %145, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %147 = stablehlo.multiply %arg0, %146 : tensor<768x2304xf32>
    %cst_42 = stablehlo.constant dense<9.600000e+00> : tensor<f32>
    %148 = stablehlo.multiply %arg36, %cst_42 : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %150 = stablehlo.multiply %143, %149 : tensor<768x2304xf32>
    %151 = stablehlo.subtract %147, %150 : tensor<768x2304xf32>
    %152 = stablehlo.slice %141 [1:2, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %153 = stablehlo.reshape %152 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %cst_43 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %154 = stablehlo.multiply %arg36, %cst_43 : tensor<f32>
    %cst_44 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %155 = stablehlo.subtract %cst_44, %154 : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %157 = stablehlo.multiply %arg1, %156 : tensor<768x2304xf32>
    %cst_45 = stablehlo.constant dense<9.600000e+00> : tensor<f32>
    %158 = stablehlo.multiply %arg36, %cst_45 : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %160 = stablehlo.multiply %153, %159 : tensor<768x2304xf32>
    %161 = stablehlo.subtract %157, %160 : tensor<768x2304xf32>
    %162 = stablehlo.slice %141 [2:3, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %163 = stablehlo.reshape %162 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %cst_46 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %164 = stablehlo.multiply %arg36, %cst_46 : tensor<f32>
    %cst_47 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %165 = stablehlo.subtract %cst_47, %164 : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %167 = stablehlo.multiply %arg2, %166 : tensor<768x2304xf32>
    %cst_48 = stablehlo.constant dense<9.600000e+00> : tensor<f32>
    %168 = stablehlo.multiply %arg36, %cst_48 : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %170 = stablehlo.multiply %163, %169 : tensor<768x2304xf32>
    %171 = stablehlo.subtract %167, %170 : tensor<768x2304xf32>
    %172 = stablehlo.slice %141 [3:4, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %cst_49 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %174 = stablehlo.multiply %arg36, %cst_49 : tensor<f32>
    %cst_50 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %175 = stablehlo.subtract %cst_50, %174 : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %177 = stablehlo.multiply %arg3, %176 : tensor<768x2304xf32>
    %cst_51 = stablehlo.constant dense<9.600000e+00> : tensor<f32>
    %178 = stablehlo.multiply %arg36, %cst_51 : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %180 = stablehlo.multiply %173, %179 : tensor<768x2304xf32>
    %181 = stablehlo.subtract %177, %180 : tensor<768x2304xf32>
    %182 = stablehlo.slice %141 [4:5, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %183 = stablehlo.reshape %182 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %cst_52 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %184 = stablehlo.multiply %arg36, %cst_52 : tensor<f32>
    %cst_53 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %185 = stablehlo.subtract %cst_53, %184 : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %187 = stablehlo.multiply %arg4, %186 : tensor<768x2304xf32>
    %cst_54 = stablehlo.constant dense<9.600000e+00> : tensor<f32>
    %188 = stablehlo.multiply %arg36, %cst_54 : tensor<f32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %190 = stablehlo.multiply %183, %189 : tensor<768x2304xf32>
    %191 = stablehlo.subtract %187, %190 : tensor<768x2304xf32>
    %192 = stablehlo.slice %141 [5:6, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %193 = stablehlo.reshape %192 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %cst_55 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %194 = stablehlo.multiply %arg36, %cst_55 : tensor<f32>
    %cst_56 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %195 = stablehlo.subtract %cst_56, %194 : tensor<f32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %197 = stablehlo.multiply %arg5, %196 : tensor<768x2304xf32>
    %cst_57 = stablehlo.constant dense<9.600000e+00> : tensor<f32>
    %198 = stablehlo.multiply %arg36, %cst_57 : tensor<f32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %200 = stablehlo.multiply %193, %199 : tensor<768x2304xf32>
    %201 = stablehlo.subtract %197, %200 : tensor<768x2304xf32>
    %202 = stablehlo.slice %141 [6:7, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %203 = stablehlo.reshape %202 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %cst_58 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %204 = stablehlo.multiply %arg36, %cst_58 : tensor<f32>
    %cst_59 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %205 = stablehlo.subtract %cst_59, %204 : tensor<f32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %207 = stablehlo.multiply %arg6, %206 : tensor<768x2304xf32>
    %cst_60 = stablehlo.constant dense<9.600000e+00> : tensor<f32>
    %208 = stablehlo.multiply %arg36, %cst_60 : tensor<f32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %210 = stablehlo.multiply %203, %209 : tensor<768x2304xf32>
    %211 = stablehlo.subtract %207, %210 : tensor<768x2304xf32>
    %212 = stablehlo.slice %141 [7:8, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %213 = stablehlo.reshape %212 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %cst_61 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %214 = stablehlo.multiply %arg36, %cst_61 : tensor<f32>
    %cst_62 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %215 = stablehlo.subtract %cst_62, %214 : tensor<f32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %217 = stablehlo.multiply %arg7, %216 : tensor<768x2304xf32>
    %cst_63 = stablehlo.constant dense<9.600000e+00> : tensor<f32>
    %218 = stablehlo.multiply %arg36, %cst_63 : tensor<f32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %220 = stablehlo.multiply %213, %219 : tensor<768x2304xf32>
    %221 = stablehlo.subtract %217, %220 : tensor<768x2304xf32>
    %222 = stablehlo.slice %141 [8:9, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %223 = stablehlo.reshape %222 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %cst_64 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %224 = stablehlo.multiply %arg36, %cst_64 : tensor<f32>
    %cst_65 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %225 = stablehlo.subtract %cst_65, %224 : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %227 = stablehlo.multiply %arg8, %226 : tensor<768x2304xf32>
    %cst_66 = stablehlo.constant dense<9.600000e+00> : tensor<f32>
    %228 = stablehlo.multiply %arg36, %cst_66 : tensor<f32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %230 = stablehlo.multiply %223, %229 : tensor<768x2304xf32>
    %231 = stablehlo.subtract %227, %230 : tensor<768x2304xf32>
    %232 = stablehlo.slice %141 [9:10, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %233 = stablehlo.reshape %232 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %cst_67 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %234 = stablehlo.multiply %arg36, %cst_67 : tensor<f32>
    %cst_68 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %235 = stablehlo.subtract %cst_68, %234 : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %237 = stablehlo.multiply %arg9, %236 : tensor<768x2304xf32>
    %cst_69 = stablehlo.constant dense<9.600000e+00> : tensor<f32>
    %238 = stablehlo.multiply %arg36, %cst_69 : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %240 = stablehlo.multiply %233, %239 : tensor<768x2304xf32>
    %241 = stablehlo.subtract %237, %240 : tensor<768x2304xf32>
    %242 = stablehlo.slice %141 [10:11, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %243 = stablehlo.reshape %242 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %cst_70 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %244 = stablehlo.multiply %arg36, %cst_70 : tensor<f32>
    %cst_71 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %245 = stablehlo.subtract %cst_71, %244 : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %247 = stablehlo.multiply %arg10, %246 : tensor<768x2304xf32>
    %cst_72 = stablehlo.constant dense<9.600000e+00> : tensor<f32>
    %248 = stablehlo.multiply %arg36, %cst_72 : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %250 = stablehlo.multiply %243, %249 : tensor<768x2304xf32>
    %251 = stablehlo.subtract %247, %250 : tensor<768x2304xf32>
    %252 = stablehlo.slice %141 [11:12, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %253 = stablehlo.reshape %252 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %cst_73 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %254 = stablehlo.multiply %arg36, %cst_73 : tensor<f32>
    %cst_74 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %255 = stablehlo.subtract %cst_74, %254 : tensor<f32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %257 = stablehlo.multiply %arg11, %256 : tensor<768x2304xf32>
    %cst_75 = stablehlo.constant dense<9.600000e+00> : tensor<f32>
    %258 = stablehlo.multiply %arg36, %cst_75 : tensor<f32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %260 = stablehlo.multiply %253, %259 : tensor<768x2304xf32>
    %261 = stablehlo.subtract %257, %260 : tensor<768x2304xf32>
    return %151, %161, %171, %181, %191, %201, %211, %221, %231, %241, %251, %261, %1, %6, %11, %16, %21, %26, %31, %36, %41, %46, %51, %56 : tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>
  }
}
