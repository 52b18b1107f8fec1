module @muon_3072x768_f32_x12 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3072x768xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<3072x768xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<3072x768xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<3072x768xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<3072x768xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<3072x768xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<3072x768xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<3072x768xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<3072x768xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<3072x768xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<3072x768xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<3072x768xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<3072x768xf32>, %arg13: tensor<3072x768xf32>, %arg14: tensor<3072x768xf32>, %arg15: tensor<3072x768xf32>, %arg16: tensor<3072x768xf32>, %arg17: tensor<3072x768xf32>, %arg18: tensor<3072x768xf32>, %arg19: tensor<3072x768xf32>, %arg20: tensor<3072x768xf32>, %arg21: tensor<3072x768xf32>, %arg22: tensor<3072x768xf32>, %arg23: tensor<3072x768xf32>, %arg24: tensor<3072x768xf32> {tf.aliasing_output = 12 : i32}, %arg25: tensor<3072x768xf32> {tf.aliasing_output = 13 : i32}, %arg26: tensor<3072x768xf32> {tf.aliasing_output = 14 : i32}, %arg27: tensor<3072x768xf32> {tf.aliasing_output = 15 : i32}, %arg28: tensor<3072x768xf32> {tf.aliasing_output = 16 : i32}, %arg29: tensor<3072x768xf32> {tf.aliasing_output = 17 : i32}, %arg30: tensor<3072x768xf32> {tf.aliasing_output = 18 : i32}, %arg31: tensor<3072x768xf32> {tf.aliasing_output = 19 : i32}, %arg32: tensor<3072x768xf32> {tf.aliasing_output = 20 : i32}, %arg33: tensor<3072x768xf32> {tf.aliasing_output = 21 : i32}, %arg34: tensor<3072x768xf32> {tf.aliasing_output = 22 : i32}, %arg35: tensor<3072x768xf32> {tf.aliasing_output = 23 : i32}, %arg36: tensor<f32>, %arg37: tensor<f32>) -> (tensor<3072x768xf32> {jax.result_info = "transformer.h.0.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.1.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.2.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.3.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.4.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.5.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.6.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.7.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.8.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.9.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.10.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.11.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.0.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.1.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.2.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.3.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.4.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.5.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.6.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.7.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.8.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.9.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.10.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.11.mlp.c_proj.weight.momentum"}) {
    %cst = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %0 = stablehlo.multiply %arg24, %cst : tensor<3072x768xf32>
    %1 = stablehlo.add %0, %arg12 : tensor<3072x768xf32>
    %cst_0 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %2 = stablehlo.multiply %1, %cst_0 : tensor<3072x768xf32>
    %3 = stablehlo.add %arg12, %2 : tensor<3072x768xf32>
    %4 = stablehlo.reshape %3 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %cst_1 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %5 = stablehlo.multiply %arg25, %cst_1 : tensor<3072x768xf32>
    %6 = stablehlo.add %5, %arg13 : tensor<3072x768xf32>
    %cst_2 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %7 = stablehlo.multiply %6, %cst_2 : tensor<3072x768xf32>
    %8 = stablehlo.add %arg13, %7 : tensor<3072x768xf32>
    %9 = stablehlo.reshape %8 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %cst_3 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %10 = stablehlo.multiply %arg26, %cst_3 : tensor<3072x768xf32>
    %11 = stablehlo.add %10, %arg14 : tensor<3072x768xf32>
    %cst_4 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %12 = stablehlo.multiply %11, %cst_4 : tensor<3072x768xf32>
    %13 = stablehlo.add %arg14, %12 : tensor<3072x768xf32>
    %14 = stablehlo.reshape %13 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %cst_5 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %15 = stablehlo.multiply %arg27, %cst_5 : tensor<3072x768xf32>
    %16 = stablehlo.add %15, %arg15 : tensor<3072x768xf32>
    %cst_6 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %17 = stablehlo.multiply %16, %cst_6 : tensor<3072x768xf32>
    %18 = stablehlo.add %arg15, %17 : tensor<3072x768xf32>
    %19 = stablehlo.reshape %18 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %cst_7 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %20 = stablehlo.multiply %arg28, %cst_7 : tensor<3072x768xf32>
    %21 = stablehlo.add %20, %arg16 : tensor<3072x768xf32>
    %cst_8 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %22 = stablehlo.multiply %21, %cst_8 : tensor<3072x768xf32>
    %23 = stablehlo.add %arg16, %22 : tensor<3072x768xf32>
    %24 = stablehlo.reshape %23 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %cst_9 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %25 = stablehlo.multiply %arg29, %cst_9 : tensor<3072x768xf32>
    %26 = stablehlo.add %25, %arg17 : tensor<3072x768xf32>
    %cst_10 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %27 = stablehlo.multiply %26, %cst_10 : tensor<3072x768xf32>
    %28 = stablehlo.add %arg17, %27 : tensor<3072x768xf32>
    %29 = stablehlo.reshape %28 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %cst_11 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %30 = stablehlo.multiply %arg30, %cst_11 : tensor<3072x768xf32>
    %31 = stablehlo.add %30, %arg18 : tensor<3072x768xf32>
    %cst_12 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %32 = stablehlo.multiply %31, %cst_12 : tensor<3072x768xf32>
    %33 = stablehlo.add %arg18, %32 : tensor<3072x768xf32>
    %34 = stablehlo.reshape %33 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %cst_13 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %35 = stablehlo.multiply %arg31, %cst_13 : tensor<3072x768xf32>
    %36 = stablehlo.add %35, %arg19 : tensor<3072x768xf32>
    %cst_14 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %37 = stablehlo.multiply %36, %cst_14 : tensor<3072x768xf32>
    %38 = stablehlo.add %arg19, %37 : tensor<3072x768xf32>
    %39 = stablehlo.reshape %38 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %cst_15 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %40 = stablehlo.multiply %arg32, %cst_15 : tensor<3072x768xf32>
    %41 = stablehlo.add %40, %arg20 : tensor<3072x768xf32>
    %cst_16 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %42 = stablehlo.multiply %41, %cst_16 : tensor<3072x768xf32>
    %43 = stablehlo.add %arg20, %42 : tensor<3072x768xf32>
    %44 = stablehlo.reshape %43 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %cst_17 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %45 = stablehlo.multiply %arg33, %cst_17 : tensor<3072x768xf32>
    %46 = stablehlo.add %45, %arg21 : tensor<3072x768xf32>
    %cst_18 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %47 = stablehlo.multiply %46, %cst_18 : tensor<3072x768xf32>
    %48 = stablehlo.add %arg21, %47 : tensor<3072x768xf32>
    %49 = stablehlo.reshape %48 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %cst_19 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %50 = stablehlo.multiply %arg34, %cst_19 : tensor<3072x768xf32>
    %51 = stablehlo.add %50, %arg22 : tensor<3072x768xf32>
    %cst_20 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %52 = stablehlo.multiply %51, %cst_20 : tensor<3072x768xf32>
    %53 = stablehlo.add %arg22, %52 : tensor<3072x768xf32>
    %54 = stablehlo.reshape %53 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %cst_21 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %55 = stablehlo.multiply %arg35, %cst_21 : tensor<3072x768xf32>
    %56 = stablehlo.add %55, %arg23 : tensor<3072x768xf32>
    %cst_22 = stablehlo.constant dense<9.500000e-01> : tensor<3072x768xf32>
    %57 = stablehlo.multiply %56, %cst_22 : tensor<3072x768xf32>
    %58 = stablehlo.add %arg23, %57 : tensor<3072x768xf32>
    %59 = stablehlo.reshape %58 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %60 = stablehlo.concatenate %4, %9, %14, %19, %24, %29, %34, %39, %44, %49, %54, %59, dim = 0 : (tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>) -> tensor<12x3072x768xf32>
    %61 = stablehlo.convert %60 : (tensor<12x3072x768xf32>) -> tensor<12x3072x768xbf16>
    %62 = stablehlo.convert %61 : (tensor<12x3072x768xbf16>) -> tensor<12x3072x768xf32>
    %63 = stablehlo.dot_general %62, %62, batching_dims = [0, 1] x [0, 1], contracting_dims = [2] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x3072x768xf32>, tensor<12x3072x768xf32>) -> tensor<12x3072xf32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<12x3072xf32>
    %64 = stablehlo.dot_general %63, %cst_23, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<12x3072xf32>, tensor<12x3072xf32>) -> tensor<12xf32>
    %65 = stablehlo.sqrt %64 : tensor<12xf32>
    %66 = stablehlo.reshape %65 : (tensor<12xf32>) -> tensor<12x1x1xf32>
    %67 = stablehlo.convert %66 : (tensor<12x1x1xf32>) -> tensor<12x1x1xbf16>
    %cst_24 = stablehlo.constant dense<1.001172e-07> : tensor<12x1x1xbf16>
    %68 = stablehlo.add %67, %cst_24 : tensor<12x1x1xbf16>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2] : (tensor<12x1x1xbf16>) -> tensor<12x3072x768xbf16>
    %70 = stablehlo.divide %61, %69 : tensor<12x3072x768xbf16>
    %71 = stablehlo.transpose %70, dims = [0, 2, 1] : (tensor<12x3072x768xbf16>) -> tensor<12x768x3072xbf16>
    %72 = stablehlo.dot_general %71, %71, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x3072xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x768xbf16>
    %73 = stablehlo.convert %72 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_25 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %74 = stablehlo.multiply %73, %cst_25 : tensor<12x768x768xf32>
    %75 = stablehlo.convert %74 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %76 = stablehlo.dot_general %75, %72, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %77 = stablehlo.convert %72 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_26 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %78 = stablehlo.multiply %77, %cst_26 : tensor<12x768x768xf32>
    %79 = stablehlo.convert %78 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %80 = stablehlo.add %79, %76 : tensor<12x768x768xbf16>
    %81 = stablehlo.dot_general %80, %71, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x3072xbf16>
    %82 = stablehlo.convert %71 : (tensor<12x768x3072xbf16>) -> tensor<12x768x3072xf32>
    %cst_27 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x3072xf32>
    %83 = stablehlo.multiply %82, %cst_27 : tensor<12x768x3072xf32>
    %84 = stablehlo.convert %83 : (tensor<12x768x3072xf32>) -> tensor<12x768x3072xbf16>
    %85 = stablehlo.add %84, %81 : tensor<12x768x3072xbf16>
    %86 = stablehlo.dot_general %85, %85, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x3072xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x768xbf16>
    %87 = stablehlo.convert %86 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_28 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %88 = stablehlo.multiply %87, %cst_28 : tensor<12x768x768xf32>
    %89 = stablehlo.convert %88 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %90 = stablehlo.dot_general %89, %86, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %91 = stablehlo.convert %86 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_29 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %92 = stablehlo.multiply %91, %cst_29 : tensor<12x768x768xf32>
    %93 = stablehlo.convert %92 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %94 = stablehlo.add %93, %90 : tensor<12x768x768xbf16>
    %95 = stablehlo.dot_general %94, %85, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x3072xbf16>
    %96 = stablehlo.convert %85 : (tensor<12x768x3072xbf16>) -> tensor<12x768x3072xf32>
    %cst_30 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x3072xf32>
    %97 = stablehlo.multiply %96, %cst_30 : tensor<12x768x3072xf32>
    %98 = stablehlo.convert %97 : (tensor<12x768x3072xf32>) -> tensor<12x768x3072xbf16>
    %99 = stablehlo.add %98, %95 : tensor<12x768x3072xbf16>
    %100 = stablehlo.dot_general %99, %99, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x3072xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x768xbf16>
    %101 = stablehlo.convert %100 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_31 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %102 = stablehlo.multiply %101, %cst_31 : tensor<12x768x768xf32>
    %103 = stablehlo.convert %102 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %104 = stablehlo.dot_general %103, %100, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %105 = stablehlo.convert %100 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_32 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %106 = stablehlo.multiply %105, %cst_32 : tensor<12x768x768xf32>
    %107 = stablehlo.convert %106 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %108 = stablehlo.add %107, %104 : tensor<12x768x768xbf16>
    %109 = stablehlo.dot_general %108, %99, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x3072xbf16>
    %110 = stablehlo.convert %99 : (tensor<12x768x3072xbf16>) -> tensor<12x768x3072xf32>
    %cst_33 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x3072xf32>
    %111 = stablehlo.multiply %110, %cst_33 : tensor<12x768x3072xf32>
    %112 = stablehlo.convert %111 : (tensor<12x768x3072xf32>) -> tensor<12x768x3072xbf16>
    %113 = stablehlo.add %112, %109 : tensor<12x768x3072xbf16>
    %114 = stablehlo.dot_general %113, %113, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x3072xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x768xbf16>
    %115 = stablehlo.convert %114 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_34 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %116 = stablehlo.multiply %115, %cst_34 : tensor<12x768x768xf32>
    %117 = stablehlo.convert %116 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %118 = stablehlo.dot_general %117, %114, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %119 = stablehlo.convert %114 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_35 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %120 = stablehlo.multiply %119, %cst_35 : tensor<12x768x768xf32>
    %121 = stablehlo.convert %120 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %122 = stablehlo.add %121, %118 : tensor<12x768x768xbf16>
    %123 = stablehlo.dot_general %122, %113, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x3072xbf16>
    %124 = stablehlo.convert %113 : (tensor<12x768x3072xbf16>) -> tensor<12x768x3072xf32>
    %cst_36 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x3072xf32>
    %125 = stablehlo.multiply %124, %cst_36 : tensor<12x768x3072xf32>
    %126 = stablehlo.convert %125 : (tensor<12x768x3072xf32>) -> tensor<12x768x3072xbf16>
    %127 = stablehlo.add %126, %123 : tensor<12x768x3072xbf16>
    %128 = stablehlo.dot_general %127, %127, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x3072xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x768xbf16>
    %129 = stablehlo.convert %128 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_37 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %130 = stablehlo.multiply %129, %cst_37 : tensor<12x768x768xf32>
    %131 = stablehlo.convert %130 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %132 = stablehlo.dot_general %131, %128, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %133 = stablehlo.convert %128 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_38 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %134 = stablehlo.multiply %133, %cst_38 : tensor<12x768x768xf32>
    %135 = stablehlo.convert %134 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %136 = stablehlo.add %135, %132 : tensor<12x768x768xbf16>
    %137 = stablehlo.dot_general %136, %127, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x3072xbf16>
    %138 = stablehlo.convert %127 : (tensor<12x768x3072xbf16>) -> tensor<12x768x3072xf32>
    %cst_39 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x3072xf32>
    %139 = stablehlo.multiply %138, %cst_39 : tensor<12x768x3072xf32>
    %140 = stablehlo.convert %139 : (tensor<12x768x3072xf32>) -> tensor<12x768x3072xbf16>
    %141 = stablehlo.add %140, %137 : tensor<12x768x3072xbf16>
    %142 = stablehlo.transpose %141, dims = [0, 2, 1] : (tensor<12x768x3072xbf16>) -> tensor<12x3072x768xbf16>
    %143 = stablehlo.convert %142 : (tensor<12x3072x768xbf16>) -> tensor<12x3072x768xf32>
    %144 = stablehlo.slice %143 [0:1, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %145 = stablehlo.reshape %144 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %cst_40 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %146 = stablehlo.multiply %arg36, %cst_40 : tensor<f32>
    %cst_41 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %147 = stablehlo.subtract %cst_41, %146 : tensor<f32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %149 = stablehlo.multiply %arg0, %148 : tensor<3072x768xf32>
    %cst_42 = stablehlo.constant dense<1.1085125e+01> : tensor<f32>
    %150 = stablehlo.multiply %arg36, %cst_42 : tensor<f32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %152 = stablehlo.multiply %145, %151 : tensor<3072x768xf32>
    %153 = stablehlo.subtract %149, %152 : tensor<3072x768xf32>
    %154 = stablehlo.slice %143 [1:2, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %155 = stablehlo.reshape %154 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %cst_43 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %156 = stablehlo.multiply %arg36, %cst_43 : tensor<f32>
    %cst_44 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %157 = stablehlo.subtract %cst_44, %156 : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %159 = stablehlo.multiply %arg1, %158 : tensor<3072x768xf32>
    %cst_45 = stablehlo.constant dense<1.1085125e+01> : tensor<f32>
    %160 = stablehlo.multiply %arg36, %cst_45 : tensor<f32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %162 = stablehlo.multiply %155, %161 : tensor<3072x768xf32>
    %163 = stablehlo.subtract %159, %162 : tensor<3072x768xf32>
    %164 = stablehlo.slice %143 [2:3, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %165 = stablehlo.reshape %164 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %cst_46 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %166 = stablehlo.multiply %arg36, %cst_46 : tensor<f32>
    %cst_47 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %167 = stablehlo.subtract %cst_47, %166 : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %167, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %169 = stablehlo.multiply %arg2, %168 : tensor<3072x768xf32>
    %cst_48 = stablehlo.constant dense<1.1085125e+01> : tensor<f32>
    %170 = stablehlo.multiply %arg36, %cst_48 : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %172 = stablehlo.multiply %165, %171 : tensor<3072x768xf32>
    %173 = stablehlo.subtract %169, %172 : tensor<3072x768xf32>
    %174 = stablehlo.slice %143 [3:4, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %175 = stablehlo.reshape %174 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %cst_49 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %176 = stablehlo.multiply %arg36, %cst_49 : tensor<f32>
    %cst_50 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %177 = stablehlo.subtract %cst_50, %176 : tensor<f32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %179 = stablehlo.multiply %arg3, %178 : tensor<3072x768xf32>
    %cst_51 = stablehlo.constant dense<1.1085125e+01> : tensor<f32>
    %180 = stablehlo.multiply %arg36, %cst_51 : tensor<f32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %182 = stablehlo.multiply %175, %181 : tensor<3072x768xf32>
    %183 = stablehlo.subtract %179, %182 : tensor<3072x768xf32>
    %184 = stablehlo.slice %143 [4:5, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %185 = stablehlo.reshape %184 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %cst_52 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %186 = stablehlo.multiply %arg36, %cst_52 : tensor<f32>
    %cst_53 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %187 = stablehlo.subtract %cst_53, %186 : tensor<f32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %189 = stablehlo.multiply %arg4, %188 : tensor<3072x768xf32>
    %cst_54 = stablehlo.constant dense<1.1085125e+01> : tensor<f32>
    %190 = stablehlo.multiply %arg36, %cst_54 : tensor<f32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %192 = stablehlo.multiply %185, %191 : tensor<3072x768xf32>
    %193 = stablehlo.subtract %189, %192 : tensor<3072x768xf32>
    %194 = stablehlo.slice %143 [5:6, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %195 = stablehlo.reshape %194 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %cst_55 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %196 = stablehlo.multiply %arg36, %cst_55 : tensor<f32>
    %cst_56 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %197 = stablehlo.subtract %cst_56, %196 : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %199 = stablehlo.multiply %arg5, %198 : tensor<3072x768xf32>
    %cst_57 = stablehlo.constant dense<1.1085125e+01> : tensor<f32>
    %200 = stablehlo.multiply %arg36, %cst_57 : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %202 = stablehlo.multiply %195, %201 : tensor<3072x768xf32>
    %203 = stablehlo.subtract %199, %202 : tensor<3072x768xf32>
    %204 = stablehlo.slice %143 [6:7, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %205 = stablehlo.reshape %204 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %cst_58 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %206 = stablehlo.multiply %arg36, %cst_58 : tensor<f32>
    %cst_59 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %207 = stablehlo.subtract %cst_59, %206 : tensor<f32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %209 = stablehlo.multiply %arg6, %208 : tensor<3072x768xf32>
    %cst_60 = stablehlo.constant dense<1.1085125e+01> : tensor<f32>
    %210 = stablehlo.multiply %arg36, %cst_60 : tensor<f32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %212 = stablehlo.multiply %205, %211 : tensor<3072x768xf32>
    %213 = stablehlo.subtract %209, %212 : tensor<3072x768xf32>
    %214 = stablehlo.slice %143 [7:8, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %215 = stablehlo.reshape %214 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %cst_61 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %216 = stablehlo.multiply %arg36, %cst_61 : tensor<f32>
    %cst_62 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %217 = stablehlo.subtract %cst_62, %216 : tensor<f32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %219 = stablehlo.multiply %arg7, %218 : tensor<3072x768xf32>
    %cst_63 = stablehlo.constant dense<1.1085125e+01> : tensor<f32>
    %220 = stablehlo.multiply %arg36, %cst_63 : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %222 = stablehlo.multiply %215, %221 : tensor<3072x768xf32>
    %223 = stablehlo.subtract %219, %222 : tensor<3072x768xf32>
    %224 = stablehlo.slice %143 [8:9, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %225 = stablehlo.reshape %224 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %cst_64 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %226 = stablehlo.multiply %arg36, %cst_64 : tensor<f32>
    %cst_65 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %227 = stablehlo.subtract %cst_65, %226 : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %229 = stablehlo.multiply %arg8, %228 : tensor<3072x768xf32>
    %cst_66 = stablehlo.constant dense<1.1085125e+01> : tensor<f32>
    %230 = stablehlo.multiply %arg36, %cst_66 : tensor<f32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %232 = stablehlo.multiply %225, %231 : tensor<3072x768xf32>
    %233 = stablehlo.subtract %229, %232 : tensor<3072x768xf32>
    %234 = stablehlo.slice %143 [9:10, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %235 = stablehlo.reshape %234 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %cst_67 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %236 = stablehlo.multiply %arg36, %cst_67 : tensor<f32>
    %cst_68 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %237 = stablehlo.subtract %cst_68, %236 : tensor<f32>
    %238 = stablehlo.broadcast_in_dim %237, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %239 = stablehlo.multiply %arg9, %238 : tensor<3072x768xf32>
    %cst_69 = stablehlo.constant dense<1.1085125e+01> : tensor<f32>
    %240 = stablehlo.multiply %arg36, %cst_69 : tensor<f32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %242 = stablehlo.multiply %235, %241 : tensor<3072x768xf32>
    %243 = stablehlo.subtract %239, %242 : tensor<3072x768xf32>
    %244 = stablehlo.slice %143 [10:11, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %245 = stablehlo.reshape %244 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %cst_70 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %246 = stablehlo.multiply %arg36, %cst_70 : tensor<f32>
    %cst_71 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %247 = stablehlo.subtract %cst_71, %246 : tensor<f32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %249 = stablehlo.multiply %arg10, %248 : tensor<3072x768xf32>
    %cst_72 = stablehlo.constant dense<1.1085125e+01> : tensor<f32>
    %250 = stablehlo.multiply %arg36, %cst_72 : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %252 = stablehlo.multiply %245, %251 : tensor<3072x768xf32>
    %253 = stablehlo.subtract %249, %252 : tensor<3072x768xf32>
    %254 = stablehlo.slice %143 [11:12, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %255 = stablehlo.reshape %254 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %cst_73 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %256 = stablehlo.multiply %arg36, %cst_73 : tensor<f32>
    %cst_74 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %257 = stablehlo.subtract %cst_74, %256 : tensor<f32>
    %258 = stablehlo.broadcast_in_dim %257, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %259 = stablehlo.multiply %arg11, %258 : tensor<3072x768xf32>
    %cst_75 = stablehlo.constant dense<1.1085125e+01> : tensor<f32>
    %260 = stablehlo.multiply %arg36, %cst_75 : tensor<f32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %262 = stablehlo.multiply %255, %261 : tensor<3072x768xf32>
    %263 = stablehlo.subtract %259, %262 : tensor<3072x768xf32>
    return %153, %163, %173, %183, %193, %203, %213, %223, %233, %243, %253, %263, %1, %6, %11, %16, %21, %26, %31, %36, %41, %46, %51, %56 : tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>
  }
}
