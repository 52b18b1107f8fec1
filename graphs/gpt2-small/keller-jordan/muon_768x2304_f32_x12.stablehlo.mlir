module @muon_768x2304_f32_x12 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<768x2304xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<768x2304xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<768x2304xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<768x2304xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<768x2304xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<768x2304xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<768x2304xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<768x2304xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<768x2304xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<768x2304xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<768x2304xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<768x2304xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<768x2304xf32>, %arg13: tensor<768x2304xf32>, %arg14: tensor<768x2304xf32>, %arg15: tensor<768x2304xf32>, %arg16: tensor<768x2304xf32>, %arg17: tensor<768x2304xf32>, %arg18: tensor<768x2304xf32>, %arg19: tensor<768x2304xf32>, %arg20: tensor<768x2304xf32>, %arg21: tensor<768x2304xf32>, %arg22: tensor<768x2304xf32>, %arg23: tensor<768x2304xf32>, %arg24: tensor<768x2304xf32> {tf.aliasing_output = 12 : i32}, %arg25: tensor<768x2304xf32> {tf.aliasing_output = 13 : i32}, %arg26: tensor<768x2304xf32> {tf.aliasing_output = 14 : i32}, %arg27: tensor<768x2304xf32> {tf.aliasing_output = 15 : i32}, %arg28: tensor<768x2304xf32> {tf.aliasing_output = 16 : i32}, %arg29: tensor<768x2304xf32> {tf.aliasing_output = 17 : i32}, %arg30: tensor<768x2304xf32> {tf.aliasing_output = 18 : i32}, %arg31: tensor<768x2304xf32> {tf.aliasing_output = 19 : i32}, %arg32: tensor<768x2304xf32> {tf.aliasing_output = 20 : i32}, %arg33: tensor<768x2304xf32> {tf.aliasing_output = 21 : i32}, %arg34: tensor<768x2304xf32> {tf.aliasing_output = 22 : i32}, %arg35: tensor<768x2304xf32> {tf.aliasing_output = 23 : i32}, %arg36: tensor<f32>, %arg37: tensor<f32>) -> (tensor<768x2304xf32> {jax.result_info = "transformer.h.0.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.1.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.2.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.3.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.4.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.5.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.6.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.7.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.8.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.9.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.10.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.11.attn.c_attn.weight"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.0.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.1.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.2.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.3.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.4.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.5.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.6.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.7.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.8.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.9.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.10.attn.c_attn.weight.momentum"}, tensor<768x2304xf32> {jax.result_info = "transformer.h.11.attn.c_attn.weight.momentum"}) {
    %0 = stablehlo.subtract %arg12, %arg24 : tensor<768x2304xf32>
    %cst = stablehlo.constant dense<5.000000e-02> : tensor<768x2304xf32>
    %1 = stablehlo.multiply %0, %cst : tensor<768x2304xf32>
    %2 = stablehlo.add %arg24, %1 : tensor<768x2304xf32>
    %3 = stablehlo.subtract %2, %arg12 : tensor<768x2304xf32>
    %cst_0 = stablehlo.constant dense<5.0000012e-02> : tensor<768x2304xf32>
    %4 = stablehlo.multiply %3, %cst_0 : tensor<768x2304xf32>
    %5 = stablehlo.subtract %2, %4 : tensor<768x2304xf32>
    %6 = stablehlo.reshape %5 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %7 = stablehlo.subtract %arg13, %arg25 : tensor<768x2304xf32>
    %cst_1 = stablehlo.constant dense<5.000000e-02> : tensor<768x2304xf32>
    %8 = stablehlo.multiply %7, %cst_1 : tensor<768x2304xf32>
    %9 = stablehlo.add %arg25, %8 : tensor<768x2304xf32>
    %10 = stablehlo.subtract %9, %arg13 : tensor<768x2304xf32>
    %cst_2 = stablehlo.constant dense<5.0000012e-02> : tensor<768x2304xf32>
    %11 = stablehlo.multiply %10, %cst_2 : tensor<768x2304xf32>
    %12 = stablehlo.subtract %9, %11 : tensor<768x2304xf32>
    %13 = stablehlo.reshape %12 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %14 = stablehlo.subtract %arg14, %arg26 : tensor<768x2304xf32>
    %cst_3 = stablehlo.constant dense<5.000000e-02> : tensor<768x2304xf32>
    %15 = stablehlo.multiply %14, %cst_3 : tensor<768x2304xf32>
    %16 = stablehlo.add %arg26, %15 : tensor<768x2304xf32>
    %17 = stablehlo.subtract %16, %arg14 : tensor<768x2304xf32>
    %cst_4 = stablehlo.constant dense<5.0000012e-02> : tensor<768x2304xf32>
    %18 = stablehlo.multiply %17, %cst_4 : tensor<768x2304xf32>
    %19 = stablehlo.subtract %16, %18 : tensor<768x2304xf32>
    %20 = stablehlo.reshape %19 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %21 = stablehlo.subtract %arg15, %arg27 : tensor<768x2304xf32>
    %cst_5 = stablehlo.constant dense<5.000000e-02> : tensor<768x2304xf32>
    %22 = stablehlo.multiply %21, %cst_5 : tensor<768x2304xf32>
    %23 = stablehlo.add %arg27, %22 : tensor<768x2304xf32>
    %24 = stablehlo.subtract %23, %arg15 : tensor<768x2304xf32>
    %cst_6 = stablehlo.constant dense<5.0000012e-02> : tensor<768x2304xf32>
    %25 = stablehlo.multiply %24, %cst_6 : tensor<768x2304xf32>
    %26 = stablehlo.subtract %23, %25 : tensor<768x2304xf32>
    %27 = stablehlo.reshape %26 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %28 = stablehlo.subtract %arg16, %arg28 : tensor<768x2304xf32>
    %cst_7 = stablehlo.constant dense<5.000000e-02> : tensor<768x2304xf32>
    %29 = stablehlo.multiply %28, %cst_7 : tensor<768x2304xf32>
    %30 = stablehlo.add %arg28, %29 : tensor<768x2304xf32>
    %31 = stablehlo.subtract %30, %arg16 : tensor<768x2304xf32>
    %cst_8 = stablehlo.constant dense<5.0000012e-02> : tensor<768x2304xf32>
    %32 = stablehlo.multiply %31, %cst_8 : tensor<768x2304xf32>
    %33 = stablehlo.subtract %30, %32 : tensor<768x2304xf32>
    %34 = stablehlo.reshape %33 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %35 = stablehlo.subtract %arg17, %arg29 : tensor<768x2304xf32>
    %cst_9 = stablehlo.constant dense<5.000000e-02> : tensor<768x2304xf32>
    %36 = stablehlo.multiply %35, %cst_9 : tensor<768x2304xf32>
    %37 = stablehlo.add %arg29, %36 : tensor<768x2304xf32>
    %38 = stablehlo.subtract %37, %arg17 : tensor<768x2304xf32>
    %cst_10 = stablehlo.constant dense<5.0000012e-02> : tensor<768x2304xf32>
    %39 = stablehlo.multiply %38, %cst_10 : tensor<768x2304xf32>
    %40 = stablehlo.subtract %37, %39 : tensor<768x2304xf32>
    %41 = stablehlo.reshape %40 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %42 = stablehlo.subtract %arg18, %arg30 : tensor<768x2304xf32>
    %cst_11 = stablehlo.constant dense<5.000000e-02> : tensor<768x2304xf32>
    %43 = stablehlo.multiply %42, %cst_11 : tensor<768x2304xf32>
    %44 = stablehlo.add %arg30, %43 : tensor<768x2304xf32>
    %45 = stablehlo.subtract %44, %arg18 : tensor<768x2304xf32>
    %cst_12 = stablehlo.constant dense<5.0000012e-02> : tensor<768x2304xf32>
    %46 = stablehlo.multiply %45, %cst_12 : tensor<768x2304xf32>
    %47 = stablehlo.subtract %44, %46 : tensor<768x2304xf32>
    %48 = stablehlo.reshape %47 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %49 = stablehlo.subtract %arg19, %arg31 : tensor<768x2304xf32>
    %cst_13 = stablehlo.constant dense<5.000000e-02> : tensor<768x2304xf32>
    %50 = stablehlo.multiply %49, %cst_13 : tensor<768x2304xf32>
    %51 = stablehlo.add %arg31, %50 : tensor<768x2304xf32>
    %52 = stablehlo.subtract %51, %arg19 : tensor<768x2304xf32>
    %cst_14 = stablehlo.constant dense<5.0000012e-02> : tensor<768x2304xf32>
    %53 = stablehlo.multiply %52, %cst_14 : tensor<768x2304xf32>
    %54 = stablehlo.subtract %51, %53 : tensor<768x2304xf32>
    %55 = stablehlo.reshape %54 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %56 = stablehlo.subtract %arg20, %arg32 : tensor<768x2304xf32>
    %cst_15 = stablehlo.constant dense<5.000000e-02> : tensor<768x2304xf32>
    %57 = stablehlo.multiply %56, %cst_15 : tensor<768x2304xf32>
    %58 = stablehlo.add %arg32, %57 : tensor<768x2304xf32>
    %59 = stablehlo.subtract %58, %arg20 : tensor<768x2304xf32>
    %cst_16 = stablehlo.constant dense<5.0000012e-02> : tensor<768x2304xf32>
    %60 = stablehlo.multiply %59, %cst_16 : tensor<768x2304xf32>
    %61 = stablehlo.subtract %58, %60 : tensor<768x2304xf32>
    %62 = stablehlo.reshape %61 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %63 = stablehlo.subtract %arg21, %arg33 : tensor<768x2304xf32>
    %cst_17 = stablehlo.constant dense<5.000000e-02> : tensor<768x2304xf32>
    %64 = stablehlo.multiply %63, %cst_17 : tensor<768x2304xf32>
    %65 = stablehlo.add %arg33, %64 : tensor<768x2304xf32>
    %66 = stablehlo.subtract %65, %arg21 : tensor<768x2304xf32>
    %cst_18 = stablehlo.constant dense<5.0000012e-02> : tensor<768x2304xf32>
    %67 = stablehlo.multiply %66, %cst_18 : tensor<768x2304xf32>
    %68 = stablehlo.subtract %65, %67 : tensor<768x2304xf32>
    %69 = stablehlo.reshape %68 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %70 = stablehlo.subtract %arg22, %arg34 : tensor<768x2304xf32>
    %cst_19 = stablehlo.constant dense<5.000000e-02> : tensor<768x2304xf32>
    %71 = stablehlo.multiply %70, %cst_19 : tensor<768x2304xf32>
    %72 = stablehlo.add %arg34, %71 : tensor<768x2304xf32>
    %73 = stablehlo.subtract %72, %arg22 : tensor<768x2304xf32>
    %cst_20 = stablehlo.constant dense<5.0000012e-02> : tensor<768x2304xf32>
    %74 = stablehlo.multiply %73, %cst_20 : tensor<768x2304xf32>
    %75 = stablehlo.subtract %72, %74 : tensor<768x2304xf32>
    %76 = stablehlo.reshape %75 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %77 = stablehlo.subtract %arg23, %arg35 : tensor<768x2304xf32>
    %cst_21 = stablehlo.constant dense<5.000000e-02> : tensor<768x2304xf32>
    %78 = stablehlo.multiply %77, %cst_21 : tensor<768x2304xf32>
    %79 = stablehlo.add %arg35, %78 : tensor<768x2304xf32>
    %80 = stablehlo.subtract %79, %arg23 : tensor<768x2304xf32>
    %cst_22 = stablehlo.constant dense<5.0000012e-02> : tensor<768x2304xf32>
    %81 = stablehlo.multiply %80, %cst_22 : tensor<768x2304xf32>
    %82 = stablehlo.subtract %79, %81 : tensor<768x2304xf32>
    %83 = stablehlo.reshape %82 : (tensor<768x2304xf32>) -> tensor<1x768x2304xf32>
    %84 = stablehlo.concatenate %6, %13, %20, %27, %34, %41, %48, %55, %62, %69, %76, %83, dim = 0 : (tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>, tensor<1x768x2304xf32>) -> tensor<12x768x2304xf32>
    %85 = stablehlo.convert %84 : (tensor<12x768x2304xf32>) -> tensor<12x768x2304xbf16>
    %86 = stablehlo.convert %85 : (tensor<12x768x2304xbf16>) -> tensor<12x768x2304xf32>
    %87 = stablehlo.dot_general %86, %86, batching_dims = [0, 1] x [0, 1], contracting_dims = [2] x [2], precision = [HIGHEST, HIGHEST] : (tensor<12x768x2304xf32>, tensor<12x768x2304xf32>) -> tensor<12x768xf32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<12x768xf32>
    %88 = stablehlo.dot_general %87, %cst_23, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<12x768xf32>, tensor<12x768xf32>) -> tensor<12xf32>
    %89 = stablehlo.sqrt %88 : tensor<12xf32>
    %90 = stablehlo.reshape %89 : (tensor<12xf32>) -> tensor<12x1x1xf32>
    %91 = stablehlo.convert %90 : (tensor<12x1x1xf32>) -> tensor<12x1x1xbf16>
    %cst_24 = stablehlo.constant dense<1.001172e-07> : tensor<12x1x1xbf16>
    %92 = stablehlo.add %91, %cst_24 : tensor<12x1x1xbf16>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2] : (tensor<12x1x1xbf16>) -> tensor<12x768x2304xbf16>
    %94 = stablehlo.divide %85, %93 : tensor<12x768x2304xbf16>
    %95 = stablehlo.dot_general %94, %94, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x2304xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x768xbf16>
    %96 = stablehlo.convert %95 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_25 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %97 = stablehlo.multiply %96, %cst_25 : tensor<12x768x768xf32>
    %98 = stablehlo.convert %97 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %99 = stablehlo.dot_general %98, %95, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %100 = stablehlo.convert %95 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_26 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %101 = stablehlo.multiply %100, %cst_26 : tensor<12x768x768xf32>
    %102 = stablehlo.convert %101 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %103 = stablehlo.add %102, %99 : tensor<12x768x768xbf16>
    %104 = stablehlo.dot_general %103, %94, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x2304xbf16>
    %105 = stablehlo.convert %94 : (tensor<12x768x2304xbf16>) -> tensor<12x768x2304xf32>
    %cst_27 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x2304xf32>
    %106 = stablehlo.multiply %105, %cst_27 : tensor<12x768x2304xf32>
    %107 = stablehlo.convert %106 : (tensor<12x768x2304xf32>) -> tensor<12x768x2304xbf16>
    %108 = stablehlo.add %107, %104 : tensor<12x768x2304xbf16>
    %109 = stablehlo.dot_general %108, %108, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x2304xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x768xbf16>
    %110 = stablehlo.convert %109 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_28 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %111 = stablehlo.multiply %110, %cst_28 : tensor<12x768x768xf32>
    %112 = stablehlo.convert %111 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %113 = stablehlo.dot_general %112, %109, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %114 = stablehlo.convert %109 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_29 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %115 = stablehlo.multiply %114, %cst_29 : tensor<12x768x768xf32>
    %116 = stablehlo.convert %115 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %117 = stablehlo.add %116, %113 : tensor<12x768x768xbf16>
    %118 = stablehlo.dot_general %117, %108, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x2304xbf16>
    %119 = stablehlo.convert %108 : (tensor<12x768x2304xbf16>) -> tensor<12x768x2304xf32>
    %cst_30 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x2304xf32>
    %120 = stablehlo.multiply %119, %cst_30 : tensor<12x768x2304xf32>
    %121 = stablehlo.convert %120 : (tensor<12x768x2304xf32>) -> tensor<12x768x2304xbf16>
    %122 = stablehlo.add %121, %118 : tensor<12x768x2304xbf16>
    %123 = stablehlo.dot_general %122, %122, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x2304xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x768xbf16>
    %124 = stablehlo.convert %123 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_31 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %125 = stablehlo.multiply %124, %cst_31 : tensor<12x768x768xf32>
    %126 = stablehlo.convert %125 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %127 = stablehlo.dot_general %126, %123, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %128 = stablehlo.convert %123 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_32 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %129 = stablehlo.multiply %128, %cst_32 : tensor<12x768x768xf32>
    %130 = stablehlo.convert %129 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %131 = stablehlo.add %130, %127 : tensor<12x768x768xbf16>
    %132 = stablehlo.dot_general %131, %122, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x2304xbf16>
    %133 = stablehlo.convert %122 : (tensor<12x768x2304xbf16>) -> tensor<12x768x2304xf32>
    %cst_33 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x2304xf32>
    %134 = stablehlo.multiply %133, %cst_33 : tensor<12x768x2304xf32>
    %135 = stablehlo.convert %134 : (tensor<12x768x2304xf32>) -> tensor<12x768x2304xbf16>
    %136 = stablehlo.add %135, %132 : tensor<12x768x2304xbf16>
    %137 = stablehlo.dot_general %136, %136, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x2304xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x768xbf16>
    %138 = stablehlo.convert %137 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_34 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %139 = stablehlo.multiply %138, %cst_34 : tensor<12x768x768xf32>
    %140 = stablehlo.convert %139 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %141 = stablehlo.dot_general %140, %137, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %142 = stablehlo.convert %137 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_35 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %143 = stablehlo.multiply %142, %cst_35 : tensor<12x768x768xf32>
    %144 = stablehlo.convert %143 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %145 = stablehlo.add %144, %141 : tensor<12x768x768xbf16>
    %146 = stablehlo.dot_general %145, %136, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x2304xbf16>
    %147 = stablehlo.convert %136 : (tensor<12x768x2304xbf16>) -> tensor<12x768x2304xf32>
    %cst_36 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x2304xf32>
    %148 = stablehlo.multiply %147, %cst_36 : tensor<12x768x2304xf32>
    %149 = stablehlo.convert %148 : (tensor<12x768x2304xf32>) -> tensor<12x768x2304xbf16>
    %150 = stablehlo.add %149, %146 : tensor<12x768x2304xbf16>
    %151 = stablehlo.dot_general %150, %150, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<12x768x2304xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x768xbf16>
    %152 = stablehlo.convert %151 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_37 = stablehlo.constant dense<2.031500e+00> : tensor<12x768x768xf32>
    %153 = stablehlo.multiply %152, %cst_37 : tensor<12x768x768xf32>
    %154 = stablehlo.convert %153 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %155 = stablehlo.dot_general %154, %151, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x768xbf16>) -> tensor<12x768x768xbf16>
    %156 = stablehlo.convert %151 : (tensor<12x768x768xbf16>) -> tensor<12x768x768xf32>
    %cst_38 = stablehlo.constant dense<-4.775000e+00> : tensor<12x768x768xf32>
    %157 = stablehlo.multiply %156, %cst_38 : tensor<12x768x768xf32>
    %158 = stablehlo.convert %157 : (tensor<12x768x768xf32>) -> tensor<12x768x768xbf16>
    %159 = stablehlo.add %158, %155 : tensor<12x768x768xbf16>
    %160 = stablehlo.dot_general %159, %150, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<12x768x768xbf16>, tensor<12x768x2304xbf16>) -> tensor<12x768x2304xbf16>
    %161 = stablehlo.convert %150 : (tensor<12x768x2304xbf16>) -> tensor<12x768x2304xf32>
    %cst_39 = stablehlo.constant dense<3.444500e+00> : tensor<12x768x2304xf32>
    %162 = stablehlo.multiply %161, %cst_39 : tensor<12x768x2304xf32>
    %163 = stablehlo.convert %162 : (tensor<12x768x2304xf32>) -> tensor<12x768x2304xbf16>
    %164 = stablehlo.add %163, %160 : tensor<12x768x2304xbf16>
    %165 = stablehlo.convert %164 : (tensor<12x768x2304xbf16>) -> tensor<12x768x2304xf32>
    %166 = stablehlo.slice %165 [0:1, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %167 = stablehlo.reshape %166 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %168 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %169 = stablehlo.multiply %167, %168 : tensor<768x2304xf32>
    %170 = stablehlo.subtract %arg0, %169 : tensor<768x2304xf32>
    %171 = stablehlo.slice %165 [1:2, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %172 = stablehlo.reshape %171 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %173 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %174 = stablehlo.multiply %172, %173 : tensor<768x2304xf32>
    %175 = stablehlo.subtract %arg1, %174 : tensor<768x2304xf32>
    %176 = stablehlo.slice %165 [2:3, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %177 = stablehlo.reshape %176 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %178 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %179 = stablehlo.multiply %177, %178 : tensor<768x2304xf32>
    %180 = stablehlo.subtract %arg2, %179 : tensor<768x2304xf32>
    %181 = stablehlo.slice %165 [3:4, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %182 = stablehlo.reshape %181 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %183 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %184 = stablehlo.multiply %182, %183 : tensor<768x2304xf32>
    %185 = stablehlo.subtract %arg3, %184 : tensor<768x2304xf32>
    %186 = stablehlo.slice %165 [4:5, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %187 = stablehlo.reshape %186 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %188 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %189 = stablehlo.multiply %187, %188 : tensor<768x2304xf32>
    %190 = stablehlo.subtract %arg4, %189 : tensor<768x2304xf32>
    %191 = stablehlo.slice %165 [5:6, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %192 = stablehlo.reshape %191 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %193 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %194 = stablehlo.multiply %192, %193 : tensor<768x2304xf32>
    %195 = stablehlo.subtract %arg5, %194 : tensor<768x2304xf32>
    %196 = stablehlo.slice %165 [6:7, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %197 = stablehlo.reshape %196 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %198 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %199 = stablehlo.multiply %197, %198 : tensor<768x2304xf32>
    %200 = stablehlo.subtract %arg6, %199 : tensor<768x2304xf32>
    %201 = stablehlo.slice %165 [7:8, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %202 = stablehlo.reshape %201 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %203 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %204 = stablehlo.multiply %202, %203 : tensor<768x2304xf32>
    %205 = stablehlo.subtract %arg7, %204 : tensor<768x2304xf32>
    %206 = stablehlo.slice %165 [8:9, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %207 = stablehlo.reshape %206 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %208 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %209 = stablehlo.multiply %207, %208 : tensor<768x2304xf32>
    %210 = stablehlo.subtract %arg8, %209 : tensor<768x2304xf32>
    %211 = stablehlo.slice %165 [9:10, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %212 = stablehlo.reshape %211 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %213 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %214 = stablehlo.multiply %212, %213 : tensor<768x2304xf32>
    %215 = stablehlo.subtract %arg9, %214 : tensor<768x2304xf32>
    %216 = stablehlo.slice %165 [10:11, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %217 = stablehlo.reshape %216 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %218 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %219 = stablehlo.multiply %217, %218 : tensor<768x2304xf32>
    %220 = stablehlo.subtract %arg10, %219 : tensor<768x2304xf32>
    %221 = stablehlo.slice %165 [11:12, 0:768, 0:2304] : (tensor<12x768x2304xf32>) -> tensor<1x768x2304xf32>
    %222 = stablehlo.reshape %221 : (tensor<1x768x2304xf32>) -> tensor<768x2304xf32>
    %223 = stablehlo.broadcast_in_dim %arg36, dims = [] : (tensor<f32>) -> tensor<768x2304xf32>
    %224 = stablehlo.multiply %222, %223 : tensor<768x2304xf32>
    %225 = stablehlo.subtract %arg11, %224 : tensor<768x2304xf32>
    return %170, %175, %180, %185, %190, %195, %200, %205, %210, %215, %220, %225, %2, %9, %16, %23, %30, %37, %44, %51, %58, %65, %72, %79 : tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>, tensor<768x2304xf32>
  }
}
