module @adam_3072_f32_x12 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3072xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<3072xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<3072xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<3072xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<3072xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<3072xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<3072xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<3072xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<3072xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<3072xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<3072xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<3072xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<3072xf32>, %arg13: tensor<3072xf32>, %arg14: tensor<3072xf32>, %arg15: tensor<3072xf32>, %arg16: tensor<3072xf32>, %arg17: tensor<3072xf32>, %arg18: tensor<3072xf32>, %arg19: tensor<3072xf32>, %arg20: tensor<3072xf32>, %arg21: tensor<3072xf32>, %arg22: tensor<3072xf32>, %arg23: tensor<3072xf32>, %arg24: tensor<3072xf32> {tf.aliasing_output = 12 : i32}, %arg25: tensor<3072xf32> {tf.aliasing_output = 13 : i32}, %arg26: tensor<3072xf32> {tf.aliasing_output = 14 : i32}, %arg27: tensor<3072xf32> {tf.aliasing_output = 15 : i32}, %arg28: tensor<3072xf32> {tf.aliasing_output = 16 : i32}, %arg29: tensor<3072xf32> {tf.aliasing_output = 17 : i32}, %arg30: tensor<3072xf32> {tf.aliasing_output = 18 : i32}, %arg31: tensor<3072xf32> {tf.aliasing_output = 19 : i32}, %arg32: tensor<3072xf32> {tf.aliasing_output = 20 : i32}, %arg33: tensor<3072xf32> {tf.aliasing_output = 21 : i32}, %arg34: tensor<3072xf32> {tf.aliasing_output = 22 : i32}, %arg35: tensor<3072xf32> {tf.aliasing_output = 23 : i32}, %arg36: tensor<3072xf32> {tf.aliasing_output = 24 : i32}, %arg37: tensor<3072xf32> {tf.aliasing_output = 25 : i32}, %arg38: tensor<3072xf32> {tf.aliasing_output = 26 : i32}, %arg39: tensor<3072xf32> {tf.aliasing_output = 27 : i32}, %arg40: tensor<3072xf32> {tf.aliasing_output = 28 : i32}, %arg41: tensor<3072xf32> {tf.aliasing_output = 29 : i32}, %arg42: tensor<3072xf32> {tf.aliasing_output = 30 : i32}, %arg43: tensor<3072xf32> {tf.aliasing_output = 31 : i32}, %arg44: tensor<3072xf32> {tf.aliasing_output = 32 : i32}, %arg45: tensor<3072xf32> {tf.aliasing_output = 33 : i32}, %arg46: tensor<3072xf32> {tf.aliasing_output = 34 : i32}, %arg47: tensor<3072xf32> {tf.aliasing_output = 35 : i32}, %arg48: tensor<f32>, %arg49: tensor<f32>, %arg50: tensor<f32>) -> (tensor<3072xf32> {jax.result_info = "transformer.h.0.mlp.c_fc.bias"}, tensor<3072xf32> {jax.result_info = "transformer.h.1.mlp.c_fc.bias"}, tensor<3072xf32> {jax.result_info = "transformer.h.2.mlp.c_fc.bias"}, tensor<3072xf32> {jax.result_info = "transformer.h.3.mlp.c_fc.bias"}, tensor<3072xf32> {jax.result_info = "transformer.h.4.mlp.c_fc.bias"}, tensor<3072xf32> {jax.result_info = "transformer.h.5.mlp.c_fc.bias"}, tensor<3072xf32> {jax.result_info = "transformer.h.6.mlp.c_fc.bias"}, tensor<3072xf32> {jax.result_info = "transformer.h.7.mlp.c_fc.bias"}, tensor<3072xf32> {jax.result_info = "transformer.h.8.mlp.c_fc.bias"}, tensor<3072xf32> {jax.result_info = "transformer.h.9.mlp.c_fc.bias"}, tensor<3072xf32> {jax.result_info = "transformer.h.10.mlp.c_fc.bias"}, tensor<3072xf32> {jax.result_info = "transformer.h.11.mlp.c_fc.bias"}, tensor<3072xf32> {jax.result_info = "transformer.h.0.mlp.c_fc.bias.exp_avg"}, tensor<3072xf32> {jax.result_info = "transformer.h.1.mlp.c_fc.bias.exp_avg"}, tensor<3072xf32> {jax.result_info = "transformer.h.2.mlp.c_fc.bias.exp_avg"}, tensor<3072xf32> {jax.result_info = "transformer.h.3.mlp.c_fc.bias.exp_avg"}, tensor<3072xf32> {jax.result_info = "transformer.h.4.mlp.c_fc.bias.exp_avg"}, tensor<3072xf32> {jax.result_info = "transformer.h.5.mlp.c_fc.bias.exp_avg"}, tensor<3072xf32> {jax.result_info = "transformer.h.6.mlp.c_fc.bias.exp_avg"}, tensor<3072xf32> {jax.result_info = "transformer.h.7.mlp.c_fc.bias.exp_avg"}, tensor<3072xf32> {jax.result_info = "transformer.h.8.mlp.c_fc.bias.exp_avg"}, tensor<3072xf32> {jax.result_info = "transformer.h.9.mlp.c_fc.bias.exp_avg"}, tensor<3072xf32> {jax.result_info = "transformer.h.10.mlp.c_fc.bias.exp_avg"}, tensor<3072xf32> {jax.result_info = "transformer.h.11.mlp.c_fc.bias.exp_avg"}, tensor<3072xf32> {jax.result_info = "transformer.h.0.mlp.c_fc.bias.exp_avg_sq"}, tensor<3072xf32> {jax.result_info = "transformer.h.1.mlp.c_fc.bias.exp_avg_sq"}, tensor<3072xf32> {jax.result_info = "transformer.h.2.mlp.c_fc.bias.exp_avg_sq"}, tensor<3072xf32> {jax.result_info = "transformer.h.3.mlp.c_fc.bias.exp_avg_sq"}, tensor<3072xf32> {jax.result_info = "transformer.h.4.mlp.c_fc.bias.exp_avg_sq"}, tensor<3072xf32> {jax.result_info = "transformer.h.5.mlp.c_fc.bias.exp_avg_sq"}, tensor<3072xf32> {jax.result_info = "transformer.h.6.mlp.c_fc.bias.exp_avg_sq"}, tensor<3072xf32> {jax.result_info = "transformer.h.7.mlp.c_fc.bias.exp_avg_sq"}, tensor<3072xf32> {jax.result_info = "transformer.h.8.mlp.c_fc.bias.exp_avg_sq"}, tensor<3072xf32> {jax.result_info = "transformer.h.9.mlp.c_fc.bias.exp_avg_sq"}, tensor<3072xf32> {jax.result_info = "transformer.h.10.mlp.c_fc.bias.exp_avg_sq"}, tensor<3072xf32> {jax.result_info = "transformer.h.11.mlp.c_fc.bias.exp_avg_sq"}) {
    %0 = stablehlo.subtract %arg12, %arg24 : tensor<3072xf32>
    %cst = stablehlo.constant dense<1.000000e-01> : tensor<3072xf32>
    %1 = stablehlo.multiply %0, %cst : tensor<3072xf32>
    %2 = stablehlo.add %arg24, %1 : tensor<3072xf32>
    %3 = stablehlo.multiply %arg12, %arg12 : tensor<3072xf32>
    %4 = stablehlo.subtract %3, %arg36 : tensor<3072xf32>
    %cst_0 = stablehlo.constant dense<5.000000e-02> : tensor<3072xf32>
    %5 = stablehlo.multiply %4, %cst_0 : tensor<3072xf32>
    %6 = stablehlo.add %arg36, %5 : tensor<3072xf32>
    %cst_1 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %7 = stablehlo.power %cst_1, %arg50 : tensor<f32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %8 = stablehlo.subtract %cst_2, %7 : tensor<f32>
    %cst_3 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %9 = stablehlo.power %cst_3, %arg50 : tensor<f32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %10 = stablehlo.subtract %cst_4, %9 : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %8, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %12 = stablehlo.divide %2, %11 : tensor<3072xf32>
    %13 = stablehlo.broadcast_in_dim %10, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %14 = stablehlo.divide %6, %13 : tensor<3072xf32>
    %15 = stablehlo.sqrt %14 : tensor<3072xf32>
    %cst_5 = stablehlo.constant dense<1.000000e-10> : tensor<3072xf32>
    %16 = stablehlo.add %15, %cst_5 : tensor<3072xf32>
    %17 = stablehlo.divide %12, %16 : tensor<3072xf32>
    %18 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %19 = stablehlo.multiply %17, %18 : tensor<3072xf32>
    %20 = stablehlo.subtract %arg0, %19 : tensor<3072xf32>
    %21 = stablehlo.subtract %arg13, %arg25 : tensor<3072xf32>
    %cst_6 = stablehlo.constant dense<1.000000e-01> : tensor<3072xf32>
    %22 = stablehlo.multiply %21, %cst_6 : tensor<3072xf32>
    %23 = stablehlo.add %arg25, %22 : tensor<3072xf32>
    %24 = stablehlo.multiply %arg13, %arg13 : tensor<3072xf32>
    %25 = stablehlo.subtract %24, %arg37 : tensor<3072xf32>
    %cst_7 = stablehlo.constant dense<5.000000e-02> : tensor<3072xf32>
    %26 = stablehlo.multiply %25, %cst_7 : tensor<3072xf32>
    %27 = stablehlo.add %arg37, %26 : tensor<3072xf32>
    %cst_8 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %28 = stablehlo.power %cst_8, %arg50 : tensor<f32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %29 = stablehlo.subtract %cst_9, %28 : tensor<f32>
    %cst_10 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %30 = stablehlo.power %cst_10, %arg50 : tensor<f32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %31 = stablehlo.subtract %cst_11, %30 : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %29, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %33 = stablehlo.divide %23, %32 : tensor<3072xf32>
    %34 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %35 = stablehlo.divide %27, %34 : tensor<3072xf32>
    %36 = stablehlo.sqrt %35 : tensor<3072xf32>
    %cst_12 = stablehlo.constant dense<1.000000e-10> : tensor<3072xf32>
    %37 = stablehlo.add %36, %cst_12 : tensor<3072xf32>
    %38 = stablehlo.divide %33, %37 : tensor<3072xf32>
    %39 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %40 = stablehlo.multiply %38, %39 : tensor<3072xf32>
    %41 = stablehlo.subtract %arg1, %40 : tensor<3072xf32>
    %42 = stablehlo.subtract %arg14, %arg26 : tensor<3072xf32>
    %cst_13 = stablehlo.constant dense<1.000000e-01> : tensor<3072xf32>
    %43 = stablehlo.multiply %42, %cst_13 : tensor<3072xf32>
    %44 = stablehlo.add %arg26, %43 : tensor<3072xf32>
    %45 = stablehlo.multiply %arg14, %arg14 : tensor<3072xf32>
    %46 = stablehlo.subtract %45, %arg38 : tensor<3072xf32>
    %cst_14 = stablehlo.constant dense<5.000000e-02> : tensor<3072xf32>
    %47 = stablehlo.multiply %46, %cst_14 : tensor<3072xf32>
    %48 = stablehlo.add %arg38, %47 : tensor<3072xf32>
    %cst_15 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %49 = stablehlo.power %cst_15, %arg50 : tensor<f32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %50 = stablehlo.subtract %cst_16, %49 : tensor<f32>
    %cst_17 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %51 = stablehlo.power %cst_17, %arg50 : tensor<f32>
    %cst_18 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %52 = stablehlo.subtract %cst_18, %51 : tensor<f32>
    %53 = stablehlo.broadcast_in_dim %50, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %54 = stablehlo.divide %44, %53 : tensor<3072xf32>
    %55 = stablehlo.broadcast_in_dim %52, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %56 = stablehlo.divide %48, %55 : tensor<3072xf32>
    %57 = stablehlo.sqrt %56 : tensor<3072xf32>
    %cst_19 = stablehlo.constant dense<1.000000e-10> : tensor<3072xf32>
    %58 = stablehlo.add %57, %cst_19 : tensor<3072xf32>
    %59 = stablehlo.divide %54, %58 : tensor<3072xf32>
    %60 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %61 = stablehlo.multiply %59, %60 : tensor<3072xf32>
    %62 = stablehlo.subtract %arg2, %61 : tensor<3072xf32>
    %63 = stablehlo.subtract %arg15, %arg27 : tensor<3072xf32>
    %cst_20 = stablehlo.constant dense<1.000000e-01> : tensor<3072xf32>
    %64 = stablehlo.multiply %63, %cst_20 : tensor<3072xf32>
    %65 = stablehlo.add %arg27, %64 : tensor<3072xf32>
    %66 = stablehlo.multiply %arg15, %arg15 : tensor<3072xf32>
    %67 = stablehlo.subtract %66, %arg39 : tensor<3072xf32>
    %cst_21 = stablehlo.constant dense<5.000000e-02> : tensor<3072xf32>
    %68 = stablehlo.multiply %67, %cst_21 : tensor<3072xf32>
    %69 = stablehlo.add %arg39, %68 : tensor<3072xf32>
    %cst_22 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %70 = stablehlo.power %cst_22, %arg50 : tensor<f32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %71 = stablehlo.subtract %cst_23, %70 : tensor<f32>
    %cst_24 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %72 = stablehlo.power %cst_24, %arg50 : tensor<f32>
    %cst_25 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %73 = stablehlo.subtract %cst_25, %72 : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %71, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %75 = stablehlo.divide %65, %74 : tensor<3072xf32>
    %76 = stablehlo.broadcast_in_dim %73, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %77 = stablehlo.divide %69, %76 : tensor<3072xf32>
    %78 = stablehlo.sqrt %77 : tensor<3072xf32>
    %cst_26 = stablehlo.constant dense<1.000000e-10> : tensor<3072xf32>
    %79 = stablehlo.add %78, %cst_26 : tensor<3072xf32>
    %80 = stablehlo.divide %75, %79 : tensor<3072xf32>
    %81 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<3072xf32>
    %83 = stablehlo.subtract %arg3, %82 : tensor<3072xf32>
    %84 = stablehlo.subtract %arg16, %arg28 : tensor<3072xf32>
    %cst_27 = stablehlo.constant dense<1.000000e-01> : tensor<3072xf32>
    %85 = stablehlo.multiply %84, %cst_27 : tensor<3072xf32>
    %86 = stablehlo.add %arg28, %85 : tensor<3072xf32>
    %87 = stablehlo.multiply %arg16, %arg16 : tensor<3072xf32>
    %88 = stablehlo.subtract %87, %arg40 : tensor<3072xf32>
    %cst_28 = stablehlo.constant dense<5.000000e-02> : tensor<3072xf32>
    %89 = stablehlo.multiply %88, %cst_28 : tensor<3072xf32>
    %90 = stablehlo.add %arg40, %89 : tensor<3072xf32>
    %cst_29 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %91 = stablehlo.power %cst_29, %arg50 : tensor<f32>
    %cst_30 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %92 = stablehlo.subtract %cst_30, %91 : tensor<f32>
    %cst_31 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %93 = stablehlo.power %cst_31, %arg50 : tensor<f32>
    %cst_32 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %94 = stablehlo.subtract %cst_32, %93 : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %96 = stablehlo.divide %86, %95 : tensor<3072xf32>
    %97 = stablehlo.broadcast_in_dim %94, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %98 = stablehlo.divide %90, %97 : tensor<3072xf32>
    %99 = stablehlo.sqrt %98 : tensor<3072xf32>
    %cst_33 = stablehlo.constant dense<1.000000e-10> : tensor<3072xf32>
    %100 = stablehlo.add %99, %cst_33 : tensor<3072xf32>
    %101 = stablehlo.divide %96, %100 : tensor<3072xf32>
    %102 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %103 = stablehlo.multiply %101, %102 : tensor<3072xf32>
    %104 = stablehlo.subtract %arg4, %103 : tensor<3072xf32>
    %105 = stablehlo.subtract %arg17, %arg29 : tensor<3072xf32>
    %cst_34 = stablehlo.constant dense<1.000000e-01> : tensor<3072xf32>
    %106 = stablehlo.multiply %105, %cst_34 : tensor<3072xf32>
    %107 = stablehlo.add %arg29, %106 : tensor<3072xf32>
    %108 = stablehlo.multiply %arg17, %arg17 : tensor<3072xf32>
    %109 = stablehlo.subtract %108, %arg41 : tensor<3072xf32>
    %cst_35 = stablehlo.constant dense<5.000000e-02> : tensor<3072xf32>
    %110 = stablehlo.multiply %109, %cst_35 : tensor<3072xf32>
    %111 = stablehlo.add %arg41, %110 : tensor<3072xf32>
    %cst_36 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %112 = stablehlo.power %cst_36, %arg50 : tensor<f32>
    %cst_37 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %113 = stablehlo.subtract %cst_37, %112 : tensor<f32>
    %cst_38 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %114 = stablehlo.power %cst_38, %arg50 : tensor<f32>
    %cst_39 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %115 = stablehlo.subtract %cst_39, %114 : tensor<f32>
    %116 = stablehlo.broadcast_in_dim %113, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %117 = stablehlo.divide %107, %116 : tensor<3072xf32>
    %118 = stablehlo.broadcast_in_dim %115, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %119 = stablehlo.divide %111, %118 : tensor<3072xf32>
    %120 = stablehlo.sqrt %119 : tensor<3072xf32>
    %cst_40 = stablehlo.constant dense<1.000000e-10> : tensor<3072xf32>
    %121 = stablehlo.add %120, %cst_40 : tensor<3072xf32>
    %122 = stablehlo.divide %117, %121 : tensor<3072xf32>
    %123 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %124 = stablehlo.multiply %122, %123 : tensor<3072xf32>
    %125 = stablehlo.subtract %arg5, %124 : tensor<3072xf32>
    %126 = stablehlo.subtract %arg18, %arg30 : tensor<3072xf32>
    %cst_41 = stablehlo.constant dense<1.000000e-01> : tensor<3072xf32>
    %127 = stablehlo.multiply %126, %cst_41 : tensor<3072xf32>
    %128 = stablehlo.add %arg30, %127 : tensor<3072xf32>
    %129 = stablehlo.multiply %arg18, %arg18 : tensor<3072xf32>
    %130 = stablehlo.subtract %129, %arg42 : tensor<3072xf32>
    %cst_42 = stablehlo.constant dense<5.000000e-02> : tensor<3072xf32>
    %131 = stablehlo.multiply %130, %cst_42 : tensor<3072xf32>
    %132 = stablehlo.add %arg42, %131 : tensor<3072xf32>
    %cst_43 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %133 = stablehlo.power %cst_43, %arg50 : tensor<f32>
    %cst_44 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %134 = stablehlo.subtract %cst_44, %133 : tensor<f32>
    %cst_45 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %135 = stablehlo.power %cst_45, %arg50 : tensor<f32>
    %cst_46 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %136 = stablehlo.subtract %cst_46, %135 : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %138 = stablehlo.divide %128, %137 : tensor<3072xf32>
    %139 = stablehlo.broadcast_in_dim %136, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %140 = stablehlo.divide %132, %139 : tensor<3072xf32>
    %141 = stablehlo.sqrt %140 : tensor<3072xf32>
    %cst_47 = stablehlo.constant dense<1.000000e-10> : tensor<3072xf32>
    %142 = stablehlo.add %141, %cst_47 : tensor<3072xf32>
    %143 = stablehlo.divide %138, %142 : tensor<3072xf32>
    %144 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %145 = stablehlo.multiply %143, %144 : tensor<3072xf32>
    %146 = stablehlo.subtract %arg6, %145 : tensor<3072xf32>
    %147 = stablehlo.subtract %arg19, %arg31 : tensor<3072xf32>
    %cst_48 = stablehlo.constant dense<1.000000e-01> : tensor<3072xf32>
    %148 = stablehlo.multiply %147, %cst_48 : tensor<3072xf32>
    %149 = stablehlo.add %arg31, %148 : tensor<3072xf32>
    %150 = stablehlo.multiply %arg19, %arg19 : tensor<3072xf32>
    %151 = stablehlo.subtract %150, %arg43 : tensor<3072xf32>
    %cst_49 = stablehlo.constant dense<5.000000e-02> : tensor<3072xf32>
    %152 = stablehlo.multiply %151, %cst_49 : tensor<3072xf32>
    %153 = stablehlo.add %arg43, %152 : tensor<3072xf32>
    %cst_50 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %154 = stablehlo.power %cst_50, %arg50 : tensor<f32>
    %cst_51 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %155 = stablehlo.subtract %cst_51, %154 : tensor<f32>
    %cst_52 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %156 = stablehlo.power %cst_52, %arg50 : tensor<f32>
    %cst_53 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %157 = stablehlo.subtract %cst_53, %156 : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %155, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %159 = stablehlo.divide %149, %158 : tensor<3072xf32>
    %160 = stablehlo.broadcast_in_dim %157, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %161 = stablehlo.divide %153, %160 : tensor<3072xf32>
    %162 = stablehlo.sqrt %161 : tensor<3072xf32>
    %cst_54 = stablehlo.constant dense<1.000000e-10> : tensor<3072xf32>
    %163 = stablehlo.add %162, %cst_54 : tensor<3072xf32>
    %164 = stablehlo.divide %159, %163 : tensor<3072xf32>
    %165 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %166 = stablehlo.multiply %164, %165 : tensor<3072xf32>
    %167 = stablehlo.subtract %arg7, %166 : tensor<3072xf32>
    %168 = stablehlo.subtract %arg20, %arg32 : tensor<3072xf32>
    %cst_55 = stablehlo.constant dense<1.000000e-01> : tensor<3072xf32>
    %169 = stablehlo.multiply %168, %cst_55 : tensor<3072xf32>
    %170 = stablehlo.add %arg32, %169 : tensor<3072xf32>
    %171 = stablehlo.multiply %arg20, %arg20 : tensor<3072xf32>
    %172 = stablehlo.subtract %171, %arg44 : tensor<3072xf32>
    %cst_56 = stablehlo.constant dense<5.000000e-02> : tensor<3072xf32>
    %173 = stablehlo.multiply %172, %cst_56 : tensor<3072xf32>
    %174 = stablehlo.add %arg44, %173 : tensor<3072xf32>
    %cst_57 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %175 = stablehlo.power %cst_57, %arg50 : tensor<f32>
    %cst_58 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %176 = stablehlo.subtract %cst_58, %175 : tensor<f32>
    %cst_59 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %177 = stablehlo.power %cst_59, %arg50 : tensor<f32>
    %cst_60 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %178 = stablehlo.subtract %cst_60, %177 : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %180 = stablehlo.divide %170, %179 : tensor<3072xf32>
    %181 = stablehlo.broadcast_in_dim %178, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %182 = stablehlo.divide %174, %181 : tensor<3072xf32>
    %183 = stablehlo.sqrt %182 : tensor<3072xf32>
    %cst_61 = stablehlo.constant dense<1.000000e-10> : tensor<3072xf32>
    %184 = stablehlo.add %183, %cst_61 : tensor<3072xf32>
    %185 = stablehlo.divide %180, %184 : tensor<3072xf32>
    %186 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %187 = stablehlo.multiply %185, %186 : tensor<3072xf32>
    %188 = stablehlo.subtract %arg8, %187 : tensor<3072xf32>
    %189 = stablehlo.subtract %arg21, %arg33 : tensor<3072xf32>
    %cst_62 = stablehlo.constant dense<1.000000e-01> : tensor<3072xf32>
    %190 = stablehlo.multiply %189, %cst_62 : tensor<3072xf32>
    %191 = stablehlo.add %arg33, %190 : tensor<3072xf32>
    %192 = stablehlo.multiply %arg21, %arg21 : tensor<3072xf32>
    %193 = stablehlo.subtract %192, %arg45 : tensor<3072xf32>
    %cst_63 = stablehlo.constant dense<5.000000e-02> : tensor<3072xf32>
    %194 = stablehlo.multiply %193, %cst_63 : tensor<3072xf32>
    %195 = stablehlo.add %arg45, %194 : tensor<3072xf32>
    %cst_64 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %196 = stablehlo.power %cst_64, %arg50 : tensor<f32>
    %cst_65 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %197 = stablehlo.subtract %cst_65, %196 : tensor<f32>
    %cst_66 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %198 = stablehlo.power %cst_66, %arg50 : tensor<f32>
    %cst_67 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %199 = stablehlo.subtract %cst_67, %198 : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %201 = stablehlo.divide %191, %200 : tensor<3072xf32>
    %202 = stablehlo.broadcast_in_dim %199, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %203 = stablehlo.divide %195, %202 : tensor<3072xf32>
    %204 = stablehlo.sqrt %203 : tensor<3072xf32>
    %cst_68 = stablehlo.constant dense<1.000000e-10> : tensor<3072xf32>
    %205 = stablehlo.add %204, %cst_68 : tensor<3072xf32>
    %206 = stablehlo.divide %201, %205 : tensor<3072xf32>
    %207 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %208 = stablehlo.multiply %206, %207 : tensor<3072xf32>
    %209 = stablehlo.subtract %arg9, %208 : tensor<3072xf32>
    %210 = stablehlo.subtract %arg22, %arg34 : tensor<3072xf32>
    %cst_69 = stablehlo.constant dense<1.000000e-01> : tensor<3072xf32>
    %211 = stablehlo.multiply %210, %cst_69 : tensor<3072xf32>
    %212 = stablehlo.add %arg34, %211 : tensor<3072xf32>
    %213 = stablehlo.multiply %arg22, %arg22 : tensor<3072xf32>
    %214 = stablehlo.subtract %213, %arg46 : tensor<3072xf32>
    %cst_70 = stablehlo.constant dense<5.000000e-02> : tensor<3072xf32>
    %215 = stablehlo.multiply %214, %cst_70 : tensor<3072xf32>
    %216 = stablehlo.add %arg46, %215 : tensor<3072xf32>
    %cst_71 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %217 = stablehlo.power %cst_71, %arg50 : tensor<f32>
    %cst_72 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %218 = stablehlo.subtract %cst_72, %217 : tensor<f32>
    %cst_73 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %219 = stablehlo.power %cst_73, %arg50 : tensor<f32>
    %cst_74 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %220 = stablehlo.subtract %cst_74, %219 : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %218, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %222 = stablehlo.divide %212, %221 : tensor<3072xf32>
    %223 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %224 = stablehlo.divide %216, %223 : tensor<3072xf32>
    %225 = stablehlo.sqrt %224 : tensor<3072xf32>
    %cst_75 = stablehlo.constant dense<1.000000e-10> : tensor<3072xf32>
    %226 = stablehlo.add %225, %cst_75 : tensor<3072xf32>
    %227 = stablehlo.divide %222, %226 : tensor<3072xf32>
    %228 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %229 = stablehlo.multiply %227, %228 : tensor<3072xf32>
    %230 = stablehlo.subtract %arg10, %229 : tensor<3072xf32>
    %231 = stablehlo.subtract %arg23, %arg35 : tensor<3072xf32>
    %cst_76 = stablehlo.constant dense<1.000000e-01> : tensor<3072xf32>
    %232 = stablehlo.multiply %231, %cst_76 : tensor<3072xf32>
    %233 = stablehlo.add %arg35, %232 : tensor<3072xf32>
    %234 = stablehlo.multiply %arg23, %arg23 : tensor<3072xf32>
    %235 = stablehlo.subtract %234, %arg47 : tensor<3072xf32>
    %cst_77 = stablehlo.constant dense<5.000000e-02> : tensor<3072xf32>
    %236 = stablehlo.multiply %235, %cst_77 : tensor<3072xf32>
    %237 = stablehlo.add %arg47, %236 : tensor<3072xf32>
    %cst_78 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %238 = stablehlo.power %cst_78, %arg50 : tensor<f32>
    %cst_79 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %239 = stablehlo.subtract %cst_79, %238 : tensor<f32>
    %cst_80 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %240 = stablehlo.power %cst_80, %arg50 : tensor<f32>
    %cst_81 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %241 = stablehlo.subtract %cst_81, %240 : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %239, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %243 = stablehlo.divide %233, %242 : tensor<3072xf32>
    %244 = stablehlo.broadcast_in_dim %241, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %245 = stablehlo.divide %237, %244 : tensor<3072xf32>
    %246 = stablehlo.sqrt %245 : tensor<3072xf32>
    %cst_82 = stablehlo.constant dense<1.000000e-10> : tensor<3072xf32>
    %247 = stablehlo.add %246, %cst_82 : tensor<3072xf32>
    %248 = stablehlo.divide %243, %247 : tensor<3072xf32>
    %249 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<3072xf32>
    %250 = stablehlo.multiply %248, %249 : tensor<3072xf32>
    %251 = stablehlo.subtract %arg11, %250 : tensor<3072xf32>
    return %20, %41, %62, %83, %104, %125, %146, %167, %188, %209, %230, %251, %2, %23, %44, %65, %86, %107, %128, %149, %170, %191, %212, %233, %6, %27, %48, %69, %90, %111, %132, %153, %174, %195, %216, %237 : tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>, tensor<3072xf32>
  }
}
