module @adam_2048_f32_x33 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2048xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<2048xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<2048xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<2048xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<2048xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<2048xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<2048xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<2048xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<2048xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<2048xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<2048xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<2048xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<2048xf32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<2048xf32> {tf.aliasing_output = 13 : i32}, %arg14: tensor<2048xf32> {tf.aliasing_output = 14 : i32}, %arg15: tensor<2048xf32> {tf.aliasing_output = 15 : i32}, %arg16: tensor<2048xf32> {tf.aliasing_output = 16 : i32}, %arg17: tensor<2048xf32> {tf.aliasing_output = 17 : i32}, %arg18: tensor<2048xf32> {tf.aliasing_output = 18 : i32}, %arg19: tensor<2048xf32> {tf.aliasing_output = 19 : i32}, %arg20: tensor<2048xf32> {tf.aliasing_output = 20 : i32}, %arg21: tensor<2048xf32> {tf.aliasing_output = 21 : i32}, %arg22: tensor<2048xf32> {tf.aliasing_output = 22 : i32}, %arg23: tensor<2048xf32> {tf.aliasing_output = 23 : i32}, %arg24: tensor<2048xf32> {tf.aliasing_output = 24 : i32}, %arg25: tensor<2048xf32> {tf.aliasing_output = 25 : i32}, %arg26: tensor<2048xf32> {tf.aliasing_output = 26 : i32}, %arg27: tensor<2048xf32> {tf.aliasing_output = 27 : i32}, %arg28: tensor<2048xf32> {tf.aliasing_output = 28 : i32}, %arg29: tensor<2048xf32> {tf.aliasing_output = 29 : i32}, %arg30: tensor<2048xf32> {tf.aliasing_output = 30 : i32}, %arg31: tensor<2048xf32> {tf.aliasing_output = 31 : i32}, %arg32: tensor<2048xf32> {tf.aliasing_output = 32 : i32}, %arg33: tensor<2048xf32>, %arg34: tensor<2048xf32>, %arg35: tensor<2048xf32>, %arg36: tensor<2048xf32>, %arg37: tensor<2048xf32>, %arg38: tensor<2048xf32>, %arg39: tensor<2048xf32>, %arg40: tensor<2048xf32>, %arg41: tensor<2048xf32>, %arg42: tensor<2048xf32>, %arg43: tensor<2048xf32>, %arg44: tensor<2048xf32>, %arg45: tensor<2048xf32>, %arg46: tensor<2048xf32>, %arg47: tensor<2048xf32>, %arg48: tensor<2048xf32>, %arg49: tensor<2048xf32>, %arg50: tensor<2048xf32>, %arg51: tensor<2048xf32>, %arg52: tensor<2048xf32>, %arg53: tensor<2048xf32>, %arg54: tensor<2048xf32>, %arg55: tensor<2048xf32>, %arg56: tensor<2048xf32>, %arg57: tensor<2048xf32>, %arg58: tensor<2048xf32>, %arg59: tensor<2048xf32>, %arg60: tensor<2048xf32>, %arg61: tensor<2048xf32>, %arg62: tensor<2048xf32>, %arg63: tensor<2048xf32>, %arg64: tensor<2048xf32>, %arg65: tensor<2048xf32>, %arg66: tensor<2048xf32> {tf.aliasing_output = 33 : i32}, %arg67: tensor<2048xf32> {tf.aliasing_output = 34 : i32}, %arg68: tensor<2048xf32> {tf.aliasing_output = 35 : i32}, %arg69: tensor<2048xf32> {tf.aliasing_output = 36 : i32}, %arg70: tensor<2048xf32> {tf.aliasing_output = 37 : i32}, %arg71: tensor<2048xf32> {tf.aliasing_output = 38 : i32}, %arg72: tensor<2048xf32> {tf.aliasing_output = 39 : i32}, %arg73: tensor<2048xf32> {tf.aliasing_output = 40 : i32}, %arg74: tensor<2048xf32> {tf.aliasing_output = 41 : i32}, %arg75: tensor<2048xf32> {tf.aliasing_output = 42 : i32}, %arg76: tensor<2048xf32> {tf.aliasing_output = 43 : i32}, %arg77: tensor<2048xf32> {tf.aliasing_output = 44 : i32}, %arg78: tensor<2048xf32> {tf.aliasing_output = 45 : i32}, %arg79: tensor<2048xf32> {tf.aliasing_output = 46 : i32}, %arg80: tensor<2048xf32> {tf.aliasing_output = 47 : i32}, %arg81: tensor<2048xf32> {tf.aliasing_output = 48 : i32}, %arg82: tensor<2048xf32> {tf.aliasing_output = 49 : i32}, %arg83: tensor<2048xf32> {tf.aliasing_output = 50 : i32}, %arg84: tensor<2048xf32> {tf.aliasing_output = 51 : i32}, %arg85: tensor<2048xf32> {tf.aliasing_output = 52 : i32}, %arg86: tensor<2048xf32> {tf.aliasing_output = 53 : i32}, %arg87: tensor<2048xf32> {tf.aliasing_output = 54 : i32}, %arg88: tensor<2048xf32> {tf.aliasing_output = 55 : i32}, %arg89: tensor<2048xf32> {tf.aliasing_output = 56 : i32}, %arg90: tensor<2048xf32> {tf.aliasing_output = 57 : i32}, %arg91: tensor<2048xf32> {tf.aliasing_output = 58 : i32}, %arg92: tensor<2048xf32> {tf.aliasing_output = 59 : i32}, %arg93: tensor<2048xf32> {tf.aliasing_output = 60 : i32}, %arg94: tensor<2048xf32> {tf.aliasing_output = 61 : i32}, %arg95: tensor<2048xf32> {tf.aliasing_output = 62 : i32}, %arg96: tensor<2048xf32> {tf.aliasing_output = 63 : i32}, %arg97: tensor<2048xf32> {tf.aliasing_output = 64 : i32}, %arg98: tensor<2048xf32> {tf.aliasing_output = 65 : i32}, %arg99: tensor<2048xf32> {tf.aliasing_output = 66 : i32}, %arg100: tensor<2048xf32> {tf.aliasing_output = 67 : i32}, %arg101: tensor<2048xf32> {tf.aliasing_output = 68 : i32}, %arg102: tensor<2048xf32> {tf.aliasing_output = 69 : i32}, %arg103: tensor<2048xf32> {tf.aliasing_output = 70 : i32}, %arg104: tensor<2048xf32> {tf.aliasing_output = 71 : i32}, %arg105: tensor<2048xf32> {tf.aliasing_output = 72 : i32}, %arg106: tensor<2048xf32> {tf.aliasing_output = 73 : i32}, %arg107: tensor<2048xf32> {tf.aliasing_output = 74 : i32}, %arg108: tensor<2048xf32> {tf.aliasing_output = 75 : i32}, %arg109: tensor<2048xf32> {tf.aliasing_output = 76 : i32}, %arg110: tensor<2048xf32> {tf.aliasing_output = 77 : i32}, %arg111: tensor<2048xf32> {tf.aliasing_output = 78 : i32}, %arg112: tensor<2048xf32> {tf.aliasing_output = 79 : i32}, %arg113: tensor<2048xf32> {tf.aliasing_output = 80 : i32}, %arg114: tensor<2048xf32> {tf.aliasing_output = 81 : i32}, %arg115: tensor<2048xf32> {tf.aliasing_output = 82 : i32}, %arg116: tensor<2048xf32> {tf.aliasing_output = 83 : i32}, %arg117: tensor<2048xf32> {tf.aliasing_output = 84 : i32}, %arg118: tensor<2048xf32> {tf.aliasing_output = 85 : i32}, %arg119: tensor<2048xf32> {tf.aliasing_output = 86 : i32}, %arg120: tensor<2048xf32> {tf.aliasing_output = 87 : i32}, %arg121: tensor<2048xf32> {tf.aliasing_output = 88 : i32}, %arg122: tensor<2048xf32> {tf.aliasing_output = 89 : i32}, %arg123: tensor<2048xf32> {tf.aliasing_output = 90 : i32}, %arg124: tensor<2048xf32> {tf.aliasing_output = 91 : i32}, %arg125: tensor<2048xf32> {tf.aliasing_output = 92 : i32}, %arg126: tensor<2048xf32> {tf.aliasing_output = 93 : i32}, %arg127: tensor<2048xf32> {tf.aliasing_output = 94 : i32}, %arg128: tensor<2048xf32> {tf.aliasing_output = 95 : i32}, %arg129: tensor<2048xf32> {tf.aliasing_output = 96 : i32}, %arg130: tensor<2048xf32> {tf.aliasing_output = 97 : i32}, %arg131: tensor<2048xf32> {tf.aliasing_output = 98 : i32}, %arg132: tensor<f32>, %arg133: tensor<f32>, %arg134: tensor<f32>) -> (tensor<2048xf32> {jax.result_info = "model.layers.0.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.0.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.1.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.1.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.2.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.2.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.3.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.3.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.4.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.4.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.5.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.5.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.6.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.6.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.7.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.7.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.8.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.8.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.9.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.9.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.10.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.10.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.11.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.11.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.12.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.12.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.13.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.13.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.14.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.14.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.15.input_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.15.post_attention_layernorm.weight"}, tensor<2048xf32> {jax.result_info = "model.norm.weight"}, tensor<2048xf32> {jax.result_info = "model.layers.0.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.0.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.1.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.1.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.2.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.2.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.3.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.3.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.4.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.4.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.5.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.5.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.6.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.6.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.7.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.7.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.8.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.8.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.9.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.9.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.10.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.10.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.11.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.11.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.12.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.12.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.13.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.13.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.14.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.14.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.15.input_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.15.post_attention_layernorm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.norm.weight.exp_avg"}, tensor<2048xf32> {jax.result_info = "model.layers.0.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.0.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.1.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.1.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.2.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.2.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.3.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.3.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.4.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.4.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.5.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.5.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.6.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.6.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.7.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.7.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.8.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.8.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.9.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.9.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.10.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.10.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.11.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.11.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.12.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.12.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.13.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.13.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.14.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.14.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.15.input_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.layers.15.post_attention_layernorm.weight.exp_avg_sq"}, tensor<2048xf32> {jax.result_info = "model.norm.weight.exp_avg_sq"}) {
    %0 = stablehlo.subtract %arg33, %arg66 : tensor<2048xf32>
    %cst = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %1 = stablehlo.multiply %0, %cst : tensor<2048xf32>
    %2 = stablehlo.add %arg66, %1 : tensor<2048xf32>
    %3 = stablehlo.multiply %arg33, %arg33 : tensor<2048xf32>
    %4 = stablehlo.subtract %3, %arg99 : tensor<2048xf32>
    %cst_0 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %5 = stablehlo.multiply %4, %cst_0 : tensor<2048xf32>
    %6 = stablehlo.add %arg99, %5 : tensor<2048xf32>
    %cst_1 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %7 = stablehlo.power %cst_1, %arg134 : tensor<f32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %8 = stablehlo.subtract %cst_2, %7 : tensor<f32>
    %cst_3 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %9 = stablehlo.power %cst_3, %arg134 : tensor<f32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %10 = stablehlo.subtract %cst_4, %9 : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %8, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %12 = stablehlo.divide %2, %11 : tensor<2048xf32>
    %13 = stablehlo.broadcast_in_dim %10, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %14 = stablehlo.divide %6, %13 : tensor<2048xf32>
    %15 = stablehlo.sqrt %14 : tensor<2048xf32>
    %cst_5 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %16 = stablehlo.add %15, %cst_5 : tensor<2048xf32>
    %17 = stablehlo.divide %12, %16 : tensor<2048xf32>
    %18 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %19 = stablehlo.multiply %17, %18 : tensor<2048xf32>
    %20 = stablehlo.subtract %arg0, %19 : tensor<2048xf32>
    %21 = stablehlo.subtract %arg34, %arg67 : tensor<2048xf32>
    %cst_6 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %22 = stablehlo.multiply %21, %cst_6 : tensor<2048xf32>
    %23 = stablehlo.add %arg67, %22 : tensor<2048xf32>
    %24 = stablehlo.multiply %arg34, %arg34 : tensor<2048xf32>
    %25 = stablehlo.subtract %24, %arg100 : tensor<2048xf32>
    %cst_7 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %26 = stablehlo.multiply %25, %cst_7 : tensor<2048xf32>
    %27 = stablehlo.add %arg100, %26 : tensor<2048xf32>
    %cst_8 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %28 = stablehlo.power %cst_8, %arg134 : tensor<f32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %29 = stablehlo.subtract %cst_9, %28 : tensor<f32>
    %cst_10 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %30 = stablehlo.power %cst_10, %arg134 : tensor<f32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %31 = stablehlo.subtract %cst_11, %30 : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %29, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %33 = stablehlo.divide %23, %32 : tensor<2048xf32>
    %34 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %35 = stablehlo.divide %27, %34 : tensor<2048xf32>
    %36 = stablehlo.sqrt %35 : tensor<2048xf32>
    %cst_12 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %37 = stablehlo.add %36, %cst_12 : tensor<2048xf32>
    %38 = stablehlo.divide %33, %37 : tensor<2048xf32>
    %39 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %40 = stablehlo.multiply %38, %39 : tensor<2048xf32>
    %41 = stablehlo.subtract %arg1, %40 : tensor<2048xf32>
    %42 = stablehlo.subtract %arg35, %arg68 : tensor<2048xf32>
    %cst_13 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %43 = stablehlo.multiply %42, %cst_13 : tensor<2048xf32>
    %44 = stablehlo.add %arg68, %43 : tensor<2048xf32>
    %45 = stablehlo.multiply %arg35, %arg35 : tensor<2048xf32>
    %46 = stablehlo.subtract %45, %arg101 : tensor<2048xf32>
    %cst_14 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %47 = stablehlo.multiply %46, %cst_14 : tensor<2048xf32>
    %48 = stablehlo.add %arg101, %47 : tensor<2048xf32>
    %cst_15 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %49 = stablehlo.power %cst_15, %arg134 : tensor<f32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %50 = stablehlo.subtract %cst_16, %49 : tensor<f32>
    %cst_17 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %51 = stablehlo.power %cst_17, %arg134 : tensor<f32>
    %cst_18 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %52 = stablehlo.subtract %cst_18, %51 : tensor<f32>
    %53 = stablehlo.broadcast_in_dim %50, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %54 = stablehlo.divide %44, %53 : tensor<2048xf32>
    %55 = stablehlo.broadcast_in_dim %52, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %56 = stablehlo.divide %48, %55 : tensor<2048xf32>
    %57 = stablehlo.sqrt %56 : tensor<2048xf32>
    %cst_19 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %58 = stablehlo.add %57, %cst_19 : tensor<2048xf32>
    %59 = stablehlo.divide %54, %58 : tensor<2048xf32>
    %60 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %61 = stablehlo.multiply %59, %60 : tensor<2048xf32>
    %62 = stablehlo.subtract %arg2, %61 : tensor<2048xf32>
    %63 = stablehlo.subtract %arg36, %arg69 : tensor<2048xf32>
    %cst_20 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %64 = stablehlo.multiply %63, %cst_20 : tensor<2048xf32>
    %65 = stablehlo.add %arg69, %64 : tensor<2048xf32>
    %66 = stablehlo.multiply %arg36, %arg36 : tensor<2048xf32>
    %67 = stablehlo.subtract %66, %arg102 : tensor<2048xf32>
    %cst_21 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %68 = stablehlo.multiply %67, %cst_21 : tensor<2048xf32>
    %69 = stablehlo.add %arg102, %68 : tensor<2048xf32>
    %cst_22 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %70 = stablehlo.power %cst_22, %arg134 : tensor<f32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %71 = stablehlo.subtract %cst_23, %70 : tensor<f32>
    %cst_24 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %72 = stablehlo.power %cst_24, %arg134 : tensor<f32>
    %cst_25 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %73 = stablehlo.subtract %cst_25, %72 : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %71, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %75 = stablehlo.divide %65, %74 : tensor<2048xf32>
    %76 = stablehlo.broadcast_in_dim %73, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %77 = stablehlo.divide %69, %76 : tensor<2048xf32>
    %78 = stablehlo.sqrt %77 : tensor<2048xf32>
    %cst_26 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %79 = stablehlo.add %78, %cst_26 : tensor<2048xf32>
    %80 = stablehlo.divide %75, %79 : tensor<2048xf32>
    %81 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<2048xf32>
    %83 = stablehlo.subtract %arg3, %82 : tensor<2048xf32>
    %84 = stablehlo.subtract %arg37, %arg70 : tensor<2048xf32>
    %cst_27 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %85 = stablehlo.multiply %84, %cst_27 : tensor<2048xf32>
    %86 = stablehlo.add %arg70, %85 : tensor<2048xf32>
    %87 = stablehlo.multiply %arg37, %arg37 : tensor<2048xf32>
    %88 = stablehlo.subtract %87, %arg103 : tensor<2048xf32>
    %cst_28 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %89 = stablehlo.multiply %88, %cst_28 : tensor<2048xf32>
    %90 = stablehlo.add %arg103, %89 : tensor<2048xf32>
    %cst_29 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %91 = stablehlo.power %cst_29, %arg134 : tensor<f32>
    %cst_30 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %92 = stablehlo.subtract %cst_30, %91 : tensor<f32>
    %cst_31 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %93 = stablehlo.power %cst_31, %arg134 : tensor<f32>
    %cst_32 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %94 = stablehlo.subtract %cst_32, %93 : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %96 = stablehlo.divide %86, %95 : tensor<2048xf32>
    %97 = stablehlo.broadcast_in_dim %94, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %98 = stablehlo.divide %90, %97 : tensor<2048xf32>
    %99 = stablehlo.sqrt %98 : tensor<2048xf32>
    %cst_33 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %100 = stablehlo.add %99, %cst_33 : tensor<2048xf32>
    %101 = stablehlo.divide %96, %100 : tensor<2048xf32>
    %102 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %103 = stablehlo.multiply %101, %102 : tensor<2048xf32>
    %104 = stablehlo.subtract %arg4, %103 : tensor<2048xf32>
    %105 = stablehlo.subtract %arg38, %arg71 : tensor<2048xf32>
    %cst_34 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %106 = stablehlo.multiply %105, %cst_34 : tensor<2048xf32>
    %107 = stablehlo.add %arg71, %106 : tensor<2048xf32>
    %108 = stablehlo.multiply %arg38, %arg38 : tensor<2048xf32>
    %109 = stablehlo.subtract %108, %arg104 : tensor<2048xf32>
    %cst_35 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %110 = stablehlo.multiply %109, %cst_35 : tensor<2048xf32>
    %111 = stablehlo.add %arg104, %110 : tensor<2048xf32>
    %cst_36 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %112 = stablehlo.power %cst_36, %arg134 : tensor<f32>
    %cst_37 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %113 = stablehlo.subtract %cst_37, %112 : tensor<f32>
    %cst_38 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %114 = stablehlo.power %cst_38, %arg134 : tensor<f32>
    %cst_39 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %115 = stablehlo.subtract %cst_39, %114 : tensor<f32>
    %116 = stablehlo.broadcast_in_dim %113, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %117 = stablehlo.divide %107, %116 : tensor<2048xf32>
    %118 = stablehlo.broadcast_in_dim %115, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %119 = stablehlo.divide %111, %118 : tensor<2048xf32>
    %120 = stablehlo.sqrt %119 : tensor<2048xf32>
    %cst_40 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %121 = stablehlo.add %120, %cst_40 : tensor<2048xf32>
    %122 = stablehlo.divide %117, %121 : tensor<2048xf32>
    %123 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %124 = stablehlo.multiply %122, %123 : tensor<2048xf32>
    %125 = stablehlo.subtract %arg5, %124 : tensor<2048xf32>
    %126 = stablehlo.subtract %arg39, %arg72 : tensor<2048xf32>
    %cst_41 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %127 = stablehlo.multiply %126, %cst_41 : tensor<2048xf32>
    %128 = stablehlo.add %arg72, %127 : tensor<2048xf32>
    %129 = stablehlo.multiply %arg39, %arg39 : tensor<2048xf32>
    %130 = stablehlo.subtract %129, %arg105 : tensor<2048xf32>
    %cst_42 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %131 = stablehlo.multiply %130, %cst_42 : tensor<2048xf32>
    %132 = stablehlo.add %arg105, %131 : tensor<2048xf32>
    %cst_43 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %133 = stablehlo.power %cst_43, %arg134 : tensor<f32>
    %cst_44 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %134 = stablehlo.subtract %cst_44, %133 : tensor<f32>
    %cst_45 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %135 = stablehlo.power %cst_45, %arg134 : tensor<f32>
    %cst_46 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %136 = stablehlo.subtract %cst_46, %135 : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %138 = stablehlo.divide %128, %137 : tensor<2048xf32>
    %139 = stablehlo.broadcast_in_dim %136, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %140 = stablehlo.divide %132, %139 : tensor<2048xf32>
    %141 = stablehlo.sqrt %140 : tensor<2048xf32>
    %cst_47 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %142 = stablehlo.add %141, %cst_47 : tensor<2048xf32>
    %143 = stablehlo.divide %138, %142 : tensor<2048xf32>
    %144 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %145 = stablehlo.multiply %143, %144 : tensor<2048xf32>
    %146 = stablehlo.subtract %arg6, %145 : tensor<2048xf32>
    %147 = stablehlo.subtract %arg40, %arg73 : tensor<2048xf32>
    %cst_48 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %148 = stablehlo.multiply %147, %cst_48 : tensor<2048xf32>
    %149 = stablehlo.add %arg73, %148 : tensor<2048xf32>
    %150 = stablehlo.multiply %arg40, %arg40 : tensor<2048xf32>
    %151 = stablehlo.subtract %150, %arg106 : tensor<2048xf32>
    %cst_49 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %152 = stablehlo.multiply %151, %cst_49 : tensor<2048xf32>
    %153 = stablehlo.add %arg106, %152 : tensor<2048xf32>
    %cst_50 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %154 = stablehlo.power %cst_50, %arg134 : tensor<f32>
    %cst_51 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %155 = stablehlo.subtract %cst_51, %154 : tensor<f32>
    %cst_52 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %156 = stablehlo.power %cst_52, %arg134 : tensor<f32>
    %cst_53 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %157 = stablehlo.subtract %cst_53, %156 : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %155, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %159 = stablehlo.divide %149, %158 : tensor<2048xf32>
    %160 = stablehlo.broadcast_in_dim %157, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %161 = stablehlo.divide %153, %160 : tensor<2048xf32>
    %162 = stablehlo.sqrt %161 : tensor<2048xf32>
    %cst_54 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %163 = stablehlo.add %162, %cst_54 : tensor<2048xf32>
    %164 = stablehlo.divide %159, %163 : tensor<2048xf32>
    %165 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %166 = stablehlo.multiply %164, %165 : tensor<2048xf32>
    %167 = stablehlo.subtract %arg7, %166 : tensor<2048xf32>
    %168 = stablehlo.subtract %arg41, %arg74 : tensor<2048xf32>
    %cst_55 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %169 = stablehlo.multiply %168, %cst_55 : tensor<2048xf32>
    %170 = stablehlo.add %arg74, %169 : tensor<2048xf32>
    %171 = stablehlo.multiply %arg41, %arg41 : tensor<2048xf32>
    %172 = stablehlo.subtract %171, %arg107 : tensor<2048xf32>
    %cst_56 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %173 = stablehlo.multiply %172, %cst_56 : tensor<2048xf32>
    %174 = stablehlo.add %arg107, %173 : tensor<2048xf32>
    %cst_57 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %175 = stablehlo.power %cst_57, %arg134 : tensor<f32>
    %cst_58 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %176 = stablehlo.subtract %cst_58, %175 : tensor<f32>
    %cst_59 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %177 = stablehlo.power %cst_59, %arg134 : tensor<f32>
    %cst_60 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %178 = stablehlo.subtract %cst_60, %177 : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %180 = stablehlo.divide %170, %179 : tensor<2048xf32>
    %181 = stablehlo.broadcast_in_dim %178, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %182 = stablehlo.divide %174, %181 : tensor<2048xf32>
    %183 = stablehlo.sqrt %182 : tensor<2048xf32>
    %cst_61 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %184 = stablehlo.add %183, %cst_61 : tensor<2048xf32>
    %185 = stablehlo.divide %180, %184 : tensor<2048xf32>
    %186 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %187 = stablehlo.multiply %185, %186 : tensor<2048xf32>
    %188 = stablehlo.subtract %arg8, %187 : tensor<2048xf32>
    %189 = stablehlo.subtract %arg42, %arg75 : tensor<2048xf32>
    %cst_62 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %190 = stablehlo.multiply %189, %cst_62 : tensor<2048xf32>
    %191 = stablehlo.add %arg75, %190 : tensor<2048xf32>
    %192 = stablehlo.multiply %arg42, %arg42 : tensor<2048xf32>
    %193 = stablehlo.subtract %192, %arg108 : tensor<2048xf32>
    %cst_63 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %194 = stablehlo.multiply %193, %cst_63 : tensor<2048xf32>
    %195 = stablehlo.add %arg108, %194 : tensor<2048xf32>
    %cst_64 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %196 = stablehlo.power %cst_64, %arg134 : tensor<f32>
    %cst_65 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %197 = stablehlo.subtract %cst_65, %196 : tensor<f32>
    %cst_66 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %198 = stablehlo.power %cst_66, %arg134 : tensor<f32>
    %cst_67 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %199 = stablehlo.subtract %cst_67, %198 : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %201 = stablehlo.divide %191, %200 : tensor<2048xf32>
    %202 = stablehlo.broadcast_in_dim %199, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %203 = stablehlo.divide %195, %202 : tensor<2048xf32>
    %204 = stablehlo.sqrt %203 : tensor<2048xf32>
    %cst_68 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %205 = stablehlo.add %204, %cst_68 : tensor<2048xf32>
    %206 = stablehlo.divide %201, %205 : tensor<2048xf32>
    %207 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %208 = stablehlo.multiply %206, %207 : tensor<2048xf32>
    %209 = stablehlo.subtract %arg9, %208 : tensor<2048xf32>
    %210 = stablehlo.subtract %arg43, %arg76 : tensor<2048xf32>
    %cst_69 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %211 = stablehlo.multiply %210, %cst_69 : tensor<2048xf32>
    %212 = stablehlo.add %arg76, %211 : tensor<2048xf32>
    %213 = stablehlo.multiply %arg43, %arg43 : tensor<2048xf32>
    %214 = stablehlo.subtract %213, %arg109 : tensor<2048xf32>
    %cst_70 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %215 = stablehlo.multiply %214, %cst_70 : tensor<2048xf32>
    %216 = stablehlo.add %arg109, %215 : tensor<2048xf32>
    %cst_71 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %217 = stablehlo.power %cst_71, %arg134 : tensor<f32>
    %cst_72 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %218 = stablehlo.subtract %cst_72, %217 : tensor<f32>
    %cst_73 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %219 = stablehlo.power %cst_73, %arg134 : tensor<f32>
    %cst_74 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %220 = stablehlo.subtract %cst_74, %219 : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %218, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %222 = stablehlo.divide %212, %221 : tensor<2048xf32>
    %223 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %224 = stablehlo.divide %216, %223 : tensor<2048xf32>
    %225 = stablehlo.sqrt %224 : tensor<2048xf32>
    %cst_75 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %226 = stablehlo.add %225, %cst_75 : tensor<2048xf32>
    %227 = stablehlo.divide %222, %226 : tensor<2048xf32>
    %228 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %229 = stablehlo.multiply %227, %228 : tensor<2048xf32>
    %230 = stablehlo.subtract %arg10, %229 : tensor<2048xf32>
    %231 = stablehlo.subtract %arg44, %arg77 : tensor<2048xf32>
    %cst_76 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %232 = stablehlo.multiply %231, %cst_76 : tensor<2048xf32>
    %233 = stablehlo.add %arg77, %232 : tensor<2048xf32>
    %234 = stablehlo.multiply %arg44, %arg44 : tensor<2048xf32>
    %235 = stablehlo.subtract %234, %arg110 : tensor<2048xf32>
    %cst_77 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %236 = stablehlo.multiply %235, %cst_77 : tensor<2048xf32>
    %237 = stablehlo.add %arg110, %236 : tensor<2048xf32>
    %cst_78 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %238 = stablehlo.power %cst_78, %arg134 : tensor<f32>
    %cst_79 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %239 = stablehlo.subtract %cst_79, %238 : tensor<f32>
    %cst_80 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %240 = stablehlo.power %cst_80, %arg134 : tensor<f32>
    %cst_81 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %241 = stablehlo.subtract %cst_81, %240 : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %239, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %243 = stablehlo.divide %233, %242 : tensor<2048xf32>
    %244 = stablehlo.broadcast_in_dim %241, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %245 = stablehlo.divide %237, %244 : tensor<2048xf32>
    %246 = stablehlo.sqrt %245 : tensor<2048xf32>
    %cst_82 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %247 = stablehlo.add %246, %cst_82 : tensor<2048xf32>
    %248 = stablehlo.divide %243, %247 : tensor<2048xf32>
    %249 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %250 = stablehlo.multiply %248, %249 : tensor<2048xf32>
    %251 = stablehlo.subtract %arg11, %250 : tensor<2048xf32>
    %252 = stablehlo.subtract %arg45, %arg78 : tensor<2048xf32>
    %cst_83 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %253 = stablehlo.multiply %252, %cst_83 : tensor<2048xf32>
    %254 = stablehlo.add %arg78, %253 : tensor<2048xf32>
    %255 = stablehlo.multiply %arg45, %arg45 : tensor<2048xf32>
    %256 = stablehlo.subtract %255, %arg111 : tensor<2048xf32>
    %cst_84 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %257 = stablehlo.multiply %256, %cst_84 : tensor<2048xf32>
    %258 = stablehlo.add %arg111, %257 : tensor<2048xf32>
    %cst_85 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %259 = stablehlo.power %cst_85, %arg134 : tensor<f32>
    %cst_86 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %260 = stablehlo.subtract %cst_86, %259 : tensor<f32>
    %cst_87 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %261 = stablehlo.power %cst_87, %arg134 : tensor<f32>
    %cst_88 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %262 = stablehlo.subtract %cst_88, %261 : tensor<f32>
    %263 = stablehlo.broadcast_in_dim %260, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %264 = stablehlo.divide %254, %263 : tensor<2048xf32>
    %265 = stablehlo.broadcast_in_dim %262, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %266 = stablehlo.divide %258, %265 : tensor<2048xf32>
    %267 = stablehlo.sqrt %266 : tensor<2048xf32>
    %cst_89 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %268 = stablehlo.add %267, %cst_89 : tensor<2048xf32>
    %269 = stablehlo.divide %264, %268 : tensor<2048xf32>
    %270 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %271 = stablehlo.multiply %269, %270 : tensor<2048xf32>
    %272 = stablehlo.subtract %arg12, %271 : tensor<2048xf32>
    %273 = stablehlo.subtract %arg46, %arg79 : tensor<2048xf32>
    %cst_90 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %274 = stablehlo.multiply %273, %cst_90 : tensor<2048xf32>
    %275 = stablehlo.add %arg79, %274 : tensor<2048xf32>
    %276 = stablehlo.multiply %arg46, %arg46 : tensor<2048xf32>
    %277 = stablehlo.subtract %276, %arg112 : tensor<2048xf32>
    %cst_91 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %278 = stablehlo.multiply %277, %cst_91 : tensor<2048xf32>
    %279 = stablehlo.add %arg112, %278 : tensor<2048xf32>
    %cst_92 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %280 = stablehlo.power %cst_92, %arg134 : tensor<f32>
    %cst_93 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %281 = stablehlo.subtract %cst_93, %280 : tensor<f32>
    %cst_94 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %282 = stablehlo.power %cst_94, %arg134 : tensor<f32>
    %cst_95 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %283 = stablehlo.subtract %cst_95, %282 : tensor<f32>
    %284 = stablehlo.broadcast_in_dim %281, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %285 = stablehlo.divide %275, %284 : tensor<2048xf32>
    %286 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %287 = stablehlo.divide %279, %286 : tensor<2048xf32>
    %288 = stablehlo.sqrt %287 : tensor<2048xf32>
    %cst_96 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %289 = stablehlo.add %288, %cst_96 : tensor<2048xf32>
    %290 = stablehlo.divide %285, %289 : tensor<2048xf32>
    %291 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %292 = stablehlo.multiply %290, %291 : tensor<2048xf32>
    %293 = stablehlo.subtract %arg13, %292 : tensor<2048xf32>
    %294 = stablehlo.subtract %arg47, %arg80 : tensor<2048xf32>
    %cst_97 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %295 = stablehlo.multiply %294, %cst_97 : tensor<2048xf32>
    %296 = stablehlo.add %arg80, %295 : tensor<2048xf32>
    %297 = stablehlo.multiply %arg47, %arg47 : tensor<2048xf32>
    %298 = stablehlo.subtract %297, %arg113 : tensor<2048xf32>
    %cst_98 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %299 = stablehlo.multiply %298, %cst_98 : tensor<2048xf32>
    %300 = stablehlo.add %arg113, %299 : tensor<2048xf32>
    %cst_99 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %301 = stablehlo.power %cst_99, %arg134 : tensor<f32>
    %cst_100 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %302 = stablehlo.subtract %cst_100, %301 : tensor<f32>
    %cst_101 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %303 = stablehlo.power %cst_101, %arg134 : tensor<f32>
    %cst_102 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %304 = stablehlo.subtract %cst_102, %303 : tensor<f32>
    %305 = stablehlo.broadcast_in_dim %302, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %306 = stablehlo.divide %296, %305 : tensor<2048xf32>
    %307 = stablehlo.broadcast_in_dim %304, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %308 = stablehlo.divide %300, %307 : tensor<2048xf32>
    %309 = stablehlo.sqrt %308 : tensor<2048xf32>
    %cst_103 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %310 = stablehlo.add %309, %cst_103 : tensor<2048xf32>
    %311 = stablehlo.divide %306, %310 : tensor<2048xf32>
    %312 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %313 = stablehlo.multiply %311, %312 : tensor<2048xf32>
    %314 = stablehlo.subtract %arg14, %313 : tensor<2048xf32>
    %315 = stablehlo.subtract %arg48, %arg81 : tensor<2048xf32>
    %cst_104 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %316 = stablehlo.multiply %315, %cst_104 : tensor<2048xf32>
    %317 = stablehlo.add %arg81, %316 : tensor<2048xf32>
    %318 = stablehlo.multiply %arg48, %arg48 : tensor<2048xf32>
    %319 = stablehlo.subtract %318, %arg114 : tensor<2048xf32>
    %cst_105 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %320 = stablehlo.multiply %319, %cst_105 : tensor<2048xf32>
    %321 = stablehlo.add %arg114, %320 : tensor<2048xf32>
    %cst_106 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %322 = stablehlo.power %cst_106, %arg134 : tensor<f32>
    %cst_107 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %323 = stablehlo.subtract %cst_107, %322 : tensor<f32>
    %cst_108 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %324 = stablehlo.power %cst_108, %arg134 : tensor<f32>
    %cst_109 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %325 = stablehlo.subtract %cst_109, %324 : tensor<f32>
    %326 = stablehlo.broadcast_in_dim %323, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %327 = stablehlo.divide %317, %326 : tensor<2048xf32>
    %328 = stablehlo.broadcast_in_dim %325, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %329 = stablehlo.divide %321, %328 : tensor<2048xf32>
    %330 = stablehlo.sqrt %329 : tensor<2048xf32>
    %cst_110 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %331 = stablehlo.add %330, %cst_110 : tensor<2048xf32>
    %332 = stablehlo.divide %327, %331 : tensor<2048xf32>
    %333 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %334 = stablehlo.multiply %332, %333 : tensor<2048xf32>
    %335 = stablehlo.subtract %arg15, %334 : tensor<2048xf32>
    %336 = stablehlo.subtract %arg49, %arg82 : tensor<2048xf32>
    %cst_111 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %337 = stablehlo.multiply %336, %cst_111 : tensor<2048xf32>
    %338 = stablehlo.add %arg82, %337 : tensor<2048xf32>
    %339 = stablehlo.multiply %arg49, %arg49 : tensor<2048xf32>
    %340 = stablehlo.subtract %339, %arg115 : tensor<2048xf32>
    %cst_112 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %341 = stablehlo.multiply %340, %cst_112 : tensor<2048xf32>
    %342 = stablehlo.add %arg115, %341 : tensor<2048xf32>
    %cst_113 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %343 = stablehlo.power %cst_113, %arg134 : tensor<f32>
    %cst_114 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %344 = stablehlo.subtract %cst_114, %343 : tensor<f32>
    %cst_115 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %345 = stablehlo.power %cst_115, %arg134 : tensor<f32>
    %cst_116 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %346 = stablehlo.subtract %cst_116, %345 : tensor<f32>
    %347 = stablehlo.broadcast_in_dim %344, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %348 = stablehlo.divide %338, %347 : tensor<2048xf32>
    %349 = stablehlo.broadcast_in_dim %346, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %350 = stablehlo.divide %342, %349 : tensor<2048xf32>
    %351 = stablehlo.sqrt %350 : tensor<2048xf32>
    %cst_117 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %352 = stablehlo.add %351, %cst_117 : tensor<2048xf32>
    %353 = stablehlo.divide %348, %352 : tensor<2048xf32>
    %354 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %355 = stablehlo.multiply %353, %354 : tensor<2048xf32>
    %356 = stablehlo.subtract %arg16, %355 : tensor<2048xf32>
    %357 = stablehlo.subtract %arg50, %arg83 : tensor<2048xf32>
    %cst_118 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %358 = stablehlo.multiply %357, %cst_118 : tensor<2048xf32>
    %359 = stablehlo.add %arg83, %358 : tensor<2048xf32>
    %360 = stablehlo.multiply %arg50, %arg50 : tensor<2048xf32>
    %361 = stablehlo.subtract %360, %arg116 : tensor<2048xf32>
    %cst_119 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %362 = stablehlo.multiply %361, %cst_119 : tensor<2048xf32>
    %363 = stablehlo.add %arg116, %362 : tensor<2048xf32>
    %cst_120 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %364 = stablehlo.power %cst_120, %arg134 : tensor<f32>
    %cst_121 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %365 = stablehlo.subtract %cst_121, %364 : tensor<f32>
    %cst_122 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %366 = stablehlo.power %cst_122, %arg134 : tensor<f32>
    %cst_123 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %367 = stablehlo.subtract %cst_123, %366 : tensor<f32>
    %368 = stablehlo.broadcast_in_dim %365, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %369 = stablehlo.divide %359, %368 : tensor<2048xf32>
    %370 = stablehlo.broadcast_in_dim %367, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %371 = stablehlo.divide %363, %370 : tensor<2048xf32>
    %372 = stablehlo.sqrt %371 : tensor<2048xf32>
    %cst_124 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %373 = stablehlo.add %372, %cst_124 : tensor<2048xf32>
    %374 = stablehlo.divide %369, %373 : tensor<2048xf32>
    %375 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %376 = stablehlo.multiply %374, %375 : tensor<2048xf32>
    %377 = stablehlo.subtract %arg17, %376 : tensor<2048xf32>
    %378 = stablehlo.subtract %arg51, %arg84 : tensor<2048xf32>
    %cst_125 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %379 = stablehlo.multiply %378, %cst_125 : tensor<2048xf32>
    %380 = stablehlo.add %arg84, %379 : tensor<2048xf32>
    %381 = stablehlo.multiply %arg51, %arg51 : tensor<2048xf32>
    %382 = stablehlo.subtract %381, %arg117 : tensor<2048xf32>
    %cst_126 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %383 = stablehlo.multiply %382, %cst_126 : tensor<2048xf32>
    %384 = stablehlo.add %arg117, %383 : tensor<2048xf32>
    %cst_127 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %385 = stablehlo.power %cst_127, %arg134 : tensor<f32>
    %cst_128 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %386 = stablehlo.subtract %cst_128, %385 : tensor<f32>
    %cst_129 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %387 = stablehlo.power %cst_129, %arg134 : tensor<f32>
    %cst_130 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %388 = stablehlo.subtract %cst_130, %387 : tensor<f32>
    %389 = stablehlo.broadcast_in_dim %386, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %390 = stablehlo.divide %380, %389 : tensor<2048xf32>
    %391 = stablehlo.broadcast_in_dim %388, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %392 = stablehlo.divide %384, %391 : tensor<2048xf32>
    %393 = stablehlo.sqrt %392 : tensor<2048xf32>
    %cst_131 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %394 = stablehlo.add %393, %cst_131 : tensor<2048xf32>
    %395 = stablehlo.divide %390, %394 : tensor<2048xf32>
    %396 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %397 = stablehlo.multiply %395, %396 : tensor<2048xf32>
    %398 = stablehlo.subtract %arg18, %397 : tensor<2048xf32>
    %399 = stablehlo.subtract %arg52, %arg85 : tensor<2048xf32>
    %cst_132 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %400 = stablehlo.multiply %399, %cst_132 : tensor<2048xf32>
    %401 = stablehlo.add %arg85, %400 : tensor<2048xf32>
    %402 = stablehlo.multiply %arg52, %arg52 : tensor<2048xf32>
    %403 = stablehlo.subtract %402, %arg118 : tensor<2048xf32>
    %cst_133 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %404 = stablehlo.multiply %403, %cst_133 : tensor<2048xf32>
    %405 = stablehlo.add %arg118, %404 : tensor<2048xf32>
    %cst_134 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %406 = stablehlo.power %cst_134, %arg134 : tensor<f32>
    %cst_135 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %407 = stablehlo.subtract %cst_135, %406 : tensor<f32>
    %cst_136 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %408 = stablehlo.power %cst_136, %arg134 : tensor<f32>
    %cst_137 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %409 = stablehlo.subtract %cst_137, %408 : tensor<f32>
    %410 = stablehlo.broadcast_in_dim %407, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %411 = stablehlo.divide %401, %410 : tensor<2048xf32>
    %412 = stablehlo.broadcast_in_dim %409, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %413 = stablehlo.divide %405, %412 : tensor<2048xf32>
    %414 = stablehlo.sqrt %413 : tensor<2048xf32>
    %cst_138 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %415 = stablehlo.add %414, %cst_138 : tensor<2048xf32>
    %416 = stablehlo.divide %411, %415 : tensor<2048xf32>
    %417 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %418 = stablehlo.multiply %416, %417 : tensor<2048xf32>
    %419 = stablehlo.subtract %arg19, %418 : tensor<2048xf32>
    %420 = stablehlo.subtract %arg53, %arg86 : tensor<2048xf32>
    %cst_139 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %421 = stablehlo.multiply %420, %cst_139 : tensor<2048xf32>
    %422 = stablehlo.add %arg86, %421 : tensor<2048xf32>
    %423 = stablehlo.multiply %arg53, %arg53 : tensor<2048xf32>
    %424 = stablehlo.subtract %423, %arg119 : tensor<2048xf32>
    %cst_140 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %425 = stablehlo.multiply %424, %cst_140 : tensor<2048xf32>
    %426 = stablehlo.add %arg119, %425 : tensor<2048xf32>
    %cst_141 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %427 = stablehlo.power %cst_141, %arg134 : tensor<f32>
    %cst_142 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %428 = stablehlo.subtract %cst_142, %427 : tensor<f32>
    %cst_143 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %429 = stablehlo.power %cst_143, %arg134 : tensor<f32>
    %cst_144 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %430 = stablehlo.subtract %cst_144, %429 : tensor<f32>
    %431 = stablehlo.broadcast_in_dim %428, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %432 = stablehlo.divide %422, %431 : tensor<2048xf32>
    %433 = stablehlo.broadcast_in_dim %430, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %434 = stablehlo.divide %426, %433 : tensor<2048xf32>
    %435 = stablehlo.sqrt %434 : tensor<2048xf32>
    %cst_145 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %436 = stablehlo.add %435, %cst_145 : tensor<2048xf32>
    %437 = stablehlo.divide %432, %436 : tensor<2048xf32>
    %438 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %439 = stablehlo.multiply %437, %438 : tensor<2048xf32>
    %440 = stablehlo.subtract %arg20, %439 : tensor<2048xf32>
    %441 = stablehlo.subtract %arg54, %arg87 : tensor<2048xf32>
    %cst_146 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %442 = stablehlo.multiply %441, %cst_146 : tensor<2048xf32>
    %443 = stablehlo.add %arg87, %442 : tensor<2048xf32>
    %444 = stablehlo.multiply %arg54, %arg54 : tensor<2048xf32>
    %445 = stablehlo.subtract %444, %arg120 : tensor<2048xf32>
    %cst_147 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %446 = stablehlo.multiply %445, %cst_147 : tensor<2048xf32>
    %447 = stablehlo.add %arg120, %446 : tensor<2048xf32>
    %cst_148 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %448 = stablehlo.power %cst_148, %arg134 : tensor<f32>
    %cst_149 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %449 = stablehlo.subtract %cst_149, %448 : tensor<f32>
    %cst_150 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %450 = stablehlo.power %cst_150, %arg134 : tensor<f32>
    %cst_151 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %451 = stablehlo.subtract %cst_151, %450 : tensor<f32>
    %452 = stablehlo.broadcast_in_dim %449, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %453 = stablehlo.divide %443, %452 : tensor<2048xf32>
    %454 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %455 = stablehlo.divide %447, %454 : tensor<2048xf32>
    %456 = stablehlo.sqrt %455 : tensor<2048xf32>
    %cst_152 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %457 = stablehlo.add %456, %cst_152 : tensor<2048xf32>
    %458 = stablehlo.divide %453, %457 : tensor<2048xf32>
    %459 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %460 = stablehlo.multiply %458, %459 : tensor<2048xf32>
    %461 = stablehlo.subtract %arg21, %460 : tensor<2048xf32>
    %462 = stablehlo.subtract %arg55, %arg88 : tensor<2048xf32>
    %cst_153 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %463 = stablehlo.multiply %462, %cst_153 : tensor<2048xf32>
    %464 = stablehlo.add %arg88, %463 : tensor<2048xf32>
    %465 = stablehlo.multiply %arg55, %arg55 : tensor<2048xf32>
    %466 = stablehlo.subtract %465, %arg121 : tensor<2048xf32>
    %cst_154 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %467 = stablehlo.multiply %466, %cst_154 : tensor<2048xf32>
    %468 = stablehlo.add %arg121, %467 : tensor<2048xf32>
    %cst_155 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %469 = stablehlo.power %cst_155, %arg134 : tensor<f32>
    %cst_156 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %470 = stablehlo.subtract %cst_156, %469 : tensor<f32>
    %cst_157 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %471 = stablehlo.power %cst_157, %arg134 : tensor<f32>
    %cst_158 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %472 = stablehlo.subtract %cst_158, %471 : tensor<f32>
    %473 = stablehlo.broadcast_in_dim %470, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %474 = stablehlo.divide %464, %473 : tensor<2048xf32>
    %475 = stablehlo.broadcast_in_dim %472, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %476 = stablehlo.divide %468, %475 : tensor<2048xf32>
    %477 = stablehlo.sqrt %476 : tensor<2048xf32>
    %cst_159 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %478 = stablehlo.add %477, %cst_159 : tensor<2048xf32>
    %479 = stablehlo.divide %474, %478 : tensor<2048xf32>
    %480 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %481 = stablehlo.multiply %479, %480 : tensor<2048xf32>
    %482 = stablehlo.subtract %arg22, %481 : tensor<2048xf32>
    %483 = stablehlo.subtract %arg56, %arg89 : tensor<2048xf32>
    %cst_160 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %484 = stablehlo.multiply %483, %cst_160 : tensor<2048xf32>
    %485 = stablehlo.add %arg89, %484 : tensor<2048xf32>
    %486 = stablehlo.multiply %arg56, %arg56 : tensor<2048xf32>
    %487 = stablehlo.subtract %486, %arg122 : tensor<2048xf32>
    %cst_161 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %488 = stablehlo.multiply %487, %cst_161 : tensor<2048xf32>
    %489 = stablehlo.add %arg122, %488 : tensor<2048xf32>
    %cst_162 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %490 = stablehlo.power %cst_162, %arg134 : tensor<f32>
    %cst_163 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %491 = stablehlo.subtract %cst_163, %490 : tensor<f32>
    %cst_164 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %492 = stablehlo.power %cst_164, %arg134 : tensor<f32>
    %cst_165 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %493 = stablehlo.subtract %cst_165, %492 : tensor<f32>
    %494 = stablehlo.broadcast_in_dim %491, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %495 = stablehlo.divide %485, %494 : tensor<2048xf32>
    %496 = stablehlo.broadcast_in_dim %493, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %497 = stablehlo.divide %489, %496 : tensor<2048xf32>
    %498 = stablehlo.sqrt %497 : tensor<2048xf32>
    %cst_166 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %499 = stablehlo.add %498, %cst_166 : tensor<2048xf32>
    %500 = stablehlo.divide %495, %499 : tensor<2048xf32>
    %501 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %502 = stablehlo.multiply %500, %501 : tensor<2048xf32>
    %503 = stablehlo.subtract %arg23, %502 : tensor<2048xf32>
    %504 = stablehlo.subtract %arg57, %arg90 : tensor<2048xf32>
    %cst_167 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %505 = stablehlo.multiply %504, %cst_167 : tensor<2048xf32>
    %506 = stablehlo.add %arg90, %505 : tensor<2048xf32>
    %507 = stablehlo.multiply %arg57, %arg57 : tensor<2048xf32>
    %508 = stablehlo.subtract %507, %arg123 : tensor<2048xf32>
    %cst_168 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %509 = stablehlo.multiply %508, %cst_168 : tensor<2048xf32>
    %510 = stablehlo.add %arg123, %509 : tensor<2048xf32>
    %cst_169 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %511 = stablehlo.power %cst_169, %arg134 : tensor<f32>
    %cst_170 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %512 = stablehlo.subtract %cst_170, %511 : tensor<f32>
    %cst_171 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %513 = stablehlo.power %cst_171, %arg134 : tensor<f32>
    %cst_172 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %514 = stablehlo.subtract %cst_172, %513 : tensor<f32>
    %515 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %516 = stablehlo.divide %506, %515 : tensor<2048xf32>
    %517 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %518 = stablehlo.divide %510, %517 : tensor<2048xf32>
    %519 = stablehlo.sqrt %518 : tensor<2048xf32>
    %cst_173 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %520 = stablehlo.add %519, %cst_173 : tensor<2048xf32>
    %521 = stablehlo.divide %516, %520 : tensor<2048xf32>
    %522 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %523 = stablehlo.multiply %521, %522 : tensor<2048xf32>
    %524 = stablehlo.subtract %arg24, %523 : tensor<2048xf32>
    %525 = stablehlo.subtract %arg58, %arg91 : tensor<2048xf32>
    %cst_174 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %526 = stablehlo.multiply %525, %cst_174 : tensor<2048xf32>
    %527 = stablehlo.add %arg91, %526 : tensor<2048xf32>
    %528 = stablehlo.multiply %arg58, %arg58 : tensor<2048xf32>
    %529 = stablehlo.subtract %528, %arg124 : tensor<2048xf32>
    %cst_175 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %530 = stablehlo.multiply %529, %cst_175 : tensor<2048xf32>
    %531 = stablehlo.add %arg124, %530 : tensor<2048xf32>
    %cst_176 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %532 = stablehlo.power %cst_176, %arg134 : tensor<f32>
    %cst_177 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %533 = stablehlo.subtract %cst_177, %532 : tensor<f32>
    %cst_178 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %534 = stablehlo.power %cst_178, %arg134 : tensor<f32>
    %cst_179 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %535 = stablehlo.subtract %cst_179, %534 : tensor<f32>
    %536 = stablehlo.broadcast_in_dim %533, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %537 = stablehlo.divide %527, %536 : tensor<2048xf32>
    %538 = stablehlo.broadcast_in_dim %535, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %539 = stablehlo.divide %531, %538 : tensor<2048xf32>
    %540 = stablehlo.sqrt %539 : tensor<2048xf32>
    %cst_180 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %541 = stablehlo.add %540, %cst_180 : tensor<2048xf32>
    %542 = stablehlo.divide %537, %541 : tensor<2048xf32>
    %543 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %544 = stablehlo.multiply %542, %543 : tensor<2048xf32>
    %545 = stablehlo.subtract %arg25, %544 : tensor<2048xf32>
    %546 = stablehlo.subtract %arg59, %arg92 : tensor<2048xf32>
    %cst_181 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %547 = stablehlo.multiply %546, %cst_181 : tensor<2048xf32>
    %548 = stablehlo.add %arg92, %547 : tensor<2048xf32>
    %549 = stablehlo.multiply %arg59, %arg59 : tensor<2048xf32>
    %550 = stablehlo.subtract %549, %arg125 : tensor<2048xf32>
    %cst_182 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %551 = stablehlo.multiply %550, %cst_182 : tensor<2048xf32>
    %552 = stablehlo.add %arg125, %551 : tensor<2048xf32>
    %cst_183 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %553 = stablehlo.power %cst_183, %arg134 : tensor<f32>
    %cst_184 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %554 = stablehlo.subtract %cst_184, %553 : tensor<f32>
    %cst_185 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %555 = stablehlo.power %cst_185, %arg134 : tensor<f32>
    %cst_186 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %556 = stablehlo.subtract %cst_186, %555 : tensor<f32>
    %557 = stablehlo.broadcast_in_dim %554, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %558 = stablehlo.divide %548, %557 : tensor<2048xf32>
    %559 = stablehlo.broadcast_in_dim %556, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %560 = stablehlo.divide %552, %559 : tensor<2048xf32>
    %561 = stablehlo.sqrt %560 : tensor<2048xf32>
    %cst_187 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %562 = stablehlo.add %561, %cst_187 : tensor<2048xf32>
    %563 = stablehlo.divide %558, %562 : tensor<2048xf32>
    %564 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %565 = stablehlo.multiply %563, %564 : tensor<2048xf32>
    %566 = stablehlo.subtract %arg26, %565 : tensor<2048xf32>
    %567 = stablehlo.subtract %arg60, %arg93 : tensor<2048xf32>
    %cst_188 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %568 = stablehlo.multiply %567, %cst_188 : tensor<2048xf32>
    %569 = stablehlo.add %arg93, %568 : tensor<2048xf32>
    %570 = stablehlo.multiply %arg60, %arg60 : tensor<2048xf32>
    %571 = stablehlo.subtract %570, %arg126 : tensor<2048xf32>
    %cst_189 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %572 = stablehlo.multiply %571, %cst_189 : tensor<2048xf32>
    %573 = stablehlo.add %arg126, %572 : tensor<2048xf32>
    %cst_190 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %574 = stablehlo.power %cst_190, %arg134 : tensor<f32>
    %cst_191 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %575 = stablehlo.subtract %cst_191, %574 : tensor<f32>
    %cst_192 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %576 = stablehlo.power %cst_192, %arg134 : tensor<f32>
    %cst_193 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %577 = stablehlo.subtract %cst_193, %576 : tensor<f32>
    %578 = stablehlo.broadcast_in_dim %575, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %579 = stablehlo.divide %569, %578 : tensor<2048xf32>
    %580 = stablehlo.broadcast_in_dim %577, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %581 = stablehlo.divide %573, %580 : tensor<2048xf32>
    %582 = stablehlo.sqrt %581 : tensor<2048xf32>
    %cst_194 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %583 = stablehlo.add %582, %cst_194 : tensor<2048xf32>
    %584 = stablehlo.divide %579, %583 : tensor<2048xf32>
    %585 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %586 = stablehlo.multiply %584, %585 : tensor<2048xf32>
    %587 = stablehlo.subtract %arg27, %586 : tensor<2048xf32>
    %588 = stablehlo.subtract %arg61, %arg94 : tensor<2048xf32>
    %cst_195 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %589 = stablehlo.multiply %588, %cst_195 : tensor<2048xf32>
    %590 = stablehlo.add %arg94, %589 : tensor<2048xf32>
    %591 = stablehlo.multiply %arg61, %arg61 : tensor<2048xf32>
    %592 = stablehlo.subtract %591, %arg127 : tensor<2048xf32>
    %cst_196 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %593 = stablehlo.multiply %592, %cst_196 : tensor<2048xf32>
    %594 = stablehlo.add %arg127, %593 : tensor<2048xf32>
    %cst_197 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %595 = stablehlo.power %cst_197, %arg134 : tensor<f32>
    %cst_198 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %596 = stablehlo.subtract %cst_198, %595 : tensor<f32>
    %cst_199 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %597 = stablehlo.power %cst_199, %arg134 : tensor<f32>
    %cst_200 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %598 = stablehlo.subtract %cst_200, %597 : tensor<f32>
    %599 = stablehlo.broadcast_in_dim %596, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %600 = stablehlo.divide %590, %599 : tensor<2048xf32>
    %601 = stablehlo.broadcast_in_dim %598, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %602 = stablehlo.divide %594, %601 : tensor<2048xf32>
    %603 = stablehlo.sqrt %602 : tensor<2048xf32>
    %cst_201 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %604 = stablehlo.add %603, %cst_201 : tensor<2048xf32>
    %605 = stablehlo.divide %600, %604 : tensor<2048xf32>
    %606 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %607 = stablehlo.multiply %605, %606 : tensor<2048xf32>
    %608 = stablehlo.subtract %arg28, %607 : tensor<2048xf32>
    %609 = stablehlo.subtract %arg62, %arg95 : tensor<2048xf32>
    %cst_202 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %610 = stablehlo.multiply %609, %cst_202 : tensor<2048xf32>
    %611 = stablehlo.add %arg95, %610 : tensor<2048xf32>
    %612 = stablehlo.multiply %arg62, %arg62 : tensor<2048xf32>
    %613 = stablehlo.subtract %612, %arg128 : tensor<2048xf32>
    %cst_203 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %614 = stablehlo.multiply %613, %cst_203 : tensor<2048xf32>
    %615 = stablehlo.add %arg128, %614 : tensor<2048xf32>
    %cst_204 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %616 = stablehlo.power %cst_204, %arg134 : tensor<f32>
    %cst_205 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %617 = stablehlo.subtract %cst_205, %616 : tensor<f32>
    %cst_206 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %618 = stablehlo.power %cst_206, %arg134 : tensor<f32>
    %cst_207 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %619 = stablehlo.subtract %cst_207, %618 : tensor<f32>
    %620 = stablehlo.broadcast_in_dim %617, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %621 = stablehlo.divide %611, %620 : tensor<2048xf32>
    %622 = stablehlo.broadcast_in_dim %619, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %623 = stablehlo.divide %615, %622 : tensor<2048xf32>
    %624 = stablehlo.sqrt %623 : tensor<2048xf32>
    %cst_208 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %625 = stablehlo.add %624, %cst_208 : tensor<2048xf32>
    %626 = stablehlo.divide %621, %625 : tensor<2048xf32>
    %627 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %628 = stablehlo.multiply %626, %627 : tensor<2048xf32>
    %629 = stablehlo.subtract %arg29, %628 : tensor<2048xf32>
    %630 = stablehlo.subtract %arg63, %arg96 : tensor<2048xf32>
    %cst_209 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %631 = stablehlo.multiply %630, %cst_209 : tensor<2048xf32>
    %632 = stablehlo.add %arg96, %631 : tensor<2048xf32>
    %633 = stablehlo.multiply %arg63, %arg63 : tensor<2048xf32>
    %634 = stablehlo.subtract %633, %arg129 : tensor<2048xf32>
    %cst_210 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %635 = stablehlo.multiply %634, %cst_210 : tensor<2048xf32>
    %636 = stablehlo.add %arg129, %635 : tensor<2048xf32>
    %cst_211 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %637 = stablehlo.power %cst_211, %arg134 : tensor<f32>
    %cst_212 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %638 = stablehlo.subtract %cst_212, %637 : tensor<f32>
    %cst_213 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %639 = stablehlo.power %cst_213, %arg134 : tensor<f32>
    %cst_214 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %640 = stablehlo.subtract %cst_214, %639 : tensor<f32>
    %641 = stablehlo.broadcast_in_dim %638, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %642 = stablehlo.divide %632, %641 : tensor<2048xf32>
    %643 = stablehlo.broadcast_in_dim %640, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %644 = stablehlo.divide %636, %643 : tensor<2048xf32>
    %645 = stablehlo.sqrt %644 : tensor<2048xf32>
    %cst_215 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %646 = stablehlo.add %645, %cst_215 : tensor<2048xf32>
    %647 = stablehlo.divide %642, %646 : tensor<2048xf32>
    %648 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %649 = stablehlo.multiply %647, %648 : tensor<2048xf32>
    %650 = stablehlo.subtract %arg30, %649 : tensor<2048xf32>
    %651 = stablehlo.subtract %arg64, %arg97 : tensor<2048xf32>
    %cst_216 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %652 = stablehlo.multiply %651, %cst_216 : tensor<2048xf32>
    %653 = stablehlo.add %arg97, %652 : tensor<2048xf32>
    %654 = stablehlo.multiply %arg64, %arg64 : tensor<2048xf32>
    %655 = stablehlo.subtract %654, %arg130 : tensor<2048xf32>
    %cst_217 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %656 = stablehlo.multiply %655, %cst_217 : tensor<2048xf32>
    %657 = stablehlo.add %arg130, %656 : tensor<2048xf32>
    %cst_218 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %658 = stablehlo.power %cst_218, %arg134 : tensor<f32>
    %cst_219 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %659 = stablehlo.subtract %cst_219, %658 : tensor<f32>
    %cst_220 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %660 = stablehlo.power %cst_220, %arg134 : tensor<f32>
    %cst_221 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %661 = stablehlo.subtract %cst_221, %660 : tensor<f32>
    %662 = stablehlo.broadcast_in_dim %659, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %663 = stablehlo.divide %653, %662 : tensor<2048xf32>
    %664 = stablehlo.broadcast_in_dim %661, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %665 = stablehlo.divide %657, %664 : tensor<2048xf32>
    %666 = stablehlo.sqrt %665 : tensor<2048xf32>
    %cst_222 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %667 = stablehlo.add %666, %cst_222 : tensor<2048xf32>
    %668 = stablehlo.divide %663, %667 : tensor<2048xf32>
    %669 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %670 = stablehlo.multiply %668, %669 : tensor<2048xf32>
    %671 = stablehlo.subtract %arg31, %670 : tensor<2048xf32>
    %672 = stablehlo.subtract %arg65, %arg98 : tensor<2048xf32>
    %cst_223 = stablehlo.constant dense<1.000000e-01> : tensor<2048xf32>
    %673 = stablehlo.multiply %672, %cst_223 : tensor<2048xf32>
    %674 = stablehlo.add %arg98, %673 : tensor<2048xf32>
    %675 = stablehlo.multiply %arg65, %arg65 : tensor<2048xf32>
    %676 = stablehlo.subtract %675, %arg131 : tensor<2048xf32>
    %cst_224 = stablehlo.constant dense<5.000000e-02> : tensor<2048xf32>
    %677 = stablehlo.multiply %676, %cst_224 : tensor<2048xf32>
    %678 = stablehlo.add %arg131, %677 : tensor<2048xf32>
    %cst_225 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %679 = stablehlo.power %cst_225, %arg134 : tensor<f32>
    %cst_226 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %680 = stablehlo.subtract %cst_226, %679 : tensor<f32>
    %cst_227 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %681 = stablehlo.power %cst_227, %arg134 : tensor<f32>
    %cst_228 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %682 = stablehlo.subtract %cst_228, %681 : tensor<f32>
    %683 = stablehlo.broadcast_in_dim %680, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %684 = stablehlo.divide %674, %683 : tensor<2048xf32>
    %685 = stablehlo.broadcast_in_dim %682, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %686 = stablehlo.divide %678, %685 : tensor<2048xf32>
    %687 = stablehlo.sqrt %686 : tensor<2048xf32>
    %cst_229 = stablehlo.constant dense<1.000000e-10> : tensor<2048xf32>
    %688 = stablehlo.add %687, %cst_229 : tensor<2048xf32>
    %689 = stablehlo.divide %684, %688 : tensor<2048xf32>
    %690 = stablehlo.broadcast_in_dim %arg132, dims = [] : (tensor<f32>) -> tensor<2048xf32>
    %691 = stablehlo.multiply %689, %690 : tensor<2048xf32>
    %692 = stablehlo.subtract %arg32, %691 : tensor<2048xf32>
    return %20, %41, %62, %83, %104, %125, %146, %167, %188, %209, %230, %251, %272, %293, %314, %335, %356, %377, %398, %419, %440, %461, %482, %503, %524, %545, %566, %587, %608, %629, %650, %671, %692, %2, %23, %44, %65, %86, %107, %128, %149, %170, %191, %212, %233, %254, %275, %296, %317, %338, %359, %380, %401, %422, %443, %464, %485, %506, %527, %548, %569, %590, %611, %632, %653, %674, %6, %27, %48, %69, %90, %111, %132, %153, %174, %195, %216, %237, %258, %279, %300, %321, %342, %363, %384, %405, %426, %447, %468, %489, %510, %531, %552, %573, %594, %615, %636, %657, %678 : tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>, tensor<2048xf32>
  }
}
