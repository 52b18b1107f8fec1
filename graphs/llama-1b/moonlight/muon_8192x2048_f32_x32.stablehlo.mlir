module @muon_8192x2048_f32_x32 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8192x2048xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<8192x2048xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<8192x2048xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<8192x2048xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<8192x2048xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<8192x2048xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<8192x2048xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<8192x2048xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<8192x2048xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<8192x2048xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<8192x2048xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<8192x2048xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<8192x2048xf32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<8192x2048xf32> {tf.aliasing_output = 13 : i32}, %arg14: tensor<8192x2048xf32> {tf.aliasing_output = 14 : i32}, %arg15: tensor<8192x2048xf32> {tf.aliasing_output = 15 : i32}, %arg16: tensor<8192x2048xf32> {tf.aliasing_output = 16 : i32}, %arg17: tensor<8192x2048xf32> {tf.aliasing_output = 17 : i32}, %arg18: tensor<8192x2048xf32> {tf.aliasing_output = 18 : i32}, %arg19: tensor<8192x2048xf32> {tf.aliasing_output = 19 : i32}, %arg20: tensor<8192x2048xf32> {tf.aliasing_output = 20 : i32}, %arg21: tensor<8192x2048xf32> {tf.aliasing_output = 21 : i32}, %arg22: tensor<8192x2048xf32> {tf.aliasing_output = 22 : i32}, %arg23: tensor<8192x2048xf32> {tf.aliasing_output = 23 : i32}, %arg24: tensor<8192x2048xf32> {tf.aliasing_output = 24 : i32}, %arg25: tensor<8192x2048xf32> {tf.aliasing_output = 25 : i32}, %arg26: tensor<8192x2048xf32> {tf.aliasing_output = 26 : i32}, %arg27: tensor<8192x2048xf32> {tf.aliasing_output = 27 : i32}, %arg28: tensor<8192x2048xf32> {tf.aliasing_output = 28 : i32}, %arg29: tensor<8192x2048xf32> {tf.aliasing_output = 29 : i32}, %arg30: tensor<8192x2048xf32> {tf.aliasing_output = 30 : i32}, %arg31: tensor<8192x2048xf32> {tf.aliasing_output = 31 : i32}, %arg32: tensor<8192x2048xf32>, %arg33: tensor<8192x2048xf32>, %arg34: tensor<8192x2048xf32>, %arg35: tensor<8192x2048xf32>, %arg36: tensor<8192x2048xf32>, %arg37: tensor<8192x2048xf32>, %arg38: tensor<8192x2048xf32>, %arg39: tensor<8192x2048xf32>, %arg40: tensor<8192x2048xf32>, %arg41: tensor<8192x2048xf32>, %arg42: tensor<8192x2048xf32>, %arg43: tensor<8192x2048xf32>, %arg44: tensor<8192x2048xf32>, %arg45: tensor<8192x2048xf32>, %arg46: tensor<8192x2048xf32>, %arg47: tensor<8192x2048xf32>, %arg48: tensor<8192x2048xf32>, %arg49: tensor<8192x2048xf32>, %arg50: tensor<8192x2048xf32>, %arg51: tensor<8192x2048xf32>, %arg52: tensor<8192x2048xf32>, %arg53: tensor<8192x2048xf32>, %arg54: tensor<8192x2048xf32>, %arg55: tensor<8192x2048xf32>, %arg56: tensor<8192x2048xf32>, %arg57: tensor<8192x2048xf32>, %arg58: tensor<8192x2048xf32>, %arg59: tensor<8192x2048xf32>, %arg60: tensor<8192x2048xf32>, %arg61: tensor<8192x2048xf32>, %arg62: tensor<8192x2048xf32>, %arg63: tensor<8192x2048xf32>, %arg64: tensor<8192x2048xf32> {tf.aliasing_output = 32 : i32}, %arg65: tensor<8192x2048xf32> {tf.aliasing_output = 33 : i32}, %arg66: tensor<8192x2048xf32> {tf.aliasing_output = 34 : i32}, %arg67: tensor<8192x2048xf32> {tf.aliasing_output = 35 : i32}, %arg68: tensor<8192x2048xf32> {tf.aliasing_output = 36 : i32}, %arg69: tensor<8192x2048xf32> {tf.aliasing_output = 37 : i32}, %arg70: tensor<8192x2048xf32> {tf.aliasing_output = 38 : i32}, %arg71: tensor<8192x2048xf32> {tf.aliasing_output = 39 : i32}, %arg72: tensor<8192x2048xf32> {tf.aliasing_output = 40 : i32}, %arg73: tensor<8192x2048xf32> {tf.aliasing_output = 41 : i32}, %arg74: tensor<8192x2048xf32> {tf.aliasing_output = 42 : i32}, %arg75: tensor<8192x2048xf32> {tf.aliasing_output = 43 : i32}, %arg76: tensor<8192x2048xf32> {tf.aliasing_output = 44 : i32}, %arg77: tensor<8192x2048xf32> {tf.aliasing_output = 45 : i32}, %arg78: tensor<8192x2048xf32> {tf.aliasing_output = 46 : i32}, %arg79: tensor<8192x2048xf32> {tf.aliasing_output = 47 : i32}, %arg80: tensor<8192x2048xf32> {tf.aliasing_output = 48 : i32}, %arg81: tensor<8192x2048xf32> {tf.aliasing_output = 49 : i32}, %arg82: tensor<8192x2048xf32> {tf.aliasing_output = 50 : i32}, %arg83: tensor<8192x2048xf32> {tf.aliasing_output = 51 : i32}, %arg84: tensor<8192x2048xf32> {tf.aliasing_output = 52 : i32}, %arg85: tensor<8192x2048xf32> {tf.aliasing_output = 53 : i32}, %arg86: tensor<8192x2048xf32> {tf.aliasing_output = 54 : i32}, %arg87: tensor<8192x2048xf32> {tf.aliasing_output = 55 : i32}, %arg88: tensor<8192x2048xf32> {tf.aliasing_output = 56 : i32}, %arg89: tensor<8192x2048xf32> {tf.aliasing_output = 57 : i32}, %arg90: tensor<8192x2048xf32> {tf.aliasing_output = 58 : i32}, %arg91: tensor<8192x2048xf32> {tf.aliasing_output = 59 : i32}, %arg92: tensor<8192x2048xf32> {tf.aliasing_output = 60 : i32}, %arg93: tensor<8192x2048xf32> {tf.aliasing_output = 61 : i32}, %arg94: tensor<8192x2048xf32> {tf.aliasing_output = 62 : i32}, %arg95: tensor<8192x2048xf32> {tf.aliasing_output = 63 : i32}, %arg96: tensor<f32>, %arg97: tensor<f32>) -> (tensor<8192x2048xf32> {jax.result_info = "model.layers.0.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.0.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.1.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.1.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.2.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.2.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.3.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.3.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.4.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.4.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.5.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.5.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.6.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.6.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.7.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.7.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.8.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.8.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.9.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.9.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.10.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.10.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.11.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.11.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.12.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.12.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.13.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.13.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.14.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.14.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.15.mlp.gate_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.15.mlp.up_proj.weight"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.0.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.0.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.1.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.1.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.2.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.2.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.3.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.3.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.4.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.4.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.5.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.5.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.6.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.6.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.7.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.7.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.8.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.8.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.9.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.9.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.10.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.10.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.11.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.11.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.12.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.12.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.13.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.13.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.14.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.14.mlp.up_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.15.mlp.gate_proj.weight.momentum"}, tensor<8192x2048xf32> {jax.result_info = "model.layers.15.mlp.up_proj.weight.momentum"}) {
    %cst = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %0 = stablehlo.multiply %arg64, %cst : tensor<8192x2048xf32>
    %1 = stablehlo.add %0, %arg32 : tensor<8192x2048xf32>
    %cst_0 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %2 = stablehlo.multiply %1, %cst_0 : tensor<8192x2048xf32>
    %3 = stablehlo.add %arg32, %2 : tensor<8192x2048xf32>
    %4 = stablehlo.reshape %3 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_1 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %5 = stablehlo.multiply %arg65, %cst_1 : tensor<8192x2048xf32>
    %6 = stablehlo.add %5, %arg33 : tensor<8192x2048xf32>
    %cst_2 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %7 = stablehlo.multiply %6, %cst_2 : tensor<8192x2048xf32>
    %8 = stablehlo.add %arg33, %7 : tensor<8192x2048xf32>
    %9 = stablehlo.reshape %8 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_3 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %10 = stablehlo.multiply %arg66, %cst_3 : tensor<8192x2048xf32>
    %11 = stablehlo.add %10, %arg34 : tensor<8192x2048xf32>
    %cst_4 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %12 = stablehlo.multiply %11, %cst_4 : tensor<8192x2048xf32>
    %13 = stablehlo.add %arg34, %12 : tensor<8192x2048xf32>
    %14 = stablehlo.reshape %13 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_5 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %15 = stablehlo.multiply %arg67, %cst_5 : tensor<8192x2048xf32>
    %16 = stablehlo.add %15, %arg35 : tensor<8192x2048xf32>
    %cst_6 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %17 = stablehlo.multiply %16, %cst_6 : tensor<8192x2048xf32>
    %18 = stablehlo.add %arg35, %17 : tensor<8192x2048xf32>
    %19 = stablehlo.reshape %18 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_7 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %20 = stablehlo.multiply %arg68, %cst_7 : tensor<8192x2048xf32>
    %21 = stablehlo.add %20, %arg36 : tensor<8192x2048xf32>
    %cst_8 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %22 = stablehlo.multiply %21, %cst_8 : tensor<8192x2048xf32>
    %23 = stablehlo.add %arg36, %22 : tensor<8192x2048xf32>
    %24 = stablehlo.reshape %23 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_9 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %25 = stablehlo.multiply %arg69, %cst_9 : tensor<8192x2048xf32>
    %26 = stablehlo.add %25, %arg37 : tensor<8192x2048xf32>
    %cst_10 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %27 = stablehlo.multiply %26, %cst_10 : tensor<8192x2048xf32>
    %28 = stablehlo.add %arg37, %27 : tensor<8192x2048xf32>
    %29 = stablehlo.reshape %28 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_11 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %30 = stablehlo.multiply %arg70, %cst_11 : tensor<8192x2048xf32>
    %31 = stablehlo.add %30, %arg38 : tensor<8192x2048xf32>
    %cst_12 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %32 = stablehlo.multiply %31, %cst_12 : tensor<8192x2048xf32>
    %33 = stablehlo.add %arg38, %32 : tensor<8192x2048xf32>
    %34 = stablehlo.reshape %33 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_13 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %35 = stablehlo.multiply %arg71, %cst_13 : tensor<8192x2048xf32>
    %36 = stablehlo.add %35, %arg39 : tensor<8192x2048xf32>
    %cst_14 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %37 = stablehlo.multiply %36, %cst_14 : tensor<8192x2048xf32>
    %38 = stablehlo.add %arg39, %37 : tensor<8192x2048xf32>
    %39 = stablehlo.reshape %38 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_15 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %40 = stablehlo.multiply %arg72, %cst_15 : tensor<8192x2048xf32>
    %41 = stablehlo.add %40, %arg40 : tensor<8192x2048xf32>
    %cst_16 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %42 = stablehlo.multiply %41, %cst_16 : tensor<8192x2048xf32>
    %43 = stablehlo.add %arg40, %42 : tensor<8192x2048xf32>
    %44 = stablehlo.reshape %43 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_17 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %45 = stablehlo.multiply %arg73, %cst_17 : tensor<8192x2048xf32>
    %46 = stablehlo.add %45, %arg41 : tensor<8192x2048xf32>
    %cst_18 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %47 = stablehlo.multiply %46, %cst_18 : tensor<8192x2048xf32>
    %48 = stablehlo.add %arg41, %47 : tensor<8192x2048xf32>
    %49 = stablehlo.reshape %48 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_19 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %50 = stablehlo.multiply %arg74, %cst_19 : tensor<8192x2048xf32>
    %51 = stablehlo.add %50, %arg42 : tensor<8192x2048xf32>
    %cst_20 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %52 = stablehlo.multiply %51, %cst_20 : tensor<8192x2048xf32>
    %53 = stablehlo.add %arg42, %52 : tensor<8192x2048xf32>
    %54 = stablehlo.reshape %53 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_21 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %55 = stablehlo.multiply %arg75, %cst_21 : tensor<8192x2048xf32>
    %56 = stablehlo.add %55, %arg43 : tensor<8192x2048xf32>
    %cst_22 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %57 = stablehlo.multiply %56, %cst_22 : tensor<8192x2048xf32>
    %58 = stablehlo.add %arg43, %57 : tensor<8192x2048xf32>
    %59 = stablehlo.reshape %58 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_23 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %60 = stablehlo.multiply %arg76, %cst_23 : tensor<8192x2048xf32>
    %61 = stablehlo.add %60, %arg44 : tensor<8192x2048xf32>
    %cst_24 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %62 = stablehlo.multiply %61, %cst_24 : tensor<8192x2048xf32>
    %63 = stablehlo.add %arg44, %62 : tensor<8192x2048xf32>
    %64 = stablehlo.reshape %63 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_25 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %65 = stablehlo.multiply %arg77, %cst_25 : tensor<8192x2048xf32>
    %66 = stablehlo.add %65, %arg45 : tensor<8192x2048xf32>
    %cst_26 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %67 = stablehlo.multiply %66, %cst_26 : tensor<8192x2048xf32>
    %68 = stablehlo.add %arg45, %67 : tensor<8192x2048xf32>
    %69 = stablehlo.reshape %68 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_27 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %70 = stablehlo.multiply %arg78, %cst_27 : tensor<8192x2048xf32>
    %71 = stablehlo.add %70, %arg46 : tensor<8192x2048xf32>
    %cst_28 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %72 = stablehlo.multiply %71, %cst_28 : tensor<8192x2048xf32>
    %73 = stablehlo.add %arg46, %72 : tensor<8192x2048xf32>
    %74 = stablehlo.reshape %73 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_29 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %75 = stablehlo.multiply %arg79, %cst_29 : tensor<8192x2048xf32>
    %76 = stablehlo.add %75, %arg47 : tensor<8192x2048xf32>
    %cst_30 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %77 = stablehlo.multiply %76, %cst_30 : tensor<8192x2048xf32>
    %78 = stablehlo.add %arg47, %77 : tensor<8192x2048xf32>
    %79 = stablehlo.reshape %78 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_31 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %80 = stablehlo.multiply %arg80, %cst_31 : tensor<8192x2048xf32>
    %81 = stablehlo.add %80, %arg48 : tensor<8192x2048xf32>
    %cst_32 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %82 = stablehlo.multiply %81, %cst_32 : tensor<8192x2048xf32>
    %83 = stablehlo.add %arg48, %82 : tensor<8192x2048xf32>
    %84 = stablehlo.reshape %83 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_33 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %85 = stablehlo.multiply %arg81, %cst_33 : tensor<8192x2048xf32>
    %86 = stablehlo.add %85, %arg49 : tensor<8192x2048xf32>
    %cst_34 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %87 = stablehlo.multiply %86, %cst_34 : tensor<8192x2048xf32>
    %88 = stablehlo.add %arg49, %87 : tensor<8192x2048xf32>
    %89 = stablehlo.reshape %88 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_35 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %90 = stablehlo.multiply %arg82, %cst_35 : tensor<8192x2048xf32>
    %91 = stablehlo.add %90, %arg50 : tensor<8192x2048xf32>
    %cst_36 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %92 = stablehlo.multiply %91, %cst_36 : tensor<8192x2048xf32>
    %93 = stablehlo.add %arg50, %92 : tensor<8192x2048xf32>
    %94 = stablehlo.reshape %93 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_37 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %95 = stablehlo.multiply %arg83, %cst_37 : tensor<8192x2048xf32>
    %96 = stablehlo.add %95, %arg51 : tensor<8192x2048xf32>
    %cst_38 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %97 = stablehlo.multiply %96, %cst_38 : tensor<8192x2048xf32>
    %98 = stablehlo.add %arg51, %97 : tensor<8192x2048xf32>
    %99 = stablehlo.reshape %98 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_39 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %100 = stablehlo.multiply %arg84, %cst_39 : tensor<8192x2048xf32>
    %101 = stablehlo.add %100, %arg52 : tensor<8192x2048xf32>
    %cst_40 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %102 = stablehlo.multiply %101, %cst_40 : tensor<8192x2048xf32>
    %103 = stablehlo.add %arg52, %102 : tensor<8192x2048xf32>
    %104 = stablehlo.reshape %103 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_41 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %105 = stablehlo.multiply %arg85, %cst_41 : tensor<8192x2048xf32>
    %106 = stablehlo.add %105, %arg53 : tensor<8192x2048xf32>
    %cst_42 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %107 = stablehlo.multiply %106, %cst_42 : tensor<8192x2048xf32>
    %108 = stablehlo.add %arg53, %107 : tensor<8192x2048xf32>
    %109 = stablehlo.reshape %108 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_43 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %110 = stablehlo.multiply %arg86, %cst_43 : tensor<8192x2048xf32>
    %111 = stablehlo.add %110, %arg54 : tensor<8192x2048xf32>
    %cst_44 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %112 = stablehlo.multiply %111, %cst_44 : tensor<8192x2048xf32>
    %113 = stablehlo.add %arg54, %112 : tensor<8192x2048xf32>
    %114 = stablehlo.reshape %113 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_45 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %115 = stablehlo.multiply %arg87, %cst_45 : tensor<8192x2048xf32>
    %116 = stablehlo.add %115, %arg55 : tensor<8192x2048xf32>
    %cst_46 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %117 = stablehlo.multiply %116, %cst_46 : tensor<8192x2048xf32>
    %118 = stablehlo.add %arg55, %117 : tensor<8192x2048xf32>
    %119 = stablehlo.reshape %118 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_47 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %120 = stablehlo.multiply %arg88, %cst_47 : tensor<8192x2048xf32>
    %121 = stablehlo.add %120, %arg56 : tensor<8192x2048xf32>
    %cst_48 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %122 = stablehlo.multiply %121, %cst_48 : tensor<8192x2048xf32>
    %123 = stablehlo.add %arg56, %122 : tensor<8192x2048xf32>
    %124 = stablehlo.reshape %123 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_49 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %125 = stablehlo.multiply %arg89, %cst_49 : tensor<8192x2048xf32>
    %126 = stablehlo.add %125, %arg57 : tensor<8192x2048xf32>
    %cst_50 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %127 = stablehlo.multiply %126, %cst_50 : tensor<8192x2048xf32>
    %128 = stablehlo.add %arg57, %127 : tensor<8192x2048xf32>
    %129 = stablehlo.reshape %128 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_51 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %130 = stablehlo.multiply %arg90, %cst_51 : tensor<8192x2048xf32>
    %131 = stablehlo.add %130, %arg58 : tensor<8192x2048xf32>
    %cst_52 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %132 = stablehlo.multiply %131, %cst_52 : tensor<8192x2048xf32>
    %133 = stablehlo.add %arg58, %132 : tensor<8192x2048xf32>
    %134 = stablehlo.reshape %133 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_53 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %135 = stablehlo.multiply %arg91, %cst_53 : tensor<8192x2048xf32>
    %136 = stablehlo.add %135, %arg59 : tensor<8192x2048xf32>
    %cst_54 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %137 = stablehlo.multiply %136, %cst_54 : tensor<8192x2048xf32>
    %138 = stablehlo.add %arg59, %137 : tensor<8192x2048xf32>
    %139 = stablehlo.reshape %138 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_55 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %140 = stablehlo.multiply %arg92, %cst_55 : tensor<8192x2048xf32>
    %141 = stablehlo.add %140, %arg60 : tensor<8192x2048xf32>
    %cst_56 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %142 = stablehlo.multiply %141, %cst_56 : tensor<8192x2048xf32>
    %143 = stablehlo.add %arg60, %142 : tensor<8192x2048xf32>
    %144 = stablehlo.reshape %143 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_57 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %145 = stablehlo.multiply %arg93, %cst_57 : tensor<8192x2048xf32>
    %146 = stablehlo.add %145, %arg61 : tensor<8192x2048xf32>
    %cst_58 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %147 = stablehlo.multiply %146, %cst_58 : tensor<8192x2048xf32>
    %148 = stablehlo.add %arg61, %147 : tensor<8192x2048xf32>
    %149 = stablehlo.reshape %148 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_59 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %150 = stablehlo.multiply %arg94, %cst_59 : tensor<8192x2048xf32>
    %151 = stablehlo.add %150, %arg62 : tensor<8192x2048xf32>
    %cst_60 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %152 = stablehlo.multiply %151, %cst_60 : tensor<8192x2048xf32>
    %153 = stablehlo.add %arg62, %152 : tensor<8192x2048xf32>
    %154 = stablehlo.reshape %153 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %cst_61 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %155 = stablehlo.multiply %arg95, %cst_61 : tensor<8192x2048xf32>
    %156 = stablehlo.add %155, %arg63 : tensor<8192x2048xf32>
    %cst_62 = stablehlo.constant dense<9.500000e-01> : tensor<8192x2048xf32>
    %157 = stablehlo.multiply %156, %cst_62 : tensor<8192x2048xf32>
    %158 = stablehlo.add %arg63, %157 : tensor<8192x2048xf32>
    %159 = stablehlo.reshape %158 : (tensor<8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %160 = stablehlo.concatenate %4, %9, %14, %19, %24, %29, %34, %39, %44, %49, %54, %59, %64, %69, %74, %79, %84, %89, %94, %99, %104, %109, %114, %119, %124, %129, %134, %139, %144, %149, %154, %159, dim = 0 : (tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>, tensor<1x8192x2048xf32>) -> tensor<32x8192x2048xf32>
    %161 = stablehlo.convert %160 : (tensor<32x8192x2048xf32>) -> tensor<32x8192x2048xbf16>
    %162 = stablehlo.convert %161 : (tensor<32x8192x2048xbf16>) -> tensor<32x8192x2048xf32>
    %163 = stablehlo.dot_general %162, %162, batching_dims = [0, 1] x [0, 1], contracting_dims = [2] x [2], precision = [HIGHEST, HIGHEST] : (tensor<32x8192x2048xf32>, tensor<32x8192x2048xf32>) -> tensor<32x8192xf32>
    %cst_63 = stablehlo.constant dense<1.000000e+00> : tensor<32x8192xf32>
    %164 = stablehlo.dot_general %163, %cst_63, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<32x8192xf32>, tensor<32x8192xf32>) -> tensor<32xf32>
    %165 = stablehlo.sqrt %164 : tensor<32xf32>
    %166 = stablehlo.reshape %165 : (tensor<32xf32>) -> tensor<32x1x1xf32>
    %167 = stablehlo.convert %166 : (tensor<32x1x1xf32>) -> tensor<32x1x1xbf16>
    %cst_64 = stablehlo.constant dense<1.001172e-07> : tensor<32x1x1xbf16>
    %168 = stablehlo.add %167, %cst_64 : tensor<32x1x1xbf16>
    %169 = stablehlo.broadcast_in_dim %168, dims = [0, 1, 2] : (tensor<32x1x1xbf16>) -> tensor<32x8192x2048xbf16>
    %170 = stablehlo.divide %161, %169 : tensor<32x8192x2048xbf16>
    %171 = stablehlo.transpose %170, dims = [0, 2, 1] : (tensor<32x8192x2048xbf16>) -> tensor<32x2048x8192xbf16>
    %172 = stablehlo.dot_general %171, %171, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x8192xbf16>, tensor<32x2048x8192xbf16>) -> tensor<32x2048x2048xbf16>
    %173 = stablehlo.convert %172 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_65 = stablehlo.constant dense<2.031500e+00> : tensor<32x2048x2048xf32>
    %174 = stablehlo.multiply %173, %cst_65 : tensor<32x2048x2048xf32>
    %175 = stablehlo.convert %174 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %176 = stablehlo.dot_general %175, %172, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %177 = stablehlo.convert %172 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_66 = stablehlo.constant dense<-4.775000e+00> : tensor<32x2048x2048xf32>
    %178 = stablehlo.multiply %177, %cst_66 : tensor<32x2048x2048xf32>
    %179 = stablehlo.convert %178 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %180 = stablehlo.add %179, %176 : tensor<32x2048x2048xbf16>
    %181 = stablehlo.dot_general %180, %171, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x8192xbf16>) -> tensor<32x2048x8192xbf16>
    %182 = stablehlo.convert %171 : (tensor<32x2048x8192xbf16>) -> tensor<32x2048x8192xf32>
    %cst_67 = stablehlo.constant dense<3.444500e+00> : tensor<32x2048x8192xf32>
    %183 = stablehlo.multiply %182, %cst_67 : tensor<32x2048x8192xf32>
    %184 = stablehlo.convert %183 : (tensor<32x2048x8192xf32>) -> tensor<32x2048x8192xbf16>
    %185 = stablehlo.add %184, %181 : tensor<32x2048x8192xbf16>
    %186 = stablehlo.dot_general %185, %185, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x8192xbf16>, tensor<32x2048x8192xbf16>) -> tensor<32x2048x2048xbf16>
    %187 = stablehlo.convert %186 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_68 = stablehlo.constant dense<2.031500e+00> : tensor<32x2048x2048xf32>
    %188 = stablehlo.multiply %187, %cst_68 : tensor<32x2048x2048xf32>
    %189 = stablehlo.convert %188 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %190 = stablehlo.dot_general %189, %186, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %191 = stablehlo.convert %186 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_69 = stablehlo.constant dense<-4.775000e+00> : tensor<32x2048x2048xf32>
    %192 = stablehlo.multiply %191, %cst_69 : tensor<32x2048x2048xf32>
    %193 = stablehlo.convert %192 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %194 = stablehlo.add %193, %190 : tensor<32x2048x2048xbf16>
    %195 = stablehlo.dot_general %194, %185, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x8192xbf16>) -> tensor<32x2048x8192xbf16>
    %196 = stablehlo.convert %185 : (tensor<32x2048x8192xbf16>) -> tensor<32x2048x8192xf32>
    %cst_70 = stablehlo.constant dense<3.444500e+00> : tensor<32x2048x8192xf32>
    %197 = stablehlo.multiply %196, %cst_70 : tensor<32x2048x8192xf32>
    %198 = stablehlo.convert %197 : (tensor<32x2048x8192xf32>) -> tensor<32x2048x8192xbf16>
    %199 = stablehlo.add %198, %195 : tensor<32x2048x8192xbf16>
    %200 = stablehlo.dot_general %199, %199, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x8192xbf16>, tensor<32x2048x8192xbf16>) -> tensor<32x2048x2048xbf16>
    %201 = stablehlo.convert %200 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_71 = stablehlo.constant dense<2.031500e+00> : tensor<32x2048x2048xf32>
    %202 = stablehlo.multiply %201, %cst_71 : tensor<32x2048x2048xf32>
    %203 = stablehlo.convert %202 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %204 = stablehlo.dot_general %203, %200, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %205 = stablehlo.convert %200 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_72 = stablehlo.constant dense<-4.775000e+00> : tensor<32x2048x2048xf32>
    %206 = stablehlo.multiply %205, %cst_72 : tensor<32x2048x2048xf32>
    %207 = stablehlo.convert %206 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %208 = stablehlo.add %207, %204 : tensor<32x2048x2048xbf16>
    %209 = stablehlo.dot_general %208, %199, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x8192xbf16>) -> tensor<32x2048x8192xbf16>
    %210 = stablehlo.convert %199 : (tensor<32x2048x8192xbf16>) -> tensor<32x2048x8192xf32>
    %cst_73 = stablehlo.constant dense<3.444500e+00> : tensor<32x2048x8192xf32>
    %211 = stablehlo.multiply %210, %cst_73 : tensor<32x2048x8192xf32>
    %212 = stablehlo.convert %211 : (tensor<32x2048x8192xf32>) -> tensor<32x2048x8192xbf16>
    %213 = stablehlo.add %212, %209 : tensor<32x2048x8192xbf16>
    %214 = stablehlo.dot_general %213, %213, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x8192xbf16>, tensor<32x2048x8192xbf16>) -> tensor<32x2048x2048xbf16>
    %215 = stablehlo.convert %214 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_74 = stablehlo.constant dense<2.031500e+00> : tensor<32x2048x2048xf32>
    %216 = stablehlo.multiply %215, %cst_74 : tensor<32x2048x2048xf32>
    %217 = stablehlo.convert %216 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %218 = stablehlo.dot_general %217, %214, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %219 = stablehlo.convert %214 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_75 = stablehlo.constant dense<-4.775000e+00> : tensor<32x2048x2048xf32>
    %220 = stablehlo.multiply %219, %cst_75 : tensor<32x2048x2048xf32>
    %221 = stablehlo.convert %220 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %222 = stablehlo.add %221, %218 : tensor<32x2048x2048xbf16>
    %223 = stablehlo.dot_general %222, %213, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x8192xbf16>) -> tensor<32x2048x8192xbf16>
    %224 = stablehlo.convert %213 : (tensor<32x2048x8192xbf16>) -> tensor<32x2048x8192xf32>
    %cst_76 = stablehlo.constant dense<3.444500e+00> : tensor<32x2048x8192xf32>
    %225 = stablehlo.multiply %224, %cst_76 : tensor<32x2048x8192xf32>
    %226 = stablehlo.convert %225 : (tensor<32x2048x8192xf32>) -> tensor<32x2048x8192xbf16>
    %227 = stablehlo.add %226, %223 : tensor<32x2048x8192xbf16>
    %228 = stablehlo.dot_general %227, %227, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x8192xbf16>, tensor<32x2048x8192xbf16>) -> tensor<32x2048x2048xbf16>
    %229 = stablehlo.convert %228 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_77 = stablehlo.constant dense<2.031500e+00> : tensor<32x2048x2048xf32>
    %230 = stablehlo.multiply %229, %cst_77 : tensor<32x2048x2048xf32>
    %231 = stablehlo.convert %230 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %232 = stablehlo.dot_general %231, %228, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %233 = stablehlo.convert %228 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_78 = stablehlo.constant dense<-4.775000e+00> : tensor<32x2048x2048xf32>
    %234 = stablehlo.multiply %233, %cst_78 : tensor<32x2048x2048xf32>
    %235 = stablehlo.convert %234 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %236 = stablehlo.add %235, %232 : tensor<32x2048x2048xbf16>
    %237 = stablehlo.dot_general %236, %227, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x8192xbf16>) -> tensor<32x2048x8192xbf16>
    %238 = stablehlo.convert %227 : (tensor<32x2048x8192xbf16>) -> tensor<32x2048x8192xf32>
    %cst_79 = stablehlo.constant dense<3.444500e+00> : tensor<32x2048x8192xf32>
    %239 = stablehlo.multiply %238, %cst_79 : tensor<32x2048x8192xf32>
    %240 = stablehlo.convert %239 : (tensor<32x2048x8192xf32>) -> tensor<32x2048x8192xbf16>
    %241 = stablehlo.add %240, %237 : tensor<32x2048x8192xbf16>
    %242 = stablehlo.transpose %241, dims = [0, 2, 1] : (tensor<32x2048x8192xbf16>) -> tensor<32x8192x2048xbf16>
    %243 = stablehlo.convert %242 : (tensor<32x8192x2048xbf16>) -> tensor<32x8192x2048xf32>
    %244 = stablehlo.slice %243 [0:1, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %245 = stablehlo.reshape %244 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_80 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %246 = stablehlo.multiply %arg96, %cst_80 : tensor<f32>
    %cst_81 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %247 = stablehlo.subtract %cst_81, %246 : tensor<f32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %249 = stablehlo.multiply %arg0, %248 : tensor<8192x2048xf32>
    %cst_82 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %250 = stablehlo.multiply %arg96, %cst_82 : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %252 = stablehlo.multiply %245, %251 : tensor<8192x2048xf32>
    %253 = stablehlo.subtract %249, %252 : tensor<8192x2048xf32>
    %254 = stablehlo.slice %243 [1:2, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %255 = stablehlo.reshape %254 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_83 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %256 = stablehlo.multiply %arg96, %cst_83 : tensor<f32>
    %cst_84 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %257 = stablehlo.subtract %cst_84, %256 : tensor<f32>
    %258 = stablehlo.broadcast_in_dim %257, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %259 = stablehlo.multiply %arg1, %258 : tensor<8192x2048xf32>
    %cst_85 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %260 = stablehlo.multiply %arg96, %cst_85 : tensor<f32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %262 = stablehlo.multiply %255, %261 : tensor<8192x2048xf32>
    %263 = stablehlo.subtract %259, %262 : tensor<8192x2048xf32>
    %264 = stablehlo.slice %243 [2:3, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %265 = stablehlo.reshape %264 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_86 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %266 = stablehlo.multiply %arg96, %cst_86 : tensor<f32>
    %cst_87 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %267 = stablehlo.subtract %cst_87, %266 : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %269 = stablehlo.multiply %arg2, %268 : tensor<8192x2048xf32>
    %cst_88 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %270 = stablehlo.multiply %arg96, %cst_88 : tensor<f32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %272 = stablehlo.multiply %265, %271 : tensor<8192x2048xf32>
    %273 = stablehlo.subtract %269, %272 : tensor<8192x2048xf32>
    %274 = stablehlo.slice %243 [3:4, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %275 = stablehlo.reshape %274 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_89 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %276 = stablehlo.multiply %arg96, %cst_89 : tensor<f32>
    %cst_90 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %277 = stablehlo.subtract %cst_90, %276 : tensor<f32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %279 = stablehlo.multiply %arg3, %278 : tensor<8192x2048xf32>
    %cst_91 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %280 = stablehlo.multiply %arg96, %cst_91 : tensor<f32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %282 = stablehlo.multiply %275, %281 : tensor<8192x2048xf32>
    %283 = stablehlo.subtract %279, %282 : tensor<8192x2048xf32>
    %284 = stablehlo.slice %243 [4:5, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %285 = stablehlo.reshape %284 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_92 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %286 = stablehlo.multiply %arg96, %cst_92 : tensor<f32>
    %cst_93 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %287 = stablehlo.subtract %cst_93, %286 : tensor<f32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %289 = stablehlo.multiply %arg4, %288 : tensor<8192x2048xf32>
    %cst_94 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %290 = stablehlo.multiply %arg96, %cst_94 : tensor<f32>
    %291 = stablehlo.broadcast_in_dim %290, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %292 = stablehlo.multiply %285, %291 : tensor<8192x2048xf32>
    %293 = stablehlo.subtract %289, %292 : tensor<8192x2048xf32>
    %294 = stablehlo.slice %243 [5:6, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %295 = stablehlo.reshape %294 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_95 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %296 = stablehlo.multiply %arg96, %cst_95 : tensor<f32>
    %cst_96 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %297 = stablehlo.subtract %cst_96, %296 : tensor<f32>
    %298 = stablehlo.broadcast_in_dim %297, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %299 = stablehlo.multiply %arg5, %298 : tensor<8192x2048xf32>
    %cst_97 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %300 = stablehlo.multiply %arg96, %cst_97 : tensor<f32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %302 = stablehlo.multiply %295, %301 : tensor<8192x2048xf32>
    %303 = stablehlo.subtract %299, %302 : tensor<8192x2048xf32>
    %304 = stablehlo.slice %243 [6:7, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %305 = stablehlo.reshape %304 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_98 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %306 = stablehlo.multiply %arg96, %cst_98 : tensor<f32>
    %cst_99 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %307 = stablehlo.subtract %cst_99, %306 : tensor<f32>
    %308 = stablehlo.broadcast_in_dim %307, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %309 = stablehlo.multiply %arg6, %308 : tensor<8192x2048xf32>
    %cst_100 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %310 = stablehlo.multiply %arg96, %cst_100 : tensor<f32>
    %311 = stablehlo.broadcast_in_dim %310, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %312 = stablehlo.multiply %305, %311 : tensor<8192x2048xf32>
    %313 = stablehlo.subtract %309, %312 : tensor<8192x2048xf32>
    %314 = stablehlo.slice %243 [7:8, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %315 = stablehlo.reshape %314 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_101 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %316 = stablehlo.multiply %arg96, %cst_101 : tensor<f32>
    %cst_102 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %317 = stablehlo.subtract %cst_102, %316 : tensor<f32>
    %318 = stablehlo.broadcast_in_dim %317, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %319 = stablehlo.multiply %arg7, %318 : tensor<8192x2048xf32>
    %cst_103 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %320 = stablehlo.multiply %arg96, %cst_103 : tensor<f32>
    %321 = stablehlo.broadcast_in_dim %320, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %322 = stablehlo.multiply %315, %321 : tensor<8192x2048xf32>
    %323 = stablehlo.subtract %319, %322 : tensor<8192x2048xf32>
    %324 = stablehlo.slice %243 [8:9, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %325 = stablehlo.reshape %324 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_104 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %326 = stablehlo.multiply %arg96, %cst_104 : tensor<f32>
    %cst_105 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %327 = stablehlo.subtract %cst_105, %326 : tensor<f32>
    %328 = stablehlo.broadcast_in_dim %327, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %329 = stablehlo.multiply %arg8, %328 : tensor<8192x2048xf32>
    %cst_106 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %330 = stablehlo.multiply %arg96, %cst_106 : tensor<f32>
    %331 = stablehlo.broadcast_in_dim %330, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %332 = stablehlo.multiply %325, %331 : tensor<8192x2048xf32>
    %333 = stablehlo.subtract %329, %332 : tensor<8192x2048xf32>
    %334 = stablehlo.slice %243 [9:10, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %335 = stablehlo.reshape %334 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_107 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %336 = stablehlo.multiply %arg96, %cst_107 : tensor<f32>
    %cst_108 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %337 = stablehlo.subtract %cst_108, %336 : tensor<f32>
    %338 = stablehlo.broadcast_in_dim %337, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %339 = stablehlo.multiply %arg9, %338 : tensor<8192x2048xf32>
    %cst_109 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %340 = stablehlo.multiply %arg96, %cst_109 : tensor<f32>
    %341 = stablehlo.broadcast_in_dim %340, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %342 = stablehlo.multiply %335, %341 : tensor<8192x2048xf32>
    %343 = stablehlo.subtract %339, %342 : tensor<8192x2048xf32>
    %344 = stablehlo.slice %243 [10:11, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %345 = stablehlo.reshape %344 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_110 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %346 = stablehlo.multiply %arg96, %cst_110 : tensor<f32>
    %cst_111 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %347 = stablehlo.subtract %cst_111, %346 : tensor<f32>
    %348 = stablehlo.broadcast_in_dim %347, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %349 = stablehlo.multiply %arg10, %348 : tensor<8192x2048xf32>
    %cst_112 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %350 = stablehlo.multiply %arg96, %cst_112 : tensor<f32>
    %351 = stablehlo.broadcast_in_dim %350, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %352 = stablehlo.multiply %345, %351 : tensor<8192x2048xf32>
    %353 = stablehlo.subtract %349, %352 : tensor<8192x2048xf32>
    %354 = stablehlo.slice %243 [11:12, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %355 = stablehlo.reshape %354 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_113 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %356 = stablehlo.multiply %arg96, %cst_113 : tensor<f32>
    %cst_114 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %357 = stablehlo.subtract %cst_114, %356 : tensor<f32>
    %358 = stablehlo.broadcast_in_dim %357, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %359 = stablehlo.multiply %arg11, %358 : tensor<8192x2048xf32>
    %cst_115 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %360 = stablehlo.multiply %arg96, %cst_115 : tensor<f32>
    %361 = stablehlo.broadcast_in_dim %360, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %362 = stablehlo.multiply %355, %361 : tensor<8192x2048xf32>
    %363 = stablehlo.subtract %359, %362 : tensor<8192x2048xf32>
    %364 = stablehlo.slice %243 [12:13, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %365 = stablehlo.reshape %364 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_116 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %366 = stablehlo.multiply %arg96, %cst_116 : tensor<f32>
    %cst_117 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %367 = stablehlo.subtract %cst_117, %366 : tensor<f32>
    %368 = stablehlo.broadcast_in_dim %367, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %369 = stablehlo.multiply %arg12, %368 : tensor<8192x2048xf32>
    %cst_118 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %370 = stablehlo.multiply %arg96, %cst_118 : tensor<f32>
    %371 = stablehlo.broadcast_in_dim %370, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %372 = stablehlo.multiply %365, %371 : tensor<8192x2048xf32>
    %373 = stablehlo.subtract %369, %372 : tensor<8192x2048xf32>
    %374 = stablehlo.slice %243 [13:14, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %375 = stablehlo.reshape %374 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_119 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %376 = stablehlo.multiply %arg96, %cst_119 : tensor<f32>
    %cst_120 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %377 = stablehlo.subtract %cst_120, %376 : tensor<f32>
    %378 = stablehlo.broadcast_in_dim %377, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %379 = stablehlo.multiply %arg13, %378 : tensor<8192x2048xf32>
    %cst_121 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %380 = stablehlo.multiply %arg96, %cst_121 : tensor<f32>
    %381 = stablehlo.broadcast_in_dim %380, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %382 = stablehlo.multiply %375, %381 : tensor<8192x2048xf32>
    %383 = stablehlo.subtract %379, %382 : tensor<8192x2048xf32>
    %384 = stablehlo.slice %243 [14:15, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %385 = stablehlo.reshape %384 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_122 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %386 = stablehlo.multiply %arg96, %cst_122 : tensor<f32>
    %cst_123 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %387 = stablehlo.subtract %cst_123, %386 : tensor<f32>
    %388 = stablehlo.broadcast_in_dim %387, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %389 = stablehlo.multiply %arg14, %388 : tensor<8192x2048xf32>
    %cst_124 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %390 = stablehlo.multiply %arg96, %cst_124 : tensor<f32>
    %391 = stablehlo.broadcast_in_dim %390, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %392 = stablehlo.multiply %385, %391 : tensor<8192x2048xf32>
    %393 = stablehlo.subtract %389, %392 : tensor<8192x2048xf32>
    %394 = stablehlo.slice %243 [15:16, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %395 = stablehlo.reshape %394 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_125 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %396 = stablehlo.multiply %arg96, %cst_125 : tensor<f32>
    %cst_126 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %397 = stablehlo.subtract %cst_126, %396 : tensor<f32>
    %398 = stablehlo.broadcast_in_dim %397, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %399 = stablehlo.multiply %arg15, %398 : tensor<8192x2048xf32>
    %cst_127 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %400 = stablehlo.multiply %arg96, %cst_127 : tensor<f32>
    %401 = stablehlo.broadcast_in_dim %400, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %402 = stablehlo.multiply %395, %401 : tensor<8192x2048xf32>
    %403 = stablehlo.subtract %399, %402 : tensor<8192x2048xf32>
    %404 = stablehlo.slice %243 [16:17, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %405 = stablehlo.reshape %404 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_128 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %406 = stablehlo.multiply %arg96, %cst_128 : tensor<f32>
    %cst_129 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %407 = stablehlo.subtract %cst_129, %406 : tensor<f32>
    %408 = stablehlo.broadcast_in_dim %407, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %409 = stablehlo.multiply %arg16, %408 : tensor<8192x2048xf32>
    %cst_130 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %410 = stablehlo.multiply %arg96, %cst_130 : tensor<f32>
    %411 = stablehlo.broadcast_in_dim %410, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %412 = stablehlo.multiply %405, %411 : tensor<8192x2048xf32>
    %413 = stablehlo.subtract %409, %412 : tensor<8192x2048xf32>
    %414 = stablehlo.slice %243 [17:18, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %415 = stablehlo.reshape %414 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_131 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %416 = stablehlo.multiply %arg96, %cst_131 : tensor<f32>
    %cst_132 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %417 = stablehlo.subtract %cst_132, %416 : tensor<f32>
    %418 = stablehlo.broadcast_in_dim %417, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %419 = stablehlo.multiply %arg17, %418 : tensor<8192x2048xf32>
    %cst_133 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %420 = stablehlo.multiply %arg96, %cst_133 : tensor<f32>
    %421 = stablehlo.broadcast_in_dim %420, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %422 = stablehlo.multiply %415, %421 : tensor<8192x2048xf32>
    %423 = stablehlo.subtract %419, %422 : tensor<8192x2048xf32>
    %424 = stablehlo.slice %243 [18:19, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %425 = stablehlo.reshape %424 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_134 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %426 = stablehlo.multiply %arg96, %cst_134 : tensor<f32>
    %cst_135 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %427 = stablehlo.subtract %cst_135, %426 : tensor<f32>
    %428 = stablehlo.broadcast_in_dim %427, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %429 = stablehlo.multiply %arg18, %428 : tensor<8192x2048xf32>
    %cst_136 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %430 = stablehlo.multiply %arg96, %cst_136 : tensor<f32>
    %431 = stablehlo.broadcast_in_dim %430, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %432 = stablehlo.multiply %425, %431 : tensor<8192x2048xf32>
    %433 = stablehlo.subtract %429, %432 : tensor<8192x2048xf32>
    %434 = stablehlo.slice %243 [19:20, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %435 = stablehlo.reshape %434 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_137 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %436 = stablehlo.multiply %arg96, %cst_137 : tensor<f32>
    %cst_138 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %437 = stablehlo.subtract %cst_138, %436 : tensor<f32>
    %438 = stablehlo.broadcast_in_dim %437, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %439 = stablehlo.multiply %arg19, %438 : tensor<8192x2048xf32>
    %cst_139 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %440 = stablehlo.multiply %arg96, %cst_139 : tensor<f32>
    %441 = stablehlo.broadcast_in_dim %440, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %442 = stablehlo.multiply %435, %441 : tensor<8192x2048xf32>
    %443 = stablehlo.subtract %439, %442 : tensor<8192x2048xf32>
    %444 = stablehlo.slice %243 [20:21, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %445 = stablehlo.reshape %444 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_140 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %446 = stablehlo.multiply %arg96, %cst_140 : tensor<f32>
    %cst_141 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %447 = stablehlo.subtract %cst_141, %446 : tensor<f32>
    %448 = stablehlo.broadcast_in_dim %447, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %449 = stablehlo.multiply %arg20, %448 : tensor<8192x2048xf32>
    %cst_142 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %450 = stablehlo.multiply %arg96, %cst_142 : tensor<f32>
    %451 = stablehlo.broadcast_in_dim %450, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %452 = stablehlo.multiply %445, %451 : tensor<8192x2048xf32>
    %453 = stablehlo.subtract %449, %452 : tensor<8192x2048xf32>
    %454 = stablehlo.slice %243 [21:22, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %455 = stablehlo.reshape %454 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_143 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %456 = stablehlo.multiply %arg96, %cst_143 : tensor<f32>
    %cst_144 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %457 = stablehlo.subtract %cst_144, %456 : tensor<f32>
    %458 = stablehlo.broadcast_in_dim %457, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %459 = stablehlo.multiply %arg21, %458 : tensor<8192x2048xf32>
    %cst_145 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %460 = stablehlo.multiply %arg96, %cst_145 : tensor<f32>
    %461 = stablehlo.broadcast_in_dim %460, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %462 = stablehlo.multiply %455, %461 : tensor<8192x2048xf32>
    %463 = stablehlo.subtract %459, %462 : tensor<8192x2048xf32>
    %464 = stablehlo.slice %243 [22:23, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %465 = stablehlo.reshape %464 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_146 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %466 = stablehlo.multiply %arg96, %cst_146 : tensor<f32>
    %cst_147 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %467 = stablehlo.subtract %cst_147, %466 : tensor<f32>
    %468 = stablehlo.broadcast_in_dim %467, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %469 = stablehlo.multiply %arg22, %468 : tensor<8192x2048xf32>
    %cst_148 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %470 = stablehlo.multiply %arg96, %cst_148 : tensor<f32>
    %471 = stablehlo.broadcast_in_dim %470, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %472 = stablehlo.multiply %465, %471 : tensor<8192x2048xf32>
    %473 = stablehlo.subtract %469, %472 : tensor<8192x2048xf32>
    %474 = stablehlo.slice %243 [23:24, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %475 = stablehlo.reshape %474 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_149 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %476 = stablehlo.multiply %arg96, %cst_149 : tensor<f32>
    %cst_150 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %477 = stablehlo.subtract %cst_150, %476 : tensor<f32>
    %478 = stablehlo.broadcast_in_dim %477, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %479 = stablehlo.multiply %arg23, %478 : tensor<8192x2048xf32>
    %cst_151 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %480 = stablehlo.multiply %arg96, %cst_151 : tensor<f32>
    %481 = stablehlo.broadcast_in_dim %480, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %482 = stablehlo.multiply %475, %481 : tensor<8192x2048xf32>
    %483 = stablehlo.subtract %479, %482 : tensor<8192x2048xf32>
    %484 = stablehlo.slice %243 [24:25, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %485 = stablehlo.reshape %484 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_152 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %486 = stablehlo.multiply %arg96, %cst_152 : tensor<f32>
    %cst_153 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %487 = stablehlo.subtract %cst_153, %486 : tensor<f32>
    %488 = stablehlo.broadcast_in_dim %487, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %489 = stablehlo.multiply %arg24, %488 : tensor<8192x2048xf32>
    %cst_154 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %490 = stablehlo.multiply %arg96, %cst_154 : tensor<f32>
    %491 = stablehlo.broadcast_in_dim %490, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %492 = stablehlo.multiply %485, %491 : tensor<8192x2048xf32>
    %493 = stablehlo.subtract %489, %492 : tensor<8192x2048xf32>
    %494 = stablehlo.slice %243 [25:26, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %495 = stablehlo.reshape %494 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_155 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %496 = stablehlo.multiply %arg96, %cst_155 : tensor<f32>
    %cst_156 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %497 = stablehlo.subtract %cst_156, %496 : tensor<f32>
    %498 = stablehlo.broadcast_in_dim %497, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %499 = stablehlo.multiply %arg25, %498 : tensor<8192x2048xf32>
    %cst_157 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %500 = stablehlo.multiply %arg96, %cst_157 : tensor<f32>
    %501 = stablehlo.broadcast_in_dim %500, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %502 = stablehlo.multiply %495, %501 : tensor<8192x2048xf32>
    %503 = stablehlo.subtract %499, %502 : tensor<8192x2048xf32>
    %504 = stablehlo.slice %243 [26:27, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %505 = stablehlo.reshape %504 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_158 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %506 = stablehlo.multiply %arg96, %cst_158 : tensor<f32>
    %cst_159 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %507 = stablehlo.subtract %cst_159, %506 : tensor<f32>
    %508 = stablehlo.broadcast_in_dim %507, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %509 = stablehlo.multiply %arg26, %508 : tensor<8192x2048xf32>
    %cst_160 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %510 = stablehlo.multiply %arg96, %cst_160 : tensor<f32>
    %511 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %512 = stablehlo.multiply %505, %511 : tensor<8192x2048xf32>
    %513 = stablehlo.subtract %509, %512 : tensor<8192x2048xf32>
    %514 = stablehlo.slice %243 [27:28, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %515 = stablehlo.reshape %514 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_161 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %516 = stablehlo.multiply %arg96, %cst_161 : tensor<f32>
    %cst_162 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %517 = stablehlo.subtract %cst_162, %516 : tensor<f32>
    %518 = stablehlo.broadcast_in_dim %517, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %519 = stablehlo.multiply %arg27, %518 : tensor<8192x2048xf32>
    %cst_163 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %520 = stablehlo.multiply %arg96, %cst_163 : tensor<f32>
    %521 = stablehlo.broadcast_in_dim %520, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %522 = stablehlo.multiply %515, %521 : tensor<8192x2048xf32>
    %523 = stablehlo.subtract %519, %522 : tensor<8192x2048xf32>
    %524 = stablehlo.slice %243 [28:29, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %525 = stablehlo.reshape %524 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_164 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %526 = stablehlo.multiply %arg96, %cst_164 : tensor<f32>
    %cst_165 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %527 = stablehlo.subtract %cst_165, %526 : tensor<f32>
    %528 = stablehlo.broadcast_in_dim %527, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %529 = stablehlo.multiply %arg28, %528 : tensor<8192x2048xf32>
    %cst_166 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %530 = stablehlo.multiply %arg96, %cst_166 : tensor<f32>
    %531 = stablehlo.broadcast_in_dim %530, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %532 = stablehlo.multiply %525, %531 : tensor<8192x2048xf32>
    %533 = stablehlo.subtract %529, %532 : tensor<8192x2048xf32>
    %534 = stablehlo.slice %243 [29:30, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %535 = stablehlo.reshape %534 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_167 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %536 = stablehlo.multiply %arg96, %cst_167 : tensor<f32>
    %cst_168 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %537 = stablehlo.subtract %cst_168, %536 : tensor<f32>
    %538 = stablehlo.broadcast_in_dim %537, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %539 = stablehlo.multiply %arg29, %538 : tensor<8192x2048xf32>
    %cst_169 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %540 = stablehlo.multiply %arg96, %cst_169 : tensor<f32>
    %541 = stablehlo.broadcast_in_dim %540, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %542 = stablehlo.multiply %535, %541 : tensor<8192x2048xf32>
    %543 = stablehlo.subtract %539, %542 : tensor<8192x2048xf32>
    %544 = stablehlo.slice %243 [30:31, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %545 = stablehlo.reshape %544 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_170 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %546 = stablehlo.multiply %arg96, %cst_170 : tensor<f32>
    %cst_171 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %547 = stablehlo.subtract %cst_171, %546 : tensor<f32>
    %548 = stablehlo.broadcast_in_dim %547, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %549 = stablehlo.multiply %arg30, %548 : tensor<8192x2048xf32>
    %cst_172 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %550 = stablehlo.multiply %arg96, %cst_172 : tensor<f32>
    %551 = stablehlo.broadcast_in_dim %550, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %552 = stablehlo.multiply %545, %551 : tensor<8192x2048xf32>
    %553 = stablehlo.subtract %549, %552 : tensor<8192x2048xf32>
    %554 = stablehlo.slice %243 [31:32, 0:8192, 0:2048] : (tensor<32x8192x2048xf32>) -> tensor<1x8192x2048xf32>
    %555 = stablehlo.reshape %554 : (tensor<1x8192x2048xf32>) -> tensor<8192x2048xf32>
    %cst_173 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %556 = stablehlo.multiply %arg96, %cst_173 : tensor<f32>
    %cst_174 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %557 = stablehlo.subtract %cst_174, %556 : tensor<f32>
    %558 = stablehlo.broadcast_in_dim %557, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %559 = stablehlo.multiply %arg31, %558 : tensor<8192x2048xf32>
    %cst_175 = stablehlo.constant dense<1.8101934e+01> : tensor<f32>
    %560 = stablehlo.multiply %arg96, %cst_175 : tensor<f32>
    %561 = stablehlo.broadcast_in_dim %560, dims = [] : (tensor<f32>) -> tensor<8192x2048xf32>
    %562 = stablehlo.multiply %555, %561 : tensor<8192x2048xf32>
    %563 = stablehlo.subtract %559, %562 : tensor<8192x2048xf32>
    return %253, %263, %273, %283, %293, %303, %313, %323, %333, %343, %353, %363, %373, %383, %393, %403, %413, %423, %433, %443, %453, %463, %473, %483, %493, %503, %513, %523, %533, %543, %553, %563, %1, %6, %11, %16, %21, %26, %31, %36, %41, %46, %51, %56, %61, %66, %71, %76, %81, %86, %91, %96, %101, %106, %111, %116, %121, %126, %131, %136, %141, %146, %151, %156 : tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>, tensor<8192x2048xf32>
  }
}
