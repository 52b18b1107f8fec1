module @jit_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<4xf32>, %arg3: tensor<16x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64x4xf32>, %arg6: tensor<128x16xf32>, %arg7: tensor<128x4xf32>) -> (tensor<f32> {jax.result_info = "result[0][0]"}, tensor<f32> {jax.result_info = "result[0][1]['mae']"}, tensor<i32> {jax.result_info = "result[0][1]['n_big']"}, tensor<4xf32> {jax.result_info = "result[0][1]['per_output']"}, tensor<64xf32> {jax.result_info = "result[1]['b0']"}, tensor<64xf32> {jax.result_info = "result[1]['b1']"}, tensor<4xf32> {jax.result_info = "result[1]['b2']"}, tensor<16x64xf32> {jax.result_info = "result[1]['w0']"}, tensor<64x64xf32> {jax.result_info = "result[1]['w1']"}, tensor<64x4xf32> {jax.result_info = "result[1]['w2']"}) {
    %0 = stablehlo.dot_general %arg6, %arg3, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<128x16xf32>, tensor<16x64xf32>) -> tensor<128x64xf32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0, 1] : (tensor<1x64xf32>) -> tensor<128x64xf32>
    %3 = stablehlo.add %0, %2 : tensor<128x64xf32>
    %4 = stablehlo.tanh %3 : tensor<128x64xf32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<128x64xf32>
    %6 = stablehlo.subtract %5, %4 : tensor<128x64xf32>
    %7 = stablehlo.dot_general %4, %arg4, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<128x64xf32>, tensor<64x64xf32>) -> tensor<128x64xf32>
    %8 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1] : (tensor<1x64xf32>) -> tensor<128x64xf32>
    %10 = stablehlo.add %7, %9 : tensor<128x64xf32>
    %11 = stablehlo.tanh %10 : tensor<128x64xf32>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<128x64xf32>
    %13 = stablehlo.subtract %12, %11 : tensor<128x64xf32>
    %14 = stablehlo.dot_general %11, %arg5, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<128x64xf32>, tensor<64x4xf32>) -> tensor<128x4xf32>
    %15 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [0, 1] : (tensor<1x4xf32>) -> tensor<128x4xf32>
    %17 = stablehlo.add %14, %16 : tensor<128x4xf32>
    %18 = stablehlo.subtract %17, %arg7 : tensor<128x4xf32>
    %19 = stablehlo.abs %18 : tensor<128x4xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %20 = stablehlo.reduce(%19 init: %cst_1) applies stablehlo.add across dimensions = [0, 1] : (tensor<128x4xf32>, tensor<f32>) -> tensor<f32>
    %cst_2 = stablehlo.constant dense<5.120000e+02> : tensor<f32>
    %21 = stablehlo.divide %20, %cst_2 : tensor<f32>
    %22 = stablehlo.multiply %18, %18 : tensor<128x4xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %23 = stablehlo.reduce(%22 init: %cst_3) applies stablehlo.add across dimensions = [0] : (tensor<128x4xf32>, tensor<f32>) -> tensor<4xf32>
    %cst_4 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %25 = stablehlo.divide %23, %24 : tensor<4xf32>
    %26 = stablehlo.abs %18 : tensor<128x4xf32>
    %cst_5 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<128x4xf32>
    %28 = stablehlo.compare GT, %26, %27, FLOAT : (tensor<128x4xf32>, tensor<128x4xf32>) -> tensor<128x4xi1>
    %29 = stablehlo.convert %28 : (tensor<128x4xi1>) -> tensor<128x4xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %30 = stablehlo.reduce(%29 init: %c) applies stablehlo.add across dimensions = [0, 1] : (tensor<128x4xi32>, tensor<i32>) -> tensor<i32>
    %31 = stablehlo.multiply %18, %18 : tensor<128x4xf32>
    %cst_6 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<128x4xf32>
    %33 = stablehlo.multiply %32, %18 : tensor<128x4xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %34 = stablehlo.reduce(%31 init: %cst_7) applies stablehlo.add across dimensions = [0, 1] : (tensor<128x4xf32>, tensor<f32>) -> tensor<f32>
    %cst_8 = stablehlo.constant dense<5.120000e+02> : tensor<f32>
    %35 = stablehlo.divide %34, %cst_8 : tensor<f32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_10 = stablehlo.constant dense<5.120000e+02> : tensor<f32>
    %36 = stablehlo.divide %cst_9, %cst_10 : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<f32>) -> tensor<128x4xf32>
    %38 = stablehlo.multiply %37, %33 : tensor<128x4xf32>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %39 = stablehlo.reduce(%38 init: %cst_11) applies stablehlo.add across dimensions = [0] : (tensor<128x4xf32>, tensor<f32>) -> tensor<4xf32>
    %40 = stablehlo.reshape %39 : (tensor<4xf32>) -> tensor<1x4xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %41 = stablehlo.reduce(%40 init: %cst_12) applies stablehlo.add across dimensions = [0] : (tensor<1x4xf32>, tensor<f32>) -> tensor<4xf32>
    %42 = stablehlo.dot_general %38, %11, contracting_dims = [0] x [0], precision = [DEFAULT, DEFAULT] : (tensor<128x4xf32>, tensor<128x64xf32>) -> tensor<4x64xf32>
    %43 = stablehlo.transpose %42, dims = [1, 0] : (tensor<4x64xf32>) -> tensor<64x4xf32>
    %44 = stablehlo.dot_general %38, %arg5, contracting_dims = [1] x [1], precision = [DEFAULT, DEFAULT] : (tensor<128x4xf32>, tensor<64x4xf32>) -> tensor<128x64xf32>
    %45 = stablehlo.multiply %44, %13 : tensor<128x64xf32>
    %46 = stablehlo.multiply %45, %11 : tensor<128x64xf32>
    %47 = stablehlo.add %45, %46 : tensor<128x64xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %48 = stablehlo.reduce(%47 init: %cst_13) applies stablehlo.add across dimensions = [0] : (tensor<128x64xf32>, tensor<f32>) -> tensor<64xf32>
    %49 = stablehlo.reshape %48 : (tensor<64xf32>) -> tensor<1x64xf32>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %50 = stablehlo.reduce(%49 init: %cst_14) applies stablehlo.add across dimensions = [0] : (tensor<1x64xf32>, tensor<f32>) -> tensor<64xf32>
    %51 = stablehlo.dot_general %47, %4, contracting_dims = [0] x [0], precision = [DEFAULT, DEFAULT] : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<64x64xf32>
    %52 = stablehlo.transpose %51, dims = [1, 0] : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %53 = stablehlo.dot_general %47, %arg4, contracting_dims = [1] x [1], precision = [DEFAULT, DEFAULT] : (tensor<128x64xf32>, tensor<64x64xf32>) -> tensor<128x64xf32>
    %54 = stablehlo.multiply %53, %6 : tensor<128x64xf32>
    %55 = stablehlo.multiply %54, %4 : tensor<128x64xf32>
    %56 = stablehlo.add %54, %55 : tensor<128x64xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %57 = stablehlo.reduce(%56 init: %cst_15) applies stablehlo.add across dimensions = [0] : (tensor<128x64xf32>, tensor<f32>) -> tensor<64xf32>
    %58 = stablehlo.reshape %57 : (tensor<64xf32>) -> tensor<1x64xf32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %59 = stablehlo.reduce(%58 init: %cst_16) applies stablehlo.add across dimensions = [0] : (tensor<1x64xf32>, tensor<f32>) -> tensor<64xf32>
    %60 = stablehlo.dot_general %56, %arg6, contracting_dims = [0] x [0], precision = [DEFAULT, DEFAULT] : (tensor<128x64xf32>, tensor<128x16xf32>) -> tensor<64x16xf32>
    %61 = stablehlo.transpose %60, dims = [1, 0] : (tensor<64x16xf32>) -> tensor<16x64xf32>
    return %35, %21, %30, %25, %59, %50, %41, %61, %52, %43 : tensor<f32>, tensor<f32>, tensor<i32>, tensor<4xf32>, tensor<64xf32>, tensor<64xf32>, tensor<4xf32>, tensor<16x64xf32>, tensor<64x64xf32>, tensor<64x4xf32>
  }
}
