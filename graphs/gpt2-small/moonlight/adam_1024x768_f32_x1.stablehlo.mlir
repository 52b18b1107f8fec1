module @adam_1024x768_f32_x1 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1024x768xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<1024x768xf32>, %arg2: tensor<1024x768xf32> {tf.aliasing_output = 1 : i32}, %arg3: tensor<1024x768xf32> {tf.aliasing_output = 2 : i32}, %arg4: tensor<f32>, %arg5: tensor<f32>, %arg6: tensor<f32>) -> (tensor<1024x768xf32> {jax.result_info = "transformer.wpe.weight"}, tensor<1024x768xf32> {jax.result_info = "transformer.wpe.weight.exp_avg"}, tensor<1024x768xf32> {jax.result_info = "transformer.wpe.weight.exp_avg_sq"}) {
    %0 = stablehlo.subtract %arg1, %arg2 : tensor<1024x768xf32>
    %cst = stablehlo.constant dense<1.000000e-01> : tensor<1024x768xf32>
    %1 = stablehlo.multiply %0, %cst : tensor<1024x768xf32>
    %2 = stablehlo.add %arg2, %1 : tensor<1024x768xf32>
    %3 = stablehlo.multiply %arg1, %arg1 : tensor<1024x768xf32>
    %4 = stablehlo.subtract %3, %arg3 : tensor<1024x768xf32>
    %cst_0 = stablehlo.constant dense<5.000000e-02> : tensor<1024x768xf32>
    %5 = stablehlo.multiply %4, %cst_0 : tensor<1024x768xf32>
    %6 = stablehlo.add %arg3, %5 : tensor<1024x768xf32>
    %cst_1 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %7 = stablehlo.power %cst_1, %arg6 : tensor<f32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %8 = stablehlo.subtract %cst_2, %7 : tensor<f32>
    %cst_3 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %9 = stablehlo.power %cst_3, %arg6 : tensor<f32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %10 = stablehlo.subtract %cst_4, %9 : tensor<f32>
    %11 = stablehlo.sqrt %6 : tensor<1024x768xf32>
    %cst_5 = stablehlo.constant dense<1.000000e-08> : tensor<1024x768xf32>
    %12 = stablehlo.add %11, %cst_5 : tensor<1024x768xf32>
    %13 = stablehlo.divide %2, %12 : tensor<1024x768xf32>
    %14 = stablehlo.sqrt %10 : tensor<f32>
    %15 = stablehlo.divide %14, %8 : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [] : (tensor<f32>) -> tensor<1024x768xf32>
    %17 = stablehlo.multiply %13, %16 : tensor<1024x768xf32>
    %cst_6 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %18 = stablehlo.multiply %arg5, %cst_6 : tensor<f32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %19 = stablehlo.subtract %cst_7, %18 : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [] : (tensor<f32>) -> tensor<1024x768xf32>
    %21 = stablehlo.multiply %arg0, %20 : tensor<1024x768xf32>
    %22 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<f32>) -> tensor<1024x768xf32>
    %23 = stablehlo.multiply %17, %22 : tensor<1024x768xf32>
    %24 = stablehlo.subtract %21, %23 : tensor<1024x768xf32>
    return %24, %2, %6 : tensor<1024x768xf32>, tensor<1024x768xf32>, tensor<1024x768xf32>
  }
}
