module @muon_512x2048_f32_x32 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<512x2048xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<512x2048xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<512x2048xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<512x2048xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<512x2048xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<512x2048xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<512x2048xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<512x2048xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<512x2048xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<512x2048xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<512x2048xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<512x2048xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<512x2048xf32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<512x2048xf32> {tf.aliasing_output = 13 : i32}, %arg14: tensor<512x2048xf32> {tf.aliasing_output = 14 : i32}, %arg15: tensor<512x2048xf32> {tf.aliasing_output = 15 : i32}, %arg16: tensor<512x2048xf32> {tf.aliasing_output = 16 : i32}, %arg17: tensor<512x2048xf32> {tf.aliasing_output = 17 : i32}, %arg18: tensor<512x2048xf32> {tf.aliasing_output = 18 : i32}, %arg19: tensor<512x2048xf32> {tf.aliasing_output = 19 : i32}, %arg20: tensor<512x2048xf32> {tf.aliasing_output = 20 : i32}, %arg21: tensor<512x2048xf32> {tf.aliasing_output = 21 : i32}, %arg22: tensor<512x2048xf32> {tf.aliasing_output = 22 : i32}, %arg23: tensor<512x2048xf32> {tf.aliasing_output = 23 : i32}, %arg24: tensor<512x2048xf32> {tf.aliasing_output = 24 : i32}, %arg25: tensor<512x2048xf32> {tf.aliasing_output = 25 : i32}, %arg26: tensor<512x2048xf32> {tf.aliasing_output = 26 : i32}, %arg27: tensor<512x2048xf32> {tf.aliasing_output = 27 : i32}, %arg28: tensor<512x2048xf32> {tf.aliasing_output = 28 : i32}, %arg29: tensor<512x2048xf32> {tf.aliasing_output = 29 : i32}, %arg30: tensor<512x2048xf32> {tf.aliasing_output = 30 : i32}, %arg31: tensor<512x2048xf32> {tf.aliasing_output = 31 : i32}, %arg32: tensor<512x2048xf32>, %arg33: tensor<512x2048xf32>, %arg34: tensor<512x2048xf32>, %arg35: tensor<512x2048xf32>, %arg36: tensor<512x2048xf32>, %arg37: tensor<512x2048xf32>, %arg38: tensor<512x2048xf32>, %arg39: tensor<512x2048xf32>, %arg40: tensor<512x2048xf32>, %arg41: tensor<512x2048xf32>, %arg42: tensor<512x2048xf32>, %arg43: tensor<512x2048xf32>, %arg44: tensor<512x2048xf32>, %arg45: tensor<512x2048xf32>, %arg46: tensor<512x2048xf32>, %arg47: tensor<512x2048xf32>, %arg48: tensor<512x2048xf32>, %arg49: tensor<512x2048xf32>, %arg50: tensor<512x2048xf32>, %arg51: tensor<512x2048xf32>, %arg52: tensor<512x2048xf32>, %arg53: tensor<512x2048xf32>, %arg54: tensor<512x2048xf32>, %arg55: tensor<512x2048xf32>, %arg56: tensor<512x2048xf32>, %arg57: tensor<512x2048xf32>, %arg58: tensor<512x2048xf32>, %arg59: tensor<512x2048xf32>, %arg60: tensor<512x2048xf32>, %arg61: tensor<512x2048xf32>, %arg62: tensor<512x2048xf32>, %arg63: tensor<512x2048xf32>, %arg64: tensor<512x2048xf32> {tf.aliasing_output = 32 : i32}, %arg65: tensor<512x2048xf32> {tf.aliasing_output = 33 : i32}, %arg66: tensor<512x2048xf32> {tf.aliasing_output = 34 : i32}, %arg67: tensor<512x2048xf32> {tf.aliasing_output = 35 : i32}, %arg68: tensor<512x2048xf32> {tf.aliasing_output = 36 : i32}, %arg69: tensor<512x2048xf32> {tf.aliasing_output = 37 : i32}, %arg70: tensor<512x2048xf32> {tf.aliasing_output = 38 : i32}, %arg71: tensor<512x2048xf32> {tf.aliasing_output = 39 : i32}, %arg72: tensor<512x2048xf32> {tf.aliasing_output = 40 : i32}, %arg73: tensor<512x2048xf32> {tf.aliasing_output = 41 : i32}, %arg74: tensor<512x2048xf32> {tf.aliasing_output = 42 : i32}, %arg75: tensor<512x2048xf32> {tf.aliasing_output = 43 : i32}, %arg76: tensor<512x2048xf32> {tf.aliasing_output = 44 : i32}, %arg77: tensor<512x2048xf32> {tf.aliasing_output = 45 : i32}, %arg78: tensor<512x2048xf32> {tf.aliasing_output = 46 : i32}, %arg79: tensor<512x2048xf32> {tf.aliasing_output = 47 : i32}, %arg80: tensor<512x2048xf32> {tf.aliasing_output = 48 : i32}, %arg81: tensor<512x2048xf32> {tf.aliasing_output = 49 : i32}, %arg82: tensor<512x2048xf32> {tf.aliasing_output = 50 : i32}, %arg83: tensor<512x2048xf32> {tf.aliasing_output = 51 : i32}, %arg84: tensor<512x2048xf32> {tf.aliasing_output = 52 : i32}, %arg85: tensor<512x2048xf32> {tf.aliasing_output = 53 : i32}, %arg86: tensor<512x2048xf32> {tf.aliasing_output = 54 : i32}, %arg87: tensor<512x2048xf32> {tf.aliasing_output = 55 : i32}, %arg88: tensor<512x2048xf32> {tf.aliasing_output = 56 : i32}, %arg89: tensor<512x2048xf32> {tf.aliasing_output = 57 : i32}, %arg90: tensor<512x2048xf32> {tf.aliasing_output = 58 : i32}, %arg91: tensor<512x2048xf32> {tf.aliasing_output = 59 : i32}, %arg92: tensor<512x2048xf32> {tf.aliasing_output = 60 : i32}, %arg93: tensor<512x2048xf32> {tf.aliasing_output = 61 : i32}, %arg94: tensor<512x2048xf32> {tf.aliasing_output = 62 : i32}, %arg95: tensor<512x2048xf32> {tf.aliasing_output = 63 : i32}, %arg96: tensor<f32>, %arg97: tensor<f32>) -> (tensor<512x2048xf32> {jax.result_info = "model.layers.0.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.0.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.1.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.1.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.2.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.2.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.3.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.3.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.4.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.4.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.5.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.5.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.6.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.6.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.7.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.7.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.8.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.8.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.9.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.9.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.10.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.10.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.11.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.11.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.12.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.12.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.13.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.13.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.14.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.14.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.15.self_attn.k_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.15.self_attn.v_proj.weight"}, tensor<512x2048xf32> {jax.result_info = "model.layers.0.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.0.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.1.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.1.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.2.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.2.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.3.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.3.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.4.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.4.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.5.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.5.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.6.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.6.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.7.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.7.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.8.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.8.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.9.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.9.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.10.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.10.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.11.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.11.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.12.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.12.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.13.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.13.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.14.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.14.self_attn.v_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.15.self_attn.k_proj.weight.momentum"}, tensor<512x2048xf32> {jax.result_info = "model.layers.15.self_attn.v_proj.weight.momentum"}) {
    %cst = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %0 = stablehlo.multiply %arg64, %cst : tensor<512x2048xf32>
    %1 = stablehlo.add %0, %arg32 : tensor<512x2048xf32>
    %cst_0 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %2 = stablehlo.multiply %1, %cst_0 : tensor<512x2048xf32>
    %3 = stablehlo.add %arg32, %2 : tensor<512x2048xf32>
    %4 = stablehlo.reshape %3 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_1 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %5 = stablehlo.multiply %arg65, %cst_1 : tensor<512x2048xf32>
    %6 = stablehlo.add %5, %arg33 : tensor<512x2048xf32>
    %cst_2 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %7 = stablehlo.multiply %6, %cst_2 : tensor<512x2048xf32>
    %8 = stablehlo.add %arg33, %7 : tensor<512x2048xf32>
    %9 = stablehlo.reshape %8 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_3 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %10 = stablehlo.multiply %arg66, %cst_3 : tensor<512x2048xf32>
    %11 = stablehlo.add %10, %arg34 : tensor<512x2048xf32>
    %cst_4 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %12 = stablehlo.multiply %11, %cst_4 : tensor<512x2048xf32>
    %13 = stablehlo.add %arg34, %12 : tensor<512x2048xf32>
    %14 = stablehlo.reshape %13 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_5 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %15 = stablehlo.multiply %arg67, %cst_5 : tensor<512x2048xf32>
    %16 = stablehlo.add %15, %arg35 : tensor<512x2048xf32>
    %cst_6 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %17 = stablehlo.multiply %16, %cst_6 : tensor<512x2048xf32>
    %18 = stablehlo.add %arg35, %17 : tensor<512x2048xf32>
    %19 = stablehlo.reshape %18 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_7 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %20 = stablehlo.multiply %arg68, %cst_7 : tensor<512x2048xf32>
    %21 = stablehlo.add %20, %arg36 : tensor<512x2048xf32>
    %cst_8 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %22 = stablehlo.multiply %21, %cst_8 : tensor<512x2048xf32>
    %23 = stablehlo.add %arg36, %22 : tensor<512x2048xf32>
    %24 = stablehlo.reshape %23 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_9 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %25 = stablehlo.multiply %arg69, %cst_9 : tensor<512x2048xf32>
    %26 = stablehlo.add %25, %arg37 : tensor<512x2048xf32>
    %cst_10 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %27 = stablehlo.multiply %26, %cst_10 : tensor<512x2048xf32>
    %28 = stablehlo.add %arg37, %27 : tensor<512x2048xf32>
    %29 = stablehlo.reshape %28 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_11 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %30 = stablehlo.multiply %arg70, %cst_11 : tensor<512x2048xf32>
    %31 = stablehlo.add %30, %arg38 : tensor<512x2048xf32>
    %cst_12 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %32 = stablehlo.multiply %31, %cst_12 : tensor<512x2048xf32>
    %33 = stablehlo.add %arg38, %32 : tensor<512x2048xf32>
    %34 = stablehlo.reshape %33 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_13 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %35 = stablehlo.multiply %arg71, %cst_13 : tensor<512x2048xf32>
    %36 = stablehlo.add %35, %arg39 : tensor<512x2048xf32>
    %cst_14 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %37 = stablehlo.multiply %36, %cst_14 : tensor<512x2048xf32>
    %38 = stablehlo.add %arg39, %37 : tensor<512x2048xf32>
    %39 = stablehlo.reshape %38 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_15 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %40 = stablehlo.multiply %arg72, %cst_15 : tensor<512x2048xf32>
    %41 = stablehlo.add %40, %arg40 : tensor<512x2048xf32>
    %cst_16 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %42 = stablehlo.multiply %41, %cst_16 : tensor<512x2048xf32>
    %43 = stablehlo.add %arg40, %42 : tensor<512x2048xf32>
    %44 = stablehlo.reshape %43 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_17 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %45 = stablehlo.multiply %arg73, %cst_17 : tensor<512x2048xf32>
    %46 = stablehlo.add %45, %arg41 : tensor<512x2048xf32>
    %cst_18 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %47 = stablehlo.multiply %46, %cst_18 : tensor<512x2048xf32>
    %48 = stablehlo.add %arg41, %47 : tensor<512x2048xf32>
    %49 = stablehlo.reshape %48 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_19 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %50 = stablehlo.multiply %arg74, %cst_19 : tensor<512x2048xf32>
    %51 = stablehlo.add %50, %arg42 : tensor<512x2048xf32>
    %cst_20 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %52 = stablehlo.multiply %51, %cst_20 : tensor<512x2048xf32>
    %53 = stablehlo.add %arg42, %52 : tensor<512x2048xf32>
    %54 = stablehlo.reshape %53 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_21 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %55 = stablehlo.multiply %arg75, %cst_21 : tensor<512x2048xf32>
    %56 = stablehlo.add %55, %arg43 : tensor<512x2048xf32>
    %cst_22 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %57 = stablehlo.multiply %56, %cst_22 : tensor<512x2048xf32>
    %58 = stablehlo.add %arg43, %57 : tensor<512x2048xf32>
    %59 = stablehlo.reshape %58 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_23 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %60 = stablehlo.multiply %arg76, %cst_23 : tensor<512x2048xf32>
    %61 = stablehlo.add %60, %arg44 : tensor<512x2048xf32>
    %cst_24 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %62 = stablehlo.multiply %61, %cst_24 : tensor<512x2048xf32>
    %63 = stablehlo.add %arg44, %62 : tensor<512x2048xf32>
    %64 = stablehlo.reshape %63 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_25 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %65 = stablehlo.multiply %arg77, %cst_25 : tensor<512x2048xf32>
    %66 = stablehlo.add %65, %arg45 : tensor<512x2048xf32>
    %cst_26 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %67 = stablehlo.multiply %66, %cst_26 : tensor<512x2048xf32>
    %68 = stablehlo.add %arg45, %67 : tensor<512x2048xf32>
    %69 = stablehlo.reshape %68 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_27 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %70 = stablehlo.multiply %arg78, %cst_27 : tensor<512x2048xf32>
    %71 = stablehlo.add %70, %arg46 : tensor<512x2048xf32>
    %cst_28 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %72 = stablehlo.multiply %71, %cst_28 : tensor<512x2048xf32>
    %73 = stablehlo.add %arg46, %72 : tensor<512x2048xf32>
    %74 = stablehlo.reshape %73 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_29 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %75 = stablehlo.multiply %arg79, %cst_29 : tensor<512x2048xf32>
    %76 = stablehlo.add %75, %arg47 : tensor<512x2048xf32>
    %cst_30 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %77 = stablehlo.multiply %76, %cst_30 : tensor<512x2048xf32>
    %78 = stablehlo.add %arg47, %77 : tensor<512x2048xf32>
    %79 = stablehlo.reshape %78 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_31 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %80 = stablehlo.multiply %arg80, %cst_31 : tensor<512x2048xf32>
    %81 = stablehlo.add %80, %arg48 : tensor<512x2048xf32>
    %cst_32 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %82 = stablehlo.multiply %81, %cst_32 : tensor<512x2048xf32>
    %83 = stablehlo.add %arg48, %82 : tensor<512x2048xf32>
    %84 = stablehlo.reshape %83 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_33 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %85 = stablehlo.multiply %arg81, %cst_33 : tensor<512x2048xf32>
    %86 = stablehlo.add %85, %arg49 : tensor<512x2048xf32>
    %cst_34 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %87 = stablehlo.multiply %86, %cst_34 : tensor<512x2048xf32>
    %88 = stablehlo.add %arg49, %87 : tensor<512x2048xf32>
    %89 = stablehlo.reshape %88 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_35 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %90 = stablehlo.multiply %arg82, %cst_35 : tensor<512x2048xf32>
    %91 = stablehlo.add %90, %arg50 : tensor<512x2048xf32>
    %cst_36 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %92 = stablehlo.multiply %91, %cst_36 : tensor<512x2048xf32>
    %93 = stablehlo.add %arg50, %92 : tensor<512x2048xf32>
    %94 = stablehlo.reshape %93 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_37 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %95 = stablehlo.multiply %arg83, %cst_37 : tensor<512x2048xf32>
    %96 = stablehlo.add %95, %arg51 : tensor<512x2048xf32>
    %cst_38 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %97 = stablehlo.multiply %96, %cst_38 : tensor<512x2048xf32>
    %98 = stablehlo.add %arg51, %97 : tensor<512x2048xf32>
    %99 = stablehlo.reshape %98 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_39 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %100 = stablehlo.multiply %arg84, %cst_39 : tensor<512x2048xf32>
    %101 = stablehlo.add %100, %arg52 : tensor<512x2048xf32>
    %cst_40 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %102 = stablehlo.multiply %101, %cst_40 : tensor<512x2048xf32>
    %103 = stablehlo.add %arg52, %102 : tensor<512x2048xf32>
    %104 = stablehlo.reshape %103 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_41 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %105 = stablehlo.multiply %arg85, %cst_41 : tensor<512x2048xf32>
    %106 = stablehlo.add %105, %arg53 : tensor<512x2048xf32>
    %cst_42 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %107 = stablehlo.multiply %106, %cst_42 : tensor<512x2048xf32>
    %108 = stablehlo.add %arg53, %107 : tensor<512x2048xf32>
    %109 = stablehlo.reshape %108 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_43 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %110 = stablehlo.multiply %arg86, %cst_43 : tensor<512x2048xf32>
    %111 = stablehlo.add %110, %arg54 : tensor<512x2048xf32>
    %cst_44 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %112 = stablehlo.multiply %111, %cst_44 : tensor<512x2048xf32>
    %113 = stablehlo.add %arg54, %112 : tensor<512x2048xf32>
    %114 = stablehlo.reshape %113 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_45 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %115 = stablehlo.multiply %arg87, %cst_45 : tensor<512x2048xf32>
    %116 = stablehlo.add %115, %arg55 : tensor<512x2048xf32>
    %cst_46 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %117 = stablehlo.multiply %116, %cst_46 : tensor<512x2048xf32>
    %118 = stablehlo.add %arg55, %117 : tensor<512x2048xf32>
    %119 = stablehlo.reshape %118 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_47 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %120 = stablehlo.multiply %arg88, %cst_47 : tensor<512x2048xf32>
    %121 = stablehlo.add %120, %arg56 : tensor<512x2048xf32>
    %cst_48 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %122 = stablehlo.multiply %121, %cst_48 : tensor<512x2048xf32>
    %123 = stablehlo.add %arg56, %122 : tensor<512x2048xf32>
    %124 = stablehlo.reshape %123 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_49 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %125 = stablehlo.multiply %arg89, %cst_49 : tensor<512x2048xf32>
    %126 = stablehlo.add %125, %arg57 : tensor<512x2048xf32>
    %cst_50 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %127 = stablehlo.multiply %126, %cst_50 : tensor<512x2048xf32>
    %128 = stablehlo.add %arg57, %127 : tensor<512x2048xf32>
    %129 = stablehlo.reshape %128 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_51 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %130 = stablehlo.multiply %arg90, %cst_51 : tensor<512x2048xf32>
    %131 = stablehlo.add %130, %arg58 : tensor<512x2048xf32>
    %cst_52 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %132 = stablehlo.multiply %131, %cst_52 : tensor<512x2048xf32>
    %133 = stablehlo.add %arg58, %132 : tensor<512x2048xf32>
    %134 = stablehlo.reshape %133 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_53 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %135 = stablehlo.multiply %arg91, %cst_53 : tensor<512x2048xf32>
    %136 = stablehlo.add %135, %arg59 : tensor<512x2048xf32>
    %cst_54 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %137 = stablehlo.multiply %136, %cst_54 : tensor<512x2048xf32>
    %138 = stablehlo.add %arg59, %137 : tensor<512x2048xf32>
    %139 = stablehlo.reshape %138 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_55 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %140 = stablehlo.multiply %arg92, %cst_55 : tensor<512x2048xf32>
    %141 = stablehlo.add %140, %arg60 : tensor<512x2048xf32>
    %cst_56 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %142 = stablehlo.multiply %141, %cst_56 : tensor<512x2048xf32>
    %143 = stablehlo.add %arg60, %142 : tensor<512x2048xf32>
    %144 = stablehlo.reshape %143 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_57 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %145 = stablehlo.multiply %arg93, %cst_57 : tensor<512x2048xf32>
    %146 = stablehlo.add %145, %arg61 : tensor<512x2048xf32>
    %cst_58 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %147 = stablehlo.multiply %146, %cst_58 : tensor<512x2048xf32>
    %148 = stablehlo.add %arg61, %147 : tensor<512x2048xf32>
    %149 = stablehlo.reshape %148 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_59 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %150 = stablehlo.multiply %arg94, %cst_59 : tensor<512x2048xf32>
    %151 = stablehlo.add %150, %arg62 : tensor<512x2048xf32>
    %cst_60 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %152 = stablehlo.multiply %151, %cst_60 : tensor<512x2048xf32>
    %153 = stablehlo.add %arg62, %152 : tensor<512x2048xf32>
    %154 = stablehlo.reshape %153 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %cst_61 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %155 = stablehlo.multiply %arg95, %cst_61 : tensor<512x2048xf32>
    %156 = stablehlo.add %155, %arg63 : tensor<512x2048xf32>
    %cst_62 = stablehlo.constant dense<9.500000e-01> : tensor<512x2048xf32>
    %157 = stablehlo.multiply %156, %cst_62 : tensor<512x2048xf32>
    %158 = stablehlo.add %arg63, %157 : tensor<512x2048xf32>
    %159 = stablehlo.reshape %158 : (tensor<512x2048xf32>) -> tensor<1x512x2048xf32>
    %160 = stablehlo.concatenate %4, %9, %14, %19, %24, %29, %34, %39, %44, %49, %54, %59, %64, %69, %74, %79, %84, %89, %94, %99, %104, %109, %114, %119, %124, %129, %134, %139, %144, %149, %154, %159, dim = 0 : (tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>, tensor<1x512x2048xf32>) -> tensor<32x512x2048xf32>
    %161 = stablehlo.convert %160 : (tensor<32x512x2048xf32>) -> tensor<32x512x2048xbf16>
    %162 = stablehlo.convert %161 : (tensor<32x512x2048xbf16>) -> tensor<32x512x2048xf32>
    %163 = stablehlo.dot_general %162, %162, batching_dims = [0, 1] x [0, 1], contracting_dims = [2] x [2], precision = [HIGHEST, HIGHEST] : (tensor<32x512x2048xf32>, tensor<32x512x2048xf32>) -> tensor<32x512xf32>
    %cst_63 = stablehlo.constant dense<1.000000e+00> : tensor<32x512xf32>
    %164 = stablehlo.dot_general %163, %cst_63, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<32x512xf32>, tensor<32x512xf32>) -> tensor<32xf32>
    %165 = stablehlo.sqrt %164 : tensor<32xf32>
    %166 = stablehlo.reshape %165 : (tensor<32xf32>) -> tensor<32x1x1xf32>
    %167 = stablehlo.convert %166 : (tensor<32x1x1xf32>) -> tensor<32x1x1xbf16>
    %cst_64 = stablehlo.constant dense<1.001172e-07> : tensor<32x1x1xbf16>
    %168 = stablehlo.add %167, %cst_64 : tensor<32x1x1xbf16>
    %169 = stablehlo.broadcast_in_dim %168, dims = [0, 1, 2] : (tensor<32x1x1xbf16>) -> tensor<32x512x2048xbf16>
    %170 = stablehlo.divide %161, %169 : tensor<32x512x2048xbf16>
    %171 = stablehlo.dot_general %170, %170, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x512x2048xbf16>, tensor<32x512x2048xbf16>) -> tensor<32x512x512xbf16>
    %172 = stablehlo.convert %171 : (tensor<32x512x512xbf16>) -> tensor<32x512x512xf32>
    %cst_65 = stablehlo.constant dense<2.031500e+00> : tensor<32x512x512xf32>
    %173 = stablehlo.multiply %172, %cst_65 : tensor<32x512x512xf32>
    %174 = stablehlo.convert %173 : (tensor<32x512x512xf32>) -> tensor<32x512x512xbf16>
    %175 = stablehlo.dot_general %174, %171, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x512x512xbf16>, tensor<32x512x512xbf16>) -> tensor<32x512x512xbf16>
    %176 = stablehlo.convert %171 : (tensor<32x512x512xbf16>) -> tensor<32x512x512xf32>
    %cst_66 = stablehlo.constant dense<-4.775000e+00> : tensor<32x512x512xf32>
    %177 = stablehlo.multiply %176, %cst_66 : tensor<32x512x512xf32>
    %178 = stablehlo.convert %177 : (tensor<32x512x512xf32>) -> tensor<32x512x512xbf16>
    %179 = stablehlo.add %178, %175 : tensor<32x512x512xbf16>
    %180 = stablehlo.dot_general %179, %170, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x512x512xbf16>, tensor<32x512x2048xbf16>) -> tensor<32x512x2048xbf16>
    %181 = stablehlo.convert %170 : (tensor<32x512x2048xbf16>) -> tensor<32x512x2048xf32>
    %cst_67 = stablehlo.constant dense<3.444500e+00> : tensor<32x512x2048xf32>
    %182 = stablehlo.multiply %181, %cst_67 : tensor<32x512x2048xf32>
    %183 = stablehlo.convert %182 : (tensor<32x512x2048xf32>) -> tensor<32x512x2048xbf16>
    %184 = stablehlo.add %183, %180 : tensor<32x512x2048xbf16>
    %185 = stablehlo.dot_general %184, %184, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x512x2048xbf16>, tensor<32x512x2048xbf16>) -> tensor<32x512x512xbf16>
    %186 = stablehlo.convert %185 : (tensor<32x512x512xbf16>) -> tensor<32x512x512xf32>
    %cst_68 = stablehlo.constant dense<2.031500e+00> : tensor<32x512x512xf32>
    %187 = stablehlo.multiply %186, %cst_68 : tensor<32x512x512xf32>
    %188 = stablehlo.convert %187 : (tensor<32x512x512xf32>) -> tensor<32x512x512xbf16>
    %189 = stablehlo.dot_general %188, %185, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x512x512xbf16>, tensor<32x512x512xbf16>) -> tensor<32x512x512xbf16>
    %190 = stablehlo.convert %185 : (tensor<32x512x512xbf16>) -> tensor<32x512x512xf32>
    %cst_69 = stablehlo.constant dense<-4.775000e+00> : tensor<32x512x512xf32>
    %191 = stablehlo.multiply %190, %cst_69 : tensor<32x512x512xf32>
    %192 = stablehlo.convert %191 : (tensor<32x512x512xf32>) -> tensor<32x512x512xbf16>
    %193 = stablehlo.add %192, %189 : tensor<32x512x512xbf16>
    %194 = stablehlo.dot_general %193, %184, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x512x512xbf16>, tensor<32x512x2048xbf16>) -> tensor<32x512x2048xbf16>
    %195 = stablehlo.convert %184 : (tensor<32x512x2048xbf16>) -> tensor<32x512x2048xf32>
    %cst_70 = stablehlo.constant dense<3.444500e+00> : tensor<32x512x2048xf32>
    %196 = stablehlo.multiply %195, %cst_70 : tensor<32x512x2048xf32>
    %197 = stablehlo.convert %196 : (tensor<32x512x2048xf32>) -> tensor<32x512x2048xbf16>
    %198 = stablehlo.add %197, %194 : tensor<32x512x2048xbf16>
    %199 = stablehlo.dot_general %198, %198, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x512x2048xbf16>, tensor<32x512x2048xbf16>) -> tensor<32x512x512xbf16>
    %200 = stablehlo.convert %199 : (tensor<32x512x512xbf16>) -> tensor<32x512x512xf32>
    %cst_71 = stablehlo.constant dense<2.031500e+00> : tensor<32x512x512xf32>
    %201 = stablehlo.multiply %200, %cst_71 : tensor<32x512x512xf32>
    %202 = stablehlo.convert %201 : (tensor<32x512x512xf32>) -> tensor<32x512x512xbf16>
    %203 = stablehlo.dot_general %202, %199, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x512x512xbf16>, tensor<32x512x512xbf16>) -> tensor<32x512x512xbf16>
    %204 = stablehlo.convert %199 : (tensor<32x512x512xbf16>) -> tensor<32x512x512xf32>
    %cst_72 = stablehlo.constant dense<-4.775000e+00> : tensor<32x512x512xf32>
    %205 = stablehlo.multiply %204, %cst_72 : tensor<32x512x512xf32>
    %206 = stablehlo.convert %205 : (tensor<32x512x512xf32>) -> tensor<32x512x512xbf16>
    %207 = stablehlo.add %206, %203 : tensor<32x512x512xbf16>
    %208 = stablehlo.dot_general %207, %198, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x512x512xbf16>, tensor<32x512x2048xbf16>) -> tensor<32x512x2048xbf16>
    %209 = stablehlo.convert %198 : (tensor<32x512x2048xbf16>) -> tensor<32x512x2048xf32>
    %cst_73 = stablehlo.constant dense<3.444500e+00> : tensor<32x512x2048xf32>
    %210 = stablehlo.multiply %209, %cst_73 : tensor<32x512x2048xf32>
    %211 = stablehlo.convert %210 : (tensor<32x512x2048xf32>) -> tensor<32x512x2048xbf16>
    %212 = stablehlo.add %211, %208 : tensor<32x512x2048xbf16>
    %213 = stablehlo.dot_general %212, %212, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x512x2048xbf16>, tensor<32x512x2048xbf16>) -> tensor<32x512x512xbf16>
    %214 = stablehlo.convert %213 : (tensor<32x512x512xbf16>) -> tensor<32x512x512xf32>
    %cst_74 = stablehlo.constant dense<2.031500e+00> : tensor<32x512x512xf32>
    %215 = stablehlo.multiply %214, %cst_74 : tensor<32x512x512xf32>
    %216 = stablehlo.convert %215 : (tensor<32x512x512xf32>) -> tensor<32x512x512xbf16>
    %217 = stablehlo.dot_general %216, %213, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x512x512xbf16>, tensor<32x512x512xbf16>) -> tensor<32x512x512xbf16>
    %218 = stablehlo.convert %213 : (tensor<32x512x512xbf16>) -> tensor<32x512x512xf32>
    %cst_75 = stablehlo.constant dense<-4.775000e+00> : tensor<32x512x512xf32>
    %219 = stablehlo.multiply %218, %cst_75 : tensor<32x512x512xf32>
    %220 = stablehlo.convert %219 : (tensor<32x512x512xf32>) -> tensor<32x512x512xbf16>
    %221 = stablehlo.add %220, %217 : tensor<32x512x512xbf16>
    %222 = stablehlo.dot_general %221, %212, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x512x512xbf16>, tensor<32x512x2048xbf16>) -> tensor<32x512x2048xbf16>
    %223 = stablehlo.convert %212 : (tensor<32x512x2048xbf16>) -> tensor<32x512x2048xf32>
    %cst_76 = stablehlo.constant dense<3.444500e+00> : tensor<32x512x2048xf32>
    %224 = stablehlo.multiply %223, %cst_76 : tensor<32x512x2048xf32>
    %225 = stablehlo.convert %224 : (tensor<32x512x2048xf32>) -> tensor<32x512x2048xbf16>
    %226 = stablehlo.add %225, %222 : tensor<32x512x2048xbf16>
    %227 = stablehlo.dot_general %226, %226, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x512x2048xbf16>, tensor<32x512x2048xbf16>) -> tensor<32x512x512xbf16>
    %228 = stablehlo.convert %227 : (tensor<32x512x512xbf16>) -> tensor<32x512x512xf32>
    %cst_77 = stablehlo.constant dense<2.031500e+00> : tensor<32x512x512xf32>
    %229 = stablehlo.multiply %228, %cst_77 : tensor<32x512x512xf32>
    %230 = stablehlo.convert %229 : (tensor<32x512x512xf32>) -> tensor<32x512x512xbf16>
    %231 = stablehlo.dot_general %230, %227, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x512x512xbf16>, tensor<32x512x512xbf16>) -> tensor<32x512x512xbf16>
    %232 = stablehlo.convert %227 : (tensor<32x512x512xbf16>) -> tensor<32x512x512xf32>
    %cst_78 = stablehlo.constant dense<-4.775000e+00> : tensor<32x512x512xf32>
    %233 = stablehlo.multiply %232, %cst_78 : tensor<32x512x512xf32>
    %234 = stablehlo.convert %233 : (tensor<32x512x512xf32>) -> tensor<32x512x512xbf16>
    %235 = stablehlo.add %234, %231 : tensor<32x512x512xbf16>
    %236 = stablehlo.dot_general %235, %226, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x512x512xbf16>, tensor<32x512x2048xbf16>) -> tensor<32x512x2048xbf16>
    %237 = stablehlo.convert %226 : (tensor<32x512x2048xbf16>) -> tensor<32x512x2048xf32>
    %cst_79 = stablehlo.constant dense<3.444500e+00> : tensor<32x512x2048xf32>
    %238 = stablehlo.multiply %237, %cst_79 : tensor<32x512x2048xf32>
    %239 = stablehlo.convert %238 : (tensor<32x512x2048xf32>) -> tensor<32x512x2048xbf16>
    %240 = stablehlo.add %239, %236 : tensor<32x512x2048xbf16>
    %241 = stablehlo.convert %240 : (tensor<32x512x2048xbf16>) -> tensor<32x512x2048xf32>
    %242 = stablehlo.slice %241 [0:1, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %243 = stablehlo.reshape %242 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_80 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %244 = stablehlo.multiply %arg96, %cst_80 : tensor<f32>
    %cst_81 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %245 = stablehlo.subtract %cst_81, %244 : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %247 = stablehlo.multiply %arg0, %246 : tensor<512x2048xf32>
    %cst_82 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %248 = stablehlo.multiply %arg96, %cst_82 : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %250 = stablehlo.multiply %243, %249 : tensor<512x2048xf32>
    %251 = stablehlo.subtract %247, %250 : tensor<512x2048xf32>
    %252 = stablehlo.slice %241 [1:2, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %253 = stablehlo.reshape %252 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_83 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %254 = stablehlo.multiply %arg96, %cst_83 : tensor<f32>
    %cst_84 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %255 = stablehlo.subtract %cst_84, %254 : tensor<f32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %257 = stablehlo.multiply %arg1, %256 : tensor<512x2048xf32>
    %cst_85 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %258 = stablehlo.multiply %arg96, %cst_85 : tensor<f32>
    %259 = stablehlo.broadcast_in_dim %258, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %260 = stablehlo.multiply %253, %259 : tensor<512x2048xf32>
    %261 = stablehlo.subtract %257, %260 : tensor<512x2048xf32>
    %262 = stablehlo.slice %241 [2:3, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %263 = stablehlo.reshape %262 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_86 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %264 = stablehlo.multiply %arg96, %cst_86 : tensor<f32>
    %cst_87 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %265 = stablehlo.subtract %cst_87, %264 : tensor<f32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %267 = stablehlo.multiply %arg2, %266 : tensor<512x2048xf32>
    %cst_88 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %268 = stablehlo.multiply %arg96, %cst_88 : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %268, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %270 = stablehlo.multiply %263, %269 : tensor<512x2048xf32>
    %271 = stablehlo.subtract %267, %270 : tensor<512x2048xf32>
    %272 = stablehlo.slice %241 [3:4, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %273 = stablehlo.reshape %272 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_89 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %274 = stablehlo.multiply %arg96, %cst_89 : tensor<f32>
    %cst_90 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %275 = stablehlo.subtract %cst_90, %274 : tensor<f32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %277 = stablehlo.multiply %arg3, %276 : tensor<512x2048xf32>
    %cst_91 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %278 = stablehlo.multiply %arg96, %cst_91 : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %278, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %280 = stablehlo.multiply %273, %279 : tensor<512x2048xf32>
    %281 = stablehlo.subtract %277, %280 : tensor<512x2048xf32>
    %282 = stablehlo.slice %241 [4:5, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %283 = stablehlo.reshape %282 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_92 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %284 = stablehlo.multiply %arg96, %cst_92 : tensor<f32>
    %cst_93 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %285 = stablehlo.subtract %cst_93, %284 : tensor<f32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %287 = stablehlo.multiply %arg4, %286 : tensor<512x2048xf32>
    %cst_94 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %288 = stablehlo.multiply %arg96, %cst_94 : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %290 = stablehlo.multiply %283, %289 : tensor<512x2048xf32>
    %291 = stablehlo.subtract %287, %290 : tensor<512x2048xf32>
    %292 = stablehlo.slice %241 [5:6, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %293 = stablehlo.reshape %292 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_95 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %294 = stablehlo.multiply %arg96, %cst_95 : tensor<f32>
    %cst_96 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %295 = stablehlo.subtract %cst_96, %294 : tensor<f32>
    %296 = stablehlo.broadcast_in_dim %295, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %297 = stablehlo.multiply %arg5, %296 : tensor<512x2048xf32>
    %cst_97 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %298 = stablehlo.multiply %arg96, %cst_97 : tensor<f32>
    %299 = stablehlo.broadcast_in_dim %298, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %300 = stablehlo.multiply %293, %299 : tensor<512x2048xf32>
    %301 = stablehlo.subtract %297, %300 : tensor<512x2048xf32>
    %302 = stablehlo.slice %241 [6:7, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %303 = stablehlo.reshape %302 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_98 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %304 = stablehlo.multiply %arg96, %cst_98 : tensor<f32>
    %cst_99 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %305 = stablehlo.subtract %cst_99, %304 : tensor<f32>
    %306 = stablehlo.broadcast_in_dim %305, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %307 = stablehlo.multiply %arg6, %306 : tensor<512x2048xf32>
    %cst_100 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %308 = stablehlo.multiply %arg96, %cst_100 : tensor<f32>
    %309 = stablehlo.broadcast_in_dim %308, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %310 = stablehlo.multiply %303, %309 : tensor<512x2048xf32>
    %311 = stablehlo.subtract %307, %310 : tensor<512x2048xf32>
    %312 = stablehlo.slice %241 [7:8, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %313 = stablehlo.reshape %312 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_101 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %314 = stablehlo.multiply %arg96, %cst_101 : tensor<f32>
    %cst_102 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %315 = stablehlo.subtract %cst_102, %314 : tensor<f32>
    %316 = stablehlo.broadcast_in_dim %315, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %317 = stablehlo.multiply %arg7, %316 : tensor<512x2048xf32>
    %cst_103 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %318 = stablehlo.multiply %arg96, %cst_103 : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %320 = stablehlo.multiply %313, %319 : tensor<512x2048xf32>
    %321 = stablehlo.subtract %317, %320 : tensor<512x2048xf32>
    %322 = stablehlo.slice %241 [8:9, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %323 = stablehlo.reshape %322 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_104 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %324 = stablehlo.multiply %arg96, %cst_104 : tensor<f32>
    %cst_105 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %325 = stablehlo.subtract %cst_105, %324 : tensor<f32>
    %326 = stablehlo.broadcast_in_dim %325, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %327 = stablehlo.multiply %arg8, %326 : tensor<512x2048xf32>
    %cst_106 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %328 = stablehlo.multiply %arg96, %cst_106 : tensor<f32>
    %329 = stablehlo.broadcast_in_dim %328, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %330 = stablehlo.multiply %323, %329 : tensor<512x2048xf32>
    %331 = stablehlo.subtract %327, %330 : tensor<512x2048xf32>
    %332 = stablehlo.slice %241 [9:10, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %333 = stablehlo.reshape %332 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_107 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %334 = stablehlo.multiply %arg96, %cst_107 : tensor<f32>
    %cst_108 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %335 = stablehlo.subtract %cst_108, %334 : tensor<f32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %337 = stablehlo.multiply %arg9, %336 : tensor<512x2048xf32>
    %cst_109 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %338 = stablehlo.multiply %arg96, %cst_109 : tensor<f32>
    %339 = stablehlo.broadcast_in_dim %338, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %340 = stablehlo.multiply %333, %339 : tensor<512x2048xf32>
    %341 = stablehlo.subtract %337, %340 : tensor<512x2048xf32>
    %342 = stablehlo.slice %241 [10:11, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %343 = stablehlo.reshape %342 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_110 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %344 = stablehlo.multiply %arg96, %cst_110 : tensor<f32>
    %cst_111 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %345 = stablehlo.subtract %cst_111, %344 : tensor<f32>
    %346 = stablehlo.broadcast_in_dim %345, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %347 = stablehlo.multiply %arg10, %346 : tensor<512x2048xf32>
    %cst_112 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %348 = stablehlo.multiply %arg96, %cst_112 : tensor<f32>
    %349 = stablehlo.broadcast_in_dim %348, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %350 = stablehlo.multiply %343, %349 : tensor<512x2048xf32>
    %351 = stablehlo.subtract %347, %350 : tensor<512x2048xf32>
    %352 = stablehlo.slice %241 [11:12, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %353 = stablehlo.reshape %352 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_113 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %354 = stablehlo.multiply %arg96, %cst_113 : tensor<f32>
    %cst_114 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %355 = stablehlo.subtract %cst_114, %354 : tensor<f32>
    %356 = stablehlo.broadcast_in_dim %355, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %357 = stablehlo.multiply %arg11, %356 : tensor<512x2048xf32>
    %cst_115 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %358 = stablehlo.multiply %arg96, %cst_115 : tensor<f32>
    %359 = stablehlo.broadcast_in_dim %358, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %360 = stablehlo.multiply %353, %359 : tensor<512x2048xf32>
    %361 = stablehlo.subtract %357, %360 : tensor<512x2048xf32>
    %362 = stablehlo.slice %241 [12:13, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %363 = stablehlo.reshape %362 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_116 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %364 = stablehlo.multiply %arg96, %cst_116 : tensor<f32>
    %cst_117 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %365 = stablehlo.subtract %cst_117, %364 : tensor<f32>
    %366 = stablehlo.broadcast_in_dim %365, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %367 = stablehlo.multiply %arg12, %366 : tensor<512x2048xf32>
    %cst_118 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %368 = stablehlo.multiply %arg96, %cst_118 : tensor<f32>
    %369 = stablehlo.broadcast_in_dim %368, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %370 = stablehlo.multiply %363, %369 : tensor<512x2048xf32>
    %371 = stablehlo.subtract %367, %370 : tensor<512x2048xf32>
    %372 = stablehlo.slice %241 [13:14, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %373 = stablehlo.reshape %372 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_119 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %374 = stablehlo.multiply %arg96, %cst_119 : tensor<f32>
    %cst_120 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %375 = stablehlo.subtract %cst_120, %374 : tensor<f32>
    %376 = stablehlo.broadcast_in_dim %375, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %377 = stablehlo.multiply %arg13, %376 : tensor<512x2048xf32>
    %cst_121 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %378 = stablehlo.multiply %arg96, %cst_121 : tensor<f32>
    %379 = stablehlo.broadcast_in_dim %378, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %380 = stablehlo.multiply %373, %379 : tensor<512x2048xf32>
    %381 = stablehlo.subtract %377, %380 : tensor<512x2048xf32>
    %382 = stablehlo.slice %241 [14:15, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %383 = stablehlo.reshape %382 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_122 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %384 = stablehlo.multiply %arg96, %cst_122 : tensor<f32>
    %cst_123 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %385 = stablehlo.subtract %cst_123, %384 : tensor<f32>
    %386 = stablehlo.broadcast_in_dim %385, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %387 = stablehlo.multiply %arg14, %386 : tensor<512x2048xf32>
    %cst_124 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %388 = stablehlo.multiply %arg96, %cst_124 : tensor<f32>
    %389 = stablehlo.broadcast_in_dim %388, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %390 = stablehlo.multiply %383, %389 : tensor<512x2048xf32>
    %391 = stablehlo.subtract %387, %390 : tensor<512x2048xf32>
    %392 = stablehlo.slice %241 [15:16, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %393 = stablehlo.reshape %392 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_125 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %394 = stablehlo.multiply %arg96, %cst_125 : tensor<f32>
    %cst_126 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %395 = stablehlo.subtract %cst_126, %394 : tensor<f32>
    %396 = stablehlo.broadcast_in_dim %395, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %397 = stablehlo.multiply %arg15, %396 : tensor<512x2048xf32>
    %cst_127 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %398 = stablehlo.multiply %arg96, %cst_127 : tensor<f32>
    %399 = stablehlo.broadcast_in_dim %398, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %400 = stablehlo.multiply %393, %399 : tensor<512x2048xf32>
    %401 = stablehlo.subtract %397, %400 : tensor<512x2048xf32>
    %402 = stablehlo.slice %241 [16:17, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %403 = stablehlo.reshape %402 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_128 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %404 = stablehlo.multiply %arg96, %cst_128 : tensor<f32>
    %cst_129 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %405 = stablehlo.subtract %cst_129, %404 : tensor<f32>
    %406 = stablehlo.broadcast_in_dim %405, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %407 = stablehlo.multiply %arg16, %406 : tensor<512x2048xf32>
    %cst_130 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %408 = stablehlo.multiply %arg96, %cst_130 : tensor<f32>
    %409 = stablehlo.broadcast_in_dim %408, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %410 = stablehlo.multiply %403, %409 : tensor<512x2048xf32>
    %411 = stablehlo.subtract %407, %410 : tensor<512x2048xf32>
    %412 = stablehlo.slice %241 [17:18, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %413 = stablehlo.reshape %412 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_131 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %414 = stablehlo.multiply %arg96, %cst_131 : tensor<f32>
    %cst_132 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %415 = stablehlo.subtract %cst_132, %414 : tensor<f32>
    %416 = stablehlo.broadcast_in_dim %415, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %417 = stablehlo.multiply %arg17, %416 : tensor<512x2048xf32>
    %cst_133 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %418 = stablehlo.multiply %arg96, %cst_133 : tensor<f32>
    %419 = stablehlo.broadcast_in_dim %418, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %420 = stablehlo.multiply %413, %419 : tensor<512x2048xf32>
    %421 = stablehlo.subtract %417, %420 : tensor<512x2048xf32>
    %422 = stablehlo.slice %241 [18:19, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %423 = stablehlo.reshape %422 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_134 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %424 = stablehlo.multiply %arg96, %cst_134 : tensor<f32>
    %cst_135 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %425 = stablehlo.subtract %cst_135, %424 : tensor<f32>
    %426 = stablehlo.broadcast_in_dim %425, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %427 = stablehlo.multiply %arg18, %426 : tensor<512x2048xf32>
    %cst_136 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %428 = stablehlo.multiply %arg96, %cst_136 : tensor<f32>
    %429 = stablehlo.broadcast_in_dim %428, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %430 = stablehlo.multiply %423, %429 : tensor<512x2048xf32>
    %431 = stablehlo.subtract %427, %430 : tensor<512x2048xf32>
    %432 = stablehlo.slice %241 [19:20, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %433 = stablehlo.reshape %432 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_137 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %434 = stablehlo.multiply %arg96, %cst_137 : tensor<f32>
    %cst_138 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %435 = stablehlo.subtract %cst_138, %434 : tensor<f32>
    %436 = stablehlo.broadcast_in_dim %435, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %437 = stablehlo.multiply %arg19, %436 : tensor<512x2048xf32>
    %cst_139 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %438 = stablehlo.multiply %arg96, %cst_139 : tensor<f32>
    %439 = stablehlo.broadcast_in_dim %438, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %440 = stablehlo.multiply %433, %439 : tensor<512x2048xf32>
    %441 = stablehlo.subtract %437, %440 : tensor<512x2048xf32>
    %442 = stablehlo.slice %241 [20:21, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %443 = stablehlo.reshape %442 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_140 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %444 = stablehlo.multiply %arg96, %cst_140 : tensor<f32>
    %cst_141 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %445 = stablehlo.subtract %cst_141, %444 : tensor<f32>
    %446 = stablehlo.broadcast_in_dim %445, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %447 = stablehlo.multiply %arg20, %446 : tensor<512x2048xf32>
    %cst_142 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %448 = stablehlo.multiply %arg96, %cst_142 : tensor<f32>
    %449 = stablehlo.broadcast_in_dim %448, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %450 = stablehlo.multiply %443, %449 : tensor<512x2048xf32>
    %451 = stablehlo.subtract %447, %450 : tensor<512x2048xf32>
    %452 = stablehlo.slice %241 [21:22, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %453 = stablehlo.reshape %452 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_143 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %454 = stablehlo.multiply %arg96, %cst_143 : tensor<f32>
    %cst_144 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %455 = stablehlo.subtract %cst_144, %454 : tensor<f32>
    %456 = stablehlo.broadcast_in_dim %455, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %457 = stablehlo.multiply %arg21, %456 : tensor<512x2048xf32>
    %cst_145 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %458 = stablehlo.multiply %arg96, %cst_145 : tensor<f32>
    %459 = stablehlo.broadcast_in_dim %458, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %460 = stablehlo.multiply %453, %459 : tensor<512x2048xf32>
    %461 = stablehlo.subtract %457, %460 : tensor<512x2048xf32>
    %462 = stablehlo.slice %241 [22:23, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %463 = stablehlo.reshape %462 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_146 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %464 = stablehlo.multiply %arg96, %cst_146 : tensor<f32>
    %cst_147 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %465 = stablehlo.subtract %cst_147, %464 : tensor<f32>
    %466 = stablehlo.broadcast_in_dim %465, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %467 = stablehlo.multiply %arg22, %466 : tensor<512x2048xf32>
    %cst_148 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %468 = stablehlo.multiply %arg96, %cst_148 : tensor<f32>
    %469 = stablehlo.broadcast_in_dim %468, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %470 = stablehlo.multiply %463, %469 : tensor<512x2048xf32>
    %471 = stablehlo.subtract %467, %470 : tensor<512x2048xf32>
    %472 = stablehlo.slice %241 [23:24, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %473 = stablehlo.reshape %472 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_149 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %474 = stablehlo.multiply %arg96, %cst_149 : tensor<f32>
    %cst_150 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %475 = stablehlo.subtract %cst_150, %474 : tensor<f32>
    %476 = stablehlo.broadcast_in_dim %475, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %477 = stablehlo.multiply %arg23, %476 : tensor<512x2048xf32>
    %cst_151 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %478 = stablehlo.multiply %arg96, %cst_151 : tensor<f32>
    %479 = stablehlo.broadcast_in_dim %478, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %480 = stablehlo.multiply %473, %479 : tensor<512x2048xf32>
    %481 = stablehlo.subtract %477, %480 : tensor<512x2048xf32>
    %482 = stablehlo.slice %241 [24:25, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %483 = stablehlo.reshape %482 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_152 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %484 = stablehlo.multiply %arg96, %cst_152 : tensor<f32>
    %cst_153 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %485 = stablehlo.subtract %cst_153, %484 : tensor<f32>
    %486 = stablehlo.broadcast_in_dim %485, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %487 = stablehlo.multiply %arg24, %486 : tensor<512x2048xf32>
    %cst_154 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %488 = stablehlo.multiply %arg96, %cst_154 : tensor<f32>
    %489 = stablehlo.broadcast_in_dim %488, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %490 = stablehlo.multiply %483, %489 : tensor<512x2048xf32>
    %491 = stablehlo.subtract %487, %490 : tensor<512x2048xf32>
    %492 = stablehlo.slice %241 [25:26, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %493 = stablehlo.reshape %492 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_155 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %494 = stablehlo.multiply %arg96, %cst_155 : tensor<f32>
    %cst_156 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %495 = stablehlo.subtract %cst_156, %494 : tensor<f32>
    %496 = stablehlo.broadcast_in_dim %495, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %497 = stablehlo.multiply %arg25, %496 : tensor<512x2048xf32>
    %cst_157 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %498 = stablehlo.multiply %arg96, %cst_157 : tensor<f32>
    %499 = stablehlo.broadcast_in_dim %498, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %500 = stablehlo.multiply %493, %499 : tensor<512x2048xf32>
    %501 = stablehlo.subtract %497, %500 : tensor<512x2048xf32>
    %502 = stablehlo.slice %241 [26:27, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %503 = stablehlo.reshape %502 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_158 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %504 = stablehlo.multiply %arg96, %cst_158 : tensor<f32>
    %cst_159 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %505 = stablehlo.subtract %cst_159, %504 : tensor<f32>
    %506 = stablehlo.broadcast_in_dim %505, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %507 = stablehlo.multiply %arg26, %506 : tensor<512x2048xf32>
    %cst_160 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %508 = stablehlo.multiply %arg96, %cst_160 : tensor<f32>
    %509 = stablehlo.broadcast_in_dim %508, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %510 = stablehlo.multiply %503, %509 : tensor<512x2048xf32>
    %511 = stablehlo.subtract %507, %510 : tensor<512x2048xf32>
    %512 = stablehlo.slice %241 [27:28, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %513 = stablehlo.reshape %512 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_161 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %514 = stablehlo.multiply %arg96, %cst_161 : tensor<f32>
    %cst_162 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %515 = stablehlo.subtract %cst_162, %514 : tensor<f32>
    %516 = stablehlo.broadcast_in_dim %515, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %517 = stablehlo.multiply %arg27, %516 : tensor<512x2048xf32>
    %cst_163 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %518 = stablehlo.multiply %arg96, %cst_163 : tensor<f32>
    %519 = stablehlo.broadcast_in_dim %518, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %520 = stablehlo.multiply %513, %519 : tensor<512x2048xf32>
    %521 = stablehlo.subtract %517, %520 : tensor<512x2048xf32>
    %522 = stablehlo.slice %241 [28:29, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %523 = stablehlo.reshape %522 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_164 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %524 = stablehlo.multiply %arg96, %cst_164 : tensor<f32>
    %cst_165 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %525 = stablehlo.subtract %cst_165, %524 : tensor<f32>
    %526 = stablehlo.broadcast_in_dim %525, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %527 = stablehlo.multiply %arg28, %526 : tensor<512x2048xf32>
    %cst_166 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %528 = stablehlo.multiply %arg96, %cst_166 : tensor<f32>
    %529 = stablehlo.broadcast_in_dim %528, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %530 = stablehlo.multiply %523, %529 : tensor<512x2048xf32>
    %531 = stablehlo.subtract %527, %530 : tensor<512x2048xf32>
    %532 = stablehlo.slice %241 [29:30, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %533 = stablehlo.reshape %532 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_167 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %534 = stablehlo.multiply %arg96, %cst_167 : tensor<f32>
    %cst_168 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %535 = stablehlo.subtract %cst_168, %534 : tensor<f32>
    %536 = stablehlo.broadcast_in_dim %535, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %537 = stablehlo.multiply %arg29, %536 : tensor<512x2048xf32>
    %cst_169 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %538 = stablehlo.multiply %arg96, %cst_169 : tensor<f32>
    %539 = stablehlo.broadcast_in_dim %538, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %540 = stablehlo.multiply %533, %539 : tensor<512x2048xf32>
    %541 = stablehlo.subtract %537, %540 : tensor<512x2048xf32>
    %542 = stablehlo.slice %241 [30:31, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %543 = stablehlo.reshape %542 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_170 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %544 = stablehlo.multiply %arg96, %cst_170 : tensor<f32>
    %cst_171 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %545 = stablehlo.subtract %cst_171, %544 : tensor<f32>
    %546 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %547 = stablehlo.multiply %arg30, %546 : tensor<512x2048xf32>
    %cst_172 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %548 = stablehlo.multiply %arg96, %cst_172 : tensor<f32>
    %549 = stablehlo.broadcast_in_dim %548, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %550 = stablehlo.multiply %543, %549 : tensor<512x2048xf32>
    %551 = stablehlo.subtract %547, %550 : tensor<512x2048xf32>
    %552 = stablehlo.slice %241 [31:32, 0:512, 0:2048] : (tensor<32x512x2048xf32>) -> tensor<1x512x2048xf32>
    %553 = stablehlo.reshape %552 : (tensor<1x512x2048xf32>) -> tensor<512x2048xf32>
    %cst_173 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %554 = stablehlo.multiply %arg96, %cst_173 : tensor<f32>
    %cst_174 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %555 = stablehlo.subtract %cst_174, %554 : tensor<f32>
    %556 = stablehlo.broadcast_in_dim %555, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %557 = stablehlo.multiply %arg31, %556 : tensor<512x2048xf32>
    %cst_175 = stablehlo.constant dense<9.050967e+00> : tensor<f32>
    %558 = stablehlo.multiply %arg96, %cst_175 : tensor<f32>
    %559 = stablehlo.broadcast_in_dim %558, dims = [] : (tensor<f32>) -> tensor<512x2048xf32>
    %560 = stablehlo.multiply %553, %559 : tensor<512x2048xf32>
    %561 = stablehlo.subtract %557, %560 : tensor<512x2048xf32>
    return %251, %261, %271, %281, %291, %301, %311, %321, %331, %341, %351, %361, %371, %381, %391, %401, %411, %421, %431, %441, %451, %461, %471, %481, %491, %501, %511, %521, %531, %541, %551, %561, %1, %6, %11, %16, %21, %26, %31, %36, %41, %46, %51, %56, %61, %66, %71, %76, %81, %86, %91, %96, %101, %106, %111, %116, %121, %126, %131, %136, %141, %146, %151, %156 : tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>, tensor<512x2048xf32>
  }
}
