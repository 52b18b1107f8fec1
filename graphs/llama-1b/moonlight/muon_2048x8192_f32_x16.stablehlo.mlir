module @muon_2048x8192_f32_x16 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2048x8192xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<2048x8192xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<2048x8192xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<2048x8192xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<2048x8192xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<2048x8192xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<2048x8192xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<2048x8192xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<2048x8192xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<2048x8192xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<2048x8192xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<2048x8192xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<2048x8192xf32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<2048x8192xf32> {tf.aliasing_output = 13 : i32}, %arg14: tensor<2048x8192xf32> {tf.aliasing_output = 14 : i32}, %arg15: tensor<2048x8192xf32> {tf.aliasing_output = 15 : i32}, %arg16: tensor<2048x8192xf32>, %arg17: tensor<2048x8192xf32>, %arg18: tensor<2048x8192xf32>, %arg19: tensor<2048x8192xf32>, %arg20: tensor<2048x8192xf32>, %arg21: tensor<2048x8192xf32>, %arg22: tensor<2048x8192xf32>, %arg23: tensor<2048x8192xf32>, %arg24: tensor<2048x8192xf32>, %arg25: tensor<2048x8192xf32>, %arg26: tensor<2048x8192xf32>, %arg27: tensor<2048x8192xf32>, %arg28: tensor<2048x8192xf32>, %arg29: tensor<2048x8192xf32>, %arg30: tensor<2048x8192xf32>, %arg31: tensor<2048x8192xf32>, %arg32: tensor<2048x8192xf32> {tf.aliasing_output = 16 : i32}, %arg33: tensor<2048x8192xf32> {tf.aliasing_output = 17 : i32}, %arg34: tensor<2048x8192xf32> {tf.aliasing_output = 18 : i32}, %arg35: tensor<2048x8192xf32> {tf.aliasing_output = 19 : i32}, %arg36: tensor<2048x8192xf32> {tf.aliasing_output = 20 : i32}, %arg37: tensor<2048x8192xf32> {tf.aliasing_output = 21 : i32}, %arg38: tensor<2048x8192xf32> {tf.aliasing_output = 22 : i32}, %arg39: tensor<2048x8192xf32> {tf.aliasing_output = 23 : i32}, %arg40: tensor<2048x8192xf32> {tf.aliasing_output = 24 : i32}, %arg41: tensor<2048x8192xf32> {tf.aliasing_output = 25 : i32}, %arg42: tensor<2048x8192xf32> {tf.aliasing_output = 26 : i32}, %arg43: tensor<2048x8192xf32> {tf.aliasing_output = 27 : i32}, %arg44: tensor<2048x8192xf32> {tf.aliasing_output = 28 : i32}, %arg45: tensor<2048x8192xf32> {tf.aliasing_output = 29 : i32}, %arg46: tensor<2048x8192xf32> {tf.aliasing_output = 30 : i32}, %arg47: tensor<2048x8192xf32> {tf.aliasing_output = 31 : i32}, %arg48: tensor<f32>, %arg49: tensor<f32>) -> (tensor<2048x8192xf32> {jax.result_info = "model.layers.0.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.1.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.2.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.3.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.4.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.5.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.6.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.7.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.8.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.9.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.10.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.11.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.12.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.13.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.14.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.15.mlp.down_proj.weight"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.0.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.1.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.2.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.3.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.4.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.5.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.6.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.7.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.8.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.9.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.10.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.11.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.12.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.13.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.14.mlp.down_proj.weight.momentum"}, tensor<2048x8192xf32> {jax.result_info = "model.layers.15.mlp.down_proj.weight.momentum"}) {
    %cst = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %0 = stablehlo.multiply %arg32, %cst : tensor<2048x8192xf32>
    %1 = stablehlo.add %0, %arg16 : tensor<2048x8192xf32>
    %cst_0 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %2 = stablehlo.multiply %1, %cst_0 : tensor<2048x8192xf32>
    %3 = stablehlo.add %arg16, %2 : tensor<2048x8192xf32>
    %4 = stablehlo.reshape %3 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_1 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %5 = stablehlo.multiply %arg33, %cst_1 : tensor<2048x8192xf32>
    %6 = stablehlo.add %5, %arg17 : tensor<2048x8192xf32>
    %cst_2 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %7 = stablehlo.multiply %6, %cst_2 : tensor<2048x8192xf32>
    %8 = stablehlo.add %arg17, %7 : tensor<2048x8192xf32>
    %9 = stablehlo.reshape %8 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_3 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %10 = stablehlo.multiply %arg34, %cst_3 : tensor<2048x8192xf32>
    %11 = stablehlo.add %10, %arg18 : tensor<2048x8192xf32>
    %cst_4 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %12 = stablehlo.multiply %11, %cst_4 : tensor<2048x8192xf32>
    %13 = stablehlo.add %arg18, %12 : tensor<2048x8192xf32>
    %14 = stablehlo.reshape %13 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_5 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %15 = stablehlo.multiply %arg35, %cst_5 : tensor<2048x8192xf32>
    %16 = stablehlo.add %15, %arg19 : tensor<2048x8192xf32>
    %cst_6 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %17 = stablehlo.multiply %16, %cst_6 : tensor<2048x8192xf32>
    %18 = stablehlo.add %arg19, %17 : tensor<2048x8192xf32>
    %19 = stablehlo.reshape %18 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_7 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %20 = stablehlo.multiply %arg36, %cst_7 : tensor<2048x8192xf32>
    %21 = stablehlo.add %20, %arg20 : tensor<2048x8192xf32>
    %cst_8 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %22 = stablehlo.multiply %21, %cst_8 : tensor<2048x8192xf32>
    %23 = stablehlo.add %arg20, %22 : tensor<2048x8192xf32>
    %24 = stablehlo.reshape %23 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_9 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %25 = stablehlo.multiply %arg37, %cst_9 : tensor<2048x8192xf32>
    %26 = stablehlo.add %25, %arg21 : tensor<2048x8192xf32>
    %cst_10 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %27 = stablehlo.multiply %26, %cst_10 : tensor<2048x8192xf32>
    %28 = stablehlo.add %arg21, %27 : tensor<2048x8192xf32>
    %29 = stablehlo.reshape %28 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_11 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %30 = stablehlo.multiply %arg38, %cst_11 : tensor<2048x8192xf32>
    %31 = stablehlo.add %30, %arg22 : tensor<2048x8192xf32>
    %cst_12 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %32 = stablehlo.multiply %31, %cst_12 : tensor<2048x8192xf32>
    %33 = stablehlo.add %arg22, %32 : tensor<2048x8192xf32>
    %34 = stablehlo.reshape %33 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_13 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %35 = stablehlo.multiply %arg39, %cst_13 : tensor<2048x8192xf32>
    %36 = stablehlo.add %35, %arg23 : tensor<2048x8192xf32>
    %cst_14 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %37 = stablehlo.multiply %36, %cst_14 : tensor<2048x8192xf32>
    %38 = stablehlo.add %arg23, %37 : tensor<2048x8192xf32>
    %39 = stablehlo.reshape %38 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_15 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %40 = stablehlo.multiply %arg40, %cst_15 : tensor<2048x8192xf32>
    %41 = stablehlo.add %40, %arg24 : tensor<2048x8192xf32>
    %cst_16 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %42 = stablehlo.multiply %41, %cst_16 : tensor<2048x8192xf32>
    %43 = stablehlo.add %arg24, %42 : tensor<2048x8192xf32>
    %44 = stablehlo.reshape %43 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_17 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %45 = stablehlo.multiply %arg41, %cst_17 : tensor<2048x8192xf32>
    %46 = stablehlo.add %45, %arg25 : tensor<2048x8192xf32>
    %cst_18 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %47 = stablehlo.multiply %46, %cst_18 : tensor<2048x8192xf32>
    %48 = stablehlo.add %arg25, %47 : tensor<2048x8192xf32>
    %49 = stablehlo.reshape %48 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_19 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %50 = stablehlo.multiply %arg42, %cst_19 : tensor<2048x8192xf32>
    %51 = stablehlo.add %50, %arg26 : tensor<2048x8192xf32>
    %cst_20 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %52 = stablehlo.multiply %51, %cst_20 : tensor<2048x8192xf32>
    %53 = stablehlo.add %arg26, %52 : tensor<2048x8192xf32>
    %54 = stablehlo.reshape %53 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_21 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %55 = stablehlo.multiply %arg43, %cst_21 : tensor<2048x8192xf32>
    %56 = stablehlo.add %55, %arg27 : tensor<2048x8192xf32>
    %cst_22 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %57 = stablehlo.multiply %56, %cst_22 : tensor<2048x8192xf32>
    %58 = stablehlo.add %arg27, %57 : tensor<2048x8192xf32>
    %59 = stablehlo.reshape %58 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_23 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %60 = stablehlo.multiply %arg44, %cst_23 : tensor<2048x8192xf32>
    %61 = stablehlo.add %60, %arg28 : tensor<2048x8192xf32>
    %cst_24 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %62 = stablehlo.multiply %61, %cst_24 : tensor<2048x8192xf32>
    %63 = stablehlo.add %arg28, %62 : tensor<2048x8192xf32>
    %64 = stablehlo.reshape %63 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_25 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %65 = stablehlo.multiply %arg45, %cst_25 : tensor<2048x8192xf32>
    %66 = stablehlo.add %65, %arg29 : tensor<2048x8192xf32>
    %cst_26 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %67 = stablehlo.multiply %66, %cst_26 : tensor<2048x8192xf32>
    %68 = stablehlo.add %arg29, %67 : tensor<2048x8192xf32>
    %69 = stablehlo.reshape %68 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_27 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %70 = stablehlo.multiply %arg46, %cst_27 : tensor<2048x8192xf32>
    %71 = stablehlo.add %70, %arg30 : tensor<2048x8192xf32>
    %cst_28 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %72 = stablehlo.multiply %71, %cst_28 : tensor<2048x8192xf32>
    %73 = stablehlo.add %arg30, %72 : tensor<2048x8192xf32>
    %74 = stablehlo.reshape %73 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %cst_29 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %75 = stablehlo.multiply %arg47, %cst_29 : tensor<2048x8192xf32>
    %76 = stablehlo.add %75, %arg31 : tensor<2048x8192xf32>
    %cst_30 = stablehlo.constant dense<9.500000e-01> : tensor<2048x8192xf32>
    %77 = stablehlo.multiply %76, %cst_30 : tensor<2048x8192xf32>
    %78 = stablehlo.add %arg31, %77 : tensor<2048x8192xf32>
    %79 = stablehlo.reshape %78 : (tensor<2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %80 = stablehlo.concatenate %4, %9, %14, %19, %24, %29, %34, %39, %44, %49, %54, %59, %64, %69, %74, %79, dim = 0 : (tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>, tensor<1x2048x8192xf32>) -> tensor<16x2048x8192xf32>
    %81 = stablehlo.convert %80 : (tensor<16x2048x8192xf32>) -> tensor<16x2048x8192xbf16>
    %82 = stablehlo.convert %81 : (tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xf32>
    %83 = stablehlo.dot_general %82, %82, batching_dims = [0, 1] x [0, 1], contracting_dims = [2] x [2], precision = [HIGHEST, HIGHEST] : (tensor<16x2048x8192xf32>, tensor<16x2048x8192xf32>) -> tensor<16x2048xf32>
    %cst_31 = stablehlo.constant dense<1.000000e+00> : tensor<16x2048xf32>
    %84 = stablehlo.dot_general %83, %cst_31, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<16x2048xf32>, tensor<16x2048xf32>) -> tensor<16xf32>
    %85 = stablehlo.sqrt %84 : tensor<16xf32>
    %86 = stablehlo.reshape %85 : (tensor<16xf32>) -> tensor<16x1x1xf32>
    %87 = stablehlo.convert %86 : (tensor<16x1x1xf32>) -> tensor<16x1x1xbf16>
    %cst_32 = stablehlo.constant dense<1.001172e-07> : tensor<16x1x1xbf16>
    %88 = stablehlo.add %87, %cst_32 : tensor<16x1x1xbf16>
    %89 = stablehlo.broadcast_in_dim %88, dims = [0, 1, 2] : (tensor<16x1x1xbf16>) -> tensor<16x2048x8192xbf16>
    %90 = stablehlo.divide %81, %89 : tensor<16x2048x8192xbf16>
    %91 = stablehlo.dot_general %90, %90, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x8192xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x2048xbf16>
    %92 = stablehlo.convert %91 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_33 = stablehlo.constant dense<2.031500e+00> : tensor<16x2048x2048xf32>
    %93 = stablehlo.multiply %92, %cst_33 : tensor<16x2048x2048xf32>
    %94 = stablehlo.convert %93 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %95 = stablehlo.dot_general %94, %91, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xbf16>
    %96 = stablehlo.convert %91 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_34 = stablehlo.constant dense<-4.775000e+00> : tensor<16x2048x2048xf32>
    %97 = stablehlo.multiply %96, %cst_34 : tensor<16x2048x2048xf32>
    %98 = stablehlo.convert %97 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %99 = stablehlo.add %98, %95 : tensor<16x2048x2048xbf16>
    %100 = stablehlo.dot_general %99, %90, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xbf16>
    %101 = stablehlo.convert %90 : (tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xf32>
    %cst_35 = stablehlo.constant dense<3.444500e+00> : tensor<16x2048x8192xf32>
    %102 = stablehlo.multiply %101, %cst_35 : tensor<16x2048x8192xf32>
    %103 = stablehlo.convert %102 : (tensor<16x2048x8192xf32>) -> tensor<16x2048x8192xbf16>
    %104 = stablehlo.add %103, %100 : tensor<16x2048x8192xbf16>
    %105 = stablehlo.dot_general %104, %104, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x8192xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x2048xbf16>
    %106 = stablehlo.convert %105 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_36 = stablehlo.constant dense<2.031500e+00> : tensor<16x2048x2048xf32>
    %107 = stablehlo.multiply %106, %cst_36 : tensor<16x2048x2048xf32>
    %108 = stablehlo.convert %107 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %109 = stablehlo.dot_general %108, %105, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xbf16>
    %110 = stablehlo.convert %105 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_37 = stablehlo.constant dense<-4.775000e+00> : tensor<16x2048x2048xf32>
    %111 = stablehlo.multiply %110, %cst_37 : tensor<16x2048x2048xf32>
    %112 = stablehlo.convert %111 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %113 = stablehlo.add %112, %109 : tensor<16x2048x2048xbf16>
    %114 = stablehlo.dot_general %113, %104, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xbf16>
    %115 = stablehlo.convert %104 : (tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xf32>
    %cst_38 = stablehlo.constant dense<3.444500e+00> : tensor<16x2048x8192xf32>
    %116 = stablehlo.multiply %115, %cst_38 : tensor<16x2048x8192xf32>
    %117 = stablehlo.convert %116 : (tensor<16x2048x8192xf32>) -> tensor<16x2048x8192xbf16>
    %118 = stablehlo.add %117, %114 : tensor<16x2048x8192xbf16>
    %119 = stablehlo.dot_general %118, %118, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x8192xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x2048xbf16>
    %120 = stablehlo.convert %119 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_39 = stablehlo.constant dense<2.031500e+00> : tensor<16x2048x2048xf32>
    %121 = stablehlo.multiply %120, %cst_39 : tensor<16x2048x2048xf32>
    %122 = stablehlo.convert %121 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %123 = stablehlo.dot_general %122, %119, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xbf16>
    %124 = stablehlo.convert %119 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_40 = stablehlo.constant dense<-4.775000e+00> : tensor<16x2048x2048xf32>
    %125 = stablehlo.multiply %124, %cst_40 : tensor<16x2048x2048xf32>
    %126 = stablehlo.convert %125 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %127 = stablehlo.add %126, %123 : tensor<16x2048x2048xbf16>
    %128 = stablehlo.dot_general %127, %118, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xbf16>
    %129 = stablehlo.convert %118 : (tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xf32>
    %cst_41 = stablehlo.constant dense<3.444500e+00> : tensor<16x2048x8192xf32>
    %130 = stablehlo.multiply %129, %cst_41 : tensor<16x2048x8192xf32>
    %131 = stablehlo.convert %130 : (tensor<16x2048x8192xf32>) -> tensor<16x2048x8192xbf16>
    %132 = stablehlo.add %131, %128 : tensor<16x2048x8192xbf16>
    %133 = stablehlo.dot_general %132, %132, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x8192xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x2048xbf16>
    %134 = stablehlo.convert %133 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_42 = stablehlo.constant dense<2.031500e+00> : tensor<16x2048x2048xf32>
    %135 = stablehlo.multiply %134, %cst_42 : tensor<16x2048x2048xf32>
    %136 = stablehlo.convert %135 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %137 = stablehlo.dot_general %136, %133, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xbf16>
    %138 = stablehlo.convert %133 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_43 = stablehlo.constant dense<-4.775000e+00> : tensor<16x2048x2048xf32>
    %139 = stablehlo.multiply %138, %cst_43 : tensor<16x2048x2048xf32>
    %140 = stablehlo.convert %139 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %141 = stablehlo.add %140, %137 : tensor<16x2048x2048xbf16>
    %142 = stablehlo.dot_general %141, %132, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xbf16>
    %143 = stablehlo.convert %132 : (tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xf32>
    %cst_44 = stablehlo.constant dense<3.444500e+00> : tensor<16x2048x8192xf32>
    %144 = stablehlo.multiply %143, %cst_44 : tensor<16x2048x8192xf32>
    %145 = stablehlo.convert %144 : (tensor<16x2048x8192xf32>) -> tensor<16x2048x8192xbf16>
    %146 = stablehlo.add %145, %142 : tensor<16x2048x8192xbf16>
    %147 = stablehlo.dot_general %146, %146, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x8192xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x2048xbf16>
    %148 = stablehlo.convert %147 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_45 = stablehlo.constant dense<2.031500e+00> : tensor<16x2048x2048xf32>
    %149 = stablehlo.multiply %148, %cst_45 : tensor<16x2048x2048xf32>
    %150 = stablehlo.convert %149 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %151 = stablehlo.dot_general %150, %147, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xbf16>
    %152 = stablehlo.convert %147 : (tensor<16x2048x2048xbf16>) -> tensor<16x2048x2048xf32>
    %cst_46 = stablehlo.constant dense<-4.775000e+00> : tensor<16x2048x2048xf32>
    %153 = stablehlo.multiply %152, %cst_46 : tensor<16x2048x2048xf32>
    %154 = stablehlo.convert %153 : (tensor<16x2048x2048xf32>) -> tensor<16x2048x2048xbf16>
    %155 = stablehlo.add %154, %151 : tensor<16x2048x2048xbf16>
    %156 = stablehlo.dot_general %155, %146, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<16x2048x2048xbf16>, tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xbf16>
    %157 = stablehlo.convert %146 : (tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xf32>
    %cst_47 = stablehlo.constant dense<3.444500e+00> : tensor<16x2048x8192xf32>
    %158 = stablehlo.multiply %157, %cst_47 : tensor<16x2048x8192xf32>
    %159 = stablehlo.convert %158 : (tensor<16x2048x8192xf32>) -> tensor<16x2048x8192xbf16>
    %160 = stablehlo.add %159, %156 : tensor<16x2048x8192xbf16>
    %161 = stablehlo.convert %160 : (tensor<16x2048x8192xbf16>) -> tensor<16x2048x8192xf32>
    %162 = stablehlo.slice %161 [0:1, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %163 = stablehlo.reshape %162 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_48 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %164 = stablehlo.multiply %arg48, %cst_48 : tensor<f32>
    %cst_49 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %165 = stablehlo.subtract %cst_49, %164 : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %167 = stablehlo.multiply %arg0, %166 : tensor<2048x8192xf32>
    %cst_50 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %168 = stablehlo.multiply %arg48, %cst_50 : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %170 = stablehlo.multiply %163, %169 : tensor<2048x8192xf32>
    %171 = stablehlo.subtract %167, %170 : tensor<2048x8192xf32>
    %172 = stablehlo.slice %161 [1:2, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_51 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %174 = stablehlo.multiply %arg48, %cst_51 : tensor<f32>
    %cst_52 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %175 = stablehlo.subtract %cst_52, %174 : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %177 = stablehlo.multiply %arg1, %176 : tensor<2048x8192xf32>
    %cst_53 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %178 = stablehlo.multiply %arg48, %cst_53 : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %180 = stablehlo.multiply %173, %179 : tensor<2048x8192xf32>
    %181 = stablehlo.subtract %177, %180 : tensor<2048x8192xf32>
    %182 = stablehlo.slice %161 [2:3, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %183 = stablehlo.reshape %182 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_54 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %184 = stablehlo.multiply %arg48, %cst_54 : tensor<f32>
    %cst_55 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %185 = stablehlo.subtract %cst_55, %184 : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %187 = stablehlo.multiply %arg2, %186 : tensor<2048x8192xf32>
    %cst_56 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %188 = stablehlo.multiply %arg48, %cst_56 : tensor<f32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %190 = stablehlo.multiply %183, %189 : tensor<2048x8192xf32>
    %191 = stablehlo.subtract %187, %190 : tensor<2048x8192xf32>
    %192 = stablehlo.slice %161 [3:4, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %193 = stablehlo.reshape %192 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_57 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %194 = stablehlo.multiply %arg48, %cst_57 : tensor<f32>
    %cst_58 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %195 = stablehlo.subtract %cst_58, %194 : tensor<f32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %197 = stablehlo.multiply %arg3, %196 : tensor<2048x8192xf32>
    %cst_59 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %198 = stablehlo.multiply %arg48, %cst_59 : tensor<f32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %200 = stablehlo.multiply %193, %199 : tensor<2048x8192xf32>
    %201 = stablehlo.subtract %197, %200 : tensor<2048x8192xf32>
    %202 = stablehlo.slice %161 [4:5, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %203 = stablehlo.reshape %202 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_60 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %204 = stablehlo.multiply %arg48, %cst_60 : tensor<f32>
    %cst_61 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %205 = stablehlo.subtract %cst_61, %204 : tensor<f32>
    %206 = stablehlo.broadcast_in_dim %205, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %207 = stablehlo.multiply %arg4, %206 : tensor<2048x8192xf32>
    %cst_62 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %208 = stablehlo.multiply %arg48, %cst_62 : tensor<f32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %210 = stablehlo.multiply %203, %209 : tensor<2048x8192xf32>
    %211 = stablehlo.subtract %207, %210 : tensor<2048x8192xf32>
    %212 = stablehlo.slice %161 [5:6, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %213 = stablehlo.reshape %212 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_63 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %214 = stablehlo.multiply %arg48, %cst_63 : tensor<f32>
    %cst_64 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %215 = stablehlo.subtract %cst_64, %214 : tensor<f32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %217 = stablehlo.multiply %arg5, %216 : tensor<2048x8192xf32>
    %cst_65 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %218 = stablehlo.multiply %arg48, %cst_65 : tensor<f32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %220 = stablehlo.multiply %213, %219 : tensor<2048x8192xf32>
    %221 = stablehlo.subtract %217, %220 : tensor<2048x8192xf32>
    %222 = stablehlo.slice %161 [6:7, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %223 = stablehlo.reshape %222 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_66 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %224 = stablehlo.multiply %arg48, %cst_66 : tensor<f32>
    %cst_67 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %225 = stablehlo.subtract %cst_67, %224 : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %227 = stablehlo.multiply %arg6, %226 : tensor<2048x8192xf32>
    %cst_68 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %228 = stablehlo.multiply %arg48, %cst_68 : tensor<f32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %230 = stablehlo.multiply %223, %229 : tensor<2048x8192xf32>
    %231 = stablehlo.subtract %227, %230 : tensor<2048x8192xf32>
    %232 = stablehlo.slice %161 [7:8, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %233 = stablehlo.reshape %232 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_69 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %234 = stablehlo.multiply %arg48, %cst_69 : tensor<f32>
    %cst_70 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %235 = stablehlo.subtract %cst_70, %234 : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %237 = stablehlo.multiply %arg7, %236 : tensor<2048x8192xf32>
    %cst_71 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %238 = stablehlo.multiply %arg48, %cst_71 : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %240 = stablehlo.multiply %233, %239 : tensor<2048x8192xf32>
    %241 = stablehlo.subtract %237, %240 : tensor<2048x8192xf32>
    %242 = stablehlo.slice %161 [8:9, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %243 = stablehlo.reshape %242 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_72 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %244 = stablehlo.multiply %arg48, %cst_72 : tensor<f32>
    %cst_73 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %245 = stablehlo.subtract %cst_73, %244 : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %247 = stablehlo.multiply %arg8, %246 : tensor<2048x8192xf32>
    %cst_74 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %248 = stablehlo.multiply %arg48, %cst_74 : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %250 = stablehlo.multiply %243, %249 : tensor<2048x8192xf32>
    %251 = stablehlo.subtract %247, %250 : tensor<2048x8192xf32>
    %252 = stablehlo.slice %161 [9:10, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %253 = stablehlo.reshape %252 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_75 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %254 = stablehlo.multiply %arg48, %cst_75 : tensor<f32>
    %cst_76 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %255 = stablehlo.subtract %cst_76, %254 : tensor<f32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %257 = stablehlo.multiply %arg9, %256 : tensor<2048x8192xf32>
    %cst_77 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %258 = stablehlo.multiply %arg48, %cst_77 : tensor<f32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %260 = stablehlo.multiply %253, %259 : tensor<2048x8192xf32>
    %261 = stablehlo.subtract %257, %260 : tensor<2048x8192xf32>
    %262 = stablehlo.slice %161 [10:11, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %263 = stablehlo.reshape %262 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_78 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %264 = stablehlo.multiply %arg48, %cst_78 : tensor<f32>
    %cst_79 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %265 = stablehlo.subtract %cst_79, %264 : tensor<f32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %267 = stablehlo.multiply %arg10, %266 : tensor<2048x8192xf32>
    %cst_80 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %268 = stablehlo.multiply %arg48, %cst_80 : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %270 = stablehlo.multiply %263, %269 : tensor<2048x8192xf32>
    %271 = stablehlo.subtract %267, %270 : tensor<2048x8192xf32>
    %272 = stablehlo.slice %161 [11:12, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %273 = stablehlo.reshape %272 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_81 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %274 = stablehlo.multiply %arg48, %cst_81 : tensor<f32>
    %cst_82 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %275 = stablehlo.subtract %cst_82, %274 : tensor<f32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %277 = stablehlo.multiply %arg11, %276 : tensor<2048x8192xf32>
    %cst_83 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %278 = stablehlo.multiply %arg48, %cst_83 : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %278, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %280 = stablehlo.multiply %273, %279 : tensor<2048x8192xf32>
    %281 = stablehlo.subtract %277, %280 : tensor<2048x8192xf32>
    %282 = stablehlo.slice %161 [12:13, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %283 = stablehlo.reshape %282 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_84 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %284 = stablehlo.multiply %arg48, %cst_84 : tensor<f32>
    %cst_85 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %285 = stablehlo.subtract %cst_85, %284 : tensor<f32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %287 = stablehlo.multiply %arg12, %286 : tensor<2048x8192xf32>
    %cst_86 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %288 = stablehlo.multiply %arg48, %cst_86 : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %290 = stablehlo.multiply %283, %289 : tensor<2048x8192xf32>
    %291 = stablehlo.subtract %287, %290 : tensor<2048x8192xf32>
    %292 = stablehlo.slice %161 [13:14, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %293 = stablehlo.reshape %292 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_87 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %294 = stablehlo.multiply %arg48, %cst_87 : tensor<f32>
    %cst_88 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %295 = stablehlo.subtract %cst_88, %294 : tensor<f32>
    %296 = stablehlo.broadcast_in_dim %295, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %297 = stablehlo.multiply %arg13, %296 : tensor<2048x8192xf32>
    %cst_89 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %298 = stablehlo.multiply %arg48, %cst_89 : tensor<f32>
    %299 = stablehlo.broadcast_in_dim %298, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %300 = stablehlo.multiply %293, %299 : tensor<2048x8192xf32>
    %301 = stablehlo.subtract %297, %300 : tensor<2048x8192xf32>
    %302 = stablehlo.slice %161 [14:15, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %303 = stablehlo.reshape %302 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_90 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %304 = stablehlo.multiply %arg48, %cst_90 : tensor<f32>
    %cst_91 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %305 = stablehlo.subtract %cst_91, %304 : tensor<f32>
    %306 = stablehlo.broadcast_in_dim %305, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %307 = stablehlo.multiply %arg14, %306 : tensor<2048x8192xf32>
    %cst_92 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %308 = stablehlo.multiply %arg48, %cst_92 : tensor<f32>
    %309 = stablehlo.broadcast_in_dim %308, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %310 = stablehlo.multiply %303, %309 : tensor<2048x8192xf32>
    %311 = stablehlo.subtract %307, %310 : tensor<2048x8192xf32>
    %312 = stablehlo.slice %161 [15:16, 0:2048, 0:8192] : (tensor<16x2048x8192xf32>) -> tensor<1x2048x8192xf32>
    %313 = stablehlo.reshape %312 : (tensor<1x2048x8192xf32>) -> tensor<2048x8192xf32>
    %cst_93 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %314 = stablehlo.multiply %arg48, %cst_93 : tensor<f32>
    %cst_94 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %315 = stablehlo.subtract %cst_94, %314 : tensor<f32>
    %316 = stablehlo.broadcast_in_dim %315, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %317 = stablehlo.multiply %arg15, %316 : tensor<2048x8192xf32>
    %cst_95 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %318 = stablehlo.multiply %arg48, %cst_95 : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [] : (tensor<f32>) -> tensor<2048x8192xf32>
    %320 = stablehlo.multiply %313, %319 : tensor<2048x8192xf32>
    %321 = stablehlo.subtract %317, %320 : tensor<2048x8192xf32>
    return %171, %181, %191, %201, %211, %221, %231, %241, %251, %261, %271, %281, %291, %301, %311, %321, %1, %6, %11, %16, %21, %26, %31, %36, %41, %46, %51, %56, %61, %66, %71, %76 : tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>, tensor<2048x8192xf32>
  }
}
