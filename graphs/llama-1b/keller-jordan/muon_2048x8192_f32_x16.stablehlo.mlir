module @muon_2048x8192_f32_x16 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2048x8192xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<2048x8192xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<2048x8192xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<2048x8192xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<2048x8192xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<2048x8192xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<2048x8192xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<2048x8192xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<2048x8192xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<2048x8192xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<2048x8192xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<2048x8192xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<2048x8192xf32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<2048x8192xf32> {tf.aliasing_output = 13 : i32}, %arg14: tensor<2048x8192xf32> {tf.aliasing_output = 14 : i32}, %arg15: tensor<2048x8192xf32> {tf.aliasing_output = 15 : i32}, %arg16: tensor<2048x8192xf32>, %arg17: tensor<2048x8192xf32>, %arg18: tensor<2048x8192xf32>, %arg19: tensor<2048x8192xf32>, %arg20: tensor<2048x8192xf32>, %arg21: tensor<2048x8192xf32>, %arg22: tensor<2048x8192xf32>, %arg23: tensor<2048x8192xf32>, %arg24: tensor<2048x8192xf32>, %arg25: tensor<2048x8192xf32>, %arg26: tensor<2048x8192xf32>, %arg27: tensor<2048x8192xf32>, %arg28: tensor<2048x8192xf32>, %arg29: tensor<2048x8192xf32>, %arg30: tensor<2048x8192xf32>, %arg31: tensor<2048x8192xf32>, %arg32: tensor<2048x8192xf32> {tf.aliasing_output = 16 : i32}, %arg33: tensor<2048x8192xf32> {tf.aliasing_output = 17 : i32}, %arg34: tensor<2048x8192xf32> {tf.aliasing_output = 18 : i32}, %arg35: tensor<2048x8192xf32> {tf.aliasing_output = 19 : i32}, %arg36: tensor<2048x8192xf32> {tf.aliasing_output = 20 : i32}, %arg37: tensor<2048x8192xf32> {tf.aliasing_output = 21 : i32}, %arg38: tensor<2048x8192xf32> {tf.aliasing_output = 22 : i32}, %arg39: tensor<2048x8192xf32> {tf.aliasing_output = 23 : i32}, %arg40: tensor<2048x8192xf32> {tf.aliasing_output = 24 : i32}, %arg41: tensor<2048x8192xf32> {tf.aliasing_output = 25 : i32}, %arg42: tensor<2048x8192xf32> {tf.aliasing_output = 26 : i32}, %arg43: tensor<2048x8192xf32> {tf.aliasing_output = 27 : i32}, %arg44: tensor<2048x8192xf32> {tf.aliasing_output = 28 : i32}, %arg45: tensor<2048x8192xf32> {tf.aliasing_output = 29 : i32}, %arg46: tensor<2048x8192xf32> {tf.aliasing_output = 30 : i32}, %arg47: tensor<2048x8192xf32> {tf.aliasing_output = 31 : i32}, %arg48: tensor<f32>, %arg49: tensor<f32>) -> (tensor<2048x8192xf32> {jax.result_info = "model.layers.0.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.1.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.2.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.3.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.4.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.5.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.6.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.7.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.8.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.9.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.10.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.11.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.12.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.13.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.14.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.15.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.0.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.1.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.2.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.3.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.4.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.5.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.6.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.7.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.8.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.9.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.10.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.11.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.12.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.13.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.14.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.15.mlp.down_proj.weight.momentum"}) {
    %0 = stablehlo.subtract %arg16, %arg32 : tensor<2048x8192xf32>
    %cst = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %1 = stablehlo.multiply %0, %cst : tensor<2048x8192xf32>
    %2 = stablehlo.add %arg32, %1 : tensor<2048x8192xf32>
    %3 = stablehlo.subtract %2, %arg16 : tensor<2048x8192xf32>
    %cst_0 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %4 = stablehlo.multiply %3, %cst_0 : tensor<2048x8192xf32>
    %5 = stablehlo.subtract %2, %4 : tensor<2048x8192xf32>
    %6 = stablehlo.reshape %5 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %7 = stablehlo.subtract %arg17, %arg33 : tensor<2048x8192xf32>
    %cst_1 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %8 = stablehlo.multiply %7, %cst_1 : tensor<2048x8192xf32>
    %9 = stablehlo.add %arg33, %8 : tensor<2048x8192xf32>
    %10 = stablehlo.subtract %9, %arg17 : tensor<2048x8192xf32>
    %cst_2 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %11 = stablehlo.multiply %10, %cst_2 : tensor<2048x8192xf32>
    %12 = stablehlo.subtract %9, %11 : tensor<2048x8192xf32>
    %13 = stablehlo.reshape %12 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %14 = stablehlo.subtract %arg18, %arg34 : tensor<2048x8192xf32>
    %cst_3 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %15 = stablehlo.multiply %14, %cst_3 : tensor<2048x8192xf32>
    %16 = stablehlo.add %arg34, %15 : tensor<2048x8192xf32>
    %17 = stablehlo.subtract %16, %arg18 : tensor<2048x8192xf32>
    %cst_4 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %18 = stablehlo.multiply %17, %cst_4 : tensor<2048x8192xf32>
    %19 = stablehlo.subtract %16, %18 : tensor<2048x8192xf32>
    %20 = stablehlo.reshape %19 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %21 = stablehlo.subtract %arg19, %arg35 : tensor<2048x8192xf32>
    %cst_5 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %22 = stablehlo.multiply %21, %cst_5 : tensor<2048x8192xf32>
    %23 = stablehlo.add %arg35, %22 : tensor<2048x8192xf32>
    %24 = stablehlo.subtract %23, %arg19 : tensor<2048x8192xf32>
    %cst_6 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %25 = stablehlo.multiply %24, %cst_6 : tensor<2048x8192xf32>
    %26 = stablehlo.subtract %23, %25 : tensor<2048x8192xf32>
    %27 = stablehlo.reshape %26 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %28 = stablehlo.subtract %arg20, %arg36 : tensor<2048x8192xf32>
    %cst_7 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %29 = stablehlo.multiply %28, %cst_7 : tensor<2048x8192xf32>
    %30 = stablehlo.add %arg36, %29 : tensor<2048x8192xf32>
    %31 = stablehlo.subtract %30, %arg20 : tensor<2048x8192xf32>
    %cst_8 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %32 = stablehlo.multiply %31, %cst_8 : tensor<2048x8192xf32>
    %33 = stablehlo.subtract %30, %32 : tensor<2048x8192xf32>
    %34 = stablehlo.reshape %33 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %35 = stablehlo.subtract %arg21, %arg37 : tensor<2048x8192xf32>
    %cst_9 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %36 = stablehlo.multiply %35, %cst_9 : tensor<2048x8192xf32>
    %37 = stablehlo.add %arg37, %36 : tensor<2048x8192xf32>
    %38 = stablehlo.subtract %37, %arg21 : tensor<2048x8192xf32>
    %cst_10 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %39 = stablehlo.multiply %38, %cst_10 : tensor<2048x8192xf32>
    %40 = stablehlo.subtract %37, %39 : tensor<2048x8192xf32>
    %41 = stablehlo.reshape %40 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %42 = stablehlo.subtract %arg22, %arg38 : tensor<2048x8192xf32>
    %cst_11 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %43 = stablehlo.multiply %42, %cst_11 : tensor<2048x8192xf32>
    %44 = stablehlo.add %arg38, %43 : tensor<2048x8192xf32>
    %45 = stablehlo.subtract %44, %arg22 : tensor<2048x8192xf32>
    %cst_12 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %46 = stablehlo.multiply %45, %cst_12 : tensor<2048x8192xf32>
    %47 = stablehlo.subtract %44, %46 : tensor<2048x8192xf32>
    %48 = stablehlo.reshape %47 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %49 = stablehlo.subtract %arg23, %arg39 : tensor<2048x8192xf32>
    %cst_13 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %50 = stablehlo.multiply %49, %cst_13 : tensor<2048x8192xf32>
    %51 = stablehlo.add %arg39, %50 : tensor<2048x8192xf32>
    %52 = stablehlo.subtract %51, %arg23 : tensor<2048x8192xf32>
    %cst_14 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %53 = stablehlo.multiply %52, %cst_14 : tensor<2048x8192xf32>
    %54 = stablehlo.subtract %51, %53 : tensor<2048x8192xf32>
    %55 = stablehlo.reshape %54 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %56 = stablehlo.subtract %arg24, %arg40 : tensor<2048x8192xf32>
    %cst_15 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %57 = stablehlo.multiply %56, %cst_15 : tensor<2048x8192xf32>
    %58 = stablehlo.add %arg40, %57 : tensor<2048x8192xf32>
    %59 = stablehlo.subtract %58, %arg24 : tensor<2048x8192xf32>
    %cst_16 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %60 = stablehlo.multiply %59, %cst_16 : tensor<2048x8192xf32>
    %61 = stablehlo.subtract %58, %60 : tensor<2048x8192xf32>
    %62 = stablehlo.reshape %61 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %63 = stablehlo.subtract %arg25, %arg41 : tensor<2048x8192xf32>
    %cst_17 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %64 = stablehlo.multiply %63, %cst_17 : tensor<2048x8192xf32>
    %65 = stablehlo.add %arg41, %64 : tensor<2048x8192xf32>
    %66 = stablehlo.subtract %65, %arg25 : tensor<2048x8192xf32>
    %cst_18 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %67 = stablehlo.multiply %66, %cst_18 : tensor<2048x8192xf32>
    %68 = stablehlo.subtract %65, %67 : tensor<2048x8192xf32>
    %69 = stablehlo.reshape %68 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %70 = stablehlo.subtract %arg26, %arg42 : tensor<2048x8192xf32>
    %cst_19 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %71 = stablehlo.multiply %70, %cst_19 : tensor<2048x8192xf32>
    %72 = stablehlo.add %arg42, %71 : tensor<2048x8192xf32>
    %73 = stablehlo.subtract %72, %arg26 : tensor<2048x8192xf32>
    %cst_20 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %74 = stablehlo.multiply %73, %cst_20 : tensor<2048x8192xf32>
    %75 = stablehlo.subtract %72, %74 : tensor<2048x8192xf32>
    %76 = stablehlo.reshape %75 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %77 = stablehlo.subtract %arg27, %arg43 : tensor<2048x8192xf32>
    %cst_21 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %78 = stablehlo.multiply %77, %cst_21 : tensor<2048x8192xf32>
    %79 = stablehlo.add %arg43, %78 : tensor<2048x8192xf32>
    %80 = stablehlo.subtract %79, %arg27 : tensor<2048x8192xf32>
    %cst_22 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %81 = stablehlo.multiply %80, %cst_22 : tensor<2048x8192xf32>
    %82 = stablehlo.subtract %79, %81 : tensor<2048x8192xf32>
    %83 = stablehlo.reshape %82 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %84 = stablehlo.subtract %arg28, %arg44 : tensor<2048x8192xf32>
    %cst_23 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %85 = stablehlo.multiply %84, %cst_23 : tensor<2048x8192xf32>
    %86 = stablehlo.add %arg44, %85 : tensor<2048x8192xf32>
    %87 = stablehlo.subtract %86, %arg28 : tensor<2048x8192xf32>
    %cst_24 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %88 = stablehlo.multiply %87, %cst_24 : tensor<2048x8192xf32>
    %89 = stablehlo.subtract %86, %88 : tensor<2048x8192xf32>
    %90 = stablehlo.reshape %89 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %91 = stablehlo.subtract %arg29, %arg45 : tensor<2048x8192xf32>
    %cst_25 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %92 = stablehlo.multiply %91, %cst_25 : tensor<2048x8192xf32>
    %93 = stablehlo.add %arg45, %92 : tensor<2048x8192xf32>
    %94 = stablehlo.subtract %93, %arg29 : tensor<2048x8192xf32>
    %cst_26 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %95 = stablehlo.multiply %94, %cst_26 : tensor<2048x8192xf32>
    %96 = stablehlo.subtract %93, %95 : tensor<2048x8192xf32>
    %97 = stablehlo.reshape %96 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %98 = stablehlo.subtract %arg30, %arg46 : tensor<2048x8192xf32>
    %cst_27 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %99 = stablehlo.multiply %98, %cst_27 : tensor<2048x8192xf32>
    %100 = stablehlo.add %arg46, %99 : tensor<2048x8192xf32>
    %101 = stablehlo.subtract %100, %arg30 : tensor<2048x8192xf32>
    %cst_28 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %102 = stablehlo.multiply %101, %cst_28 : tensor<2048x8192xf32>
    %103 = stablehlo.subtract %100, %102 : tensor<2048x8192xf32>
    %104 = stablehlo.reshape %103 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %105 = stablehlo.subtract %arg31, %arg47 : tensor<2048x8192xf32>
    %cst_29 = stablehlo.constant dense<5.000000e-02> : tensor<2048x8192xf32>
    %106 = stablehlo.multiply %105, %cst_29 : tensor<2048x8192xf32>
    %107 = stablehlo.add %arg47, %106 : tensor<2048x8192xf32>
    %108 = stablehlo.subtract %107, %arg31 : tensor<2048x8192xf32>
    %cst_30 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x8192xf32>
    %109 = stablehlo.multiply %108, %cst_30 : tensor<2048x8192xf32>
    %110 = stablehlo.subtract %107, %109 : tensor<2048x8192xf32>
    %111 = stablehlo.reshape %110 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %112 = stablehlo.concatenate %6, %13, %20, %27, %34, %41, %48, %55, %62, %69, %76, %83, %90, %97, %104, %111, dim = 0 : (tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>) -> tensor<16x2048x8192xf32>
    %113 = stablehlo.convert %112 : (tensor<16x2048x8192xf32>) -> tensor<16x2048x8192xbf16>
    %114 = stablehlo.convert %113 : (tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xf32>
    %115 = stablehlo.dot_general %114, %114, batching_dims = [0, 1] x [0, 1], contracting_dims = [2] x [2], precision = [HIGHEST, HIGHEST] : (tensor<16x2048x8192xf32>, tensor<16x2048x8192xf32>) -> tensor<16x2048xf32>
    %cst_31 = stablehlo.constant dense<1.000000e+00> : tensor<16x2048xf32>
    %116 = stablehlo.dot_general %115, %cst_31, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<16x2048xf32>, tensor<16x2048xf32>) -> tensor<16xf32>
    %117 = stablehlo.sqrt %116 : tensor<16xf32>
    %118 = stablehlo.reshape %117 : (tensor<16xf32>) -> tensor<16x1x1xf32>
    %119 = stablehlo.convert %118 : (tensor<16x1x1xf32>) -> tensor<16x1x1xbf16>
    %cst_32 = stablehlo.constant dense<1.001172e-07> : tensor<16x1x1xbf16>
    %120 = stablehlo.add %119, %cst_32 : tensor<16x1x1xbf16>
    %121 = stablehlo.broadcast_in_dim %120, dims = [0, 1, 2] : (tensor<16x1x1xbf16>) -> tensor<16x2048x8192xbf16>
    %122 = stablehlo.divide %113, %121 : tensor<16x2048x8192xbf16>
    %123 = stablehlo.dot_general %122, %122, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x8192xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x2048xbf16>
    %124 = stablehlo.convert %123 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_33 = stablehlo.constant dense<2.031500e+00> : tensor<16x2048x2048xf32>
    %125 = stablehlo.multiply %124, %cst_33 : tensor<16x2048x2048xf32>
    %126 = stablehlo.convert %125 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %127 = stablehlo.dot_general %126, %123, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xbf16>
    %128 = stablehlo.convert %123 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_34 = stablehlo.constant dense<-4.775000e+00> : tensor<16x2048x2048xf32>
    %129 = stablehlo.multiply %128, %cst_34 : tensor<16x2048x2048xf32>
    %130 = stablehlo.convert %129 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %131 = stablehlo.add %130, %127 : tensor<16x2048x2048xbf16>
    %132 = stablehlo.dot_general %131, %122, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xbf16>
    %133 = stablehlo.convert %122 : (tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xf32>
    %cst_35 = stablehlo.constant dense<3.444500e+00> : tensor<16x2048x8192xf32>
    %134 = stablehlo.multiply %133, %cst_35 : tensor<16x2048x8192xf32>
    %135 = stablehlo.convert %134 : (tensor<16x2048x8192xf32>) -> tensor<16x2048x8192xbf16>
    %136 = stablehlo.add %135, %132 : tensor<16x2048x8192xbf16>
    %137 = stablehlo.dot_general %136, %136, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x8192xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x2048xbf16>
    %138 = stablehlo.convert %137 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_36 = stablehlo.constant dense<2.031500e+00> : tensor<16x2048x2048xf32>
    %139 = stablehlo.multiply %138, %cst_36 : tensor<16x2048x2048xf32>
    %140 = stablehlo.convert %139 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %141 = stablehlo.dot_general %140, %137, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xbf16>
    %142 = stablehlo.convert %137 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_37 = stablehlo.constant dense<-4.775000e+00> : tensor<16x2048x2048xf32>
    %143 = stablehlo.multiply %142, %cst_37 : tensor<16x2048x2048xf32>
    %144 = stablehlo.convert %143 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %145 = stablehlo.add %144, %141 : tensor<16x2048x2048xbf16>
    %146 = stablehlo.dot_general %145, %136, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xbf16>
    %147 = stablehlo.convert %136 : (tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xf32>
    %cst_38 = stablehlo.constant dense<3.444500e+00> : tensor<16x2048x8192xf32>
    %148 = stablehlo.multiply %147, %cst_38 : tensor<16x2048x8192xf32>
    %149 = stablehlo.convert %148 : (tensor<16x2048x8192xf32>) -> tensor<16x2048x8192xbf16>
    %150 = stablehlo.add %149, %146 : tensor<16x2048x8192xbf16>
    %151 = stablehlo.dot_general %150, %150, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x8192xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x2048xbf16>
    %152 = stablehlo.convert %151 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_39 = stablehlo.constant dense<2.031500e+00> : tensor<16x2048x2048xf32>
    %153 = stablehlo.multiply %152, %cst_39 : tensor<16x2048x2048xf32>
    %154 = stablehlo.convert %153 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %155 = stablehlo.dot_general %154, %151, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xbf16>
    %156 = stablehlo.convert %151 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_40 = stablehlo.constant dense<-4.775000e+00> : tensor<16x2048x2048xf32>
    %157 = stablehlo.multiply %156, %cst_40 : tensor<16x2048x2048xf32>
    %158 = stablehlo.convert %157 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %159 = stablehlo.add %158, %155 : tensor<16x2048x2048xbf16>
    %160 = stablehlo.dot_general %159, %150, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xbf16>
    %161 = stablehlo.convert %150 : (tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xf32>
    %cst_41 = stablehlo.constant dense<3.444500e+00> : tensor<16x2048x8192xf32>
    %162 = stablehlo.multiply %161, %cst_41 : tensor<16x2048x8192xf32>
    %163 = stablehlo.convert %162 : (tensor<16x2048x8192xf32>) -> tensor<16x2048x8192xbf16>
    %164 = stablehlo.add %163, %160 : tensor<16x2048x8192xbf16>
    %165 = stablehlo.dot_general %164, %164, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x8192xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x2048xbf16>
    %166 = stablehlo.convert %165 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_42 = stablehlo.constant dense<2.031500e+00> : tensor<16x2048x2048xf32>
    %167 = stablehlo.multiply %166, %cst_42 : tensor<16x2048x2048xf32>
    %168 = stablehlo.convert %167 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %169 = stablehlo.dot_general %168, %165, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xbf16>
    %170 = stablehlo.convert %165 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_43 = stablehlo.constant dense<-4.775000e+00> : tensor<16x2048x2048xf32>
    %171 = stablehlo.multiply %170, %cst_43 : tensor<16x2048x2048xf32>
    %172 = stablehlo.convert %171 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %173 = stablehlo.add %172, %169 : tensor<16x2048x2048xbf16>
    %174 = stablehlo.dot_general %173, %164, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xbf16>
    %175 = stablehlo.convert %164 : (tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xf32>
    %cst_44 = stablehlo.constant dense<3.444500e+00> : tensor<16x2048x8192xf32>
    %176 = stablehlo.multiply %175, %cst_44 : tensor<16x2048x8192xf32>
    %177 = stablehlo.convert %176 : (tensor<16x2048x8192xf32>) -> tensor<16x2048x8192xbf16>
    %178 = stablehlo.add %177, %174 : tensor<16x2048x8192xbf16>
    %179 = stablehlo.dot_general %178, %178, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x8192xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x2048xbf16>
    %180 = stablehlo.convert %179 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_45 = stablehlo.constant dense<2.031500e+00> : tensor<16x2048x2048xf32>
    %181 = stablehlo.multiply %180, %cst_45 : tensor<16x2048x2048xf32>
    %182 = stablehlo.convert %181 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %183 = stablehlo.dot_general %182, %179, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xbf16>
    %184 = stablehlo.convert %179 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_46 = stablehlo.constant dense<-4.775000e+00> : tensor<16x2048x2048xf32>
    %185 = stablehlo.multiply %184, %cst_46 : tensor<16x2048x2048xf32>
    %186 = stablehlo.convert %185 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %187 = stablehlo.add %186, %183 : tensor<16x2048x2048xbf16>
    %188 = stablehlo.dot_general %187, %178, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xbf16>
    %189 = stablehlo.convert %178 : (tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xf32>
    %cst_47 = stablehlo.constant dense<3.444500e+00> : tensor<16x2048x8192xf32>
    %190 = stablehlo.multiply %189, %cst_47 : tensor<16x2048x8192xf32>
    %191 = stablehlo.convert %190 : (tensor<16x2048x8192xf32>) -> tensor<16x2048x8192xbf16>
    %192 = stablehlo.add %191, %188 : tensor<16x2048x8192xbf16>
    %193 = stablehlo.convert %192 : (tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xf32>
    %194 = stablehlo.slice %193 [0:1, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %195 = stablehlo.reshape %194 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %196 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %197 = stablehlo.multiply %195, %196 : tensor<2048x8192xf32>
    %198 = stablehlo.subtract %arg0, %197 : tensor<2048x8192xf32>
    %199 = stablehlo.slice %193 [1:2, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %200 = stablehlo.reshape %199 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %201 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %202 = stablehlo.multiply %200, %201 : tensor<2048x8192xf32>
    %203 = stablehlo.subtract %arg1, %202 : tensor<2048x8192xf32>
    %204 = stablehlo.slice %193 [2:3, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %205 = stablehlo.reshape %204 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %206 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %207 = stablehlo.multiply %205, %206 : tensor<2048x8192xf32>
    %208 = stablehlo.subtract %arg2, %207 : tensor<2048x8192xf32>
    %209 = stablehlo.slice %193 [3:4, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %210 = stablehlo.reshape %209 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %211 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %212 = stablehlo.multiply %210, %211 : tensor<2048x8192xf32>
    %213 = stablehlo.subtract %arg3, %212 : tensor<2048x8192xf32>
    %214 = stablehlo.slice %193 [4:5, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %215 = stablehlo.reshape %214 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %216 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %217 = stablehlo.multiply %215, %216 : tensor<2048x8192xf32>
    %218 = stablehlo.subtract %arg4, %217 : tensor<2048x8192xf32>
    %219 = stablehlo.slice %193 [5:6, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %220 = stablehlo.reshape %219 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %221 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %222 = stablehlo.multiply %220, %221 : tensor<2048x8192xf32>
    %223 = stablehlo.subtract %arg5, %222 : tensor<2048x8192xf32>
    %224 = stablehlo.slice %193 [6:7, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %225 = stablehlo.reshape %224 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %226 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %227 = stablehlo.multiply %225, %226 : tensor<2048x8192xf32>
    %228 = stablehlo.subtract %arg6, %227 : tensor<2048x8192xf32>
    %229 = stablehlo.slice %193 [7:8, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %230 = stablehlo.reshape %229 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %231 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %232 = stablehlo.multiply %230, %231 : tensor<2048x8192xf32>
    %233 = stablehlo.subtract %arg7, %232 : tensor<2048x8192xf32>
    %234 = stablehlo.slice %193 [8:9, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %235 = stablehlo.reshape %234 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %236 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %237 = stablehlo.multiply %235, %236 : tensor<2048x8192xf32>
    %238 = stablehlo.subtract %arg8, %237 : tensor<2048x8192xf32>
    %239 = stablehlo.slice %193 [9:10, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %240 = stablehlo.reshape %239 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %241 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %242 = stablehlo.multiply %240, %241 : tensor<2048x8192xf32>
    %243 = stablehlo.subtract %arg9, %242 : tensor<2048x8192xf32>
    %244 = stablehlo.slice %193 [10:11, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %245 = stablehlo.reshape %244 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %246 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %247 = stablehlo.multiply %245, %246 : tensor<2048x8192xf32>
    %248 = stablehlo.subtract %arg10, %247 : tensor<2048x8192xf32>
    %249 = stablehlo.slice %193 [11:12, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %250 = stablehlo.reshape %249 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %251 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %252 = stablehlo.multiply %250, %251 : tensor<2048x8192xf32>
    %253 = stablehlo.subtract %arg11, %252 : tensor<2048x8192xf32>
    %254 = stablehlo.slice %193 [12:13, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %255 = stablehlo.reshape %254 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %256 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %257 = stablehlo.multiply %255, %256 : tensor<2048x8192xf32>
    %258 = stablehlo.subtract %arg12, %257 : tensor<2048x8192xf32>
    %259 = stablehlo.slice %193 [13:14, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %260 = stablehlo.reshape %259 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %261 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %262 = stablehlo.multiply %260, %261 : tensor<2048x8192xf32>
    %263 = stablehlo.subtract %arg13, %262 : tensor<2048x8192xf32>
    %264 = stablehlo.slice %193 [14:15, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %265 = stablehlo.reshape %264 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %266 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %267 = stablehlo.multiply %265, %266 : tensor<2048x8192xf32>
    %268 = stablehlo.subtract %arg14, %267 : tensor<2048x8192xf32>
    %269 = stablehlo.slice %193 [15:16, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %270 = stablehlo.reshape %269 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %271 = stablehlo.broadcast_in_dim %arg48, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %272 = stablehlo.multiply %270, %271 : tensor<2048x8192xf32>
    %273 = stablehlo.subtract %arg15, %272 : tensor<2048x8192xf32>
    return %198, %203, %208, %213, %218, %223, %228, %233, %238, %243, %248, %253, %258, %263, %268, %273, %2, %9, %16, %23, %30, %37, %44, %51, %58, %65, %72, %79, %86, %93, %100, %107 : tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>
  }
}
