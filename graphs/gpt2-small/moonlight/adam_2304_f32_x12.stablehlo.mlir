module @adam_2304_f32_x12 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2304xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<2304xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<2304xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<2304xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<2304xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<2304xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<2304xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<2304xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<2304xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<2304xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<2304xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<2304xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<2304xf32>, %arg13: tensor<2304xf32>, %arg14: tensor<2304xf32>, %arg15: tensor<2304xf32>, %arg16: tensor<2304xf32>, %arg17: tensor<2304xf32>, %arg18: tensor<2304xf32>, %arg19: tensor<2304xf32>, %arg20: tensor<2304xf32>, %arg21: tensor<2304xf32>, %arg22: tensor<2304xf32>, %arg23: tensor<2304xf32>, %arg24: tensor<2304xf32> {tf.aliasing_output = 12 : i32}, %arg25: tensor<2304xf32> {tf.aliasing_output = 13 : i32}, %arg26: tensor<2304xf32> {tf.aliasing_output = 14 : i32}, %arg27: tensor<2304xf32> {tf.aliasing_output = 15 : i32}, %arg28: tensor<2304xf32> {tf.aliasing_output = 16 : i32}, %arg29: tensor<2304xf32> {tf.aliasing_output = 17 : i32}, %arg30: tensor<2304xf32> {tf.aliasing_output = 18 : i32}, %arg31: tensor<2304xf32> {tf.aliasing_output = 19 : i32}, %arg32: tensor<2304xf32> {tf.aliasing_output = 20 : i32}, %arg33: tensor<2304xf32> {tf.aliasing_output = 21 : i32}, %arg34: tensor<2304xf32> {tf.aliasing_output = 22 : i32}, %arg35: tensor<2304xf32> {tf.aliasing_output = 23 : i32}, %arg36: tensor<2304xf32> {tf.aliasing_output = 24 : i32}, %arg37: tensor<2304xf32> {tf.aliasing_output = 25 : i32}, %arg38: tensor<2304xf32> {tf.aliasing_output = 26 : i32}, %arg39: tensor<2304xf32> {tf.aliasing_output = 27 : i32}, %arg40: tensor<2304xf32> {tf.aliasing_output = 28 : i32}, %arg41: tensor<2304xf32> {tf.aliasing_output = 29 : i32}, %arg42: tensor<2304xf32> {tf.aliasing_output = 30 : i32}, %arg43: tensor<2304xf32> {tf.aliasing_output = 31 : i32}, %arg44: tensor<2304xf32> {tf.aliasing_output = 32 : i32}, %arg45: tensor<2304xf32> {tf.aliasing_output = 33 : i32}, %arg46: tensor<2304xf32> {tf.aliasing_output = 34 : i32}, %arg47: tensor<2304xf32> {tf.aliasing_output = 35 : i32}, %arg48: tensor<f32>, %arg49: tensor<f32>, %arg50: tensor<f32>) -> (tensor<2304xf32> {jax.result_info = "transformer.h.0.attn.c_attn.bias"}, tensor<2304xf32> {jax.result_info = "transformer.h.1.attn.c_attn.bias"}, tensor<2304xf32> {jax.result_info = "transformer.h.2.attn.c_attn.bias"}, tensor<2304xf32> {jax.result_info = "transformer.h.3.attn.c_attn.bias"}, tensor<2304xf32> {jax.result_info = "transformer.h.4.attn.c_attn.bias"}, tensor<2304xf32> {jax.result_info = "transformer.h.5.attn.c_attn.bias"}, tensor<2304xf32> {jax.result_info = "transformer.h.6.attn.c_attn.bias"}, tensor<2304xf32> {jax.result_info = "transformer.h.7.attn.c_attn.bias"}, tensor<2304xf32> {jax.result_info = "transformer.h.8.attn.c_attn.bias"}, tensor<2304xf32> {jax.result_info = "transformer.h.9.attn.c_attn.bias"}, tensor<2304xf32> {jax.result_info = "transformer.h.10.attn.c_attn.bias"}, tensor<2304xf32> {jax.result_info = "transformer.h.11.attn.c_attn.bias"}, tensor<2304xf32> {jax.result_info = "transformer.h.0.attn.c_attn.bias.exp_avg"}, tensor<2304xf32> {jax.result_info = "transformer.h.1.attn.c_attn.bias.exp_avg"}, tensor<2304xf32> {jax.result_info = "transformer.h.2.attn.c_attn.bias.exp_avg"}, tensor<2304xf32> {jax.result_info = "transformer.h.3.attn.c_attn.bias.exp_avg"}, tensor<2304xf32> {jax.result_info = "transformer.h.4.attn.c_attn.bias.exp_avg"}, tensor<2304xf32> {jax.result_info = "transformer.h.5.attn.c_attn.bias.exp_avg"}, tensor<2304xf32> {jax.result_info = "transformer.h.6.attn.c_attn.bias.exp_avg"}, tensor<2304xf32> {jax.result_info = "transformer.h.7.attn.c_attn.bias.exp_avg"}, tensor<2304xf32> {jax.result_info = "transformer.h.8.attn.c_attn.bias.exp_avg"}, tensor<2304xf32> {jax.result_info = "transformer.h.9.attn.c_attn.bias.exp_avg"}, tensor<2304xf32> {jax.result_info = "transformer.h.10.attn.c_attn.bias.exp_avg"}, tensor<2304xf32> {jax.result_info = "transformer.h.11.attn.c_attn.bias.exp_avg"}, tensor<2304xf32> {jax.result_info = "transformer.h.0.attn.c_attn.bias.exp_avg_sq"}, tensor<2304xf32> {jax.result_info = "transformer.h.1.attn.c_attn.bias.exp_avg_sq"}, tensor<2304xf32> {jax.result_info = "transformer.h.2.attn.c_attn.bias.exp_avg_sq"}, tensor<2304xf32> {jax.result_info = "transformer.h.3.attn.c_attn.bias.exp_avg_sq"}, tensor<2304xf32> {jax.result_info = "transformer.h.4.attn.c_attn.bias.exp_avg_sq"}, tensor<2304xf32> {jax.result_info = "transformer.h.5.attn.c_attn.bias.exp_avg_sq"}, tensor<2304xf32> {jax.result_info = "transformer.h.6.attn.c_attn.bias.exp_avg_sq"}, tensor<2304xf32> {jax.result_info = "transformer.h.7.attn.c_attn.bias.exp_avg_sq"}, tensor<2304xf32> {jax.result_info = "transformer.h.8.attn.c_attn.bias.exp_avg_sq"}, tensor<2304xf32> {jax.result_info = "transformer.h.9.attn.c_attn.bias.exp_avg_sq"}, tensor<2304xf32> {jax.result_info = "transformer.h.10.attn.c_attn.bias.exp_avg_sq"}, tensor<2304xf32> {jax.result_info = "transformer.h.11.attn.c_attn.bias.exp_avg_sq"}) {
    %0 = stablehlo.subtract %arg12, %arg24 : tensor<2304xf32>
    %cst = stablehlo.constant dense<1.000000e-01> : tensor<2304xf32>
    %1 = stablehlo.multiply %0, %cst : tensor<2304xf32>
    %2 = stablehlo.add %arg24, %1 : tensor<2304xf32>
    %3 = stablehlo.multiply %arg12, %arg12 : tensor<2304xf32>
    %4 = stablehlo.subtract %3, %arg36 : tensor<2304xf32>
    %cst_0 = stablehlo.constant dense<5.000000e-02> : tensor<2304xf32>
    %5 = stablehlo.multiply %4, %cst_0 : tensor<2304xf32>
    %6 = stablehlo.add %arg36, %5 : tensor<2304xf32>
    %cst_1 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %7 = stablehlo.power %cst_1, %arg50 : tensor<f32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %8 = stablehlo.subtract %cst_2, %7 : tensor<f32>
    %cst_3 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %9 = stablehlo.power %cst_3, %arg50 : tensor<f32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %10 = stablehlo.subtract %cst_4, %9 : tensor<f32>
    %11 = stablehlo.sqrt %6 : tensor<2304xf32>
    %cst_5 = stablehlo.constant dense<1.000000e-08> : tensor<2304xf32>
    %12 = stablehlo.add %11, %cst_5 : tensor<2304xf32>
    %13 = stablehlo.divide %2, %12 : tensor<2304xf32>
    %14 = stablehlo.sqrt %10 : tensor<f32>
    %15 = stablehlo.divide %14, %8 : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %17 = stablehlo.multiply %13, %16 : tensor<2304xf32>
    %cst_6 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %18 = stablehlo.multiply %arg49, %cst_6 : tensor<f32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %19 = stablehlo.subtract %cst_7, %18 : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %21 = stablehlo.multiply %arg0, %20 : tensor<2304xf32>
    %22 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %23 = stablehlo.multiply %17, %22 : tensor<2304xf32>
    %24 = stablehlo.subtract %21, %23 : tensor<2304xf32>
    %25 = stablehlo.subtract %arg13, %arg25 : tensor<2304xf32>
    %cst_8 = stablehlo.constant dense<1.000000e-01> : tensor<2304xf32>
    %26 = stablehlo.multiply %25, %cst_8 : tensor<2304xf32>
    %27 = stablehlo.add %arg25, %26 : tensor<2304xf32>
    %28 = stablehlo.multiply %arg13, %arg13 : tensor<2304xf32>
    %29 = stablehlo.subtract %28, %arg37 : tensor<2304xf32>
    %cst_9 = stablehlo.constant dense<5.000000e-02> : tensor<2304xf32>
    %30 = stablehlo.multiply %29, %cst_9 : tensor<2304xf32>
    %31 = stablehlo.add %arg37, %30 : tensor<2304xf32>
    %cst_10 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %32 = stablehlo.power %cst_10, %arg50 : tensor<f32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %33 = stablehlo.subtract %cst_11, %32 : tensor<f32>
    %cst_12 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %34 = stablehlo.power %cst_12, %arg50 : tensor<f32>
    %cst_13 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %35 = stablehlo.subtract %cst_13, %34 : tensor<f32>
    %36 = stablehlo.sqrt %31 : tensor<2304xf32>
    %cst_14 = stablehlo.constant dense<1.000000e-08> : tensor<2304xf32>
    %37 = stablehlo.add %36, %cst_14 : tensor<2304xf32>
    %38 = stablehlo.divide %27, %37 : tensor<2304xf32>
    %39 = stablehlo.sqrt %35 : tensor<f32>
    %40 = stablehlo.divide %39, %33 : tensor<f32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %42 = stablehlo.multiply %38, %41 : tensor<2304xf32>
    %cst_15 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %43 = stablehlo.multiply %arg49, %cst_15 : tensor<f32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %44 = stablehlo.subtract %cst_16, %43 : tensor<f32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %46 = stablehlo.multiply %arg1, %45 : tensor<2304xf32>
    %47 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %48 = stablehlo.multiply %42, %47 : tensor<2304xf32>
    %49 = stablehlo.subtract %46, %48 : tensor<2304xf32>
    %50 = stablehlo.subtract %arg14, %arg26 : tensor<2304xf32>
    %cst_17 = stablehlo.constant dense<1.000000e-01> : tensor<2304xf32>
    %51 = stablehlo.multiply %50, %cst_17 : tensor<2304xf32>
    %52 = stablehlo.add %arg26, %51 : tensor<2304xf32>
    %53 = stablehlo.multiply %arg14, %arg14 : tensor<2304xf32>
    %54 = stablehlo.subtract %53, %arg38 : tensor<2304xf32>
    %cst_18 = stablehlo.constant dense<5.000000e-02> : tensor<2304xf32>
    %55 = stablehlo.multiply %54, %cst_18 : tensor<2304xf32>
    %56 = stablehlo.add %arg38, %55 : tensor<2304xf32>
    %cst_19 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %57 = stablehlo.power %cst_19, %arg50 : tensor<f32>
    %cst_20 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %58 = stablehlo.subtract %cst_20, %57 : tensor<f32>
    %cst_21 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %59 = stablehlo.power %cst_21, %arg50 : tensor<f32>
    %cst_22 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %60 = stablehlo.subtract %cst_22, %59 : tensor<f32>
    %61 = stablehlo.sqrt %56 : tensor<2304xf32>
    %cst_23 = stablehlo.constant dense<1.000000e-08> : tensor<2304xf32>
    %62 = stablehlo.add %61, %cst_23 : tensor<2304xf32>
    %63 = stablehlo.divide %52, %62 : tensor<2304xf32>
    %64 = stablehlo.sqrt %60 : tensor<f32>
    %65 = stablehlo.divide %64, %58 : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %65, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %67 = stablehlo.multiply %63, %66 : tensor<2304xf32>
    %cst_24 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %68 = stablehlo.multiply %arg49, %cst_24 : tensor<f32>
    %cst_25 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %69 = stablehlo.subtract %cst_25, %68 : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %71 = stablehlo.multiply %arg2, %70 : tensor<2304xf32>
    %72 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %73 = stablehlo.multiply %67, %72 : tensor<2304xf32>
    %74 = stablehlo.subtract %71, %73 : tensor<2304xf32>
    %75 = stablehlo.subtract %arg15, %arg27 : tensor<2304xf32>
    %cst_26 = stablehlo.constant dense<1.000000e-01> : tensor<2304xf32>
    %76 = stablehlo.multiply %75, %cst_26 : tensor<2304xf32>
    %77 = stablehlo.add %arg27, %76 : tensor<2304xf32>
    %78 = stablehlo.multiply %arg15, %arg15 : tensor<2304xf32>
    %79 = stablehlo.subtract %78, %arg39 : tensor<2304xf32>
    %cst_27 = stablehlo.constant dense<5.000000e-02> : tensor<2304xf32>
    %80 = stablehlo.multiply %79, %cst_27 : tensor<2304xf32>
    %81 = stablehlo.add %arg39, %80 : tensor<2304xf32>
    %cst_28 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %82 = stablehlo.power %cst_28, %arg50 : tensor<f32>
    %cst_29 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %83 = stablehlo.subtract %cst_29, %82 : tensor<f32>
    %cst_30 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %84 = stablehlo.power %cst_30, %arg50 : tensor<f32>
    %cst_31 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %85 = stablehlo.subtract %cst_31, %84 : tensor<f32>
    %86 = stablehlo.sqrt %81 : tensor<2304xf32>
    %cst_32 = stablehlo.constant dense<1.000000e-08> : tensor<2304xf32>
    %87 = stablehlo.add %86, %cst_32 : tensor<2304xf32>
    %88 = stablehlo.divide %77, %87 : tensor<2304xf32>
    %89 = stablehlo.sqrt %85 : tensor<f32>
    %90 = stablehlo.divide %89, %83 : tensor<f32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %92 = stablehlo.multiply %88, %91 : tensor<2304xf32>
    %cst_33 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %93 = stablehlo.multiply %arg49, %cst_33 : tensor<f32>
    %cst_34 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %94 = stablehlo.subtract %cst_34, %93 : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %94, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %96 = stablehlo.multiply %arg3, %95 : tensor<2304xf32>
    %97 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %98 = stablehlo.multiply %92, %97 : tensor<2304xf32>
    %99 = stablehlo.subtract %96, %98 : tensor<2304xf32>
    %100 = stablehlo.subtract %arg16, %arg28 : tensor<2304xf32>
    %cst_35 = stablehlo.constant dense<1.000000e-01> : tensor<2304xf32>
    %101 = stablehlo.multiply %100, %cst_35 : tensor<2304xf32>
    %102 = stablehlo.add %arg28, %101 : tensor<2304xf32>
    %103 = stablehlo.multiply %arg16, %arg16 : tensor<2304xf32>
    %104 = stablehlo.subtract %103, %arg40 : tensor<2304xf32>
    %cst_36 = stablehlo.constant dense<5.000000e-02> : tensor<2304xf32>
    %105 = stablehlo.multiply %104, %cst_36 : tensor<2304xf32>
    %106 = stablehlo.add %arg40, %105 : tensor<2304xf32>
    %cst_37 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %107 = stablehlo.power %cst_37, %arg50 : tensor<f32>
    %cst_38 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %108 = stablehlo.subtract %cst_38, %107 : tensor<f32>
    %cst_39 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %109 = stablehlo.power %cst_39, %arg50 : tensor<f32>
    %cst_40 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %110 = stablehlo.subtract %cst_40, %109 : tensor<f32>
    %111 = stablehlo.sqrt %106 : tensor<2304xf32>
    %cst_41 = stablehlo.constant dense<1.000000e-08> : tensor<2304xf32>
    %112 = stablehlo.add %111, %cst_41 : tensor<2304xf32>
    %113 = stablehlo.divide %102, %112 : tensor<2304xf32>
    %114 = stablehlo.sqrt %110 : tensor<f32>
    %115 = stablehlo.divide %114, %108 : tensor<f32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %117 = stablehlo.multiply %113, %116 : tensor<2304xf32>
    %cst_42 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %118 = stablehlo.multiply %arg49, %cst_42 : tensor<f32>
    %cst_43 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %119 = stablehlo.subtract %cst_43, %118 : tensor<f32>
    %120 = stablehlo.broadcast_in_dim %119, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %121 = stablehlo.multiply %arg4, %120 : tensor<2304xf32>
    %122 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %123 = stablehlo.multiply %117, %122 : tensor<2304xf32>
    %124 = stablehlo.subtract %121, %123 : tensor<2304xf32>
    %125 = stablehlo.subtract %arg17, %arg29 : tensor<2304xf32>
    %cst_44 = stablehlo.constant dense<1.000000e-01> : tensor<2304xf32>
    %126 = stablehlo.multiply %125, %cst_44 : tensor<2304xf32>
    %127 = stablehlo.add %arg29, %126 : tensor<2304xf32>
    %128 = stablehlo.multiply %arg17, %arg17 : tensor<2304xf32>
    %129 = stablehlo.subtract %128, %arg41 : tensor<2304xf32>
    %cst_45 = stablehlo.constant dense<5.000000e-02> : tensor<2304xf32>
    %130 = stablehlo.multiply %129, %cst_45 : tensor<2304xf32>
    %131 = stablehlo.add %arg41, %130 : tensor<2304xf32>
    %cst_46 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %132 = stablehlo.power %cst_46, %arg50 : tensor<f32>
    %cst_47 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %133 = stablehlo.subtract %cst_47, %132 : tensor<f32>
    %cst_48 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %134 = stablehlo.power %cst_48, %arg50 : tensor<f32>
    %cst_49 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %135 = stablehlo.subtract %cst_49, %134 : tensor<f32>
    %136 = stablehlo.sqrt %131 : tensor<2304xf32>
    %cst_50 = stablehlo.constant dense<1.000000e-08> : tensor<2304xf32>
    %137 = stablehlo.add %136, %cst_50 : tensor<2304xf32>
    %138 = stablehlo.divide %127, %137 : tensor<2304xf32>
    %139 = stablehlo.sqrt %135 : tensor<f32>
    %140 = stablehlo.divide %139, %133 : tensor<f32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %142 = stablehlo.multiply %138, %141 : tensor<2304xf32>
    %cst_51 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %143 = stablehlo.multiply %arg49, %cst_51 : tensor<f32>
    %cst_52 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %144 = stablehlo.subtract %cst_52, %143 : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %146 = stablehlo.multiply %arg5, %145 : tensor<2304xf32>
    %147 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %148 = stablehlo.multiply %142, %147 : tensor<2304xf32>
    %149 = stablehlo.subtract %146, %148 : tensor<2304xf32>
    %150 = stablehlo.subtract %arg18, %arg30 : tensor<2304xf32>
    %cst_53 = stablehlo.constant dense<1.000000e-01> : tensor<2304xf32>
    %151 = stablehlo.multiply %150, %cst_53 : tensor<2304xf32>
    %152 = stablehlo.add %arg30, %151 : tensor<2304xf32>
    %153 = stablehlo.multiply %arg18, %arg18 : tensor<2304xf32>
    %154 = stablehlo.subtract %153, %arg42 : tensor<2304xf32>
    %cst_54 = stablehlo.constant dense<5.000000e-02> : tensor<2304xf32>
    %155 = stablehlo.multiply %154, %cst_54 : tensor<2304xf32>
    %156 = stablehlo.add %arg42, %155 : tensor<2304xf32>
    %cst_55 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %157 = stablehlo.power %cst_55, %arg50 : tensor<f32>
    %cst_56 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %158 = stablehlo.subtract %cst_56, %157 : tensor<f32>
    %cst_57 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %159 = stablehlo.power %cst_57, %arg50 : tensor<f32>
    %cst_58 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %160 = stablehlo.subtract %cst_58, %159 : tensor<f32>
    %161 = stablehlo.sqrt %156 : tensor<2304xf32>
    %cst_59 = stablehlo.constant dense<1.000000e-08> : tensor<2304xf32>
    %162 = stablehlo.add %161, %cst_59 : tensor<2304xf32>
    %163 = stablehlo.divide %152, %162 : tensor<2304xf32>
    %164 = stablehlo.sqrt %160 : tensor<f32>
    %165 = stablehlo.divide %164, %158 : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %167 = stablehlo.multiply %163, %166 : tensor<2304xf32>
    %cst_60 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %168 = stablehlo.multiply %arg49, %cst_60 : tensor<f32>
    %cst_61 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %169 = stablehlo.subtract %cst_61, %168 : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %171 = stablehlo.multiply %arg6, %170 : tensor<2304xf32>
    %172 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %173 = stablehlo.multiply %167, %172 : tensor<2304xf32>
    %174 = stablehlo.subtract %171, %173 : tensor<2304xf32>
    %175 = stablehlo.subtract %arg19, %arg31 : tensor<2304xf32>
    %cst_62 = stablehlo.constant dense<1.000000e-01> : tensor<2304xf32>
    %176 = stablehlo.multiply %175, %cst_62 : tensor<2304xf32>
    %177 = stablehlo.add %arg31, %176 : tensor<2304xf32>
    %178 = stablehlo.multiply %arg19, %arg19 : tensor<2304xf32>
    %179 = stablehlo.subtract %178, %arg43 : tensor<2304xf32>
    %cst_63 = stablehlo.constant dense<5.000000e-02> : tensor<2304xf32>
    %180 = stablehlo.multiply %179, %cst_63 : tensor<2304xf32>
    %181 = stablehlo.add %arg43, %180 : tensor<2304xf32>
    %cst_64 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %182 = stablehlo.power %cst_64, %arg50 : tensor<f32>
    %cst_65 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %183 = stablehlo.subtract %cst_65, %182 : tensor<f32>
    %cst_66 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %184 = stablehlo.power %cst_66, %arg50 : tensor<f32>
    %cst_67 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %185 = stablehlo.subtract %cst_67, %184 : tensor<f32>
    %186 = stablehlo.sqrt %181 : tensor<2304xf32>
    %cst_68 = stablehlo.constant dense<1.000000e-08> : tensor<2304xf32>
    %187 = stablehlo.add %186, %cst_68 : tensor<2304xf32>
    %188 = stablehlo.divide %177, %187 : tensor<2304xf32>
    %189 = stablehlo.sqrt %185 : tensor<f32>
    %190 = stablehlo.divide %189, %183 : tensor<f32>
    %191 = stablehlo.broadcast_in_dim %190, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %192 = stablehlo.multiply %188, %191 : tensor<2304xf32>
    %cst_69 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %193 = stablehlo.multiply %arg49, %cst_69 : tensor<f32>
    %cst_70 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %194 = stablehlo.subtract %cst_70, %193 : tensor<f32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %196 = stablehlo.multiply %arg7, %195 : tensor<2304xf32>
    %197 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %198 = stablehlo.multiply %192, %197 : tensor<2304xf32>
    %199 = stablehlo.subtract %196, %198 : tensor<2304xf32>
    %200 = stablehlo.subtract %arg20, %arg32 : tensor<2304xf32>
    %cst_71 = stablehlo.constant dense<1.000000e-01> : tensor<2304xf32>
    %201 = stablehlo.multiply %200, %cst_71 : tensor<2304xf32>
    %202 = stablehlo.add %arg32, %201 : tensor<2304xf32>
    %203 = stablehlo.multiply %arg20, %arg20 : tensor<2304xf32>
    %204 = stablehlo.subtract %203, %arg44 : tensor<2304xf32>
    %cst_72 = stablehlo.constant dense<5.000000e-02> : tensor<2304xf32>
    %205 = stablehlo.multiply %204, %cst_72 : tensor<2304xf32>
    %206 = stablehlo.add %arg44, %205 : tensor<2304xf32>
    %cst_73 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %207 = stablehlo.power %cst_73, %arg50 : tensor<f32>
    %cst_74 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %208 = stablehlo.subtract %cst_74, %207 : tensor<f32>
    %cst_75 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %209 = stablehlo.power %cst_75, %arg50 : tensor<f32>
    %cst_76 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %210 = stablehlo.subtract %cst_76, %209 : tensor<f32>
    %211 = stablehlo.sqrt %206 : tensor<2304xf32>
    %cst_77 = stablehlo.constant dense<1.000000e-08> : tensor<2304xf32>
    %212 = stablehlo.add %211, %cst_77 : tensor<2304xf32>
    %213 = stablehlo.divide %202, %212 : tensor<2304xf32>
    %214 = stablehlo.sqrt %210 : tensor<f32>
    %215 = stablehlo.divide %214, %208 : tensor<f32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %217 = stablehlo.multiply %213, %216 : tensor<2304xf32>
    %cst_78 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %218 = stablehlo.multiply %arg49, %cst_78 : tensor<f32>
    %cst_79 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %219 = stablehlo.subtract %cst_79, %218 : tensor<f32>
    %220 = stablehlo.broadcast_in_dim %219, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %221 = stablehlo.multiply %arg8, %220 : tensor<2304xf32>
    %222 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %223 = stablehlo.multiply %217, %222 : tensor<2304xf32>
    %224 = stablehlo.subtract %221, %223 : tensor<2304xf32>
    %225 = stablehlo.subtract %arg21, %arg33 : tensor<2304xf32>
    %cst_80 = stablehlo.constant dense<1.000000e-01> : tensor<2304xf32>
    %226 = stablehlo.multiply %225, %cst_80 : tensor<2304xf32>
    %227 = stablehlo.add %arg33, %226 : tensor<2304xf32>
    %228 = stablehlo.multiply %arg21, %arg21 : tensor<2304xf32>
    %229 = stablehlo.subtract %228, %arg45 : tensor<2304xf32>
    %cst_81 = stablehlo.constant dense<5.000000e-02> : tensor<2304xf32>
    %230 = stablehlo.multiply %229, %cst_81 : tensor<2304xf32>
    %231 = stablehlo.add %arg45, %230 : tensor<2304xf32>
    %cst_82 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %232 = stablehlo.power %cst_82, %arg50 : tensor<f32>
    %cst_83 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %233 = stablehlo.subtract %cst_83, %232 : tensor<f32>
    %cst_84 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %234 = stablehlo.power %cst_84, %arg50 : tensor<f32>
    %cst_85 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %235 = stablehlo.subtract %cst_85, %234 : tensor<f32>
    %236 = stablehlo.sqrt %231 : tensor<2304xf32>
    %cst_86 = stablehlo.constant dense<1.000000e-08> : tensor<2304xf32>
    %237 = stablehlo.add %236, %cst_86 : tensor<2304xf32>
    %238 = stablehlo.divide %227, %237 : tensor<2304xf32>
    %239 = stablehlo.sqrt %235 : tensor<f32>
    %240 = stablehlo.divide %239, %233 : tensor<f32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %242 = stablehlo.multiply %238, %241 : tensor<2304xf32>
    %cst_87 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %243 = stablehlo.multiply %arg49, %cst_87 : tensor<f32>
    %cst_88 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %244 = stablehlo.subtract %cst_88, %243 : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %246 = stablehlo.multiply %arg9, %245 : tensor<2304xf32>
    %247 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %248 = stablehlo.multiply %242, %247 : tensor<2304xf32>
    %249 = stablehlo.subtract %246, %248 : tensor<2304xf32>
    %250 = stablehlo.subtract %arg22, %arg34 : tensor<2304xf32>
    %cst_89 = stablehlo.constant dense<1.000000e-01> : tensor<2304xf32>
    %251 = stablehlo.multiply %250, %cst_89 : tensor<2304xf32>
    %252 = stablehlo.add %arg34, %251 : tensor<2304xf32>
    %253 = stablehlo.multiply %arg22, %arg22 : tensor<2304xf32>
    %254 = stablehlo.subtract %253, %arg46 : tensor<2304xf32>
    %cst_90 = stablehlo.constant dense<5.000000e-02> : tensor<2304xf32>
    %255 = stablehlo.multiply %254, %cst_90 : tensor<2304xf32>
    %256 = stablehlo.add %arg46, %255 : tensor<2304xf32>
    %cst_91 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %257 = stablehlo.power %cst_91, %arg50 : tensor<f32>
    %cst_92 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %258 = stablehlo.subtract %cst_92, %257 : tensor<f32>
    %cst_93 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %259 = stablehlo.power %cst_93, %arg50 : tensor<f32>
    %cst_94 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %260 = stablehlo.subtract %cst_94, %259 : tensor<f32>
    %261 = stablehlo.sqrt %256 : tensor<2304xf32>
    %cst_95 = stablehlo.constant dense<1.000000e-08> : tensor<2304xf32>
    %262 = stablehlo.add %261, %cst_95 : tensor<2304xf32>
    %263 = stablehlo.divide %252, %262 : tensor<2304xf32>
    %264 = stablehlo.sqrt %260 : tensor<f32>
    %265 = stablehlo.divide %264, %258 : tensor<f32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %267 = stablehlo.multiply %263, %266 : tensor<2304xf32>
    %cst_96 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %268 = stablehlo.multiply %arg49, %cst_96 : tensor<f32>
    %cst_97 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %269 = stablehlo.subtract %cst_97, %268 : tensor<f32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %271 = stablehlo.multiply %arg10, %270 : tensor<2304xf32>
    %272 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %273 = stablehlo.multiply %267, %272 : tensor<2304xf32>
    %274 = stablehlo.subtract %271, %273 : tensor<2304xf32>
    %275 = stablehlo.subtract %arg23, %arg35 : tensor<2304xf32>
    %cst_98 = stablehlo.constant dense<1.000000e-01> : tensor<2304xf32>
    %276 = stablehlo.multiply %275, %cst_98 : tensor<2304xf32>
    %277 = stablehlo.add %arg35, %276 : tensor<2304xf32>
    %278 = stablehlo.multiply %arg23, %arg23 : tensor<2304xf32>
    %279 = stablehlo.subtract %278, %arg47 : tensor<2304xf32>
    %cst_99 = stablehlo.constant dense<5.000000e-02> : tensor<2304xf32>
    %280 = stablehlo.multiply %279, %cst_99 : tensor<2304xf32>
    %281 = stablehlo.add %arg47, %280 : tensor<2304xf32>
    %cst_100 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %282 = stablehlo.power %cst_100, %arg50 : tensor<f32>
    %cst_101 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %283 = stablehlo.subtract %cst_101, %282 : tensor<f32>
    %cst_102 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %284 = stablehlo.power %cst_102, %arg50 : tensor<f32>
    %cst_103 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %285 = stablehlo.subtract %cst_103, %284 : tensor<f32>
    %286 = stablehlo.sqrt %281 : tensor<2304xf32>
    %cst_104 = stablehlo.constant dense<1.000000e-08> : tensor<2304xf32>
    %287 = stablehlo.add %286, %cst_104 : tensor<2304xf32>
    %288 = stablehlo.divide %277, %287 : tensor<2304xf32>
    %289 = stablehlo.sqrt %285 : tensor<f32>
    %290 = stablehlo.divide %289, %283 : tensor<f32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %292 = stablehlo.multiply %288, %291 : tensor<2304xf32>
    %cst_105 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %293 = stablehlo.multiply %arg49, %cst_105 : tensor<f32>
    %cst_106 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %294 = stablehlo.subtract %cst_106, %293 : tensor<f32>
    %295 = stablehlo.broadcast_in_dim %294, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %296 = stablehlo.multiply %arg11, %295 : tensor<2304xf32>
    %297 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2304xf32>
    %298 = stablehlo.multiply %292, %297 : tensor<2304xf32>
    %299 = stablehlo.subtract %296, %298 : tensor<2304xf32>
    return %24, %49, %74, %99, %124, %149, %174, %199, %224, %249, %274, %299, %2, %27, %52, %77, %102, %127, %152, %177, %202, %227, %252, %277, %6, %31, %56, %81, %106, %131, %156, %181, %206, %231, %256, %281 : tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>, tensor<2304xf32>
  }
}
