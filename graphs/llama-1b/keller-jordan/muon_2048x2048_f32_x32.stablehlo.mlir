module @muon_2048x2048_f32_x32 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2048x2048xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<2048x2048xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<2048x2048xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<2048x2048xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<2048x2048xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<2048x2048xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<2048x2048xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<2048x2048xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<2048x2048xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<2048x2048xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<2048x2048xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<2048x2048xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<2048x2048xf32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<2048x2048xf32> {tf.aliasing_output = 13 : i32}, %arg14: tensor<2048x2048xf32> {tf.aliasing_output = 14 : i32}, %arg15: tensor<2048x2048xf32> {tf.aliasing_output = 15 : i32}, %arg16: tensor<2048x2048xf32> {tf.aliasing_output = 16 : i32}, %arg17: tensor<2048x2048xf32> {tf.aliasing_output = 17 : i32}, %arg18: tensor<2048x2048xf32> {tf.aliasing_output = 18 : i32}, %arg19: tensor<2048x2048xf32> {tf.aliasing_output = 19 : i32}, %arg20: tensor<2048x2048xf32> {tf.aliasing_output = 20 : i32}, %arg21: tensor<2048x2048xf32> {tf.aliasing_output = 21 : i32}, %arg22: tensor<2048x2048xf32> {tf.aliasing_output = 22 : i32}, %arg23: tensor<2048x2048xf32> {tf.aliasing_output = 23 : i32}, %arg24: tensor<2048x2048xf32> {tf.aliasing_output = 24 : i32}, %arg25: tensor<2048x2048xf32> {tf.aliasing_output = 25 : i32}, %arg26: tensor<2048x2048xf32> {tf.aliasing_output = 26 : i32}, %arg27: tensor<2048x2048xf32> {tf.aliasing_output = 27 : i32}, %arg28: tensor<2048x2048xf32> {tf.aliasing_output = 28 : i32}, %arg29: tensor<2048x2048xf32> {tf.aliasing_output = 29 : i32}, %arg30: tensor<2048x2048xf32> {tf.aliasing_output = 30 : i32}, %arg31: tensor<2048x2048xf32> {tf.aliasing_output = 31 : i32}, %arg32: tensor<2048x2048xf32>, %arg33: tensor<2048x2048xf32>, %arg34: tensor<2048x2048xf32>, %arg35: tensor<2048x2048xf32>, %arg36: tensor<2048x2048xf32>, %arg37: tensor<2048x2048xf32>, %arg38: tensor<2048x2048xf32>, %arg39: tensor<2048x2048xf32>, %arg40: tensor<2048x2048xf32>, %arg41: tensor<2048x2048xf32>, %arg42: tensor<2048x2048xf32>, %arg43: tensor<2048x2048xf32>, %arg44: tensor<2048x2048xf32>, %arg45: tensor<2048x2048xf32>, %arg46: tensor<2048x2048xf32>, %arg47: tensor<2048x2048xf32>, %arg48: tensor<2048x2048xf32>, %arg49: tensor<2048x2048xf32>, %arg50: tensor<2048x2048xf32>, %arg51: tensor<2048x2048xf32>, %arg52: tensor<2048x2048xf32>, %arg53: tensor<2048x2048xf32>, %arg54: tensor<2048x2048xf32>, %arg55: tensor<2048x2048xf32>, %arg56: tensor<2048x2048xf32>, %arg57: tensor<2048x2048xf32>, %arg58: tensor<2048x2048xf32>, %arg59: tensor<2048x2048xf32>, %arg60: tensor<2048x2048xf32>, %arg61: tensor<2048x2048xf32>, %arg62: tensor<2048x2048xf32>, %arg63: tensor<2048x2048xf32>, %arg64: tensor<2048x2048xf32> {tf.aliasing_output = 32 : i32}, %arg65: tensor<2048x2048xf32> {tf.aliasing_output = 33 : i32}, %arg66: tensor<2048x2048xf32> {tf.aliasing_output = 34 : i32}, %arg67: tensor<2048x2048xf32> {tf.aliasing_output = 35 : i32}, %arg68: tensor<2048x2048xf32> {tf.aliasing_output = 36 : i32}, %arg69: tensor<2048x2048xf32> {tf.aliasing_output = 37 : i32}, %arg70: tensor<2048x2048xf32> {tf.aliasing_output = 38 : i32}, %arg71: tensor<2048x2048xf32> {tf.aliasing_output = 39 : i32}, %arg72: tensor<2048x2048xf32> {tf.aliasing_output = 40 : i32}, %arg73: tensor<2048x2048xf32> {tf.aliasing_output = 41 : i32}, %arg74: tensor<2048x2048xf32> {tf.aliasing_output = 42 : i32}, %arg75: tensor<2048x2048xf32> {tf.aliasing_output = 43 : i32}, %arg76: tensor<2048x2048xf32> {tf.aliasing_output = 44 : i32}, %arg77: tensor<2048x2048xf32> {tf.aliasing_output = 45 : i32}, %arg78: tensor<2048x2048xf32> {tf.aliasing_output = 46 : i32}, %arg79: tensor<2048x2048xf32> {tf.aliasing_output = 47 : i32}, %arg80: tensor<2048x2048xf32> {tf.aliasing_output = 48 : i32}, %arg81: tensor<2048x2048xf32> {tf.aliasing_output = 49 : i32}, %arg82: tensor<2048x2048xf32> {tf.aliasing_output = 50 : i32}, %arg83: tensor<2048x2048xf32> {tf.aliasing_output = 51 : i32}, %arg84: tensor<2048x2048xf32> {tf.aliasing_output = 52 : i32}, %arg85: tensor<2048x2048xf32> {tf.aliasing_output = 53 : i32}, %arg86: tensor<2048x2048xf32> {tf.aliasing_output = 54 : i32}, %arg87: tensor<2048x2048xf32> {tf.aliasing_output = 55 : i32}, %arg88: tensor<2048x2048xf32> {tf.aliasing_output = 56 : i32}, %arg89: tensor<2048x2048xf32> {tf.aliasing_output = 57 : i32}, %arg90: tensor<2048x2048xf32> {tf.aliasing_output = 58 : i32}, %arg91: tensor<2048x2048xf32> {tf.aliasing_output = 59 : i32}, %arg92: tensor<2048x2048xf32> {tf.aliasing_output = 60 : i32}, %arg93: tensor<2048x2048xf32> {tf.aliasing_output = 61 : i32}, %arg94: tensor<2048x2048xf32> {tf.aliasing_output = 62 : i32}, %arg95: tensor<2048x2048xf32> {tf.aliasing_output = 63 : i32}, %arg96: tensor<f32>, %arg97: tensor<f32>) -> (tensor<2048x2048xf32> {jax.result_info = "model.layers.0.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.0.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.1.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.1.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.2.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.2.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.3.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.3.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.4.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.4.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.5.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.5.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.6.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.6.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.7.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.7.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.8.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.8.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.9.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.9.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.10.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.10.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.11.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.11.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.12.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.12.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.13.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.13.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.14.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.14.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.15.self_attn.q_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.15.self_attn.o_proj.weight"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.0.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.0.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.1.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.1.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.2.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.2.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.3.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.3.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.4.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.4.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.5.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.5.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.6.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.6.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.7.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.7.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.8.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.8.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.9.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.9.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.10.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.10.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.11.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.11.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.12.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.12.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.13.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.13.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.14.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.14.self_attn.o_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.15.self_attn.q_proj.weight.momentum"}, tensor<2048x2048xf32> {jax.result_info = "model.layers.15.self_attn.o_proj.weight.momentum"}) {
    %0 = stablehlo.subtract %arg32, %arg64 : tensor<2048x2048xf32>
    %cst = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %1 = stablehlo.multiply %0, %cst : tensor<2048x2048xf32>
    %2 = stablehlo.add %arg64, %1 : tensor<2048x2048xf32>
    %3 = stablehlo.subtract %2, %arg32 : tensor<2048x2048xf32>
    %cst_0 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %4 = stablehlo.multiply %3, %cst_0 : tensor<2048x2048xf32>
    %5 = stablehlo.subtract %2, %4 : tensor<2048x2048xf32>
    %6 = stablehlo.reshape %5 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %7 = stablehlo.subtract %arg33, %arg65 : tensor<2048x2048xf32>
    %cst_1 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %8 = stablehlo.multiply %7, %cst_1 : tensor<2048x2048xf32>
    %9 = stablehlo.add %arg65, %8 : tensor<2048x2048xf32>
    %10 = stablehlo.subtract %9, %arg33 : tensor<2048x2048xf32>
    %cst_2 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %11 = stablehlo.multiply %10, %cst_2 : tensor<2048x2048xf32>
    %12 = stablehlo.subtract %9, %11 : tensor<2048x2048xf32>
    %13 = stablehlo.reshape %12 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %14 = stablehlo.subtract %arg34, %arg66 : tensor<2048x2048xf32>
    %cst_3 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %15 = stablehlo.multiply %14, %cst_3 : tensor<2048x2048xf32>
    %16 = stablehlo.add %arg66, %15 : tensor<2048x2048xf32>
    %17 = stablehlo.subtract %16, %arg34 : tensor<2048x2048xf32>
    %cst_4 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %18 = stablehlo.multiply %17, %cst_4 : tensor<2048x2048xf32>
    %19 = stablehlo.subtract %16, %18 : tensor<2048x2048xf32>
    %20 = stablehlo.reshape %19 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %21 = stablehlo.subtract %arg35, %arg67 : tensor<2048x2048xf32>
    %cst_5 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %22 = stablehlo.multiply %21, %cst_5 : tensor<2048x2048xf32>
    %23 = stablehlo.add %arg67, %22 : tensor<2048x2048xf32>
    %24 = stablehlo.subtract %23, %arg35 : tensor<2048x2048xf32>
    %cst_6 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %25 = stablehlo.multiply %24, %cst_6 : tensor<2048x2048xf32>
    %26 = stablehlo.subtract %23, %25 : tensor<2048x2048xf32>
    %27 = stablehlo.reshape %26 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %28 = stablehlo.subtract %arg36, %arg68 : tensor<2048x2048xf32>
    %cst_7 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %29 = stablehlo.multiply %28, %cst_7 : tensor<2048x2048xf32>
    %30 = stablehlo.add %arg68, %29 : tensor<2048x2048xf32>
    %31 = stablehlo.subtract %30, %arg36 : tensor<2048x2048xf32>
    %cst_8 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %32 = stablehlo.multiply %31, %cst_8 : tensor<2048x2048xf32>
    %33 = stablehlo.subtract %30, %32 : tensor<2048x2048xf32>
    %34 = stablehlo.reshape %33 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %35 = stablehlo.subtract %arg37, %arg69 : tensor<2048x2048xf32>
    %cst_9 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %36 = stablehlo.multiply %35, %cst_9 : tensor<2048x2048xf32>
    %37 = stablehlo.add %arg69, %36 : tensor<2048x2048xf32>
    %38 = stablehlo.subtract %37, %arg37 : tensor<2048x2048xf32>
    %cst_10 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %39 = stablehlo.multiply %38, %cst_10 : tensor<2048x2048xf32>
    %40 = stablehlo.subtract %37, %39 : tensor<2048x2048xf32>
    %41 = stablehlo.reshape %40 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %42 = stablehlo.subtract %arg38, %arg70 : tensor<2048x2048xf32>
    %cst_11 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %43 = stablehlo.multiply %42, %cst_11 : tensor<2048x2048xf32>
    %44 = stablehlo.add %arg70, %43 : tensor<2048x2048xf32>
    %45 = stablehlo.subtract %44, %arg38 : tensor<2048x2048xf32>
    %cst_12 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %46 = stablehlo.multiply %45, %cst_12 : tensor<2048x2048xf32>
    %47 = stablehlo.subtract %44, %46 : tensor<2048x2048xf32>
    %48 = stablehlo.reshape %47 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %49 = stablehlo.subtract %arg39, %arg71 : tensor<2048x2048xf32>
    %cst_13 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %50 = stablehlo.multiply %49, %cst_13 : tensor<2048x2048xf32>
    %51 = stablehlo.add %arg71, %50 : tensor<2048x2048xf32>
    %52 = stablehlo.subtract %51, %arg39 : tensor<2048x2048xf32>
    %cst_14 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %53 = stablehlo.multiply %52, %cst_14 : tensor<2048x2048xf32>
    %54 = stablehlo.subtract %51, %53 : tensor<2048x2048xf32>
    %55 = stablehlo.reshape %54 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %56 = stablehlo.subtract %arg40, %arg72 : tensor<2048x2048xf32>
    %cst_15 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %57 = stablehlo.multiply %56, %cst_15 : tensor<2048x2048xf32>
    %58 = stablehlo.add %arg72, %57 : tensor<2048x2048xf32>
    %59 = stablehlo.subtract %58, %arg40 : tensor<2048x2048xf32>
    %cst_16 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %60 = stablehlo.multiply %59, %cst_16 : tensor<2048x2048xf32>
    %61 = stablehlo.subtract %58, %60 : tensor<2048x2048xf32>
    %62 = stablehlo.reshape %61 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %63 = stablehlo.subtract %arg41, %arg73 : tensor<2048x2048xf32>
    %cst_17 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %64 = stablehlo.multiply %63, %cst_17 : tensor<2048x2048xf32>
    %65 = stablehlo.add %arg73, %64 : tensor<2048x2048xf32>
    %66 = stablehlo.subtract %65, %arg41 : tensor<2048x2048xf32>
    %cst_18 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %67 = stablehlo.multiply %66, %cst_18 : tensor<2048x2048xf32>
    %68 = stablehlo.subtract %65, %67 : tensor<2048x2048xf32>
    %69 = stablehlo.reshape %68 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %70 = stablehlo.subtract %arg42, %arg74 : tensor<2048x2048xf32>
    %cst_19 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %71 = stablehlo.multiply %70, %cst_19 : tensor<2048x2048xf32>
    %72 = stablehlo.add %arg74, %71 : tensor<2048x2048xf32>
    %73 = stablehlo.subtract %72, %arg42 : tensor<2048x2048xf32>
    %cst_20 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %74 = stablehlo.multiply %73, %cst_20 : tensor<2048x2048xf32>
    %75 = stablehlo.subtract %72, %74 : tensor<2048x2048xf32>
    %76 = stablehlo.reshape %75 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %77 = stablehlo.subtract %arg43, %arg75 : tensor<2048x2048xf32>
    %cst_21 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %78 = stablehlo.multiply %77, %cst_21 : tensor<2048x2048xf32>
    %79 = stablehlo.add %arg75, %78 : tensor<2048x2048xf32>
    %80 = stablehlo.subtract %79, %arg43 : tensor<2048x2048xf32>
    %cst_22 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %81 = stablehlo.multiply %80, %cst_22 : tensor<2048x2048xf32>
    %82 = stablehlo.subtract %79, %81 : tensor<2048x2048xf32>
    %83 = stablehlo.reshape %82 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %84 = stablehlo.subtract %arg44, %arg76 : tensor<2048x2048xf32>
    %cst_23 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %85 = stablehlo.multiply %84, %cst_23 : tensor<2048x2048xf32>
    %86 = stablehlo.add %arg76, %85 : tensor<2048x2048xf32>
    %87 = stablehlo.subtract %86, %arg44 : tensor<2048x2048xf32>
    %cst_24 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %88 = stablehlo.multiply %87, %cst_24 : tensor<2048x2048xf32>
    %89 = stablehlo.subtract %86, %88 : tensor<2048x2048xf32>
    %90 = stablehlo.reshape %89 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %91 = stablehlo.subtract %arg45, %arg77 : tensor<2048x2048xf32>
    %cst_25 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %92 = stablehlo.multiply %91, %cst_25 : tensor<2048x2048xf32>
    %93 = stablehlo.add %arg77, %92 : tensor<2048x2048xf32>
    %94 = stablehlo.subtract %93, %arg45 : tensor<2048x2048xf32>
    %cst_26 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %95 = stablehlo.multiply %94, %cst_26 : tensor<2048x2048xf32>
    %96 = stablehlo.subtract %93, %95 : tensor<2048x2048xf32>
    %97 = stablehlo.reshape %96 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %98 = stablehlo.subtract %arg46, %arg78 : tensor<2048x2048xf32>
    %cst_27 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %99 = stablehlo.multiply %98, %cst_27 : tensor<2048x2048xf32>
    %100 = stablehlo.add %arg78, %99 : tensor<2048x2048xf32>
    %101 = stablehlo.subtract %100, %arg46 : tensor<2048x2048xf32>
    %cst_28 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %102 = stablehlo.multiply %101, %cst_28 : tensor<2048x2048xf32>
    %103 = stablehlo.subtract %100, %102 : tensor<2048x2048xf32>
    %104 = stablehlo.reshape %103 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %105 = stablehlo.subtract %arg47, %arg79 : tensor<2048x2048xf32>
    %cst_29 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %106 = stablehlo.multiply %105, %cst_29 : tensor<2048x2048xf32>
    %107 = stablehlo.add %arg79, %106 : tensor<2048x2048xf32>
    %108 = stablehlo.subtract %107, %arg47 : tensor<2048x2048xf32>
    %cst_30 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %109 = stablehlo.multiply %108, %cst_30 : tensor<2048x2048xf32>
    %110 = stablehlo.subtract %107, %109 : tensor<2048x2048xf32>
    %111 = stablehlo.reshape %110 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %112 = stablehlo.subtract %arg48, %arg80 : tensor<2048x2048xf32>
    %cst_31 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %113 = stablehlo.multiply %112, %cst_31 : tensor<2048x2048xf32>
    %114 = stablehlo.add %arg80, %113 : tensor<2048x2048xf32>
    %115 = stablehlo.subtract %114, %arg48 : tensor<2048x2048xf32>
    %cst_32 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %116 = stablehlo.multiply %115, %cst_32 : tensor<2048x2048xf32>
    %117 = stablehlo.subtract %114, %116 : tensor<2048x2048xf32>
    %118 = stablehlo.reshape %117 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %119 = stablehlo.subtract %arg49, %arg81 : tensor<2048x2048xf32>
    %cst_33 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %120 = stablehlo.multiply %119, %cst_33 : tensor<2048x2048xf32>
    %121 = stablehlo.add %arg81, %120 : tensor<2048x2048xf32>
    %122 = stablehlo.subtract %121, %arg49 : tensor<2048x2048xf32>
    %cst_34 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %123 = stablehlo.multiply %122, %cst_34 : tensor<2048x2048xf32>
    %124 = stablehlo.subtract %121, %123 : tensor<2048x2048xf32>
    %125 = stablehlo.reshape %124 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %126 = stablehlo.subtract %arg50, %arg82 : tensor<2048x2048xf32>
    %cst_35 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %127 = stablehlo.multiply %126, %cst_35 : tensor<2048x2048xf32>
    %128 = stablehlo.add %arg82, %127 : tensor<2048x2048xf32>
    %129 = stablehlo.subtract %128, %arg50 : tensor<2048x2048xf32>
    %cst_36 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %130 = stablehlo.multiply %129, %cst_36 : tensor<2048x2048xf32>
    %131 = stablehlo.subtract %128, %130 : tensor<2048x2048xf32>
    %132 = stablehlo.reshape %131 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %133 = stablehlo.subtract %arg51, %arg83 : tensor<2048x2048xf32>
    %cst_37 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %134 = stablehlo.multiply %133, %cst_37 : tensor<2048x2048xf32>
    %135 = stablehlo.add %arg83, %134 : tensor<2048x2048xf32>
    %136 = stablehlo.subtract %135, %arg51 : tensor<2048x2048xf32>
    %cst_38 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %137 = stablehlo.multiply %136, %cst_38 : tensor<2048x2048xf32>
    %138 = stablehlo.subtract %135, %137 : tensor<2048x2048xf32>
    %139 = stablehlo.reshape %138 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %140 = stablehlo.subtract %arg52, %arg84 : tensor<2048x2048xf32>
    %cst_39 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %141 = stablehlo.multiply %140, %cst_39 : tensor<2048x2048xf32>
    %142 = stablehlo.add %arg84, %141 : tensor<2048x2048xf32>
    %143 = stablehlo.subtract %142, %arg52 : tensor<2048x2048xf32>
    %cst_40 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %144 = stablehlo.multiply %143, %cst_40 : tensor<2048x2048xf32>
    %145 = stablehlo.subtract %142, %144 : tensor<2048x2048xf32>
    %146 = stablehlo.reshape %145 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %147 = stablehlo.subtract %arg53, %arg85 : tensor<2048x2048xf32>
    %cst_41 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %148 = stablehlo.multiply %147, %cst_41 : tensor<2048x2048xf32>
    %149 = stablehlo.add %arg85, %148 : tensor<2048x2048xf32>
    %150 = stablehlo.subtract %149, %arg53 : tensor<2048x2048xf32>
    %cst_42 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %151 = stablehlo.multiply %150, %cst_42 : tensor<2048x2048xf32>
    %152 = stablehlo.subtract %149, %151 : tensor<2048x2048xf32>
    %153 = stablehlo.reshape %152 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %154 = stablehlo.subtract %arg54, %arg86 : tensor<2048x2048xf32>
    %cst_43 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %155 = stablehlo.multiply %154, %cst_43 : tensor<2048x2048xf32>
    %156 = stablehlo.add %arg86, %155 : tensor<2048x2048xf32>
    %157 = stablehlo.subtract %156, %arg54 : tensor<2048x2048xf32>
    %cst_44 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %158 = stablehlo.multiply %157, %cst_44 : tensor<2048x2048xf32>
    %159 = stablehlo.subtract %156, %158 : tensor<2048x2048xf32>
    %160 = stablehlo.reshape %159 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %161 = stablehlo.subtract %arg55, %arg87 : tensor<2048x2048xf32>
    %cst_45 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %162 = stablehlo.multiply %161, %cst_45 : tensor<2048x2048xf32>
    %163 = stablehlo.add %arg87, %162 : tensor<2048x2048xf32>
    %164 = stablehlo.subtract %163, %arg55 : tensor<2048x2048xf32>
    %cst_46 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %165 = stablehlo.multiply %164, %cst_46 : tensor<2048x2048xf32>
    %166 = stablehlo.subtract %163, %165 : tensor<2048x2048xf32>
    %167 = stablehlo.reshape %166 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %168 = stablehlo.subtract %arg56, %arg88 : tensor<2048x2048xf32>
    %cst_47 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %169 = stablehlo.multiply %168, %cst_47 : tensor<2048x2048xf32>
    %170 = stablehlo.add %arg88, %169 : tensor<2048x2048xf32>
    %171 = stablehlo.subtract %170, %arg56 : tensor<2048x2048xf32>
    %cst_48 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %172 = stablehlo.multiply %171, %cst_48 : tensor<2048x2048xf32>
    %173 = stablehlo.subtract %170, %172 : tensor<2048x2048xf32>
    %174 = stablehlo.reshape %173 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %175 = stablehlo.subtract %arg57, %arg89 : tensor<2048x2048xf32>
    %cst_49 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %176 = stablehlo.multiply %175, %cst_49 : tensor<2048x2048xf32>
    %177 = stablehlo.add %arg89, %176 : tensor<2048x2048xf32>
    %178 = stablehlo.subtract %177, %arg57 : tensor<2048x2048xf32>
    %cst_50 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %179 = stablehlo.multiply %178, %cst_50 : tensor<2048x2048xf32>
    %180 = stablehlo.subtract %177, %179 : tensor<2048x2048xf32>
    %181 = stablehlo.reshape %180 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %182 = stablehlo.subtract %arg58, %arg90 : tensor<2048x2048xf32>
    %cst_51 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %183 = stablehlo.multiply %182, %cst_51 : tensor<2048x2048xf32>
    %184 = stablehlo.add %arg90, %183 : tensor<2048x2048xf32>
    %185 = stablehlo.subtract %184, %arg58 : tensor<2048x2048xf32>
    %cst_52 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %186 = stablehlo.multiply %185, %cst_52 : tensor<2048x2048xf32>
    %187 = stablehlo.subtract %184, %186 : tensor<2048x2048xf32>
    %188 = stablehlo.reshape %187 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %189 = stablehlo.subtract %arg59, %arg91 : tensor<2048x2048xf32>
    %cst_53 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %190 = stablehlo.multiply %189, %cst_53 : tensor<2048x2048xf32>
    %191 = stablehlo.add %arg91, %190 : tensor<2048x2048xf32>
    %192 = stablehlo.subtract %191, %arg59 : tensor<2048x2048xf32>
    %cst_54 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %193 = stablehlo.multiply %192, %cst_54 : tensor<2048x2048xf32>
    %194 = stablehlo.subtract %191, %193 : tensor<2048x2048xf32>
    %195 = stablehlo.reshape %194 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %196 = stablehlo.subtract %arg60, %arg92 : tensor<2048x2048xf32>
    %cst_55 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %197 = stablehlo.multiply %196, %cst_55 : tensor<2048x2048xf32>
    %198 = stablehlo.add %arg92, %197 : tensor<2048x2048xf32>
    %199 = stablehlo.subtract %198, %arg60 : tensor<2048x2048xf32>
    %cst_56 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %200 = stablehlo.multiply %199, %cst_56 : tensor<2048x2048xf32>
    %201 = stablehlo.subtract %198, %200 : tensor<2048x2048xf32>
    %202 = stablehlo.reshape %201 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %203 = stablehlo.subtract %arg61, %arg93 : tensor<2048x2048xf32>
    %cst_57 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %204 = stablehlo.multiply %203, %cst_57 : tensor<2048x2048xf32>
    %205 = stablehlo.add %arg93, %204 : tensor<2048x2048xf32>
    %206 = stablehlo.subtract %205, %arg61 : tensor<2048x2048xf32>
    %cst_58 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %207 = stablehlo.multiply %206, %cst_58 : tensor<2048x2048xf32>
    %208 = stablehlo.subtract %205, %207 : tensor<2048x2048xf32>
    %209 = stablehlo.reshape %208 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %210 = stablehlo.subtract %arg62, %arg94 : tensor<2048x2048xf32>
    %cst_59 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %211 = stablehlo.multiply %210, %cst_59 : tensor<2048x2048xf32>
    %212 = stablehlo.add %arg94, %211 : tensor<2048x2048xf32>
    %213 = stablehlo.subtract %212, %arg62 : tensor<2048x2048xf32>
    %cst_60 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %214 = stablehlo.multiply %213, %cst_60 : tensor<2048x2048xf32>
    %215 = stablehlo.subtract %212, %214 : tensor<2048x2048xf32>
    %216 = stablehlo.reshape %215 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %217 = stablehlo.subtract %arg63, %arg95 : tensor<2048x2048xf32>
    %cst_61 = stablehlo.constant dense<5.000000e-02> : tensor<2048x2048xf32>
    %218 = stablehlo.multiply %217, %cst_61 : tensor<2048x2048xf32>
    %219 = stablehlo.add %arg95, %218 : tensor<2048x2048xf32>
    %220 = stablehlo.subtract %219, %arg63 : tensor<2048x2048xf32>
    %cst_62 = stablehlo.constant dense<5.0000012e-02> : tensor<2048x2048xf32>
    %221 = stablehlo.multiply %220, %cst_62 : tensor<2048x2048xf32>
    %222 = stablehlo.subtract %219, %221 : tensor<2048x2048xf32>
    %223 = stablehlo.reshape %222 : (tensor<2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %224 = stablehlo.concatenate %6, %13, %20, %27, %34, %41, %48, %55, %62, %69, %76, %83, %90, %97, %104, %111, %118, %125, %132, %139, %146, %153, %160, %167, %174, %181, %188, %195, %202, %209, %216, %223, dim = 0 : (tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>, tensor<1x2048x2048xf32>) -> tensor<32x2048x2048xf32>
    %225 = stablehlo.convert %224 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %226 = stablehlo.convert %225 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %227 = stablehlo.dot_general %226, %226, batching_dims = [0, 1] x [0, 1], contracting_dims = [2] x [2], precision = [HIGHEST, HIGHEST] : (tensor<32x2048x2048xf32>, tensor<32x2048x2048xf32>) -> tensor<32x2048xf32>
    %cst_63 = stablehlo.constant dense<1.000000e+00> : tensor<32x2048xf32>
    %228 = stablehlo.dot_general %227, %cst_63, batching_dims = [0] x [0], contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<32x2048xf32>, tensor<32x2048xf32>) -> tensor<32xf32>
    %229 = stablehlo.sqrt %228 : tensor<32xf32>
    %230 = stablehlo.reshape %229 : (tensor<32xf32>) -> tensor<32x1x1xf32>
    %231 = stablehlo.convert %230 : (tensor<32x1x1xf32>) -> tensor<32x1x1xbf16>
    %cst_64 = stablehlo.constant dense<1.001172e-07> : tensor<32x1x1xbf16>
    %232 = stablehlo.add %231, %cst_64 : tensor<32x1x1xbf16>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0, 1, 2] : (tensor<32x1x1xbf16>) -> tensor<32x2048x2048xbf16>
    %234 = stablehlo.divide %225, %233 : tensor<32x2048x2048xbf16>
    %235 = stablehlo.dot_general %234, %234, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %236 = stablehlo.convert %235 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_65 = stablehlo.constant dense<2.031500e+00> : tensor<32x2048x2048xf32>
    %237 = stablehlo.multiply %236, %cst_65 : tensor<32x2048x2048xf32>
    %238 = stablehlo.convert %237 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %239 = stablehlo.dot_general %238, %235, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %240 = stablehlo.convert %235 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_66 = stablehlo.constant dense<-4.775000e+00> : tensor<32x2048x2048xf32>
    %241 = stablehlo.multiply %240, %cst_66 : tensor<32x2048x2048xf32>
    %242 = stablehlo.convert %241 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %243 = stablehlo.add %242, %239 : tensor<32x2048x2048xbf16>
    %244 = stablehlo.dot_general %243, %234, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %245 = stablehlo.convert %234 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_67 = stablehlo.constant dense<3.444500e+00> : tensor<32x2048x2048xf32>
    %246 = stablehlo.multiply %245, %cst_67 : tensor<32x2048x2048xf32>
    %247 = stablehlo.convert %246 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %248 = stablehlo.add %247, %244 : tensor<32x2048x2048xbf16>
    %249 = stablehlo.dot_general %248, %248, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %250 = stablehlo.convert %249 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_68 = stablehlo.constant dense<2.031500e+00> : tensor<32x2048x2048xf32>
    %251 = stablehlo.multiply %250, %cst_68 : tensor<32x2048x2048xf32>
    %252 = stablehlo.convert %251 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %253 = stablehlo.dot_general %252, %249, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %254 = stablehlo.convert %249 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_69 = stablehlo.constant dense<-4.775000e+00> : tensor<32x2048x2048xf32>
    %255 = stablehlo.multiply %254, %cst_69 : tensor<32x2048x2048xf32>
    %256 = stablehlo.convert %255 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %257 = stablehlo.add %256, %253 : tensor<32x2048x2048xbf16>
    %258 = stablehlo.dot_general %257, %248, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %259 = stablehlo.convert %248 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_70 = stablehlo.constant dense<3.444500e+00> : tensor<32x2048x2048xf32>
    %260 = stablehlo.multiply %259, %cst_70 : tensor<32x2048x2048xf32>
    %261 = stablehlo.convert %260 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %262 = stablehlo.add %261, %258 : tensor<32x2048x2048xbf16>
    %263 = stablehlo.dot_general %262, %262, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %264 = stablehlo.convert %263 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_71 = stablehlo.constant dense<2.031500e+00> : tensor<32x2048x2048xf32>
    %265 = stablehlo.multiply %264, %cst_71 : tensor<32x2048x2048xf32>
    %266 = stablehlo.convert %265 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %267 = stablehlo.dot_general %266, %263, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %268 = stablehlo.convert %263 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_72 = stablehlo.constant dense<-4.775000e+00> : tensor<32x2048x2048xf32>
    %269 = stablehlo.multiply %268, %cst_72 : tensor<32x2048x2048xf32>
    %270 = stablehlo.convert %269 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %271 = stablehlo.add %270, %267 : tensor<32x2048x2048xbf16>
    %272 = stablehlo.dot_general %271, %262, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %273 = stablehlo.convert %262 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_73 = stablehlo.constant dense<3.444500e+00> : tensor<32x2048x2048xf32>
    %274 = stablehlo.multiply %273, %cst_73 : tensor<32x2048x2048xf32>
    %275 = stablehlo.convert %274 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %276 = stablehlo.add %275, %272 : tensor<32x2048x2048xbf16>
    %277 = stablehlo.dot_general %276, %276, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %278 = stablehlo.convert %277 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_74 = stablehlo.constant dense<2.031500e+00> : tensor<32x2048x2048xf32>
    %279 = stablehlo.multiply %278, %cst_74 : tensor<32x2048x2048xf32>
    %280 = stablehlo.convert %279 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %281 = stablehlo.dot_general %280, %277, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %282 = stablehlo.convert %277 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_75 = stablehlo.constant dense<-4.775000e+00> : tensor<32x2048x2048xf32>
    %283 = stablehlo.multiply %282, %cst_75 : tensor<32x2048x2048xf32>
    %284 = stablehlo.convert %283 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %285 = stablehlo.add %284, %281 : tensor<32x2048x2048xbf16>
    %286 = stablehlo.dot_general %285, %276, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %287 = stablehlo.convert %276 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_76 = stablehlo.constant dense<3.444500e+00> : tensor<32x2048x2048xf32>
    %288 = stablehlo.multiply %287, %cst_76 : tensor<32x2048x2048xf32>
    %289 = stablehlo.convert %288 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %290 = stablehlo.add %289, %286 : tensor<32x2048x2048xbf16>
    %291 = stablehlo.dot_general %290, %290, batching_dims = [0] x [0], contracting_dims = [2] x [2], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %292 = stablehlo.convert %291 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_77 = stablehlo.constant dense<2.031500e+00> : tensor<32x2048x2048xf32>
    %293 = stablehlo.multiply %292, %cst_77 : tensor<32x2048x2048xf32>
    %294 = stablehlo.convert %293 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %295 = stablehlo.dot_general %294, %291, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %296 = stablehlo.convert %291 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_78 = stablehlo.constant dense<-4.775000e+00> : tensor<32x2048x2048xf32>
    %297 = stablehlo.multiply %296, %cst_78 : tensor<32x2048x2048xf32>
    %298 = stablehlo.convert %297 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %299 = stablehlo.add %298, %295 : tensor<32x2048x2048xbf16>
    %300 = stablehlo.dot_general %299, %290, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<32x2048x2048xbf16>, tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xbf16>
    %301 = stablehlo.convert %290 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %cst_79 = stablehlo.constant dense<3.444500e+00> : tensor<32x2048x2048xf32>
    %302 = stablehlo.multiply %301, %cst_79 : tensor<32x2048x2048xf32>
    %303 = stablehlo.convert %302 : (tensor<32x2048x2048xf32>) -> tensor<32x2048x2048xbf16>
    %304 = stablehlo.add %303, %300 : tensor<32x2048x2048xbf16>
    %305 = stablehlo.convert %304 : (tensor<32x2048x2048xbf16>) -> tensor<32x2048x2048xf32>
    %306 = stablehlo.slice %305 [0:1, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %307 = stablehlo.reshape %306 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %308 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %309 = stablehlo.multiply %307, %308 : tensor<2048x2048xf32>
    %310 = stablehlo.subtract %arg0, %309 : tensor<2048x2048xf32>
    %311 = stablehlo.slice %305 [1:2, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %312 = stablehlo.reshape %311 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %313 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %314 = stablehlo.multiply %312, %313 : tensor<2048x2048xf32>
    %315 = stablehlo.subtract %arg1, %314 : tensor<2048x2048xf32>
    %316 = stablehlo.slice %305 [2:3, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %317 = stablehlo.reshape %316 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %318 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %319 = stablehlo.multiply %317, %318 : tensor<2048x2048xf32>
    %320 = stablehlo.subtract %arg2, %319 : tensor<2048x2048xf32>
    %321 = stablehlo.slice %305 [3:4, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %322 = stablehlo.reshape %321 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %323 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %324 = stablehlo.multiply %322, %323 : tensor<2048x2048xf32>
    %325 = stablehlo.subtract %arg3, %324 : tensor<2048x2048xf32>
    %326 = stablehlo.slice %305 [4:5, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %327 = stablehlo.reshape %326 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %328 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %329 = stablehlo.multiply %327, %328 : tensor<2048x2048xf32>
    %330 = stablehlo.subtract %arg4, %329 : tensor<2048x2048xf32>
    %331 = stablehlo.slice %305 [5:6, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %332 = stablehlo.reshape %331 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %333 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %334 = stablehlo.multiply %332, %333 : tensor<2048x2048xf32>
    %335 = stablehlo.subtract %arg5, %334 : tensor<2048x2048xf32>
    %336 = stablehlo.slice %305 [6:7, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %337 = stablehlo.reshape %336 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %338 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %339 = stablehlo.multiply %337, %338 : tensor<2048x2048xf32>
    %340 = stablehlo.subtract %arg6, %339 : tensor<2048x2048xf32>
    %341 = stablehlo.slice %305 [7:8, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %342 = stablehlo.reshape %341 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %343 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %344 = stablehlo.multiply %342, %343 : tensor<2048x2048xf32>
    %345 = stablehlo.subtract %arg7, %344 : tensor<2048x2048xf32>
    %346 = stablehlo.slice %305 [8:9, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %347 = stablehlo.reshape %346 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %348 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %349 = stablehlo.multiply %347, %348 : tensor<2048x2048xf32>
    %350 = stablehlo.subtract %arg8, %349 : tensor<2048x2048xf32>
    %351 = stablehlo.slice %305 [9:10, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %352 = stablehlo.reshape %351 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %353 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %354 = stablehlo.multiply %352, %353 : tensor<2048x2048xf32>
    %355 = stablehlo.subtract %arg9, %354 : tensor<2048x2048xf32>
    %356 = stablehlo.slice %305 [10:11, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %357 = stablehlo.reshape %356 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %358 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %359 = stablehlo.multiply %357, %358 : tensor<2048x2048xf32>
    %360 = stablehlo.subtract %arg10, %359 : tensor<2048x2048xf32>
    %361 = stablehlo.slice %305 [11:12, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %362 = stablehlo.reshape %361 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %363 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %364 = stablehlo.multiply %362, %363 : tensor<2048x2048xf32>
    %365 = stablehlo.subtract %arg11, %364 : tensor<2048x2048xf32>
    %366 = stablehlo.slice %305 [12:13, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %367 = stablehlo.reshape %366 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %368 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %369 = stablehlo.multiply %367, %368 : tensor<2048x2048xf32>
    %370 = stablehlo.subtract %arg12, %369 : tensor<2048x2048xf32>
    %371 = stablehlo.slice %305 [13:14, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %372 = stablehlo.reshape %371 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %373 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %374 = stablehlo.multiply %372, %373 : tensor<2048x2048xf32>
    %375 = stablehlo.subtract %arg13, %374 : tensor<2048x2048xf32>
    %376 = stablehlo.slice %305 [14:15, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %377 = stablehlo.reshape %376 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %378 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %379 = stablehlo.multiply %377, %378 : tensor<2048x2048xf32>
    %380 = stablehlo.subtract %arg14, %379 : tensor<2048x2048xf32>
    %381 = stablehlo.slice %305 [15:16, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %382 = stablehlo.reshape %381 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %383 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %384 = stablehlo.multiply %382, %383 : tensor<2048x2048xf32>
    %385 = stablehlo.subtract %arg15, %384 : tensor<2048x2048xf32>
    %386 = stablehlo.slice %305 [16:17, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %387 = stablehlo.reshape %386 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %388 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %389 = stablehlo.multiply %387, %388 : tensor<2048x2048xf32>
    %390 = stablehlo.subtract %arg16, %389 : tensor<2048x2048xf32>
    %391 = stablehlo.slice %305 [17:18, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %392 = stablehlo.reshape %391 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %393 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %394 = stablehlo.multiply %392, %393 : tensor<2048x2048xf32>
    %395 = stablehlo.subtract %arg17, %394 : tensor<2048x2048xf32>
    %396 = stablehlo.slice %305 [18:19, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %397 = stablehlo.reshape %396 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %398 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %399 = stablehlo.multiply %397, %398 : tensor<2048x2048xf32>
    %400 = stablehlo.subtract %arg18, %399 : tensor<2048x2048xf32>
    %401 = stablehlo.slice %305 [19:20, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %402 = stablehlo.reshape %401 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %403 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %404 = stablehlo.multiply %402, %403 : tensor<2048x2048xf32>
    %405 = stablehlo.subtract %arg19, %404 : tensor<2048x2048xf32>
    %406 = stablehlo.slice %305 [20:21, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %407 = stablehlo.reshape %406 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %408 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %409 = stablehlo.multiply %407, %408 : tensor<2048x2048xf32>
    %410 = stablehlo.subtract %arg20, %409 : tensor<2048x2048xf32>
    %411 = stablehlo.slice %305 [21:22, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %412 = stablehlo.reshape %411 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %413 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %414 = stablehlo.multiply %412, %413 : tensor<2048x2048xf32>
    %415 = stablehlo.subtract %arg21, %414 : tensor<2048x2048xf32>
    %416 = stablehlo.slice %305 [22:23, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %417 = stablehlo.reshape %416 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %418 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %419 = stablehlo.multiply %417, %418 : tensor<2048x2048xf32>
    %420 = stablehlo.subtract %arg22, %419 : tensor<2048x2048xf32>
    %421 = stablehlo.slice %305 [23:24, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %422 = stablehlo.reshape %421 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %423 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %424 = stablehlo.multiply %422, %423 : tensor<2048x2048xf32>
    %425 = stablehlo.subtract %arg23, %424 : tensor<2048x2048xf32>
    %426 = stablehlo.slice %305 [24:25, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %427 = stablehlo.reshape %426 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %428 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %429 = stablehlo.multiply %427, %428 : tensor<2048x2048xf32>
    %430 = stablehlo.subtract %arg24, %429 : tensor<2048x2048xf32>
    %431 = stablehlo.slice %305 [25:26, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %432 = stablehlo.reshape %431 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %433 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %434 = stablehlo.multiply %432, %433 : tensor<2048x2048xf32>
    %435 = stablehlo.subtract %arg25, %434 : tensor<2048x2048xf32>
    %436 = stablehlo.slice %305 [26:27, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %437 = stablehlo.reshape %436 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %438 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %439 = stablehlo.multiply %437, %438 : tensor<2048x2048xf32>
    %440 = stablehlo.subtract %arg26, %439 : tensor<2048x2048xf32>
    %441 = stablehlo.slice %305 [27:28, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %442 = stablehlo.reshape %441 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %443 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %444 = stablehlo.multiply %442, %443 : tensor<2048x2048xf32>
    %445 = stablehlo.subtract %arg27, %444 : tensor<2048x2048xf32>
    %446 = stablehlo.slice %305 [28:29, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %447 = stablehlo.reshape %446 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %448 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %449 = stablehlo.multiply %447, %448 : tensor<2048x2048xf32>
    %450 = stablehlo.subtract %arg28, %449 : tensor<2048x2048xf32>
    %451 = stablehlo.slice %305 [29:30, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %452 = stablehlo.reshape %451 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %453 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %454 = stablehlo.multiply %452, %453 : tensor<2048x2048xf32>
    %455 = stablehlo.subtract %arg29, %454 : tensor<2048x2048xf32>
    %456 = stablehlo.slice %305 [30:31, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %457 = stablehlo.reshape %456 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %458 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %459 = stablehlo.multiply %457, %458 : tensor<2048x2048xf32>
    %460 = stablehlo.subtract %arg30, %459 : tensor<2048x2048xf32>
    %461 = stablehlo.slice %305 [31:32, 0:2048, 0:2048] : (tensor<32x2048x2048xf32>) -> tensor<1x2048x2048xf32>
    %462 = stablehlo.reshape %461 : (tensor<1x2048x2048xf32>) -> tensor<2048x2048xf32>
    %463 = stablehlo.broadcast_in_dim %arg96, dims = [] : (tensor<f32>) -> tensor<2048x2048xf32>
    %464 = stablehlo.multiply %462, %463 : tensor<2048x2048xf32>
    %465 = stablehlo.subtract %arg31, %464 : tensor<2048x2048xf32>
    return %310, %315, %320, %325, %330, %335, %340, %345, %350, %355, %360, %365, %370, %375, %380, %385, %390, %395, %400, %405, %410, %415, %420, %425, %430, %435, %440, %445, %450, %455, %460, %465, %2, %9, %16, %23, %30, %37, %44, %51, %58, %65, %72, %79, %86, %93, %100, %107, %114, %121, %128, %135, %142, %149, %156, %163, %170, %177, %184, %191, %198, %205, %212, %219 : tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>, tensor<2048x2048xf32>
  }
}
