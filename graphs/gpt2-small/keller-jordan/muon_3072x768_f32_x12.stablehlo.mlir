module @muon_3072x768_f32_x12 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3072x768xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<3072x768xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<3072x768xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<3072x768xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<3072x768xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<3072x768xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<3072x768xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<3072x768xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<3072x768xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<3072x768xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<3072x768xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<3072x768xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<3072x768xf32>, %arg13: tensor<3072x768xf32>, %arg14: tensor<3072x768xf32>, %arg15: tensor<3072x768xf32>, %arg16: tensor<3072x768xf32>, %arg17: tensor<3072x768xf32>, %arg18: tensor<3072x768xf32>, %arg19: tensor<3072x768xf32>, %arg20: tensor<3072x768xf32>, %arg21: tensor<3072x768xf32>, %arg22: tensor<3072x768xf32>, %arg23: tensor<3072x768xf32>, %arg24: tensor<3072x768xf32> {tf.aliasing_output = 12 : i32}, %arg25: tensor<3072x768xf32> {tf.aliasing_output = 13 : i32}, %arg26: tensor<3072x768xf32> {tf.aliasing_output = 14 : i32}, %arg27: tensor<3072x768xf32> {tf.aliasing_output = 15 : i32}, %arg28: tensor<3072x768xf32> {tf.aliasing_output = 16 : i32}, %arg29: tensor<3072x768xf32> {tf.aliasing_output = 17 : i32}, %arg30: tensor<3072x768xf32> {tf.aliasing_output = 18 : i32}, %arg31: tensor<3072x768xf32> {tf.aliasing_output = 19 : i32}, %arg32: tensor<3072x768xf32> {tf.aliasing_output = 20 : i32}, %arg33: tensor<3072x768xf32> {tf.aliasing_output = 21 : i32}, %arg34: tensor<3072x768xf32> {tf.aliasing_output = 22 : i32}, %arg35: tensor<3072x768xf32> {tf.aliasing_output = 23 : i32}, %arg36: tensor<f32>, %arg37: tensor<f32>) -> (tensor<3072x768xf32> {jax.result_info = "transformer.h.0.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.1.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.2.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.3.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.4.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.5.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.6.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.7.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.8.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.9.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.10.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.11.mlp.c_proj.weight"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.0.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.1.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.2.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.3.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.4.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.5.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.6.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.7.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.8.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.9.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.10.mlp.c_proj.weight.momentum"}, tensor<3072x768xf32> {jax.result_info = "transformer.h.11.mlp.c_proj.weight.momentum"}) {
    %0 = stablehlo.subtract %arg12, %arg24 : tensor<3072x768xf32>
    %cst = stablehlo.constant dense<5.000000e-02> : tensor<3072x768xf32>
    %1 = stablehlo.multiply %0, %cst : tensor<3072x768xf32>
    %2 = stablehlo.add %arg24, %1 : tensor<3072x768xf32>
    %3 = stablehlo.subtract %2, %arg12 : tensor<3072x768xf32>
    %cst_0 = stablehlo.constant dense<5.0000012e-02> : tensor<3072x768xf32>
    %4 = stablehlo.multiply %3, %cst_0 : tensor<3072x768xf32>
    %5 = stablehlo.subtract %2, %4 : tensor<3072x768xf32>
    %6 = stablehlo.reshape %5 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %7 = stablehlo.subtract %arg13, %arg25 : tensor<3072x768xf32>
    %cst_1 = stablehlo.constant dense<5.000000e-02> : tensor<3072x768xf32>
    %8 = stablehlo.multiply %7, %cst_1 : tensor<3072x768xf32>
    %9 = stablehlo.add %arg25, %8 : tensor<3072x768xf32>
    %10 = stablehlo.subtract %9, %arg13 : tensor<3072x768xf32>
    %cst_2 = stablehlo.constant dense<5.0000012e-02> : tensor<3072x768xf32>
    %11 = stablehlo.multiply %10, %cst_2 : tensor<3072x768xf32>
    %12 = stablehlo.subtract %9, %11 : tensor<3072x768xf32>
    %13 = stablehlo.reshape %12 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %14 = stablehlo.subtract %arg14, %arg26 : tensor<3072x768xf32>
    %cst_3 = stablehlo.constant dense<5.000000e-02> : tensor<3072x768xf32>
    %15 = stablehlo.multiply %14, %cst_3 : tensor<3072x768xf32>
    %16 = stablehlo.add %arg26, %15 : tensor<3072x768xf32>
    %17 = stablehlo.subtract %16, %arg14 : tensor<3072x768xf32>
    %cst_4 = stablehlo.constant dense<5.0000012e-02> : tensor<3072x768xf32>
    %18 = stablehlo.multiply %17, %cst_4 : tensor<3072x768xf32>
    %19 = stablehlo.subtract %16, %18 : tensor<3072x768xf32>
    %20 = stablehlo.reshape %19 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %21 = stablehlo.subtract %arg15, %arg27 : tensor<3072x768xf32>
    %cst_5 = stablehlo.constant dense<5.000000e-02> : tensor<3072x768xf32>
    %22 = stablehlo.multiply %21, %cst_5 : tensor<3072x768xf32>
    %23 = stablehlo.add %arg27, %22 : tensor<3072x768xf32>
    %24 = stablehlo.subtract %23, %arg15 : tensor<3072x768xf32>
    %cst_6 = stablehlo.constant dense<5.0000012e-02> : tensor<3072x768xf32>
    %25 = stablehlo.multiply %24, %cst_6 : tensor<3072x768xf32>
    %26 = stablehlo.subtract %23, %25 : tensor<3072x768xf32>
    %27 = stablehlo.reshape %26 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %28 = stablehlo.subtract %arg16, %arg28 : tensor<3072x768xf32>
    %cst_7 = stablehlo.constant dense<5.000000e-02> : tensor<3072x768xf32>
    %29 = stablehlo.multiply %28, %cst_7 : tensor<3072x768xf32>
    %30 = stablehlo.add %arg28, %29 : tensor<3072x768xf32>
    %31 = stablehlo.subtract %30, %arg16 : tensor<3072x768xf32>
    %cst_8 = stablehlo.constant dense<5.0000012e-02> : tensor<3072x768xf32>
    %32 = stablehlo.multiply %31, %cst_8 : tensor<3072x768xf32>
    %33 = stablehlo.subtract %30, %32 : tensor<3072x768xf32>
    %34 = stablehlo.reshape %33 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %35 = stablehlo.subtract %arg17, %arg29 : tensor<3072x768xf32>
    %cst_9 = stablehlo.constant dense<5.000000e-02> : tensor<3072x768xf32>
    %36 = stablehlo.multiply %35, %cst_9 : tensor<3072x768xf32>
    %37 = stablehlo.add %arg29, %36 : tensor<3072x768xf32>
    %38 = stablehlo.subtract %37, %arg17 : tensor<3072x768xf32>
    %cst_10 = stablehlo.constant dense<5.0000012e-02> : tensor<3072x768xf32>
    %39 = stablehlo.multiply %38, %cst_10 : tensor<3072x768xf32>
    %40 = stablehlo.subtract %37, %39 : tensor<3072x768xf32>
    %41 = stablehlo.reshape %40 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %42 = stablehlo.subtract %arg18, %arg30 : tensor<3072x768xf32>
    %cst_11 = stablehlo.constant dense<5.000000e-02> : tensor<3072x768xf32>
    %43 = stablehlo.multiply %42, %cst_11 : tensor<3072x768xf32>
    %44 = stablehlo.add %arg30, %43 : tensor<3072x768xf32>
    %45 = stablehlo.subtract %44, %arg18 : tensor<3072x768xf32>
    %cst_12 = stablehlo.constant dense<5.0000012e-02> : tensor<3072x768xf32>
    %46 = stablehlo.multiply %45, %cst_12 : tensor<3072x768xf32>
    %47 = stablehlo.subtract %44, %46 : tensor<3072x768xf32>
    %48 = stablehlo.reshape %47 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %49 = stablehlo.subtract %arg19, %arg31 : tensor<3072x768xf32>
    %cst_13 = stablehlo.constant dense<5.000000e-02> : tensor<3072x768xf32>
    %50 = stablehlo.multiply %49, %cst_13 : tensor<3072x768xf32>
    %51 = stablehlo.add %arg31, %50 : tensor<3072x768xf32>
    %52 = stablehlo.subtract %51, %arg19 : tensor<3072x768xf32>
    %cst_14 = stablehlo.constant dense<5.0000012e-02> : tensor<3072x768xf32>
    %53 = stablehlo.multiply %52, %cst_14 : tensor<3072x768xf32>
    %54 = stablehlo.subtract %51, %53 : tensor<3072x768xf32>
    %55 = stablehlo.reshape %54 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %56 = stablehlo.subtract %arg20, %arg32 : tensor<3072x768xf32>
    %cst_15 = stablehlo.constant dense<5.000000e-02> : tensor<3072x768xf32>
    %57 = stablehlo.multiply %56, %cst_15 : tensor<3072x768xf32>
    %58 = stablehlo.add %arg32, %57 : tensor<3072x768xf32>
    %59 = stablehlo.subtract %58, %arg20 : tensor<3072x768xf32>
    %cst_16 = stablehlo.constant dense<5.0000012e-02> : tensor<3072x768xf32>
    %60 = stablehlo.multiply %59, %cst_16 : tensor<3072x768xf32>
    %61 = stablehlo.subtract %58, %60 : tensor<3072x768xf32>
    %62 = stablehlo.reshape %61 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %63 = stablehlo.subtract %arg21, %arg33 : tensor<3072x768xf32>
    %cst_17 = stablehlo.constant dense<5.000000e-02> : tensor<3072x768xf32>
    %64 = stablehlo.multiply %63, %cst_17 : tensor<3072x768xf32>
    %65 = stablehlo.add %arg33, %64 : tensor<3072x768xf32>
    %66 = stablehlo.subtract %65, %arg21 : tensor<3072x768xf32>
    %cst_18 = stablehlo.constant dense<5.0000012e-02> : tensor<3072x768xf32>
    %67 = stablehlo.multiply %66, %cst_18 : tensor<3072x768xf32>
    %68 = stablehlo.subtract %65, %67 : tensor<3072x768xf32>
    %69 = stablehlo.reshape %68 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %70 = stablehlo.subtract %arg22, %arg34 : tensor<3072x768xf32>
    %cst_19 = stablehlo.constant dense<5.000000e-02> : tensor<3072x768xf32>
    %71 = stablehlo.multiply %70, %cst_19 : tensor<3072x768xf32>
    %72 = stablehlo.add %arg34, %71 : tensor<3072x768xf32>
    %73 = stablehlo.subtract %72, %arg22 : tensor<3072x768xf32>
    %cst_20 = stablehlo.constant dense<5.0000012e-02> : tensor<3072x768xf32>
    %74 = stablehlo.multiply %73, %cst_20 : tensor<3072x768xf32>
    %75 = stablehlo.subtract %72, %74 : tensor<3072x768xf32>
    %76 = stablehlo.reshape %75 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %77 = stablehlo.subtract %arg23, %arg35 : tensor<3072x768xf32>
    %cst_21 = stablehlo.constant dense<5.000000e-02> : tensor<3072x768xf32>
    %78 = stablehlo.multiply %77, %cst_21 : tensor<3072x768xf32>
    %79 = stablehlo.add %arg35, %78 : tensor<3072x768xf32>
    %80 = stablehlo.subtract %79, %arg23 : tensor<3072x768xf32>
    %cst_22 = stablehlo.constant dense<5.0000012e-02> : tensor<3072x768xf32>
    %81 = stablehlo.multiply %80, %cst_22 : tensor<3072x768xf32>
    %82 = stablehlo.subtract %79, %81 : tensor<3072x768xf32>
    %83 = stablehlo.reshape %82 : (tensor<3072x768xf32>) -> tensor<1x3072x768xf32>
    %84 = stablehlo.concatenate %6, %13, %20, %27, %34, %41, %48, %55, %62, %69, %76, %83, dim = 0 : (tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>, tensor<1x3072x768xf32>) -> tensor<12x3072x768xf32>
    %85 = stablehlo.convert %84 : (tensor<12x3072x768xf32>) -> tensor<12x3072x768xbf16>
    %86 = stablehlo.convert %85 : (tensor<12x3072x768xbf16>) -> tensor<12x3072x768xf32>
    %87 = stablehlo.dot_general %86, %86, batching_dims = [0, 1] x [0, 1], contracting_dims = [2] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x3072x768xf32>, tensor<12x3072x768xf32>) -> tensor<12x3072xf32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<12x3072xf32>
    %88 = stablehlo.dot_general %87, %cst_23, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<12x3072xf32>, tensor<12x3072xf32>) -> tensor<12xf32>
    %89 = stablehlo.sqrt %88 : tensor<12xf32>
    %90 = stablehlo.reshape %89 : (tensor<12xf32>) -> tensor<12x1x1xf32>
    %91 = stablehlo.convert %90 : (tensor<12x1x1xf32>) -> tensor<12x1x1xbf16>
    %cst_24 = stablehlo.constant dense<1.001172e-07> : tensor<12x1x1xbf16>
    %92 = stablehlo.add %91, %cst_24 : tensor<12x1x1xbf16>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2] : (tensor<12x1x1xbf16>) -> tensor<12x3072x768xbf16>
    %94 = stablehlo.divide %85, %93 : tensor<12x3072x768xbf16>
    %95 = stablehlo.transpose %94, dims = [0, 2, 1] : (tensor<12x3072x768xbf16>) -> tensor<12x768x3072xbf16>
    %96 = stablehlo.dot_general %95, %95, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x3072xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x768xbf16>
    %97 = stablehlo.convert %96 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_25 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %98 = stablehlo.multiply %97, %cst_25 : tensor<12x768x768xf32>
    %99 = stablehlo.convert %98 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %100 = stablehlo.dot_general %99, %96, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %101 = stablehlo.convert %96 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_26 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %102 = stablehlo.multiply %101, %cst_26 : tensor<12x768x768xf32>
    %103 = stablehlo.convert %102 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %104 = stablehlo.add %103, %100 : tensor<12x768x768xbf16>
    %105 = stablehlo.dot_general %104, %95, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x3072xbf16>
    %106 = stablehlo.convert %95 : (tensor<12x768x3072xbf16>) -> tensor<12x768x3072xf32>
    %cst_27 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x3072xf32>
    %107 = stablehlo.multiply %106, %cst_27 : tensor<12x768x3072xf32>
    %108 = stablehlo.convert %107 : (tensor<12x768x3072xf32>) -> tensor<12x768x3072xbf16>
    %109 = stablehlo.add %108, %105 : tensor<12x768x3072xbf16>
    %110 = stablehlo.dot_general %109, %109, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x3072xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x768xbf16>
    %111 = stablehlo.convert %110 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_28 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %112 = stablehlo.multiply %111, %cst_28 : tensor<12x768x768xf32>
    %113 = stablehlo.convert %112 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %114 = stablehlo.dot_general %113, %110, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %115 = stablehlo.convert %110 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_29 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %116 = stablehlo.multiply %115, %cst_29 : tensor<12x768x768xf32>
    %117 = stablehlo.convert %116 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %118 = stablehlo.add %117, %114 : tensor<12x768x768xbf16>
    %119 = stablehlo.dot_general %118, %109, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x3072xbf16>
    %120 = stablehlo.convert %109 : (tensor<12x768x3072xbf16>) -> tensor<12x768x3072xf32>
    %cst_30 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x3072xf32>
    %121 = stablehlo.multiply %120, %cst_30 : tensor<12x768x3072xf32>
    %122 = stablehlo.convert %121 : (tensor<12x768x3072xf32>) -> tensor<12x768x3072xbf16>
    %123 = stablehlo.add %122, %119 : tensor<12x768x3072xbf16>
    %124 = stablehlo.dot_general %123, %123, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x3072xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x768xbf16>
    %125 = stablehlo.convert %124 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_31 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %126 = stablehlo.multiply %125, %cst_31 : tensor<12x768x768xf32>
    %127 = stablehlo.convert %126 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %128 = stablehlo.dot_general %127, %124, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %129 = stablehlo.convert %124 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_32 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %130 = stablehlo.multiply %129, %cst_32 : tensor<12x768x768xf32>
    %131 = stablehlo.convert %130 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %132 = stablehlo.add %131, %128 : tensor<12x768x768xbf16>
    %133 = stablehlo.dot_general %132, %123, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x3072xbf16>
    %134 = stablehlo.convert %123 : (tensor<12x768x3072xbf16>) -> tensor<12x768x3072xf32>
    %cst_33 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x3072xf32>
    %135 = stablehlo.multiply %134, %cst_33 : tensor<12x768x3072xf32>
    %136 = stablehlo.convert %135 : (tensor<12x768x3072xf32>) -> tensor<12x768x3072xbf16>
    %137 = stablehlo.add %136, %133 : tensor<12x768x3072xbf16>
    %138 = stablehlo.dot_general %137, %137, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x3072xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x768xbf16>
    %139 = stablehlo.convert %138 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_34 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %140 = stablehlo.multiply %139, %cst_34 : tensor<12x768x768xf32>
    %141 = stablehlo.convert %140 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %142 = stablehlo.dot_general %141, %138, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %143 = stablehlo.convert %138 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_35 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %144 = stablehlo.multiply %143, %cst_35 : tensor<12x768x768xf32>
    %145 = stablehlo.convert %144 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %146 = stablehlo.add %145, %142 : tensor<12x768x768xbf16>
    %147 = stablehlo.dot_general %146, %137, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x3072xbf16>
    %148 = stablehlo.convert %137 : (tensor<12x768x3072xbf16>) -> tensor<12x768x3072xf32>
    %cst_36 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x3072xf32>
    %149 = stablehlo.multiply %148, %cst_36 : tensor<12x768x3072xf32>
    %150 = stablehlo.convert %149 : (tensor<12x768x3072xf32>) -> tensor<12x768x3072xbf16>
    %151 = stablehlo.add %150, %147 : tensor<12x768x3072xbf16>
    %152 = stablehlo.dot_general %151, %151, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x3072xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x768xbf16>
    %153 = stablehlo.convert %152 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_37 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %154 = stablehlo.multiply %153, %cst_37 : tensor<12x768x768xf32>
    %155 = stablehlo.convert %154 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %156 = stablehlo.dot_general %155, %152, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %157 = stablehlo.convert %152 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_38 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %158 = stablehlo.multiply %157, %cst_38 : tensor<12x768x768xf32>
    %159 = stablehlo.convert %158 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %160 = stablehlo.add %159, %156 : tensor<12x768x768xbf16>
    %161 = stablehlo.dot_general %160, %151, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x3072xbf16>) -> tensor<12x768x3072xbf16>
    %162 = stablehlo.convert %151 : (tensor<12x768x3072xbf16>) -> tensor<12x768x3072xf32>
    %cst_39 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x3072xf32>
    %163 = stablehlo.multiply %162, %cst_39 : tensor<12x768x3072xf32>
    %164 = stablehlo.convert %163 : (tensor<12x768x3072xf32>) -> tensor<12x768x3072xbf16>
    %165 = stablehlo.add %164, %161 : tensor<12x768x3072xbf16>
    %166 = stablehlo.transpose %165, dims = [0, 2, 1] : (tensor<12x768x3072xbf16>) -> tensor<12x3072x768xbf16>
    %167 = stablehlo.convert %166 : (tensor<12x3072x768xbf16>) -> tensor<12x3072x768xf32>
    %168 = stablehlo.slice %167 [0:1, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %169 = stablehlo.reshape %168 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %170 = stablehlo.convert %169 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %171 = stablehlo.convert %170 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %cst_40 = stablehlo.constant dense<2.000000e+00> : tensor<3072x768xf32>
    %172 = stablehlo.multiply %171, %cst_40 : tensor<3072x768xf32>
    %173 = stablehlo.convert %172 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %174 = stablehlo.convert %173 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %175 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %176 = stablehlo.multiply %174, %175 : tensor<3072x768xf32>
    %177 = stablehlo.subtract %arg0, %176 : tensor<3072x768xf32>
    %178 = stablehlo.slice %167 [1:2, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %179 = stablehlo.reshape %178 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %180 = stablehlo.convert %179 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %181 = stablehlo.convert %180 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %cst_41 = stablehlo.constant dense<2.000000e+00> : tensor<3072x768xf32>
    %182 = stablehlo.multiply %181, %cst_41 : tensor<3072x768xf32>
    %183 = stablehlo.convert %182 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %184 = stablehlo.convert %183 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %185 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %186 = stablehlo.multiply %184, %185 : tensor<3072x768xf32>
    %187 = stablehlo.subtract %arg1, %186 : tensor<3072x768xf32>
    %188 = stablehlo.slice %167 [2:3, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %189 = stablehlo.reshape %188 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %190 = stablehlo.convert %189 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %191 = stablehlo.convert %190 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %cst_42 = stablehlo.constant dense<2.000000e+00> : tensor<3072x768xf32>
    %192 = stablehlo.multiply %191, %cst_42 : tensor<3072x768xf32>
    %193 = stablehlo.convert %192 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %194 = stablehlo.convert %193 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %195 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %196 = stablehlo.multiply %194, %195 : tensor<3072x768xf32>
    %197 = stablehlo.subtract %arg2, %196 : tensor<3072x768xf32>
    %198 = stablehlo.slice %167 [3:4, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %199 = stablehlo.reshape %198 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %200 = stablehlo.convert %199 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %201 = stablehlo.convert %200 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %cst_43 = stablehlo.constant dense<2.000000e+00> : tensor<3072x768xf32>
    %202 = stablehlo.multiply %201, %cst_43 : tensor<3072x768xf32>
    %203 = stablehlo.convert %202 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %204 = stablehlo.convert %203 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %205 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %206 = stablehlo.multiply %204, %205 : tensor<3072x768xf32>
    %207 = stablehlo.subtract %arg3, %206 : tensor<3072x768xf32>
    %208 = stablehlo.slice %167 [4:5, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %209 = stablehlo.reshape %208 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %210 = stablehlo.convert %209 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %211 = stablehlo.convert %210 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %cst_44 = stablehlo.constant dense<2.000000e+00> : tensor<3072x768xf32>
    %212 = stablehlo.multiply %211, %cst_44 : tensor<3072x768xf32>
    %213 = stablehlo.convert %212 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %214 = stablehlo.convert %213 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %215 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %216 = stablehlo.multiply %214, %215 : tensor<3072x768xf32>
    %217 = stablehlo.subtract %arg4, %216 : tensor<3072x768xf32>
    %218 = stablehlo.slice %167 [5:6, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %219 = stablehlo.reshape %218 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %220 = stablehlo.convert %219 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %221 = stablehlo.convert %220 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %cst_45 = stablehlo.constant dense<2.000000e+00> : tensor<3072x768xf32>
    %222 = stablehlo.multiply %221, %cst_45 : tensor<3072x768xf32>
    %223 = stablehlo.convert %222 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %224 = stablehlo.convert %223 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %225 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %226 = stablehlo.multiply %224, %225 : tensor<3072x768xf32>
    %227 = stablehlo.subtract %arg5, %226 : tensor<3072x768xf32>
    %228 = stablehlo.slice %167 [6:7, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %229 = stablehlo.reshape %228 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %230 = stablehlo.convert %229 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %231 = stablehlo.convert %230 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %cst_46 = stablehlo.constant dense<2.000000e+00> : tensor<3072x768xf32>
    %232 = stablehlo.multiply %231, %cst_46 : tensor<3072x768xf32>
    %233 = stablehlo.convert %232 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %234 = stablehlo.convert %233 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %235 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %236 = stablehlo.multiply %234, %235 : tensor<3072x768xf32>
    %237 = stablehlo.subtract %arg6, %236 : tensor<3072x768xf32>
    %238 = stablehlo.slice %167 [7:8, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %239 = stablehlo.reshape %238 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %240 = stablehlo.convert %239 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %241 = stablehlo.convert %240 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %cst_47 = stablehlo.constant dense<2.000000e+00> : tensor<3072x768xf32>
    %242 = stablehlo.multiply %241, %cst_47 : tensor<3072x768xf32>
    %243 = stablehlo.convert %242 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %244 = stablehlo.convert %243 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %245 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %246 = stablehlo.multiply %244, %245 : tensor<3072x768xf32>
    %247 = stablehlo.subtract %arg7, %246 : tensor<3072x768xf32>
    %248 = stablehlo.slice %167 [8:9, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %249 = stablehlo.reshape %248 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %250 = stablehlo.convert %249 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %251 = stablehlo.convert %250 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %cst_48 = stablehlo.constant dense<2.000000e+00> : tensor<3072x768xf32>
    %252 = stablehlo.multiply %251, %cst_48 : tensor<3072x768xf32>
    %253 = stablehlo.convert %252 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %254 = stablehlo.convert %253 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %255 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %256 = stablehlo.multiply %254, %255 : tensor<3072x768xf32>
    %257 = stablehlo.subtract %arg8, %256 : tensor<3072x768xf32>
    %258 = stablehlo.slice %167 [9:10, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %259 = stablehlo.reshape %258 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %260 = stablehlo.convert %259 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %261 = stablehlo.convert %260 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %cst_49 = stablehlo.constant dense<2.000000e+00> : tensor<3072x768xf32>
    %262 = stablehlo.multiply %261, %cst_49 : tensor<3072x768xf32>
    %263 = stablehlo.convert %262 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %264 = stablehlo.convert %263 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %265 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %266 = stablehlo.multiply %264, %265 : tensor<3072x768xf32>
    %267 = stablehlo.subtract %arg9, %266 : tensor<3072x768xf32>
    %268 = stablehlo.slice %167 [10:11, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %269 = stablehlo.reshape %268 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %270 = stablehlo.convert %269 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %271 = stablehlo.convert %270 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %cst_50 = stablehlo.constant dense<2.000000e+00> : tensor<3072x768xf32>
    %272 = stablehlo.multiply %271, %cst_50 : tensor<3072x768xf32>
    %273 = stablehlo.convert %272 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %274 = stablehlo.convert %273 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %275 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %276 = stablehlo.multiply %274, %275 : tensor<3072x768xf32>
    %277 = stablehlo.subtract %arg10, %276 : tensor<3072x768xf32>
    %278 = stablehlo.slice %167 [11:12, 0:3072, 0:768] : (tensor<12x3072x768xf32>) -> tensor<1x3072x768xf32>
    %279 = stablehlo.reshape %278 : (tensor<1x3072x768xf32>) -> tensor<3072x768xf32>
    %280 = stablehlo.convert %279 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %281 = stablehlo.convert %280 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %cst_51 = stablehlo.constant dense<2.000000e+00> : tensor<3072x768xf32>
    %282 = stablehlo.multiply %281, %cst_51 : tensor<3072x768xf32>
    %283 = stablehlo.convert %282 : (tensor<3072x768xf32>) -> tensor<3072x768xbf16>
    %284 = stablehlo.convert %283 : (tensor<3072x768xbf16>) -> tensor<3072x768xf32>
    %285 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<3072x768xf32>
    %286 = stablehlo.multiply %284, %285 : tensor<3072x768xf32>
    %287 = stablehlo.subtract %arg11, %286 : tensor<3072x768xf32>
    return %177, %187, %197, %207, %217, %227, %237, %247, %257, %267, %277, %287, %2, %9, %16, %23, %30, %37, %44, %51, %58, %65, %72, %79 : tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>, tensor<3072x768xf32>
  }
}
