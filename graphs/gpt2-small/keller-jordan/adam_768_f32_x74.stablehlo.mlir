module @adam_768_f32_x74 attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<768xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<768xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<768xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<768xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<768xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<768xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<768xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<768xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<768xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<768xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<768xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<768xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<768xf32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<768xf32> {tf.aliasing_output = 13 : i32}, %arg14: tensor<768xf32> {tf.aliasing_output = 14 : i32}, %arg15: tensor<768xf32> {tf.aliasing_output = 15 : i32}, %arg16: tensor<768xf32> {tf.aliasing_output = 16 : i32}, %arg17: tensor<768xf32> {tf.aliasing_output = 17 : i32}, %arg18: tensor<768xf32> {tf.aliasing_output = 18 : i32}, %arg19: tensor<768xf32> {tf.aliasing_output = 19 : i32}, %arg20: tensor<768xf32> {tf.aliasing_output = 20 : i32}, %arg21: tensor<768xf32> {tf.aliasing_output = 21 : i32}, %arg22: tensor<768xf32> {tf.aliasing_output = 22 : i32}, %arg23: tensor<768xf32> {tf.aliasing_output = 23 : i32}, %arg24: tensor<768xf32> {tf.aliasing_output = 24 : i32}, %arg25: tensor<768xf32> {tf.aliasing_output = 25 : i32}, %arg26: tensor<768xf32> {tf.aliasing_output = 26 : i32}, %arg27: tensor<768xf32> {tf.aliasing_output = 27 : i32}, %arg28: tensor<768xf32> {tf.aliasing_output = 28 : i32}, %arg29: tensor<768xf32> {tf.aliasing_output = 29 : i32}, %arg30: tensor<768xf32> {tf.aliasing_output = 30 : i32}, %arg31: tensor<768xf32> {tf.aliasing_output = 31 : i32}, %arg32: tensor<768xf32> {tf.aliasing_output = 32 : i32}, %arg33: tensor<768xf32> {tf.aliasing_output = 33 : i32}, %arg34: tensor<768xf32> {tf.aliasing_output = 34 : i32}, %arg35: tensor<768xf32> {tf.aliasing_output = 35 : i32}, %arg36: tensor<768xf32> {tf.aliasing_output = 36 : i32}, %arg37: tensor<768xf32> {tf.aliasing_output = 37 : i32}, %arg38: tensor<768xf32> {tf.aliasing_output = 38 : i32}, %arg39: tensor<768xf32> {tf.aliasing_output = 39 : i32}, %arg40: tensor<768xf32> {tf.aliasing_output = 40 : i32}, %arg41: tensor<768xf32> {tf.aliasing_output = 41 : i32}, %arg42: tensor<768xf32> {tf.aliasing_output = 42 : i32}, %arg43: tensor<768xf32> {tf.aliasing_output = 43 : i32}, %arg44: tensor<768xf32> {tf.aliasing_output = 44 : i32}, %arg45: tensor<768xf32> {tf.aliasing_output = 45 : i32}, %arg46: tensor<768xf32> {tf.aliasing_output = 46 : i32}, %arg47: tensor<768xf32> {tf.aliasing_output = 47 : i32}, %arg48: tensor<768xf32> {tf.aliasing_output = 48 : i32}, %arg49: tensor<768xf32> {tf.aliasing_output = 49 : i32}, %arg50: tensor<768xf32> {tf.aliasing_output = 50 : i32}, %arg51: tensor<768xf32> {tf.aliasing_output = 51 : i32}, %arg52: tensor<768xf32> {tf.aliasing_output = 52 : i32}, %arg53: tensor<768xf32> {tf.aliasing_output = 53 : i32}, %arg54: tensor<768xf32> {tf.aliasing_output = 54 : i32}, %arg55: tensor<768xf32> {tf.aliasing_output = 55 : i32}, %arg56: tensor<768xf32> {tf.aliasing_output = 56 : i32}, %arg57: tensor<768xf32> {tf.aliasing_output = 57 : i32}, %arg58: tensor<768xf32> {tf.aliasing_output = 58 : i32}, %arg59: tensor<768xf32> {tf.aliasing_output = 59 : i32}, %arg60: tensor<768xf32> {tf.aliasing_output = 60 : i32}, %arg61: tensor<768xf32> {tf.aliasing_output = 61 : i32}, %arg62: tensor<768xf32> {tf.aliasing_output = 62 : i32}, %arg63: tensor<768xf32> {tf.aliasing_output = 63 : i32}, %arg64: tensor<768xf32> {tf.aliasing_output = 64 : i32}, %arg65: tensor<768xf32> {tf.aliasing_output = 65 : i32}, %arg66: tensor<768xf32> {tf.aliasing_output = 66 : i32}, %arg67: tensor<768xf32> {tf.aliasing_output = 67 : i32}, %arg68: tensor<768xf32> {tf.aliasing_output = 68 : i32}, %arg69: tensor<768xf32> {tf.aliasing_output = 69 : i32}, %arg70: tensor<768xf32> {tf.aliasing_output = 70 : i32}, %arg71: tensor<768xf32> {tf.aliasing_output = 71 : i32}, %arg72: tensor<768xf32> {tf.aliasing_output = 72 : i32}, %arg73: tensor<768xf32> {tf.aliasing_output = 73 : i32}, %arg74: tensor<768xf32>, %arg75: tensor<768xf32>, %arg76: tensor<768xf32>, %arg77: tensor<768xf32>, %arg78: tensor<768xf32>, %arg79: tensor<768xf32>, %arg80: tensor<768xf32>, %arg81: tensor<768xf32>, %arg82: tensor<768xf32>, %arg83: tensor<768xf32>, %arg84: tensor<768xf32>, %arg85: tensor<768xf32>, %arg86: tensor<768xf32>, %arg87: tensor<768xf32>, %arg88: tensor<768xf32>, %arg89: tensor<768xf32>, %arg90: tensor<768xf32>, %arg91: tensor<768xf32>, %arg92: tensor<768xf32>, %arg93: tensor<768xf32>, %arg94: tensor<768xf32>, %arg95: tensor<768xf32>, %arg96: tensor<768xf32>, %arg97: tensor<768xf32>, %arg98: tensor<768xf32>, %arg99: tensor<768xf32>, %arg100: tensor<768xf32>, %arg101: tensor<768xf32>, %arg102: tensor<768xf32>, %arg103: tensor<768xf32>, %arg104: tensor<768xf32>, %arg105: tensor<768xf32>, %arg106: tensor<768xf32>, %arg107: tensor<768xf32>, %arg108: tensor<768xf32>, %arg109: tensor<768xf32>, %arg110: tensor<768xf32>, %arg111: tensor<768xf32>, %arg112: tensor<768xf32>, %arg113: tensor<768xf32>, %arg114: tensor<768xf32>, %arg115: tensor<768xf32>, %arg116: tensor<768xf32>, %arg117: tensor<768xf32>, %arg118: tensor<768xf32>, %arg119: tensor<768xf32>, %arg120: tensor<768xf32>, %arg121: tensor<768xf32>, %arg122: tensor<768xf32>, %arg123: tensor<768xf32>, %arg124: tensor<768xf32>, %arg125: tensor<768xf32>, %arg126: tensor<768xf32>, %arg127: tensor<768xf32>, %arg128: tensor<768xf32>, %arg129: tensor<768xf32>, %arg130: tensor<768xf32>, %arg131: tensor<768xf32>, %arg132: tensor<768xf32>, %arg133: tensor<768xf32>, %arg134: tensor<768xf32>, %arg135: tensor<768xf32>, %arg136: tensor<768xf32>, %arg137: tensor<768xf32>, %arg138: tensor<768xf32>, %arg139: tensor<768xf32>, %arg140: tensor<768xf32>, %arg141: tensor<768xf32>, %arg142: tensor<768xf32>, %arg143: tensor<768xf32>, %arg144: tensor<768xf32>, %arg145: tensor<768xf32>, %arg146: tensor<768xf32>, %arg147: tensor<768xf32>, %arg148: tensor<768xf32> {tf.aliasing_output = 74 : i32}, %arg149: tensor<768xf32> {tf.aliasing_output = 75 : i32}, %arg150: tensor<768xf32> {tf.aliasing_output = 76 : i32}, %arg151: tensor<768xf32> {tf.aliasing_output = 77 : i32}, %arg152: tensor<768xf32> {tf.aliasing_output = 78 : i32}, %arg153: tensor<768xf32> {tf.aliasing_output = 79 : i32}, %arg154: tensor<768xf32> {tf.aliasing_output = 80 : i32}, %arg155: tensor<768xf32> {tf.aliasing_output = 81 : i32}, %arg156: tensor<768xf32> {tf.aliasing_output = 82 : i32}, %arg157: tensor<768xf32> {tf.aliasing_output = 83 : i32}, %arg158: tensor<768xf32> {tf.aliasing_output = 84 : i32}, %arg159: tensor<768xf32> {tf.aliasing_output = 85 : i32}, %arg160: tensor<768xf32> {tf.aliasing_output = 86 : i32}, %arg161: tensor<768xf32> {tf.aliasing_output = 87 : i32}, %arg162: tensor<768xf32> {tf.aliasing_output = 88 : i32}, %arg163: tensor<768xf32> {tf.aliasing_output = 89 : i32}, %arg164: tensor<768xf32> {tf.aliasing_output = 90 : i32}, %arg165: tensor<768xf32> {tf.aliasing_output = 91 : i32}, %arg166: tensor<768xf32> {tf.aliasing_output = 92 : i32}, %arg167: tensor<768xf32> {tf.aliasing_output = 93 : i32}, %arg168: tensor<768xf32> {tf.aliasing_output = 94 : i32}, %arg169: tensor<768xf32> {tf.aliasing_output = 95 : i32}, %arg170: tensor<768xf32> {tf.aliasing_output = 96 : i32}, %arg171: tensor<768xf32> {tf.aliasing_output = 97 : i32}, %arg172: tensor<768xf32> {tf.aliasing_output = 98 : i32}, %arg173: tensor<768xf32> {tf.aliasing_output = 99 : i32}, %arg174: tensor<768xf32> {tf.aliasing_output = 100 : i32}, %arg175: tensor<768xf32> {tf.aliasing_output = 101 : i32}, %arg176: tensor<768xf32> {tf.aliasing_output = 102 : i32}, %arg177: tensor<768xf32> {tf.aliasing_output = 103 : i32}, %arg178: tensor<768xf32> {tf.aliasing_output = 104 : i32}, %arg179: tensor<768xf32> {tf.aliasing_output = 105 : i32}, %arg180: tensor<768xf32> {tf.aliasing_output = 106 : i32}, %arg181: tensor<768xf32> {tf.aliasing_output = 107 : i32}, %arg182: tensor<768xf32> {tf.aliasing_output = 108 : i32}, %arg183: tensor<768xf32> {tf.aliasing_output = 109 : i32}, %arg184: tensor<768xf32> {tf.aliasing_output = 110 : i32}, %arg185: tensor<768xf32> {tf.aliasing_output = 111 : i32}, %arg186: tensor<768xf32> {tf.aliasing_output = 112 : i32}, %arg187: tensor<768xf32> {tf.aliasing_output = 113 : i32}, %arg188: tensor<768xf32> {tf.aliasing_output = 114 : i32}, %arg189: tensor<768xf32> {tf.aliasing_output = 115 : i32}, %arg190: tensor<768xf32> {tf.aliasing_output = 116 : i32}, %arg191: tensor<768xf32> {tf.aliasing_output = 117 : i32}, %arg192: tensor<768xf32> {tf.aliasing_output = 118 : i32}, %arg193: tensor<768xf32> {tf.aliasing_output = 119 : i32}, %arg194: tensor<768xf32> {tf.aliasing_output = 120 : i32}, %arg195: tensor<768xf32> {tf.aliasing_output = 121 : i32}, %arg196: tensor<768xf32> {tf.aliasing_output = 122 : i32}, %arg197: tensor<768xf32> {tf.aliasing_output = 123 : i32}, %arg198: tensor<768xf32> {tf.aliasing_output = 124 : i32}, %arg199: tensor<768xf32> {tf.aliasing_output = 125 : i32}, %arg200: tensor<768xf32> {tf.aliasing_output = 126 : i32}, %arg201: tensor<768xf32> {tf.aliasing_output = 127 : i32}, %arg202: tensor<768xf32> {tf.aliasing_output = 128 : i32}, %arg203: tensor<768xf32> {tf.aliasing_output = 129 : i32}, %arg204: tensor<768xf32> {tf.aliasing_output = 130 : i32}, %arg205: tensor<768xf32> {tf.aliasing_output = 131 : i32}, %arg206: tensor<768xf32> {tf.aliasing_output = 132 : i32}, %arg207: tensor<768xf32> {tf.aliasing_output = 133 : i32}, %arg208: tensor<768xf32> {tf.aliasing_output = 134 : i32}, %arg209: tensor<768xf32> {tf.aliasing_output = 135 : i32}, %arg210: tensor<768xf32> {tf.aliasing_output = 136 : i32}, %arg211: tensor<768xf32> {tf.aliasing_output = 137 : i32}, %arg212: tensor<768xf32> {tf.aliasing_output = 138 : i32}, %arg213: tensor<768xf32> {tf.aliasing_output = 139 : i32}, %arg214: tensor<768xf32> {tf.aliasing_output = 140 : i32}, %arg215: tensor<768xf32> {tf.aliasing_output = 141 : i32}, %arg216: tensor<768xf32> {tf.aliasing_output = 142 : i32}, %arg217: tensor<768xf32> {tf.aliasing_output = 143 : i32}, %arg218: tensor<768xf32> {tf.aliasing_output = 144 : i32}, %arg219: tensor<768xf32> {tf.aliasing_output = 145 : i32}, %arg220: tensor<768xf32> {tf.aliasing_output = 146 : i32}, %arg221: tensor<768xf32> {tf.aliasing_output = 147 : i32}, %arg222: tensor<768xf32> {tf.aliasing_output = 148 : i32}, %arg223: tensor<768xf32> {tf.aliasing_output = 149 : i32}, %arg224: tensor<768xf32> {tf.aliasing_output = 150 : i32}, %arg225: tensor<768xf32> {tf.aliasing_output = 151 : i32}, %arg226: tensor<768xf32> {tf.aliasing_output = 152 : i32}, %arg227: tensor<768xf32> {tf.aliasing_output = 153 : i32}, %arg228: tensor<768xf32> {tf.aliasing_output = 154 : i32}, %arg229: tensor<768xf32> {tf.aliasing_output = 155 : i32}, %arg230: tensor<768xf32> {tf.aliasing_output = 156 : i32}, %arg231: tensor<768xf32> {tf.aliasing_output = 157 : i32}, %arg232: tensor<768xf32> {tf.aliasing_output = 158 : i32}, %arg233: tensor<768xf32> {tf.aliasing_output = 159 : i32}, %arg234: tensor<768xf32> {tf.aliasing_output = 160 : i32}, %arg235: tensor<768xf32> {tf.aliasing_output = 161 : i32}, %arg236: tensor<768xf32> {tf.aliasing_output = 162 : i32}, %arg237: tensor<768xf32> {tf.aliasing_output = 163 : i32}, %arg238: tensor<768xf32> {tf.aliasing_output = 164 : i32}, %arg239: tensor<768xf32> {tf.aliasing_output = 165 : i32}, %arg240: tensor<768xf32> {tf.aliasing_output = 166 : i32}, %arg241: tensor<768xf32> {tf.aliasing_output = 167 : i32}, %arg242: tensor<768xf32> {tf.aliasing_output = 168 : i32}, %arg243: tensor<768xf32> {tf.aliasing_output = 169 : i32}, %arg244: tensor<768xf32> {tf.aliasing_output = 170 : i32}, %arg245: tensor<768xf32> {tf.aliasing_output = 171 : i32}, %arg246: tensor<768xf32> {tf.aliasing_output = 172 : i32}, %arg247: tensor<768xf32> {tf.aliasing_output = 173 : i32}, %arg248: tensor<768xf32> {tf.aliasing_output = 174 : i32}, %arg249: tensor<768xf32> {tf.aliasing_output = 175 : i32}, %arg250: tensor<768xf32> {tf.aliasing_output = 176 : i32}, %arg251: tensor<768xf32> {tf.aliasing_output = 177 : i32}, %arg252: tensor<768xf32> {tf.aliasing_output = 178 : i32}, %arg253: tensor<768xf32> {tf.aliasing_output = 179 : i32}, %arg254: tensor<768xf32> {tf.aliasing_output = 180 : i32}, %arg255: tensor<768xf32> {tf.aliasing_output = 181 : i32}, %arg256: tensor<768xf32> {tf.aliasing_output = 182 : i32}, %arg257: tensor<768xf32> {tf.aliasing_output = 183 : i32}, %arg258: tensor<768xf32> {tf.aliasing_output = 184 : i32}, %arg259: tensor<768xf32> {tf.aliasing_output = 185 : i32}, %arg260: tensor<768xf32> {tf.aliasing_output = 186 : i32}, %arg261: tensor<768xf32> {tf.aliasing_output = 187 : i32}, %arg262: tensor<768xf32> {tf.aliasing_output = 188 : i32}, %arg263: tensor<768xf32> {tf.aliasing_output = 189 : i32}, %arg264: tensor<768xf32> {tf.aliasing_output = 190 : i32}, %arg265: tensor<768xf32> {tf.aliasing_output = 191 : i32}, %arg266: tensor<768xf32> {tf.aliasing_output = 192 : i32}, %arg267: tensor<768xf32> {tf.aliasing_output = 193 : i32}, %arg268: tensor<768xf32> {tf.aliasing_output = 194 : i32}, %arg269: tensor<768xf32> {tf.aliasing_output = 195 : i32}, %arg270: tensor<768xf32> {tf.aliasing_output = 196 : i32}, %arg271: tensor<768xf32> {tf.aliasing_output = 197 : i32}, %arg272: tensor<768xf32> {tf.aliasing_output = 198 : i32}, %arg273: tensor<768xf32> {tf.aliasing_output = 199 : i32}, %arg274: tensor<768xf32> {tf.aliasing_output = 200 : i32}, %arg275: tensor<768xf32> {tf.aliasing_output = 201 : i32}, %arg276: tensor<768xf32> {tf.aliasing_output = 202 : i32}, %arg277: tensor<768xf32> {tf.aliasing_output = 203 : i32}, %arg278: tensor<768xf32> {tf.aliasing_output = 204 : i32}, %arg279: tensor<768xf32> {tf.aliasing_output = 205 : i32}, %arg280: tensor<768xf32> {tf.aliasing_output = 206 : i32}, %arg281: tensor<768xf32> {tf.aliasing_output = 207 : i32}, %arg282: tensor<768xf32> {tf.aliasing_output = 208 : i32}, %arg283: tensor<768xf32> {tf.aliasing_output = 209 : i32}, %arg284: tensor<768xf32> {tf.aliasing_output = 210 : i32}, %arg285: tensor<768xf32> {tf.aliasing_output = 211 : i32}, %arg286: tensor<768xf32> {tf.aliasing_output = 212 : i32}, %arg287: tensor<768xf32> {tf.aliasing_output = 213 : i32}, %arg288: tensor<768xf32> {tf.aliasing_output = 214 : i32}, %arg289: tensor<768xf32> {tf.aliasing_output = 215 : i32}, %arg290: tensor<768xf32> {tf.aliasing_output = 216 : i32}, %arg291: tensor<768xf32> {tf.aliasing_output = 217 : i32}, %arg292: tensor<768xf32> {tf.aliasing_output = 218 : i32}, %arg293: tensor<768xf32> {tf.aliasing_output = 219 : i32}, %arg294: tensor<768xf32> {tf.aliasing_output = 220 : i32}, %arg295: tensor<768xf32> {tf.aliasing_output = 221 : i32}, %arg296: tensor<f32>, %arg297: tensor<f32>, %arg298: tensor<f32>) -> (tensor<768xf32> {jax.result_info = "transformer.h.0.ln_1.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.0.ln_1.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.0.attn.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.0.ln_2.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.0.ln_2.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.0.mlp.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.1.ln_1.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.1.ln_1.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.1.attn.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.1.ln_2.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.1.ln_2.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.1.mlp.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.2.ln_1.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.2.ln_1.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.2.attn.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.2.ln_2.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.2.ln_2.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.2.mlp.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.3.ln_1.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.3.ln_1.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.3.attn.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.3.ln_2.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.3.ln_2.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.3.mlp.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.4.ln_1.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.4.ln_1.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.4.attn.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.4.ln_2.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.4.ln_2.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.4.mlp.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.5.ln_1.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.5.ln_1.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.5.attn.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.5.ln_2.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.5.ln_2.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.5.mlp.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.6.ln_1.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.6.ln_1.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.6.attn.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.6.ln_2.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.6.ln_2.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.6.mlp.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.7.ln_1.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.7.ln_1.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.7.attn.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.7.ln_2.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.7.ln_2.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.7.mlp.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.8.ln_1.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.8.ln_1.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.8.attn.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.8.ln_2.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.8.ln_2.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.8.mlp.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.9.ln_1.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.9.ln_1.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.9.attn.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.9.ln_2.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.9.ln_2.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.9.mlp.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.10.ln_1.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.10.ln_1.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.10.attn.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.10.ln_2.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.10.ln_2.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.10.mlp.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.11.ln_1.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.11.ln_1.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.11.attn.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.11.ln_2.weight"}, tensor<768xf32> {jax.result_info = "transformer.h.11.ln_2.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.11.mlp.c_proj.bias"}, tensor<768xf32> {jax.result_info = "transformer.ln_f.weight"}, tensor<768xf32> {jax.result_info = "transformer.ln_f.bias"}, tensor<768xf32> {jax.result_info = "transformer.h.0.ln_1.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.0.ln_1.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.0.attn.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.0.ln_2.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.0.ln_2.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.0.mlp.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.1.ln_1.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.1.ln_1.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.1.attn.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.1.ln_2.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.1.ln_2.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.1.mlp.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.2.ln_1.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.2.ln_1.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.2.attn.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.2.ln_2.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.2.ln_2.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.2.mlp.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.3.ln_1.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.3.ln_1.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.3.attn.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.3.ln_2.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.3.ln_2.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.3.mlp.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.4.ln_1.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.4.ln_1.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.4.attn.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.4.ln_2.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.4.ln_2.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.4.mlp.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.5.ln_1.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.5.ln_1.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.5.attn.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.5.ln_2.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.5.ln_2.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.5.mlp.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.6.ln_1.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.6.ln_1.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.6.attn.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.6.ln_2.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.6.ln_2.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.6.mlp.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.7.ln_1.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.7.ln_1.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.7.attn.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.7.ln_2.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.7.ln_2.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.7.mlp.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.8.ln_1.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.8.ln_1.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.8.attn.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.8.ln_2.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.8.ln_2.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.8.mlp.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.9.ln_1.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.9.ln_1.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.9.attn.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.9.ln_2.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.9.ln_2.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.9.mlp.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.10.ln_1.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.10.ln_1.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.10.attn.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.10.ln_2.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.10.ln_2.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.10.mlp.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.11.ln_1.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.11.ln_1.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.11.attn.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.11.ln_2.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.11.ln_2.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.11.mlp.c_proj.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.ln_f.weight.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.ln_f.bias.exp_avg"}, tensor<768xf32> {jax.result_info = "transformer.h.0.ln_1.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.0.ln_1.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.0.attn.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.0.ln_2.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.0.ln_2.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.0.mlp.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.1.ln_1.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.1.ln_1.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.1.attn.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.1.ln_2.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.1.ln_2.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.1.mlp.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.2.ln_1.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.2.ln_1.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.2.attn.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.2.ln_2.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.2.ln_2.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.2.mlp.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.3.ln_1.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.3.ln_1.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.3.attn.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.3.ln_2.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.3.ln_2.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.3.mlp.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.4.ln_1.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.4.ln_1.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.4.attn.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.4.ln_2.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.4.ln_2.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.4.mlp.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.5.ln_1.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.5.ln_1.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.5.attn.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.5.ln_2.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.5.ln_2.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.5.mlp.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.6.ln_1.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.6.ln_1.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.6.attn.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.6.ln_2.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.6.ln_2.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.6.mlp.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.7.ln_1.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.7.ln_1.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.7.attn.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.7.ln_2.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.7.ln_2.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.7.mlp.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.8.ln_1.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.8.ln_1.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.8.attn.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.8.ln_2.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.8.ln_2.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.8.mlp.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.9.ln_1.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.9.ln_1.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.9.attn.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.9.ln_2.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.9.ln_2.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.9.mlp.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.10.ln_1.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.10.ln_1.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.10.attn.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.10.ln_2.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.10.ln_2.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.10.mlp.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.11.ln_1.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.11.ln_1.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.11.attn.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.11.ln_2.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.11.ln_2.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.h.11.mlp.c_proj.bias.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.ln_f.weight.exp_avg_sq"}, tensor<768xf32> {jax.result_info = "transformer.ln_f.bias.exp_avg_sq"}) {
    %0 = stablehlo.subtract %arg74, %arg148 : tensor<768xf32>
    %cst = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1 = stablehlo.multiply %0, %cst : tensor<768xf32>
    %2 = stablehlo.add %arg148, %1 : tensor<768xf32>
    %3 = stablehlo.multiply %arg74, %arg74 : tensor<768xf32>
    %4 = stablehlo.subtract %3, %arg222 : tensor<768xf32>
    %cst_0 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %5 = stablehlo.multiply %4, %cst_0 : tensor<768xf32>
    %6 = stablehlo.add %arg222, %5 : tensor<768xf32>
    %cst_1 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %7 = stablehlo.power %cst_1, %arg298 : tensor<f32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %8 = stablehlo.subtract %cst_2, %7 : tensor<f32>
    %cst_3 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %9 = stablehlo.power %cst_3, %arg298 : tensor<f32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %10 = stablehlo.subtract %cst_4, %9 : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %8, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %12 = stablehlo.divide %2, %11 : tensor<768xf32>
    %13 = stablehlo.broadcast_in_dim %10, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %14 = stablehlo.divide %6, %13 : tensor<768xf32>
    %15 = stablehlo.sqrt %14 : tensor<768xf32>
    %cst_5 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %16 = stablehlo.add %15, %cst_5 : tensor<768xf32>
    %17 = stablehlo.divide %12, %16 : tensor<768xf32>
    %18 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %19 = stablehlo.multiply %17, %18 : tensor<768xf32>
    %20 = stablehlo.subtract %arg0, %19 : tensor<768xf32>
    %21 = stablehlo.subtract %arg75, %arg149 : tensor<768xf32>
    %cst_6 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %22 = stablehlo.multiply %21, %cst_6 : tensor<768xf32>
    %23 = stablehlo.add %arg149, %22 : tensor<768xf32>
    %24 = stablehlo.multiply %arg75, %arg75 : tensor<768xf32>
    %25 = stablehlo.subtract %24, %arg223 : tensor<768xf32>
    %cst_7 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %26 = stablehlo.multiply %25, %cst_7 : tensor<768xf32>
    %27 = stablehlo.add %arg223, %26 : tensor<768xf32>
    %cst_8 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %28 = stablehlo.power %cst_8, %arg298 : tensor<f32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %29 = stablehlo.subtract %cst_9, %28 : tensor<f32>
    %cst_10 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %30 = stablehlo.power %cst_10, %arg298 : tensor<f32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %31 = stablehlo.subtract %cst_11, %30 : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %29, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %33 = stablehlo.divide %23, %32 : tensor<768xf32>
    %34 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %35 = stablehlo.divide %27, %34 : tensor<768xf32>
    %36 = stablehlo.sqrt %35 : tensor<768xf32>
    %cst_12 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %37 = stablehlo.add %36, %cst_12 : tensor<768xf32>
    %38 = stablehlo.divide %33, %37 : tensor<768xf32>
    %39 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %40 = stablehlo.multiply %38, %39 : tensor<768xf32>
    %41 = stablehlo.subtract %arg1, %40 : tensor<768xf32>
    %42 = stablehlo.subtract %arg76, %arg150 : tensor<768xf32>
    %cst_13 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %43 = stablehlo.multiply %42, %cst_13 : tensor<768xf32>
    %44 = stablehlo.add %arg150, %43 : tensor<768xf32>
    %45 = stablehlo.multiply %arg76, %arg76 : tensor<768xf32>
    %46 = stablehlo.subtract %45, %arg224 : tensor<768xf32>
    %cst_14 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %47 = stablehlo.multiply %46, %cst_14 : tensor<768xf32>
    %48 = stablehlo.add %arg224, %47 : tensor<768xf32>
    %cst_15 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %49 = stablehlo.power %cst_15, %arg298 : tensor<f32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %50 = stablehlo.subtract %cst_16, %49 : tensor<f32>
    %cst_17 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %51 = stablehlo.power %cst_17, %arg298 : tensor<f32>
    %cst_18 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %52 = stablehlo.subtract %cst_18, %51 : tensor<f32>
    %53 = stablehlo.broadcast_in_dim %50, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %54 = stablehlo.divide %44, %53 : tensor<768xf32>
    %55 = stablehlo.broadcast_in_dim %52, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %56 = stablehlo.divide %48, %55 : tensor<768xf32>
    %57 = stablehlo.sqrt %56 : tensor<768xf32>
    %cst_19 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %58 = stablehlo.add %57, %cst_19 : tensor<768xf32>
    %59 = stablehlo.divide %54, %58 : tensor<768xf32>
    %60 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %61 = stablehlo.multiply %59, %60 : tensor<768xf32>
    %62 = stablehlo.subtract %arg2, %61 : tensor<768xf32>
    %63 = stablehlo.subtract %arg77, %arg151 : tensor<768xf32>
    %cst_20 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %64 = stablehlo.multiply %63, %cst_20 : tensor<768xf32>
    %65 = stablehlo.add %arg151, %64 : tensor<768xf32>
    %66 = stablehlo.multiply %arg77, %arg77 : tensor<768xf32>
    %67 = stablehlo.subtract %66, %arg225 : tensor<768xf32>
    %cst_21 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %68 = stablehlo.multiply %67, %cst_21 : tensor<768xf32>
    %69 = stablehlo.add %arg225, %68 : tensor<768xf32>
    %cst_22 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %70 = stablehlo.power %cst_22, %arg298 : tensor<f32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %71 = stablehlo.subtract %cst_23, %70 : tensor<f32>
    %cst_24 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %72 = stablehlo.power %cst_24, %arg298 : tensor<f32>
    %cst_25 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %73 = stablehlo.subtract %cst_25, %72 : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %71, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %75 = stablehlo.divide %65, %74 : tensor<768xf32>
    %76 = stablehlo.broadcast_in_dim %73, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %77 = stablehlo.divide %69, %76 : tensor<768xf32>
    %78 = stablehlo.sqrt %77 : tensor<768xf32>
    %cst_26 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %79 = stablehlo.add %78, %cst_26 : tensor<768xf32>
    %80 = stablehlo.divide %75, %79 : tensor<768xf32>
    %81 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<768xf32>
    %83 = stablehlo.subtract %arg3, %82 : tensor<768xf32>
    %84 = stablehlo.subtract %arg78, %arg152 : tensor<768xf32>
    %cst_27 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %85 = stablehlo.multiply %84, %cst_27 : tensor<768xf32>
    %86 = stablehlo.add %arg152, %85 : tensor<768xf32>
    %87 = stablehlo.multiply %arg78, %arg78 : tensor<768xf32>
    %88 = stablehlo.subtract %87, %arg226 : tensor<768xf32>
    %cst_28 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %89 = stablehlo.multiply %88, %cst_28 : tensor<768xf32>
    %90 = stablehlo.add %arg226, %89 : tensor<768xf32>
    %cst_29 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %91 = stablehlo.power %cst_29, %arg298 : tensor<f32>
    %cst_30 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %92 = stablehlo.subtract %cst_30, %91 : tensor<f32>
    %cst_31 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %93 = stablehlo.power %cst_31, %arg298 : tensor<f32>
    %cst_32 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %94 = stablehlo.subtract %cst_32, %93 : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %92, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %96 = stablehlo.divide %86, %95 : tensor<768xf32>
    %97 = stablehlo.broadcast_in_dim %94, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %98 = stablehlo.divide %90, %97 : tensor<768xf32>
    %99 = stablehlo.sqrt %98 : tensor<768xf32>
    %cst_33 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %100 = stablehlo.add %99, %cst_33 : tensor<768xf32>
    %101 = stablehlo.divide %96, %100 : tensor<768xf32>
    %102 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %103 = stablehlo.multiply %101, %102 : tensor<768xf32>
    %104 = stablehlo.subtract %arg4, %103 : tensor<768xf32>
    %105 = stablehlo.subtract %arg79, %arg153 : tensor<768xf32>
    %cst_34 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %106 = stablehlo.multiply %105, %cst_34 : tensor<768xf32>
    %107 = stablehlo.add %arg153, %106 : tensor<768xf32>
    %108 = stablehlo.multiply %arg79, %arg79 : tensor<768xf32>
    %109 = stablehlo.subtract %108, %arg227 : tensor<768xf32>
    %cst_35 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %110 = stablehlo.multiply %109, %cst_35 : tensor<768xf32>
    %111 = stablehlo.add %arg227, %110 : tensor<768xf32>
    %cst_36 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %112 = stablehlo.power %cst_36, %arg298 : tensor<f32>
    %cst_37 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %113 = stablehlo.subtract %cst_37, %112 : tensor<f32>
    %cst_38 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %114 = stablehlo.power %cst_38, %arg298 : tensor<f32>
    %cst_39 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %115 = stablehlo.subtract %cst_39, %114 : tensor<f32>
    %116 = stablehlo.broadcast_in_dim %113, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %117 = stablehlo.divide %107, %116 : tensor<768xf32>
    %118 = stablehlo.broadcast_in_dim %115, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %119 = stablehlo.divide %111, %118 : tensor<768xf32>
    %120 = stablehlo.sqrt %119 : tensor<768xf32>
    %cst_40 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %121 = stablehlo.add %120, %cst_40 : tensor<768xf32>
    %122 = stablehlo.divide %117, %121 : tensor<768xf32>
    %123 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %124 = stablehlo.multiply %122, %123 : tensor<768xf32>
    %125 = stablehlo.subtract %arg5, %124 : tensor<768xf32>
    %126 = stablehlo.subtract %arg80, %arg154 : tensor<768xf32>
    %cst_41 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %127 = stablehlo.multiply %126, %cst_41 : tensor<768xf32>
    %128 = stablehlo.add %arg154, %127 : tensor<768xf32>
    %129 = stablehlo.multiply %arg80, %arg80 : tensor<768xf32>
    %130 = stablehlo.subtract %129, %arg228 : tensor<768xf32>
    %cst_42 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %131 = stablehlo.multiply %130, %cst_42 : tensor<768xf32>
    %132 = stablehlo.add %arg228, %131 : tensor<768xf32>
    %cst_43 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %133 = stablehlo.power %cst_43, %arg298 : tensor<f32>
    %cst_44 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %134 = stablehlo.subtract %cst_44, %133 : tensor<f32>
    %cst_45 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %135 = stablehlo.power %cst_45, %arg298 : tensor<f32>
    %cst_46 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %136 = stablehlo.subtract %cst_46, %135 : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %134, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %138 = stablehlo.divide %128, %137 : tensor<768xf32>
    %139 = stablehlo.broadcast_in_dim %136, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %140 = stablehlo.divide %132, %139 : tensor<768xf32>
    %141 = stablehlo.sqrt %140 : tensor<768xf32>
    %cst_47 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %142 = stablehlo.add %141, %cst_47 : tensor<768xf32>
    %143 = stablehlo.divide %138, %142 : tensor<768xf32>
    %144 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %145 = stablehlo.multiply %143, %144 : tensor<768xf32>
    %146 = stablehlo.subtract %arg6, %145 : tensor<768xf32>
    %147 = stablehlo.subtract %arg81, %arg155 : tensor<768xf32>
    %cst_48 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %148 = stablehlo.multiply %147, %cst_48 : tensor<768xf32>
    %149 = stablehlo.add %arg155, %148 : tensor<768xf32>
    %150 = stablehlo.multiply %arg81, %arg81 : tensor<768xf32>
    %151 = stablehlo.subtract %150, %arg229 : tensor<768xf32>
    %cst_49 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %152 = stablehlo.multiply %151, %cst_49 : tensor<768xf32>
    %153 = stablehlo.add %arg229, %152 : tensor<768xf32>
    %cst_50 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %154 = stablehlo.power %cst_50, %arg298 : tensor<f32>
    %cst_51 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %155 = stablehlo.subtract %cst_51, %154 : tensor<f32>
    %cst_52 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %156 = stablehlo.power %cst_52, %arg298 : tensor<f32>
    %cst_53 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %157 = stablehlo.subtract %cst_53, %156 : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %155, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %159 = stablehlo.divide %149, %158 : tensor<768xf32>
    %160 = stablehlo.broadcast_in_dim %157, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %161 = stablehlo.divide %153, %160 : tensor<768xf32>
    %162 = stablehlo.sqrt %161 : tensor<768xf32>
    %cst_54 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %163 = stablehlo.add %162, %cst_54 : tensor<768xf32>
    %164 = stablehlo.divide %159, %163 : tensor<768xf32>
    %165 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %166 = stablehlo.multiply %164, %165 : tensor<768xf32>
    %167 = stablehlo.subtract %arg7, %166 : tensor<768xf32>
    %168 = stablehlo.subtract %arg82, %arg156 : tensor<768xf32>
    %cst_55 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %169 = stablehlo.multiply %168, %cst_55 : tensor<768xf32>
    %170 = stablehlo.add %arg156, %169 : tensor<768xf32>
    %171 = stablehlo.multiply %arg82, %arg82 : tensor<768xf32>
    %172 = stablehlo.subtract %171, %arg230 : tensor<768xf32>
    %cst_56 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %173 = stablehlo.multiply %172, %cst_56 : tensor<768xf32>
    %174 = stablehlo.add %arg230, %173 : tensor<768xf32>
    %cst_57 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %175 = stablehlo.power %cst_57, %arg298 : tensor<f32>
    %cst_58 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %176 = stablehlo.subtract %cst_58, %175 : tensor<f32>
    %cst_59 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %177 = stablehlo.power %cst_59, %arg298 : tensor<f32>
    %cst_60 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %178 = stablehlo.subtract %cst_60, %177 : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %180 = stablehlo.divide %170, %179 : tensor<768xf32>
    %181 = stablehlo.broadcast_in_dim %178, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %182 = stablehlo.divide %174, %181 : tensor<768xf32>
    %183 = stablehlo.sqrt %182 : tensor<768xf32>
    %cst_61 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %184 = stablehlo.add %183, %cst_61 : tensor<768xf32>
    %185 = stablehlo.divide %180, %184 : tensor<768xf32>
    %186 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %187 = stablehlo.multiply %185, %186 : tensor<768xf32>
    %188 = stablehlo.subtract %arg8, %187 : tensor<768xf32>
    %189 = stablehlo.subtract %arg83, %arg157 : tensor<768xf32>
    %cst_62 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %190 = stablehlo.multiply %189, %cst_62 : tensor<768xf32>
    %191 = stablehlo.add %arg157, %190 : tensor<768xf32>
    %192 = stablehlo.multiply %arg83, %arg83 : tensor<768xf32>
    %193 = stablehlo.subtract %192, %arg231 : tensor<768xf32>
    %cst_63 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %194 = stablehlo.multiply %193, %cst_63 : tensor<768xf32>
    %195 = stablehlo.add %arg231, %194 : tensor<768xf32>
    %cst_64 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %196 = stablehlo.power %cst_64, %arg298 : tensor<f32>
    %cst_65 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %197 = stablehlo.subtract %cst_65, %196 : tensor<f32>
    %cst_66 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %198 = stablehlo.power %cst_66, %arg298 : tensor<f32>
    %cst_67 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %199 = stablehlo.subtract %cst_67, %198 : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %197, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %201 = stablehlo.divide %191, %200 : tensor<768xf32>
    %202 = stablehlo.broadcast_in_dim %199, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %203 = stablehlo.divide %195, %202 : tensor<768xf32>
    %204 = stablehlo.sqrt %203 : tensor<768xf32>
    %cst_68 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %205 = stablehlo.add %204, %cst_68 : tensor<768xf32>
    %206 = stablehlo.divide %201, %205 : tensor<768xf32>
    %207 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %208 = stablehlo.multiply %206, %207 : tensor<768xf32>
    %209 = stablehlo.subtract %arg9, %208 : tensor<768xf32>
    %210 = stablehlo.subtract %arg84, %arg158 : tensor<768xf32>
    %cst_69 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %211 = stablehlo.multiply %210, %cst_69 : tensor<768xf32>
    %212 = stablehlo.add %arg158, %211 : tensor<768xf32>
    %213 = stablehlo.multiply %arg84, %arg84 : tensor<768xf32>
    %214 = stablehlo.subtract %213, %arg232 : tensor<768xf32>
    %cst_70 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %215 = stablehlo.multiply %214, %cst_70 : tensor<768xf32>
    %216 = stablehlo.add %arg232, %215 : tensor<768xf32>
    %cst_71 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %217 = stablehlo.power %cst_71, %arg298 : tensor<f32>
    %cst_72 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %218 = stablehlo.subtract %cst_72, %217 : tensor<f32>
    %cst_73 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %219 = stablehlo.power %cst_73, %arg298 : tensor<f32>
    %cst_74 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %220 = stablehlo.subtract %cst_74, %219 : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %218, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %222 = stablehlo.divide %212, %221 : tensor<768xf32>
    %223 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %224 = stablehlo.divide %216, %223 : tensor<768xf32>
    %225 = stablehlo.sqrt %224 : tensor<768xf32>
    %cst_75 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %226 = stablehlo.add %225, %cst_75 : tensor<768xf32>
    %227 = stablehlo.divide %222, %226 : tensor<768xf32>
    %228 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %229 = stablehlo.multiply %227, %228 : tensor<768xf32>
    %230 = stablehlo.subtract %arg10, %229 : tensor<768xf32>
    %231 = stablehlo.subtract %arg85, %arg159 : tensor<768xf32>
    %cst_76 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %232 = stablehlo.multiply %231, %cst_76 : tensor<768xf32>
    %233 = stablehlo.add %arg159, %232 : tensor<768xf32>
    %234 = stablehlo.multiply %arg85, %arg85 : tensor<768xf32>
    %235 = stablehlo.subtract %234, %arg233 : tensor<768xf32>
    %cst_77 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %236 = stablehlo.multiply %235, %cst_77 : tensor<768xf32>
    %237 = stablehlo.add %arg233, %236 : tensor<768xf32>
    %cst_78 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %238 = stablehlo.power %cst_78, %arg298 : tensor<f32>
    %cst_79 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %239 = stablehlo.subtract %cst_79, %238 : tensor<f32>
    %cst_80 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %240 = stablehlo.power %cst_80, %arg298 : tensor<f32>
    %cst_81 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %241 = stablehlo.subtract %cst_81, %240 : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %239, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %243 = stablehlo.divide %233, %242 : tensor<768xf32>
    %244 = stablehlo.broadcast_in_dim %241, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %245 = stablehlo.divide %237, %244 : tensor<768xf32>
    %246 = stablehlo.sqrt %245 : tensor<768xf32>
    %cst_82 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %247 = stablehlo.add %246, %cst_82 : tensor<768xf32>
    %248 = stablehlo.divide %243, %247 : tensor<768xf32>
    %249 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %250 = stablehlo.multiply %248, %249 : tensor<768xf32>
    %251 = stablehlo.subtract %arg11, %250 : tensor<768xf32>
    %252 = stablehlo.subtract %arg86, %arg160 : tensor<768xf32>
    %cst_83 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %253 = stablehlo.multiply %252, %cst_83 : tensor<768xf32>
    %254 = stablehlo.add %arg160, %253 : tensor<768xf32>
    %255 = stablehlo.multiply %arg86, %arg86 : tensor<768xf32>
    %256 = stablehlo.subtract %255, %arg234 : tensor<768xf32>
    %cst_84 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %257 = stablehlo.multiply %256, %cst_84 : tensor<768xf32>
    %258 = stablehlo.add %arg234, %257 : tensor<768xf32>
    %cst_85 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %259 = stablehlo.power %cst_85, %arg298 : tensor<f32>
    %cst_86 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %260 = stablehlo.subtract %cst_86, %259 : tensor<f32>
    %cst_87 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %261 = stablehlo.power %cst_87, %arg298 : tensor<f32>
    %cst_88 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %262 = stablehlo.subtract %cst_88, %261 : tensor<f32>
    %263 = stablehlo.broadcast_in_dim %260, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %264 = stablehlo.divide %254, %263 : tensor<768xf32>
    %265 = stablehlo.broadcast_in_dim %262, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %266 = stablehlo.divide %258, %265 : tensor<768xf32>
    %267 = stablehlo.sqrt %266 : tensor<768xf32>
    %cst_89 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %268 = stablehlo.add %267, %cst_89 : tensor<768xf32>
    %269 = stablehlo.divide %264, %268 : tensor<768xf32>
    %270 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %271 = stablehlo.multiply %269, %270 : tensor<768xf32>
    %272 = stablehlo.subtract %arg12, %271 : tensor<768xf32>
    %273 = stablehlo.subtract %arg87, %arg161 : tensor<768xf32>
    %cst_90 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %274 = stablehlo.multiply %273, %cst_90 : tensor<768xf32>
    %275 = stablehlo.add %arg161, %274 : tensor<768xf32>
    %276 = stablehlo.multiply %arg87, %arg87 : tensor<768xf32>
    %277 = stablehlo.subtract %276, %arg235 : tensor<768xf32>
    %cst_91 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %278 = stablehlo.multiply %277, %cst_91 : tensor<768xf32>
    %279 = stablehlo.add %arg235, %278 : tensor<768xf32>
    %cst_92 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %280 = stablehlo.power %cst_92, %arg298 : tensor<f32>
    %cst_93 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %281 = stablehlo.subtract %cst_93, %280 : tensor<f32>
    %cst_94 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %282 = stablehlo.power %cst_94, %arg298 : tensor<f32>
    %cst_95 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %283 = stablehlo.subtract %cst_95, %282 : tensor<f32>
    %284 = stablehlo.broadcast_in_dim %281, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %285 = stablehlo.divide %275, %284 : tensor<768xf32>
    %286 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %287 = stablehlo.divide %279, %286 : tensor<768xf32>
    %288 = stablehlo.sqrt %287 : tensor<768xf32>
    %cst_96 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %289 = stablehlo.add %288, %cst_96 : tensor<768xf32>
    %290 = stablehlo.divide %285, %289 : tensor<768xf32>
    %291 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %292 = stablehlo.multiply %290, %291 : tensor<768xf32>
    %293 = stablehlo.subtract %arg13, %292 : tensor<768xf32>
    %294 = stablehlo.subtract %arg88, %arg162 : tensor<768xf32>
    %cst_97 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %295 = stablehlo.multiply %294, %cst_97 : tensor<768xf32>
    %296 = stablehlo.add %arg162, %295 : tensor<768xf32>
    %297 = stablehlo.multiply %arg88, %arg88 : tensor<768xf32>
    %298 = stablehlo.subtract %297, %arg236 : tensor<768xf32>
    %cst_98 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %299 = stablehlo.multiply %298, %cst_98 : tensor<768xf32>
    %300 = stablehlo.add %arg236, %299 : tensor<768xf32>
    %cst_99 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %301 = stablehlo.power %cst_99, %arg298 : tensor<f32>
    %cst_100 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %302 = stablehlo.subtract %cst_100, %301 : tensor<f32>
    %cst_101 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %303 = stablehlo.power %cst_101, %arg298 : tensor<f32>
    %cst_102 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %304 = stablehlo.subtract %cst_102, %303 : tensor<f32>
    %305 = stablehlo.broadcast_in_dim %302, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %306 = stablehlo.divide %296, %305 : tensor<768xf32>
    %307 = stablehlo.broadcast_in_dim %304, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %308 = stablehlo.divide %300, %307 : tensor<768xf32>
    %309 = stablehlo.sqrt %308 : tensor<768xf32>
    %cst_103 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %310 = stablehlo.add %309, %cst_103 : tensor<768xf32>
    %311 = stablehlo.divide %306, %310 : tensor<768xf32>
    %312 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %313 = stablehlo.multiply %311, %312 : tensor<768xf32>
    %314 = stablehlo.subtract %arg14, %313 : tensor<768xf32>
    %315 = stablehlo.subtract %arg89, %arg163 : tensor<768xf32>
    %cst_104 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %316 = stablehlo.multiply %315, %cst_104 : tensor<768xf32>
    %317 = stablehlo.add %arg163, %316 : tensor<768xf32>
    %318 = stablehlo.multiply %arg89, %arg89 : tensor<768xf32>
    %319 = stablehlo.subtract %318, %arg237 : tensor<768xf32>
    %cst_105 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %320 = stablehlo.multiply %319, %cst_105 : tensor<768xf32>
    %321 = stablehlo.add %arg237, %320 : tensor<768xf32>
    %cst_106 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %322 = stablehlo.power %cst_106, %arg298 : tensor<f32>
    %cst_107 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %323 = stablehlo.subtract %cst_107, %322 : tensor<f32>
    %cst_108 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %324 = stablehlo.power %cst_108, %arg298 : tensor<f32>
    %cst_109 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %325 = stablehlo.subtract %cst_109, %324 : tensor<f32>
    %326 = stablehlo.broadcast_in_dim %323, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %327 = stablehlo.divide %317, %326 : tensor<768xf32>
    %328 = stablehlo.broadcast_in_dim %325, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %329 = stablehlo.divide %321, %328 : tensor<768xf32>
    %330 = stablehlo.sqrt %329 : tensor<768xf32>
    %cst_110 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %331 = stablehlo.add %330, %cst_110 : tensor<768xf32>
    %332 = stablehlo.divide %327, %331 : tensor<768xf32>
    %333 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %334 = stablehlo.multiply %332, %333 : tensor<768xf32>
    %335 = stablehlo.subtract %arg15, %334 : tensor<768xf32>
    %336 = stablehlo.subtract %arg90, %arg164 : tensor<768xf32>
    %cst_111 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %337 = stablehlo.multiply %336, %cst_111 : tensor<768xf32>
    %338 = stablehlo.add %arg164, %337 : tensor<768xf32>
    %339 = stablehlo.multiply %arg90, %arg90 : tensor<768xf32>
    %340 = stablehlo.subtract %339, %arg238 : tensor<768xf32>
    %cst_112 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %341 = stablehlo.multiply %340, %cst_112 : tensor<768xf32>
    %342 = stablehlo.add %arg238, %341 : tensor<768xf32>
    %cst_113 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %343 = stablehlo.power %cst_113, %arg298 : tensor<f32>
    %cst_114 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %344 = stablehlo.subtract %cst_114, %343 : tensor<f32>
    %cst_115 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %345 = stablehlo.power %cst_115, %arg298 : tensor<f32>
    %cst_116 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %346 = stablehlo.subtract %cst_116, %345 : tensor<f32>
    %347 = stablehlo.broadcast_in_dim %344, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %348 = stablehlo.divide %338, %347 : tensor<768xf32>
    %349 = stablehlo.broadcast_in_dim %346, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %350 = stablehlo.divide %342, %349 : tensor<768xf32>
    %351 = stablehlo.sqrt %350 : tensor<768xf32>
    %cst_117 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %352 = stablehlo.add %351, %cst_117 : tensor<768xf32>
    %353 = stablehlo.divide %348, %352 : tensor<768xf32>
    %354 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %355 = stablehlo.multiply %353, %354 : tensor<768xf32>
    %356 = stablehlo.subtract %arg16, %355 : tensor<768xf32>
    %357 = stablehlo.subtract %arg91, %arg165 : tensor<768xf32>
    %cst_118 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %358 = stablehlo.multiply %357, %cst_118 : tensor<768xf32>
    %359 = stablehlo.add %arg165, %358 : tensor<768xf32>
    %360 = stablehlo.multiply %arg91, %arg91 : tensor<768xf32>
    %361 = stablehlo.subtract %360, %arg239 : tensor<768xf32>
    %cst_119 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %362 = stablehlo.multiply %361, %cst_119 : tensor<768xf32>
    %363 = stablehlo.add %arg239, %362 : tensor<768xf32>
    %cst_120 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %364 = stablehlo.power %cst_120, %arg298 : tensor<f32>
    %cst_121 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %365 = stablehlo.subtract %cst_121, %364 : tensor<f32>
    %cst_122 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %366 = stablehlo.power %cst_122, %arg298 : tensor<f32>
    %cst_123 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %367 = stablehlo.subtract %cst_123, %366 : tensor<f32>
    %368 = stablehlo.broadcast_in_dim %365, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %369 = stablehlo.divide %359, %368 : tensor<768xf32>
    %370 = stablehlo.broadcast_in_dim %367, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %371 = stablehlo.divide %363, %370 : tensor<768xf32>
    %372 = stablehlo.sqrt %371 : tensor<768xf32>
    %cst_124 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %373 = stablehlo.add %372, %cst_124 : tensor<768xf32>
    %374 = stablehlo.divide %369, %373 : tensor<768xf32>
    %375 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %376 = stablehlo.multiply %374, %375 : tensor<768xf32>
    %377 = stablehlo.subtract %arg17, %376 : tensor<768xf32>
    %378 = stablehlo.subtract %arg92, %arg166 : tensor<768xf32>
    %cst_125 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %379 = stablehlo.multiply %378, %cst_125 : tensor<768xf32>
    %380 = stablehlo.add %arg166, %379 : tensor<768xf32>
    %381 = stablehlo.multiply %arg92, %arg92 : tensor<768xf32>
    %382 = stablehlo.subtract %381, %arg240 : tensor<768xf32>
    %cst_126 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %383 = stablehlo.multiply %382, %cst_126 : tensor<768xf32>
    %384 = stablehlo.add %arg240, %383 : tensor<768xf32>
    %cst_127 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %385 = stablehlo.power %cst_127, %arg298 : tensor<f32>
    %cst_128 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %386 = stablehlo.subtract %cst_128, %385 : tensor<f32>
    %cst_129 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %387 = stablehlo.power %cst_129, %arg298 : tensor<f32>
    %cst_130 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %388 = stablehlo.subtract %cst_130, %387 : tensor<f32>
    %389 = stablehlo.broadcast_in_dim %386, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %390 = stablehlo.divide %380, %389 : tensor<768xf32>
    %391 = stablehlo.broadcast_in_dim %388, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %392 = stablehlo.divide %384, %391 : tensor<768xf32>
    %393 = stablehlo.sqrt %392 : tensor<768xf32>
    %cst_131 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %394 = stablehlo.add %393, %cst_131 : tensor<768xf32>
    %395 = stablehlo.divide %390, %394 : tensor<768xf32>
    %396 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %397 = stablehlo.multiply %395, %396 : tensor<768xf32>
    %398 = stablehlo.subtract %arg18, %397 : tensor<768xf32>
    %399 = stablehlo.subtract %arg93, %arg167 : tensor<768xf32>
    %cst_132 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %400 = stablehlo.multiply %399, %cst_132 : tensor<768xf32>
    %401 = stablehlo.add %arg167, %400 : tensor<768xf32>
    %402 = stablehlo.multiply %arg93, %arg93 : tensor<768xf32>
    %403 = stablehlo.subtract %402, %arg241 : tensor<768xf32>
    %cst_133 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %404 = stablehlo.multiply %403, %cst_133 : tensor<768xf32>
    %405 = stablehlo.add %arg241, %404 : tensor<768xf32>
    %cst_134 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %406 = stablehlo.power %cst_134, %arg298 : tensor<f32>
    %cst_135 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %407 = stablehlo.subtract %cst_135, %406 : tensor<f32>
    %cst_136 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %408 = stablehlo.power %cst_136, %arg298 : tensor<f32>
    %cst_137 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %409 = stablehlo.subtract %cst_137, %408 : tensor<f32>
    %410 = stablehlo.broadcast_in_dim %407, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %411 = stablehlo.divide %401, %410 : tensor<768xf32>
    %412 = stablehlo.broadcast_in_dim %409, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %413 = stablehlo.divide %405, %412 : tensor<768xf32>
    %414 = stablehlo.sqrt %413 : tensor<768xf32>
    %cst_138 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %415 = stablehlo.add %414, %cst_138 : tensor<768xf32>
    %416 = stablehlo.divide %411, %415 : tensor<768xf32>
    %417 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %418 = stablehlo.multiply %416, %417 : tensor<768xf32>
    %419 = stablehlo.subtract %arg19, %418 : tensor<768xf32>
    %420 = stablehlo.subtract %arg94, %arg168 : tensor<768xf32>
    %cst_139 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %421 = stablehlo.multiply %420, %cst_139 : tensor<768xf32>
    %422 = stablehlo.add %arg168, %421 : tensor<768xf32>
    %423 = stablehlo.multiply %arg94, %arg94 : tensor<768xf32>
    %424 = stablehlo.subtract %423, %arg242 : tensor<768xf32>
    %cst_140 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %425 = stablehlo.multiply %424, %cst_140 : tensor<768xf32>
    %426 = stablehlo.add %arg242, %425 : tensor<768xf32>
    %cst_141 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %427 = stablehlo.power %cst_141, %arg298 : tensor<f32>
    %cst_142 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %428 = stablehlo.subtract %cst_142, %427 : tensor<f32>
    %cst_143 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %429 = stablehlo.power %cst_143, %arg298 : tensor<f32>
    %cst_144 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %430 = stablehlo.subtract %cst_144, %429 : tensor<f32>
    %431 = stablehlo.broadcast_in_dim %428, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %432 = stablehlo.divide %422, %431 : tensor<768xf32>
    %433 = stablehlo.broadcast_in_dim %430, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %434 = stablehlo.divide %426, %433 : tensor<768xf32>
    %435 = stablehlo.sqrt %434 : tensor<768xf32>
    %cst_145 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %436 = stablehlo.add %435, %cst_145 : tensor<768xf32>
    %437 = stablehlo.divide %432, %436 : tensor<768xf32>
    %438 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %439 = stablehlo.multiply %437, %438 : tensor<768xf32>
    %440 = stablehlo.subtract %arg20, %439 : tensor<768xf32>
    %441 = stablehlo.subtract %arg95, %arg169 : tensor<768xf32>
    %cst_146 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %442 = stablehlo.multiply %441, %cst_146 : tensor<768xf32>
    %443 = stablehlo.add %arg169, %442 : tensor<768xf32>
    %444 = stablehlo.multiply %arg95, %arg95 : tensor<768xf32>
    %445 = stablehlo.subtract %444, %arg243 : tensor<768xf32>
    %cst_147 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %446 = stablehlo.multiply %445, %cst_147 : tensor<768xf32>
    %447 = stablehlo.add %arg243, %446 : tensor<768xf32>
    %cst_148 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %448 = stablehlo.power %cst_148, %arg298 : tensor<f32>
    %cst_149 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %449 = stablehlo.subtract %cst_149, %448 : tensor<f32>
    %cst_150 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %450 = stablehlo.power %cst_150, %arg298 : tensor<f32>
    %cst_151 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %451 = stablehlo.subtract %cst_151, %450 : tensor<f32>
    %452 = stablehlo.broadcast_in_dim %449, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %453 = stablehlo.divide %443, %452 : tensor<768xf32>
    %454 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %455 = stablehlo.divide %447, %454 : tensor<768xf32>
    %456 = stablehlo.sqrt %455 : tensor<768xf32>
    %cst_152 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %457 = stablehlo.add %456, %cst_152 : tensor<768xf32>
    %458 = stablehlo.divide %453, %457 : tensor<768xf32>
    %459 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %460 = stablehlo.multiply %458, %459 : tensor<768xf32>
    %461 = stablehlo.subtract %arg21, %460 : tensor<768xf32>
    %462 = stablehlo.subtract %arg96, %arg170 : tensor<768xf32>
    %cst_153 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %463 = stablehlo.multiply %462, %cst_153 : tensor<768xf32>
    %464 = stablehlo.add %arg170, %463 : tensor<768xf32>
    %465 = stablehlo.multiply %arg96, %arg96 : tensor<768xf32>
    %466 = stablehlo.subtract %465, %arg244 : tensor<768xf32>
    %cst_154 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %467 = stablehlo.multiply %466, %cst_154 : tensor<768xf32>
    %468 = stablehlo.add %arg244, %467 : tensor<768xf32>
    %cst_155 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %469 = stablehlo.power %cst_155, %arg298 : tensor<f32>
    %cst_156 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %470 = stablehlo.subtract %cst_156, %469 : tensor<f32>
    %cst_157 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %471 = stablehlo.power %cst_157, %arg298 : tensor<f32>
    %cst_158 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %472 = stablehlo.subtract %cst_158, %471 : tensor<f32>
    %473 = stablehlo.broadcast_in_dim %470, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %474 = stablehlo.divide %464, %473 : tensor<768xf32>
    %475 = stablehlo.broadcast_in_dim %472, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %476 = stablehlo.divide %468, %475 : tensor<768xf32>
    %477 = stablehlo.sqrt %476 : tensor<768xf32>
    %cst_159 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %478 = stablehlo.add %477, %cst_159 : tensor<768xf32>
    %479 = stablehlo.divide %474, %478 : tensor<768xf32>
    %480 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %481 = stablehlo.multiply %479, %480 : tensor<768xf32>
    %482 = stablehlo.subtract %arg22, %481 : tensor<768xf32>
    %483 = stablehlo.subtract %arg97, %arg171 : tensor<768xf32>
    %cst_160 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %484 = stablehlo.multiply %483, %cst_160 : tensor<768xf32>
    %485 = stablehlo.add %arg171, %484 : tensor<768xf32>
    %486 = stablehlo.multiply %arg97, %arg97 : tensor<768xf32>
    %487 = stablehlo.subtract %486, %arg245 : tensor<768xf32>
    %cst_161 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %488 = stablehlo.multiply %487, %cst_161 : tensor<768xf32>
    %489 = stablehlo.add %arg245, %488 : tensor<768xf32>
    %cst_162 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %490 = stablehlo.power %cst_162, %arg298 : tensor<f32>
    %cst_163 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %491 = stablehlo.subtract %cst_163, %490 : tensor<f32>
    %cst_164 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %492 = stablehlo.power %cst_164, %arg298 : tensor<f32>
    %cst_165 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %493 = stablehlo.subtract %cst_165, %492 : tensor<f32>
    %494 = stablehlo.broadcast_in_dim %491, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %495 = stablehlo.divide %485, %494 : tensor<768xf32>
    %496 = stablehlo.broadcast_in_dim %493, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %497 = stablehlo.divide %489, %496 : tensor<768xf32>
    %498 = stablehlo.sqrt %497 : tensor<768xf32>
    %cst_166 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %499 = stablehlo.add %498, %cst_166 : tensor<768xf32>
    %500 = stablehlo.divide %495, %499 : tensor<768xf32>
    %501 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %502 = stablehlo.multiply %500, %501 : tensor<768xf32>
    %503 = stablehlo.subtract %arg23, %502 : tensor<768xf32>
    %504 = stablehlo.subtract %arg98, %arg172 : tensor<768xf32>
    %cst_167 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %505 = stablehlo.multiply %504, %cst_167 : tensor<768xf32>
    %506 = stablehlo.add %arg172, %505 : tensor<768xf32>
    %507 = stablehlo.multiply %arg98, %arg98 : tensor<768xf32>
    %508 = stablehlo.subtract %507, %arg246 : tensor<768xf32>
    %cst_168 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %509 = stablehlo.multiply %508, %cst_168 : tensor<768xf32>
    %510 = stablehlo.add %arg246, %509 : tensor<768xf32>
    %cst_169 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %511 = stablehlo.power %cst_169, %arg298 : tensor<f32>
    %cst_170 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %512 = stablehlo.subtract %cst_170, %511 : tensor<f32>
    %cst_171 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %513 = stablehlo.power %cst_171, %arg298 : tensor<f32>
    %cst_172 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %514 = stablehlo.subtract %cst_172, %513 : tensor<f32>
    %515 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %516 = stablehlo.divide %506, %515 : tensor<768xf32>
    %517 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %518 = stablehlo.divide %510, %517 : tensor<768xf32>
    %519 = stablehlo.sqrt %518 : tensor<768xf32>
    %cst_173 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %520 = stablehlo.add %519, %cst_173 : tensor<768xf32>
    %521 = stablehlo.divide %516, %520 : tensor<768xf32>
    %522 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %523 = stablehlo.multiply %521, %522 : tensor<768xf32>
    %524 = stablehlo.subtract %arg24, %523 : tensor<768xf32>
    %525 = stablehlo.subtract %arg99, %arg173 : tensor<768xf32>
    %cst_174 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %526 = stablehlo.multiply %525, %cst_174 : tensor<768xf32>
    %527 = stablehlo.add %arg173, %526 : tensor<768xf32>
    %528 = stablehlo.multiply %arg99, %arg99 : tensor<768xf32>
    %529 = stablehlo.subtract %528, %arg247 : tensor<768xf32>
    %cst_175 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %530 = stablehlo.multiply %529, %cst_175 : tensor<768xf32>
    %531 = stablehlo.add %arg247, %530 : tensor<768xf32>
    %cst_176 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %532 = stablehlo.power %cst_176, %arg298 : tensor<f32>
    %cst_177 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %533 = stablehlo.subtract %cst_177, %532 : tensor<f32>
    %cst_178 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %534 = stablehlo.power %cst_178, %arg298 : tensor<f32>
    %cst_179 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %535 = stablehlo.subtract %cst_179, %534 : tensor<f32>
    %536 = stablehlo.broadcast_in_dim %533, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %537 = stablehlo.divide %527, %536 : tensor<768xf32>
    %538 = stablehlo.broadcast_in_dim %535, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %539 = stablehlo.divide %531, %538 : tensor<768xf32>
    %540 = stablehlo.sqrt %539 : tensor<768xf32>
    %cst_180 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %541 = stablehlo.add %540, %cst_180 : tensor<768xf32>
    %542 = stablehlo.divide %537, %541 : tensor<768xf32>
    %543 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %544 = stablehlo.multiply %542, %543 : tensor<768xf32>
    %545 = stablehlo.subtract %arg25, %544 : tensor<768xf32>
    %546 = stablehlo.subtract %arg100, %arg174 : tensor<768xf32>
    %cst_181 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %547 = stablehlo.multiply %546, %cst_181 : tensor<768xf32>
    %548 = stablehlo.add %arg174, %547 : tensor<768xf32>
    %549 = stablehlo.multiply %arg100, %arg100 : tensor<768xf32>
    %550 = stablehlo.subtract %549, %arg248 : tensor<768xf32>
    %cst_182 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %551 = stablehlo.multiply %550, %cst_182 : tensor<768xf32>
    %552 = stablehlo.add %arg248, %551 : tensor<768xf32>
    %cst_183 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %553 = stablehlo.power %cst_183, %arg298 : tensor<f32>
    %cst_184 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %554 = stablehlo.subtract %cst_184, %553 : tensor<f32>
    %cst_185 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %555 = stablehlo.power %cst_185, %arg298 : tensor<f32>
    %cst_186 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %556 = stablehlo.subtract %cst_186, %555 : tensor<f32>
    %557 = stablehlo.broadcast_in_dim %554, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %558 = stablehlo.divide %548, %557 : tensor<768xf32>
    %559 = stablehlo.broadcast_in_dim %556, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %560 = stablehlo.divide %552, %559 : tensor<768xf32>
    %561 = stablehlo.sqrt %560 : tensor<768xf32>
    %cst_187 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %562 = stablehlo.add %561, %cst_187 : tensor<768xf32>
    %563 = stablehlo.divide %558, %562 : tensor<768xf32>
    %564 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %565 = stablehlo.multiply %563, %564 : tensor<768xf32>
    %566 = stablehlo.subtract %arg26, %565 : tensor<768xf32>
    %567 = stablehlo.subtract %arg101, %arg175 : tensor<768xf32>
    %cst_188 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %568 = stablehlo.multiply %567, %cst_188 : tensor<768xf32>
    %569 = stablehlo.add %arg175, %568 : tensor<768xf32>
    %570 = stablehlo.multiply %arg101, %arg101 : tensor<768xf32>
    %571 = stablehlo.subtract %570, %arg249 : tensor<768xf32>
    %cst_189 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %572 = stablehlo.multiply %571, %cst_189 : tensor<768xf32>
    %573 = stablehlo.add %arg249, %572 : tensor<768xf32>
    %cst_190 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %574 = stablehlo.power %cst_190, %arg298 : tensor<f32>
    %cst_191 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %575 = stablehlo.subtract %cst_191, %574 : tensor<f32>
    %cst_192 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %576 = stablehlo.power %cst_192, %arg298 : tensor<f32>
    %cst_193 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %577 = stablehlo.subtract %cst_193, %576 : tensor<f32>
    %578 = stablehlo.broadcast_in_dim %575, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %579 = stablehlo.divide %569, %578 : tensor<768xf32>
    %580 = stablehlo.broadcast_in_dim %577, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %581 = stablehlo.divide %573, %580 : tensor<768xf32>
    %582 = stablehlo.sqrt %581 : tensor<768xf32>
    %cst_194 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %583 = stablehlo.add %582, %cst_194 : tensor<768xf32>
    %584 = stablehlo.divide %579, %583 : tensor<768xf32>
    %585 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %586 = stablehlo.multiply %584, %585 : tensor<768xf32>
    %587 = stablehlo.subtract %arg27, %586 : tensor<768xf32>
    %588 = stablehlo.subtract %arg102, %arg176 : tensor<768xf32>
    %cst_195 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %589 = stablehlo.multiply %588, %cst_195 : tensor<768xf32>
    %590 = stablehlo.add %arg176, %589 : tensor<768xf32>
    %591 = stablehlo.multiply %arg102, %arg102 : tensor<768xf32>
    %592 = stablehlo.subtract %591, %arg250 : tensor<768xf32>
    %cst_196 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %593 = stablehlo.multiply %592, %cst_196 : tensor<768xf32>
    %594 = stablehlo.add %arg250, %593 : tensor<768xf32>
    %cst_197 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %595 = stablehlo.power %cst_197, %arg298 : tensor<f32>
    %cst_198 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %596 = stablehlo.subtract %cst_198, %595 : tensor<f32>
    %cst_199 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %597 = stablehlo.power %cst_199, %arg298 : tensor<f32>
    %cst_200 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %598 = stablehlo.subtract %cst_200, %597 : tensor<f32>
    %599 = stablehlo.broadcast_in_dim %596, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %600 = stablehlo.divide %590, %599 : tensor<768xf32>
    %601 = stablehlo.broadcast_in_dim %598, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %602 = stablehlo.divide %594, %601 : tensor<768xf32>
    %603 = stablehlo.sqrt %602 : tensor<768xf32>
    %cst_201 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %604 = stablehlo.add %603, %cst_201 : tensor<768xf32>
    %605 = stablehlo.divide %600, %604 : tensor<768xf32>
    %606 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %607 = stablehlo.multiply %605, %606 : tensor<768xf32>
    %608 = stablehlo.subtract %arg28, %607 : tensor<768xf32>
    %609 = stablehlo.subtract %arg103, %arg177 : tensor<768xf32>
    %cst_202 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %610 = stablehlo.multiply %609, %cst_202 : tensor<768xf32>
    %611 = stablehlo.add %arg177, %610 : tensor<768xf32>
    %612 = stablehlo.multiply %arg103, %arg103 : tensor<768xf32>
    %613 = stablehlo.subtract %612, %arg251 : tensor<768xf32>
    %cst_203 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %614 = stablehlo.multiply %613, %cst_203 : tensor<768xf32>
    %615 = stablehlo.add %arg251, %614 : tensor<768xf32>
    %cst_204 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %616 = stablehlo.power %cst_204, %arg298 : tensor<f32>
    %cst_205 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %617 = stablehlo.subtract %cst_205, %616 : tensor<f32>
    %cst_206 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %618 = stablehlo.power %cst_206, %arg298 : tensor<f32>
    %cst_207 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %619 = stablehlo.subtract %cst_207, %618 : tensor<f32>
    %620 = stablehlo.broadcast_in_dim %617, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %621 = stablehlo.divide %611, %620 : tensor<768xf32>
    %622 = stablehlo.broadcast_in_dim %619, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %623 = stablehlo.divide %615, %622 : tensor<768xf32>
    %624 = stablehlo.sqrt %623 : tensor<768xf32>
    %cst_208 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %625 = stablehlo.add %624, %cst_208 : tensor<768xf32>
    %626 = stablehlo.divide %621, %625 : tensor<768xf32>
    %627 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %628 = stablehlo.multiply %626, %627 : tensor<768xf32>
    %629 = stablehlo.subtract %arg29, %628 : tensor<768xf32>
    %630 = stablehlo.subtract %arg104, %arg178 : tensor<768xf32>
    %cst_209 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %631 = stablehlo.multiply %630, %cst_209 : tensor<768xf32>
    %632 = stablehlo.add %arg178, %631 : tensor<768xf32>
    %633 = stablehlo.multiply %arg104, %arg104 : tensor<768xf32>
    %634 = stablehlo.subtract %633, %arg252 : tensor<768xf32>
    %cst_210 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %635 = stablehlo.multiply %634, %cst_210 : tensor<768xf32>
    %636 = stablehlo.add %arg252, %635 : tensor<768xf32>
    %cst_211 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %637 = stablehlo.power %cst_211, %arg298 : tensor<f32>
    %cst_212 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %638 = stablehlo.subtract %cst_212, %637 : tensor<f32>
    %cst_213 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %639 = stablehlo.power %cst_213, %arg298 : tensor<f32>
    %cst_214 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %640 = stablehlo.subtract %cst_214, %639 : tensor<f32>
    %641 = stablehlo.broadcast_in_dim %638, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %642 = stablehlo.divide %632, %641 : tensor<768xf32>
    %643 = stablehlo.broadcast_in_dim %640, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %644 = stablehlo.divide %636, %643 : tensor<768xf32>
    %645 = stablehlo.sqrt %644 : tensor<768xf32>
    %cst_215 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %646 = stablehlo.add %645, %cst_215 : tensor<768xf32>
    %647 = stablehlo.divide %642, %646 : tensor<768xf32>
    %648 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %649 = stablehlo.multiply %647, %648 : tensor<768xf32>
    %650 = stablehlo.subtract %arg30, %649 : tensor<768xf32>
    %651 = stablehlo.subtract %arg105, %arg179 : tensor<768xf32>
    %cst_216 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %652 = stablehlo.multiply %651, %cst_216 : tensor<768xf32>
    %653 = stablehlo.add %arg179, %652 : tensor<768xf32>
    %654 = stablehlo.multiply %arg105, %arg105 : tensor<768xf32>
    %655 = stablehlo.subtract %654, %arg253 : tensor<768xf32>
    %cst_217 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %656 = stablehlo.multiply %655, %cst_217 : tensor<768xf32>
    %657 = stablehlo.add %arg253, %656 : tensor<768xf32>
    %cst_218 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %658 = stablehlo.power %cst_218, %arg298 : tensor<f32>
    %cst_219 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %659 = stablehlo.subtract %cst_219, %658 : tensor<f32>
    %cst_220 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %660 = stablehlo.power %cst_220, %arg298 : tensor<f32>
    %cst_221 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %661 = stablehlo.subtract %cst_221, %660 : tensor<f32>
    %662 = stablehlo.broadcast_in_dim %659, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %663 = stablehlo.divide %653, %662 : tensor<768xf32>
    %664 = stablehlo.broadcast_in_dim %661, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %665 = stablehlo.divide %657, %664 : tensor<768xf32>
    %666 = stablehlo.sqrt %665 : tensor<768xf32>
    %cst_222 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %667 = stablehlo.add %666, %cst_222 : tensor<768xf32>
    %668 = stablehlo.divide %663, %667 : tensor<768xf32>
    %669 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %670 = stablehlo.multiply %668, %669 : tensor<768xf32>
    %671 = stablehlo.subtract %arg31, %670 : tensor<768xf32>
    %672 = stablehlo.subtract %arg106, %arg180 : tensor<768xf32>
    %cst_223 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %673 = stablehlo.multiply %672, %cst_223 : tensor<768xf32>
    %674 = stablehlo.add %arg180, %673 : tensor<768xf32>
    %675 = stablehlo.multiply %arg106, %arg106 : tensor<768xf32>
    %676 = stablehlo.subtract %675, %arg254 : tensor<768xf32>
    %cst_224 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %677 = stablehlo.multiply %676, %cst_224 : tensor<768xf32>
    %678 = stablehlo.add %arg254, %677 : tensor<768xf32>
    %cst_225 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %679 = stablehlo.power %cst_225, %arg298 : tensor<f32>
    %cst_226 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %680 = stablehlo.subtract %cst_226, %679 : tensor<f32>
    %cst_227 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %681 = stablehlo.power %cst_227, %arg298 : tensor<f32>
    %cst_228 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %682 = stablehlo.subtract %cst_228, %681 : tensor<f32>
    %683 = stablehlo.broadcast_in_dim %680, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %684 = stablehlo.divide %674, %683 : tensor<768xf32>
    %685 = stablehlo.broadcast_in_dim %682, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %686 = stablehlo.divide %678, %685 : tensor<768xf32>
    %687 = stablehlo.sqrt %686 : tensor<768xf32>
    %cst_229 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %688 = stablehlo.add %687, %cst_229 : tensor<768xf32>
    %689 = stablehlo.divide %684, %688 : tensor<768xf32>
    %690 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %691 = stablehlo.multiply %689, %690 : tensor<768xf32>
    %692 = stablehlo.subtract %arg32, %691 : tensor<768xf32>
    %693 = stablehlo.subtract %arg107, %arg181 : tensor<768xf32>
    %cst_230 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %694 = stablehlo.multiply %693, %cst_230 : tensor<768xf32>
    %695 = stablehlo.add %arg181, %694 : tensor<768xf32>
    %696 = stablehlo.multiply %arg107, %arg107 : tensor<768xf32>
    %697 = stablehlo.subtract %696, %arg255 : tensor<768xf32>
    %cst_231 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %698 = stablehlo.multiply %697, %cst_231 : tensor<768xf32>
    %699 = stablehlo.add %arg255, %698 : tensor<768xf32>
    %cst_232 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %700 = stablehlo.power %cst_232, %arg298 : tensor<f32>
    %cst_233 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %701 = stablehlo.subtract %cst_233, %700 : tensor<f32>
    %cst_234 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %702 = stablehlo.power %cst_234, %arg298 : tensor<f32>
    %cst_235 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %703 = stablehlo.subtract %cst_235, %702 : tensor<f32>
    %704 = stablehlo.broadcast_in_dim %701, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %705 = stablehlo.divide %695, %704 : tensor<768xf32>
    %706 = stablehlo.broadcast_in_dim %703, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %707 = stablehlo.divide %699, %706 : tensor<768xf32>
    %708 = stablehlo.sqrt %707 : tensor<768xf32>
    %cst_236 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %709 = stablehlo.add %708, %cst_236 : tensor<768xf32>
    %710 = stablehlo.divide %705, %709 : tensor<768xf32>
    %711 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %712 = stablehlo.multiply %710, %711 : tensor<768xf32>
    %713 = stablehlo.subtract %arg33, %712 : tensor<768xf32>
    %714 = stablehlo.subtract %arg108, %arg182 : tensor<768xf32>
    %cst_237 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %715 = stablehlo.multiply %714, %cst_237 : tensor<768xf32>
    %716 = stablehlo.add %arg182, %715 : tensor<768xf32>
    %717 = stablehlo.multiply %arg108, %arg108 : tensor<768xf32>
    %718 = stablehlo.subtract %717, %arg256 : tensor<768xf32>
    %cst_238 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %719 = stablehlo.multiply %718, %cst_238 : tensor<768xf32>
    %720 = stablehlo.add %arg256, %719 : tensor<768xf32>
    %cst_239 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %721 = stablehlo.power %cst_239, %arg298 : tensor<f32>
    %cst_240 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %722 = stablehlo.subtract %cst_240, %721 : tensor<f32>
    %cst_241 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %723 = stablehlo.power %cst_241, %arg298 : tensor<f32>
    %cst_242 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %724 = stablehlo.subtract %cst_242, %723 : tensor<f32>
    %725 = stablehlo.broadcast_in_dim %722, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %726 = stablehlo.divide %716, %725 : tensor<768xf32>
    %727 = stablehlo.broadcast_in_dim %724, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %728 = stablehlo.divide %720, %727 : tensor<768xf32>
    %729 = stablehlo.sqrt %728 : tensor<768xf32>
    %cst_243 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %730 = stablehlo.add %729, %cst_243 : tensor<768xf32>
    %731 = stablehlo.divide %726, %730 : tensor<768xf32>
    %732 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %733 = stablehlo.multiply %731, %732 : tensor<768xf32>
    %734 = stablehlo.subtract %arg34, %733 : tensor<768xf32>
    %735 = stablehlo.subtract %arg109, %arg183 : tensor<768xf32>
    %cst_244 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %736 = stablehlo.multiply %735, %cst_244 : tensor<768xf32>
    %737 = stablehlo.add %arg183, %736 : tensor<768xf32>
    %738 = stablehlo.multiply %arg109, %arg109 : tensor<768xf32>
    %739 = stablehlo.subtract %738, %arg257 : tensor<768xf32>
    %cst_245 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %740 = stablehlo.multiply %739, %cst_245 : tensor<768xf32>
    %741 = stablehlo.add %arg257, %740 : tensor<768xf32>
    %cst_246 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %742 = stablehlo.power %cst_246, %arg298 : tensor<f32>
    %cst_247 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %743 = stablehlo.subtract %cst_247, %742 : tensor<f32>
    %cst_248 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %744 = stablehlo.power %cst_248, %arg298 : tensor<f32>
    %cst_249 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %745 = stablehlo.subtract %cst_249, %744 : tensor<f32>
    %746 = stablehlo.broadcast_in_dim %743, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %747 = stablehlo.divide %737, %746 : tensor<768xf32>
    %748 = stablehlo.broadcast_in_dim %745, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %749 = stablehlo.divide %741, %748 : tensor<768xf32>
    %750 = stablehlo.sqrt %749 : tensor<768xf32>
    %cst_250 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %751 = stablehlo.add %750, %cst_250 : tensor<768xf32>
    %752 = stablehlo.divide %747, %751 : tensor<768xf32>
    %753 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %754 = stablehlo.multiply %752, %753 : tensor<768xf32>
    %755 = stablehlo.subtract %arg35, %754 : tensor<768xf32>
    %756 = stablehlo.subtract %arg110, %arg184 : tensor<768xf32>
    %cst_251 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %757 = stablehlo.multiply %756, %cst_251 : tensor<768xf32>
    %758 = stablehlo.add %arg184, %757 : tensor<768xf32>
    %759 = stablehlo.multiply %arg110, %arg110 : tensor<768xf32>
    %760 = stablehlo.subtract %759, %arg258 : tensor<768xf32>
    %cst_252 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %761 = stablehlo.multiply %760, %cst_252 : tensor<768xf32>
    %762 = stablehlo.add %arg258, %761 : tensor<768xf32>
    %cst_253 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %763 = stablehlo.power %cst_253, %arg298 : tensor<f32>
    %cst_254 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %764 = stablehlo.subtract %cst_254, %763 : tensor<f32>
    %cst_255 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %765 = stablehlo.power %cst_255, %arg298 : tensor<f32>
    %cst_256 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %766 = stablehlo.subtract %cst_256, %765 : tensor<f32>
    %767 = stablehlo.broadcast_in_dim %764, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %768 = stablehlo.divide %758, %767 : tensor<768xf32>
    %769 = stablehlo.broadcast_in_dim %766, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %770 = stablehlo.divide %762, %769 : tensor<768xf32>
    %771 = stablehlo.sqrt %770 : tensor<768xf32>
    %cst_257 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %772 = stablehlo.add %771, %cst_257 : tensor<768xf32>
    %773 = stablehlo.divide %768, %772 : tensor<768xf32>
    %774 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %775 = stablehlo.multiply %773, %774 : tensor<768xf32>
    %776 = stablehlo.subtract %arg36, %775 : tensor<768xf32>
    %777 = stablehlo.subtract %arg111, %arg185 : tensor<768xf32>
    %cst_258 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %778 = stablehlo.multiply %777, %cst_258 : tensor<768xf32>
    %779 = stablehlo.add %arg185, %778 : tensor<768xf32>
    %780 = stablehlo.multiply %arg111, %arg111 : tensor<768xf32>
    %781 = stablehlo.subtract %780, %arg259 : tensor<768xf32>
    %cst_259 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %782 = stablehlo.multiply %781, %cst_259 : tensor<768xf32>
    %783 = stablehlo.add %arg259, %782 : tensor<768xf32>
    %cst_260 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %784 = stablehlo.power %cst_260, %arg298 : tensor<f32>
    %cst_261 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %785 = stablehlo.subtract %cst_261, %784 : tensor<f32>
    %cst_262 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %786 = stablehlo.power %cst_262, %arg298 : tensor<f32>
    %cst_263 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %787 = stablehlo.subtract %cst_263, %786 : tensor<f32>
    %788 = stablehlo.broadcast_in_dim %785, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %789 = stablehlo.divide %779, %788 : tensor<768xf32>
    %790 = stablehlo.broadcast_in_dim %787, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %791 = stablehlo.divide %783, %790 : tensor<768xf32>
    %792 = stablehlo.sqrt %791 : tensor<768xf32>
    %cst_264 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %793 = stablehlo.add %792, %cst_264 : tensor<768xf32>
    %794 = stablehlo.divide %789, %793 : tensor<768xf32>
    %795 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %796 = stablehlo.multiply %794, %795 : tensor<768xf32>
    %797 = stablehlo.subtract %arg37, %796 : tensor<768xf32>
    %798 = stablehlo.subtract %arg112, %arg186 : tensor<768xf32>
    %cst_265 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %799 = stablehlo.multiply %798, %cst_265 : tensor<768xf32>
    %800 = stablehlo.add %arg186, %799 : tensor<768xf32>
    %801 = stablehlo.multiply %arg112, %arg112 : tensor<768xf32>
    %802 = stablehlo.subtract %801, %arg260 : tensor<768xf32>
    %cst_266 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %803 = stablehlo.multiply %802, %cst_266 : tensor<768xf32>
    %804 = stablehlo.add %arg260, %803 : tensor<768xf32>
    %cst_267 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %805 = stablehlo.power %cst_267, %arg298 : tensor<f32>
    %cst_268 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %806 = stablehlo.subtract %cst_268, %805 : tensor<f32>
    %cst_269 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %807 = stablehlo.power %cst_269, %arg298 : tensor<f32>
    %cst_270 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %808 = stablehlo.subtract %cst_270, %807 : tensor<f32>
    %809 = stablehlo.broadcast_in_dim %806, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %810 = stablehlo.divide %800, %809 : tensor<768xf32>
    %811 = stablehlo.broadcast_in_dim %808, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %812 = stablehlo.divide %804, %811 : tensor<768xf32>
    %813 = stablehlo.sqrt %812 : tensor<768xf32>
    %cst_271 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %814 = stablehlo.add %813, %cst_271 : tensor<768xf32>
    %815 = stablehlo.divide %810, %814 : tensor<768xf32>
    %816 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %817 = stablehlo.multiply %815, %816 : tensor<768xf32>
    %818 = stablehlo.subtract %arg38, %817 : tensor<768xf32>
    %819 = stablehlo.subtract %arg113, %arg187 : tensor<768xf32>
    %cst_272 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %820 = stablehlo.multiply %819, %cst_272 : tensor<768xf32>
    %821 = stablehlo.add %arg187, %820 : tensor<768xf32>
    %822 = stablehlo.multiply %arg113, %arg113 : tensor<768xf32>
    %823 = stablehlo.subtract %822, %arg261 : tensor<768xf32>
    %cst_273 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %824 = stablehlo.multiply %823, %cst_273 : tensor<768xf32>
    %825 = stablehlo.add %arg261, %824 : tensor<768xf32>
    %cst_274 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %826 = stablehlo.power %cst_274, %arg298 : tensor<f32>
    %cst_275 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %827 = stablehlo.subtract %cst_275, %826 : tensor<f32>
    %cst_276 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %828 = stablehlo.power %cst_276, %arg298 : tensor<f32>
    %cst_277 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %829 = stablehlo.subtract %cst_277, %828 : tensor<f32>
    %830 = stablehlo.broadcast_in_dim %827, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %831 = stablehlo.divide %821, %830 : tensor<768xf32>
    %832 = stablehlo.broadcast_in_dim %829, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %833 = stablehlo.divide %825, %832 : tensor<768xf32>
    %834 = stablehlo.sqrt %833 : tensor<768xf32>
    %cst_278 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %835 = stablehlo.add %834, %cst_278 : tensor<768xf32>
    %836 = stablehlo.divide %831, %835 : tensor<768xf32>
    %837 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %838 = stablehlo.multiply %836, %837 : tensor<768xf32>
    %839 = stablehlo.subtract %arg39, %838 : tensor<768xf32>
    %840 = stablehlo.subtract %arg114, %arg188 : tensor<768xf32>
    %cst_279 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %841 = stablehlo.multiply %840, %cst_279 : tensor<768xf32>
    %842 = stablehlo.add %arg188, %841 : tensor<768xf32>
    %843 = stablehlo.multiply %arg114, %arg114 : tensor<768xf32>
    %844 = stablehlo.subtract %843, %arg262 : tensor<768xf32>
    %cst_280 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %845 = stablehlo.multiply %844, %cst_280 : tensor<768xf32>
    %846 = stablehlo.add %arg262, %845 : tensor<768xf32>
    %cst_281 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %847 = stablehlo.power %cst_281, %arg298 : tensor<f32>
    %cst_282 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %848 = stablehlo.subtract %cst_282, %847 : tensor<f32>
    %cst_283 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %849 = stablehlo.power %cst_283, %arg298 : tensor<f32>
    %cst_284 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %850 = stablehlo.subtract %cst_284, %849 : tensor<f32>
    %851 = stablehlo.broadcast_in_dim %848, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %852 = stablehlo.divide %842, %851 : tensor<768xf32>
    %853 = stablehlo.broadcast_in_dim %850, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %854 = stablehlo.divide %846, %853 : tensor<768xf32>
    %855 = stablehlo.sqrt %854 : tensor<768xf32>
    %cst_285 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %856 = stablehlo.add %855, %cst_285 : tensor<768xf32>
    %857 = stablehlo.divide %852, %856 : tensor<768xf32>
    %858 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %859 = stablehlo.multiply %857, %858 : tensor<768xf32>
    %860 = stablehlo.subtract %arg40, %859 : tensor<768xf32>
    %861 = stablehlo.subtract %arg115, %arg189 : tensor<768xf32>
    %cst_286 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %862 = stablehlo.multiply %861, %cst_286 : tensor<768xf32>
    %863 = stablehlo.add %arg189, %862 : tensor<768xf32>
    %864 = stablehlo.multiply %arg115, %arg115 : tensor<768xf32>
    %865 = stablehlo.subtract %864, %arg263 : tensor<768xf32>
    %cst_287 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %866 = stablehlo.multiply %865, %cst_287 : tensor<768xf32>
    %867 = stablehlo.add %arg263, %866 : tensor<768xf32>
    %cst_288 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %868 = stablehlo.power %cst_288, %arg298 : tensor<f32>
    %cst_289 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %869 = stablehlo.subtract %cst_289, %868 : tensor<f32>
    %cst_290 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %870 = stablehlo.power %cst_290, %arg298 : tensor<f32>
    %cst_291 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %871 = stablehlo.subtract %cst_291, %870 : tensor<f32>
    %872 = stablehlo.broadcast_in_dim %869, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %873 = stablehlo.divide %863, %872 : tensor<768xf32>
    %874 = stablehlo.broadcast_in_dim %871, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %875 = stablehlo.divide %867, %874 : tensor<768xf32>
    %876 = stablehlo.sqrt %875 : tensor<768xf32>
    %cst_292 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %877 = stablehlo.add %876, %cst_292 : tensor<768xf32>
    %878 = stablehlo.divide %873, %877 : tensor<768xf32>
    %879 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %880 = stablehlo.multiply %878, %879 : tensor<768xf32>
    %881 = stablehlo.subtract %arg41, %880 : tensor<768xf32>
    %882 = stablehlo.subtract %arg116, %arg190 : tensor<768xf32>
    %cst_293 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %883 = stablehlo.multiply %882, %cst_293 : tensor<768xf32>
    %884 = stablehlo.add %arg190, %883 : tensor<768xf32>
    %885 = stablehlo.multiply %arg116, %arg116 : tensor<768xf32>
    %886 = stablehlo.subtract %885, %arg264 : tensor<768xf32>
    %cst_294 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %887 = stablehlo.multiply %886, %cst_294 : tensor<768xf32>
    %888 = stablehlo.add %arg264, %887 : tensor<768xf32>
    %cst_295 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %889 = stablehlo.power %cst_295, %arg298 : tensor<f32>
    %cst_296 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %890 = stablehlo.subtract %cst_296, %889 : tensor<f32>
    %cst_297 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %891 = stablehlo.power %cst_297, %arg298 : tensor<f32>
    %cst_298 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %892 = stablehlo.subtract %cst_298, %891 : tensor<f32>
    %893 = stablehlo.broadcast_in_dim %890, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %894 = stablehlo.divide %884, %893 : tensor<768xf32>
    %895 = stablehlo.broadcast_in_dim %892, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %896 = stablehlo.divide %888, %895 : tensor<768xf32>
    %897 = stablehlo.sqrt %896 : tensor<768xf32>
    %cst_299 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %898 = stablehlo.add %897, %cst_299 : tensor<768xf32>
    %899 = stablehlo.divide %894, %898 : tensor<768xf32>
    %900 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %901 = stablehlo.multiply %899, %900 : tensor<768xf32>
    %902 = stablehlo.subtract %arg42, %901 : tensor<768xf32>
    %903 = stablehlo.subtract %arg117, %arg191 : tensor<768xf32>
    %cst_300 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %904 = stablehlo.multiply %903, %cst_300 : tensor<768xf32>
    %905 = stablehlo.add %arg191, %904 : tensor<768xf32>
    %906 = stablehlo.multiply %arg117, %arg117 : tensor<768xf32>
    %907 = stablehlo.subtract %906, %arg265 : tensor<768xf32>
    %cst_301 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %908 = stablehlo.multiply %907, %cst_301 : tensor<768xf32>
    %909 = stablehlo.add %arg265, %908 : tensor<768xf32>
    %cst_302 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %910 = stablehlo.power %cst_302, %arg298 : tensor<f32>
    %cst_303 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %911 = stablehlo.subtract %cst_303, %910 : tensor<f32>
    %cst_304 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %912 = stablehlo.power %cst_304, %arg298 : tensor<f32>
    %cst_305 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %913 = stablehlo.subtract %cst_305, %912 : tensor<f32>
    %914 = stablehlo.broadcast_in_dim %911, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %915 = stablehlo.divide %905, %914 : tensor<768xf32>
    %916 = stablehlo.broadcast_in_dim %913, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %917 = stablehlo.divide %909, %916 : tensor<768xf32>
    %918 = stablehlo.sqrt %917 : tensor<768xf32>
    %cst_306 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %919 = stablehlo.add %918, %cst_306 : tensor<768xf32>
    %920 = stablehlo.divide %915, %919 : tensor<768xf32>
    %921 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %922 = stablehlo.multiply %920, %921 : tensor<768xf32>
    %923 = stablehlo.subtract %arg43, %922 : tensor<768xf32>
    %924 = stablehlo.subtract %arg118, %arg192 : tensor<768xf32>
    %cst_307 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %925 = stablehlo.multiply %924, %cst_307 : tensor<768xf32>
    %926 = stablehlo.add %arg192, %925 : tensor<768xf32>
    %927 = stablehlo.multiply %arg118, %arg118 : tensor<768xf32>
    %928 = stablehlo.subtract %927, %arg266 : tensor<768xf32>
    %cst_308 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %929 = stablehlo.multiply %928, %cst_308 : tensor<768xf32>
    %930 = stablehlo.add %arg266, %929 : tensor<768xf32>
    %cst_309 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %931 = stablehlo.power %cst_309, %arg298 : tensor<f32>
    %cst_310 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %932 = stablehlo.subtract %cst_310, %931 : tensor<f32>
    %cst_311 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %933 = stablehlo.power %cst_311, %arg298 : tensor<f32>
    %cst_312 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %934 = stablehlo.subtract %cst_312, %933 : tensor<f32>
    %935 = stablehlo.broadcast_in_dim %932, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %936 = stablehlo.divide %926, %935 : tensor<768xf32>
    %937 = stablehlo.broadcast_in_dim %934, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %938 = stablehlo.divide %930, %937 : tensor<768xf32>
    %939 = stablehlo.sqrt %938 : tensor<768xf32>
    %cst_313 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %940 = stablehlo.add %939, %cst_313 : tensor<768xf32>
    %941 = stablehlo.divide %936, %940 : tensor<768xf32>
    %942 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %943 = stablehlo.multiply %941, %942 : tensor<768xf32>
    %944 = stablehlo.subtract %arg44, %943 : tensor<768xf32>
    %945 = stablehlo.subtract %arg119, %arg193 : tensor<768xf32>
    %cst_314 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %946 = stablehlo.multiply %945, %cst_314 : tensor<768xf32>
    %947 = stablehlo.add %arg193, %946 : tensor<768xf32>
    %948 = stablehlo.multiply %arg119, %arg119 : tensor<768xf32>
    %949 = stablehlo.subtract %948, %arg267 : tensor<768xf32>
    %cst_315 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %950 = stablehlo.multiply %949, %cst_315 : tensor<768xf32>
    %951 = stablehlo.add %arg267, %950 : tensor<768xf32>
    %cst_316 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %952 = stablehlo.power %cst_316, %arg298 : tensor<f32>
    %cst_317 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %953 = stablehlo.subtract %cst_317, %952 : tensor<f32>
    %cst_318 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %954 = stablehlo.power %cst_318, %arg298 : tensor<f32>
    %cst_319 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %955 = stablehlo.subtract %cst_319, %954 : tensor<f32>
    %956 = stablehlo.broadcast_in_dim %953, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %957 = stablehlo.divide %947, %956 : tensor<768xf32>
    %958 = stablehlo.broadcast_in_dim %955, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %959 = stablehlo.divide %951, %958 : tensor<768xf32>
    %960 = stablehlo.sqrt %959 : tensor<768xf32>
    %cst_320 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %961 = stablehlo.add %960, %cst_320 : tensor<768xf32>
    %962 = stablehlo.divide %957, %961 : tensor<768xf32>
    %963 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %964 = stablehlo.multiply %962, %963 : tensor<768xf32>
    %965 = stablehlo.subtract %arg45, %964 : tensor<768xf32>
    %966 = stablehlo.subtract %arg120, %arg194 : tensor<768xf32>
    %cst_321 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %967 = stablehlo.multiply %966, %cst_321 : tensor<768xf32>
    %968 = stablehlo.add %arg194, %967 : tensor<768xf32>
    %969 = stablehlo.multiply %arg120, %arg120 : tensor<768xf32>
    %970 = stablehlo.subtract %969, %arg268 : tensor<768xf32>
    %cst_322 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %971 = stablehlo.multiply %970, %cst_322 : tensor<768xf32>
    %972 = stablehlo.add %arg268, %971 : tensor<768xf32>
    %cst_323 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %973 = stablehlo.power %cst_323, %arg298 : tensor<f32>
    %cst_324 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %974 = stablehlo.subtract %cst_324, %973 : tensor<f32>
    %cst_325 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %975 = stablehlo.power %cst_325, %arg298 : tensor<f32>
    %cst_326 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %976 = stablehlo.subtract %cst_326, %975 : tensor<f32>
    %977 = stablehlo.broadcast_in_dim %974, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %978 = stablehlo.divide %968, %977 : tensor<768xf32>
    %979 = stablehlo.broadcast_in_dim %976, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %980 = stablehlo.divide %972, %979 : tensor<768xf32>
    %981 = stablehlo.sqrt %980 : tensor<768xf32>
    %cst_327 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %982 = stablehlo.add %981, %cst_327 : tensor<768xf32>
    %983 = stablehlo.divide %978, %982 : tensor<768xf32>
    %984 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %985 = stablehlo.multiply %983, %984 : tensor<768xf32>
    %986 = stablehlo.subtract %arg46, %985 : tensor<768xf32>
    %987 = stablehlo.subtract %arg121, %arg195 : tensor<768xf32>
    %cst_328 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %988 = stablehlo.multiply %987, %cst_328 : tensor<768xf32>
    %989 = stablehlo.add %arg195, %988 : tensor<768xf32>
    %990 = stablehlo.multiply %arg121, %arg121 : tensor<768xf32>
    %991 = stablehlo.subtract %990, %arg269 : tensor<768xf32>
    %cst_329 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %992 = stablehlo.multiply %991, %cst_329 : tensor<768xf32>
    %993 = stablehlo.add %arg269, %992 : tensor<768xf32>
    %cst_330 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %994 = stablehlo.power %cst_330, %arg298 : tensor<f32>
    %cst_331 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %995 = stablehlo.subtract %cst_331, %994 : tensor<f32>
    %cst_332 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %996 = stablehlo.power %cst_332, %arg298 : tensor<f32>
    %cst_333 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %997 = stablehlo.subtract %cst_333, %996 : tensor<f32>
    %998 = stablehlo.broadcast_in_dim %995, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %999 = stablehlo.divide %989, %998 : tensor<768xf32>
    %1000 = stablehlo.broadcast_in_dim %997, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1001 = stablehlo.divide %993, %1000 : tensor<768xf32>
    %1002 = stablehlo.sqrt %1001 : tensor<768xf32>
    %cst_334 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1003 = stablehlo.add %1002, %cst_334 : tensor<768xf32>
    %1004 = stablehlo.divide %999, %1003 : tensor<768xf32>
    %1005 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1006 = stablehlo.multiply %1004, %1005 : tensor<768xf32>
    %1007 = stablehlo.subtract %arg47, %1006 : tensor<768xf32>
    %1008 = stablehlo.subtract %arg122, %arg196 : tensor<768xf32>
    %cst_335 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1009 = stablehlo.multiply %1008, %cst_335 : tensor<768xf32>
    %1010 = stablehlo.add %arg196, %1009 : tensor<768xf32>
    %1011 = stablehlo.multiply %arg122, %arg122 : tensor<768xf32>
    %1012 = stablehlo.subtract %1011, %arg270 : tensor<768xf32>
    %cst_336 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1013 = stablehlo.multiply %1012, %cst_336 : tensor<768xf32>
    %1014 = stablehlo.add %arg270, %1013 : tensor<768xf32>
    %cst_337 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1015 = stablehlo.power %cst_337, %arg298 : tensor<f32>
    %cst_338 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1016 = stablehlo.subtract %cst_338, %1015 : tensor<f32>
    %cst_339 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1017 = stablehlo.power %cst_339, %arg298 : tensor<f32>
    %cst_340 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1018 = stablehlo.subtract %cst_340, %1017 : tensor<f32>
    %1019 = stablehlo.broadcast_in_dim %1016, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1020 = stablehlo.divide %1010, %1019 : tensor<768xf32>
    %1021 = stablehlo.broadcast_in_dim %1018, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1022 = stablehlo.divide %1014, %1021 : tensor<768xf32>
    %1023 = stablehlo.sqrt %1022 : tensor<768xf32>
    %cst_341 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1024 = stablehlo.add %1023, %cst_341 : tensor<768xf32>
    %1025 = stablehlo.divide %1020, %1024 : tensor<768xf32>
    %1026 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1027 = stablehlo.multiply %1025, %1026 : tensor<768xf32>
    %1028 = stablehlo.subtract %arg48, %1027 : tensor<768xf32>
    %1029 = stablehlo.subtract %arg123, %arg197 : tensor<768xf32>
    %cst_342 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1030 = stablehlo.multiply %1029, %cst_342 : tensor<768xf32>
    %1031 = stablehlo.add %arg197, %1030 : tensor<768xf32>
    %1032 = stablehlo.multiply %arg123, %arg123 : tensor<768xf32>
    %1033 = stablehlo.subtract %1032, %arg271 : tensor<768xf32>
    %cst_343 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1034 = stablehlo.multiply %1033, %cst_343 : tensor<768xf32>
    %1035 = stablehlo.add %arg271, %1034 : tensor<768xf32>
    %cst_344 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1036 = stablehlo.power %cst_344, %arg298 : tensor<f32>
    %cst_345 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1037 = stablehlo.subtract %cst_345, %1036 : tensor<f32>
    %cst_346 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1038 = stablehlo.power %cst_346, %arg298 : tensor<f32>
    %cst_347 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1039 = stablehlo.subtract %cst_347, %1038 : tensor<f32>
    %1040 = stablehlo.broadcast_in_dim %1037, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1041 = stablehlo.divide %1031, %1040 : tensor<768xf32>
    %1042 = stablehlo.broadcast_in_dim %1039, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1043 = stablehlo.divide %1035, %1042 : tensor<768xf32>
    %1044 = stablehlo.sqrt %1043 : tensor<768xf32>
    %cst_348 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1045 = stablehlo.add %1044, %cst_348 : tensor<768xf32>
    %1046 = stablehlo.divide %1041, %1045 : tensor<768xf32>
    %1047 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1048 = stablehlo.multiply %1046, %1047 : tensor<768xf32>
    %1049 = stablehlo.subtract %arg49, %1048 : tensor<768xf32>
    %1050 = stablehlo.subtract %arg124, %arg198 : tensor<768xf32>
    %cst_349 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1051 = stablehlo.multiply %1050, %cst_349 : tensor<768xf32>
    %1052 = stablehlo.add %arg198, %1051 : tensor<768xf32>
    %1053 = stablehlo.multiply %arg124, %arg124 : tensor<768xf32>
    %1054 = stablehlo.subtract %1053, %arg272 : tensor<768xf32>
    %cst_350 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1055 = stablehlo.multiply %1054, %cst_350 : tensor<768xf32>
    %1056 = stablehlo.add %arg272, %1055 : tensor<768xf32>
    %cst_351 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1057 = stablehlo.power %cst_351, %arg298 : tensor<f32>
    %cst_352 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1058 = stablehlo.subtract %cst_352, %1057 : tensor<f32>
    %cst_353 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1059 = stablehlo.power %cst_353, %arg298 : tensor<f32>
    %cst_354 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1060 = stablehlo.subtract %cst_354, %1059 : tensor<f32>
    %1061 = stablehlo.broadcast_in_dim %1058, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1062 = stablehlo.divide %1052, %1061 : tensor<768xf32>
    %1063 = stablehlo.broadcast_in_dim %1060, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1064 = stablehlo.divide %1056, %1063 : tensor<768xf32>
    %1065 = stablehlo.sqrt %1064 : tensor<768xf32>
    %cst_355 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1066 = stablehlo.add %1065, %cst_355 : tensor<768xf32>
    %1067 = stablehlo.divide %1062, %1066 : tensor<768xf32>
    %1068 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1069 = stablehlo.multiply %1067, %1068 : tensor<768xf32>
    %1070 = stablehlo.subtract %arg50, %1069 : tensor<768xf32>
    %1071 = stablehlo.subtract %arg125, %arg199 : tensor<768xf32>
    %cst_356 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1072 = stablehlo.multiply %1071, %cst_356 : tensor<768xf32>
    %1073 = stablehlo.add %arg199, %1072 : tensor<768xf32>
    %1074 = stablehlo.multiply %arg125, %arg125 : tensor<768xf32>
    %1075 = stablehlo.subtract %1074, %arg273 : tensor<768xf32>
    %cst_357 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1076 = stablehlo.multiply %1075, %cst_357 : tensor<768xf32>
    %1077 = stablehlo.add %arg273, %1076 : tensor<768xf32>
    %cst_358 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1078 = stablehlo.power %cst_358, %arg298 : tensor<f32>
    %cst_359 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1079 = stablehlo.subtract %cst_359, %1078 : tensor<f32>
    %cst_360 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1080 = stablehlo.power %cst_360, %arg298 : tensor<f32>
    %cst_361 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1081 = stablehlo.subtract %cst_361, %1080 : tensor<f32>
    %1082 = stablehlo.broadcast_in_dim %1079, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1083 = stablehlo.divide %1073, %1082 : tensor<768xf32>
    %1084 = stablehlo.broadcast_in_dim %1081, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1085 = stablehlo.divide %1077, %1084 : tensor<768xf32>
    %1086 = stablehlo.sqrt %1085 : tensor<768xf32>
    %cst_362 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1087 = stablehlo.add %1086, %cst_362 : tensor<768xf32>
    %1088 = stablehlo.divide %1083, %1087 : tensor<768xf32>
    %1089 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1090 = stablehlo.multiply %1088, %1089 : tensor<768xf32>
    %1091 = stablehlo.subtract %arg51, %1090 : tensor<768xf32>
    %1092 = stablehlo.subtract %arg126, %arg200 : tensor<768xf32>
    %cst_363 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1093 = stablehlo.multiply %1092, %cst_363 : tensor<768xf32>
    %1094 = stablehlo.add %arg200, %1093 : tensor<768xf32>
    %1095 = stablehlo.multiply %arg126, %arg126 : tensor<768xf32>
    %1096 = stablehlo.subtract %1095, %arg274 : tensor<768xf32>
    %cst_364 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1097 = stablehlo.multiply %1096, %cst_364 : tensor<768xf32>
    %1098 = stablehlo.add %arg274, %1097 : tensor<768xf32>
    %cst_365 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1099 = stablehlo.power %cst_365, %arg298 : tensor<f32>
    %cst_366 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1100 = stablehlo.subtract %cst_366, %1099 : tensor<f32>
    %cst_367 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1101 = stablehlo.power %cst_367, %arg298 : tensor<f32>
    %cst_368 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1102 = stablehlo.subtract %cst_368, %1101 : tensor<f32>
    %1103 = stablehlo.broadcast_in_dim %1100, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1104 = stablehlo.divide %1094, %1103 : tensor<768xf32>
    %1105 = stablehlo.broadcast_in_dim %1102, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1106 = stablehlo.divide %1098, %1105 : tensor<768xf32>
    %1107 = stablehlo.sqrt %1106 : tensor<768xf32>
    %cst_369 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1108 = stablehlo.add %1107, %cst_369 : tensor<768xf32>
    %1109 = stablehlo.divide %1104, %1108 : tensor<768xf32>
    %1110 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1111 = stablehlo.multiply %1109, %1110 : tensor<768xf32>
    %1112 = stablehlo.subtract %arg52, %1111 : tensor<768xf32>
    %1113 = stablehlo.subtract %arg127, %arg201 : tensor<768xf32>
    %cst_370 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1114 = stablehlo.multiply %1113, %cst_370 : tensor<768xf32>
    %1115 = stablehlo.add %arg201, %1114 : tensor<768xf32>
    %1116 = stablehlo.multiply %arg127, %arg127 : tensor<768xf32>
    %1117 = stablehlo.subtract %1116, %arg275 : tensor<768xf32>
    %cst_371 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1118 = stablehlo.multiply %1117, %cst_371 : tensor<768xf32>
    %1119 = stablehlo.add %arg275, %1118 : tensor<768xf32>
    %cst_372 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1120 = stablehlo.power %cst_372, %arg298 : tensor<f32>
    %cst_373 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1121 = stablehlo.subtract %cst_373, %1120 : tensor<f32>
    %cst_374 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1122 = stablehlo.power %cst_374, %arg298 : tensor<f32>
    %cst_375 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1123 = stablehlo.subtract %cst_375, %1122 : tensor<f32>
    %1124 = stablehlo.broadcast_in_dim %1121, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1125 = stablehlo.divide %1115, %1124 : tensor<768xf32>
    %1126 = stablehlo.broadcast_in_dim %1123, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1127 = stablehlo.divide %1119, %1126 : tensor<768xf32>
    %1128 = stablehlo.sqrt %1127 : tensor<768xf32>
    %cst_376 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1129 = stablehlo.add %1128, %cst_376 : tensor<768xf32>
    %1130 = stablehlo.divide %1125, %1129 : tensor<768xf32>
    %1131 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1132 = stablehlo.multiply %1130, %1131 : tensor<768xf32>
    %1133 = stablehlo.subtract %arg53, %1132 : tensor<768xf32>
    %1134 = stablehlo.subtract %arg128, %arg202 : tensor<768xf32>
    %cst_377 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1135 = stablehlo.multiply %1134, %cst_377 : tensor<768xf32>
    %1136 = stablehlo.add %arg202, %1135 : tensor<768xf32>
    %1137 = stablehlo.multiply %arg128, %arg128 : tensor<768xf32>
    %1138 = stablehlo.subtract %1137, %arg276 : tensor<768xf32>
    %cst_378 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1139 = stablehlo.multiply %1138, %cst_378 : tensor<768xf32>
    %1140 = stablehlo.add %arg276, %1139 : tensor<768xf32>
    %cst_379 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1141 = stablehlo.power %cst_379, %arg298 : tensor<f32>
    %cst_380 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1142 = stablehlo.subtract %cst_380, %1141 : tensor<f32>
    %cst_381 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1143 = stablehlo.power %cst_381, %arg298 : tensor<f32>
    %cst_382 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1144 = stablehlo.subtract %cst_382, %1143 : tensor<f32>
    %1145 = stablehlo.broadcast_in_dim %1142, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1146 = stablehlo.divide %1136, %1145 : tensor<768xf32>
    %1147 = stablehlo.broadcast_in_dim %1144, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1148 = stablehlo.divide %1140, %1147 : tensor<768xf32>
    %1149 = stablehlo.sqrt %1148 : tensor<768xf32>
    %cst_383 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1150 = stablehlo.add %1149, %cst_383 : tensor<768xf32>
    %1151 = stablehlo.divide %1146, %1150 : tensor<768xf32>
    %1152 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1153 = stablehlo.multiply %1151, %1152 : tensor<768xf32>
    %1154 = stablehlo.subtract %arg54, %1153 : tensor<768xf32>
    %1155 = stablehlo.subtract %arg129, %arg203 : tensor<768xf32>
    %cst_384 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1156 = stablehlo.multiply %1155, %cst_384 : tensor<768xf32>
    %1157 = stablehlo.add %arg203, %1156 : tensor<768xf32>
    %1158 = stablehlo.multiply %arg129, %arg129 : tensor<768xf32>
    %1159 = stablehlo.subtract %1158, %arg277 : tensor<768xf32>
    %cst_385 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1160 = stablehlo.multiply %1159, %cst_385 : tensor<768xf32>
    %1161 = stablehlo.add %arg277, %1160 : tensor<768xf32>
    %cst_386 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1162 = stablehlo.power %cst_386, %arg298 : tensor<f32>
    %cst_387 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1163 = stablehlo.subtract %cst_387, %1162 : tensor<f32>
    %cst_388 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1164 = stablehlo.power %cst_388, %arg298 : tensor<f32>
    %cst_389 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1165 = stablehlo.subtract %cst_389, %1164 : tensor<f32>
    %1166 = stablehlo.broadcast_in_dim %1163, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1167 = stablehlo.divide %1157, %1166 : tensor<768xf32>
    %1168 = stablehlo.broadcast_in_dim %1165, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1169 = stablehlo.divide %1161, %1168 : tensor<768xf32>
    %1170 = stablehlo.sqrt %1169 : tensor<768xf32>
    %cst_390 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1171 = stablehlo.add %1170, %cst_390 : tensor<768xf32>
    %1172 = stablehlo.divide %1167, %1171 : tensor<768xf32>
    %1173 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1174 = stablehlo.multiply %1172, %1173 : tensor<768xf32>
    %1175 = stablehlo.subtract %arg55, %1174 : tensor<768xf32>
    %1176 = stablehlo.subtract %arg130, %arg204 : tensor<768xf32>
    %cst_391 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1177 = stablehlo.multiply %1176, %cst_391 : tensor<768xf32>
    %1178 = stablehlo.add %arg204, %1177 : tensor<768xf32>
    %1179 = stablehlo.multiply %arg130, %arg130 : tensor<768xf32>
    %1180 = stablehlo.subtract %1179, %arg278 : tensor<768xf32>
    %cst_392 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1181 = stablehlo.multiply %1180, %cst_392 : tensor<768xf32>
    %1182 = stablehlo.add %arg278, %1181 : tensor<768xf32>
    %cst_393 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1183 = stablehlo.power %cst_393, %arg298 : tensor<f32>
    %cst_394 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1184 = stablehlo.subtract %cst_394, %1183 : tensor<f32>
    %cst_395 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1185 = stablehlo.power %cst_395, %arg298 : tensor<f32>
    %cst_396 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1186 = stablehlo.subtract %cst_396, %1185 : tensor<f32>
    %1187 = stablehlo.broadcast_in_dim %1184, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1188 = stablehlo.divide %1178, %1187 : tensor<768xf32>
    %1189 = stablehlo.broadcast_in_dim %1186, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1190 = stablehlo.divide %1182, %1189 : tensor<768xf32>
    %1191 = stablehlo.sqrt %1190 : tensor<768xf32>
    %cst_397 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1192 = stablehlo.add %1191, %cst_397 : tensor<768xf32>
    %1193 = stablehlo.divide %1188, %1192 : tensor<768xf32>
    %1194 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1195 = stablehlo.multiply %1193, %1194 : tensor<768xf32>
    %1196 = stablehlo.subtract %arg56, %1195 : tensor<768xf32>
    %1197 = stablehlo.subtract %arg131, %arg205 : tensor<768xf32>
    %cst_398 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1198 = stablehlo.multiply %1197, %cst_398 : tensor<768xf32>
    %1199 = stablehlo.add %arg205, %1198 : tensor<768xf32>
    %1200 = stablehlo.multiply %arg131, %arg131 : tensor<768xf32>
    %1201 = stablehlo.subtract %1200, %arg279 : tensor<768xf32>
    %cst_399 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1202 = stablehlo.multiply %1201, %cst_399 : tensor<768xf32>
    %1203 = stablehlo.add %arg279, %1202 : tensor<768xf32>
    %cst_400 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1204 = stablehlo.power %cst_400, %arg298 : tensor<f32>
    %cst_401 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1205 = stablehlo.subtract %cst_401, %1204 : tensor<f32>
    %cst_402 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1206 = stablehlo.power %cst_402, %arg298 : tensor<f32>
    %cst_403 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1207 = stablehlo.subtract %cst_403, %1206 : tensor<f32>
    %1208 = stablehlo.broadcast_in_dim %1205, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1209 = stablehlo.divide %1199, %1208 : tensor<768xf32>
    %1210 = stablehlo.broadcast_in_dim %1207, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1211 = stablehlo.divide %1203, %1210 : tensor<768xf32>
    %1212 = stablehlo.sqrt %1211 : tensor<768xf32>
    %cst_404 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1213 = stablehlo.add %1212, %cst_404 : tensor<768xf32>
    %1214 = stablehlo.divide %1209, %1213 : tensor<768xf32>
    %1215 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1216 = stablehlo.multiply %1214, %1215 : tensor<768xf32>
    %1217 = stablehlo.subtract %arg57, %1216 : tensor<768xf32>
    %1218 = stablehlo.subtract %arg132, %arg206 : tensor<768xf32>
    %cst_405 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1219 = stablehlo.multiply %1218, %cst_405 : tensor<768xf32>
    %1220 = stablehlo.add %arg206, %1219 : tensor<768xf32>
    %1221 = stablehlo.multiply %arg132, %arg132 : tensor<768xf32>
    %1222 = stablehlo.subtract %1221, %arg280 : tensor<768xf32>
    %cst_406 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1223 = stablehlo.multiply %1222, %cst_406 : tensor<768xf32>
    %1224 = stablehlo.add %arg280, %1223 : tensor<768xf32>
    %cst_407 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1225 = stablehlo.power %cst_407, %arg298 : tensor<f32>
    %cst_408 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1226 = stablehlo.subtract %cst_408, %1225 : tensor<f32>
    %cst_409 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1227 = stablehlo.power %cst_409, %arg298 : tensor<f32>
    %cst_410 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1228 = stablehlo.subtract %cst_410, %1227 : tensor<f32>
    %1229 = stablehlo.broadcast_in_dim %1226, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1230 = stablehlo.divide %1220, %1229 : tensor<768xf32>
    %1231 = stablehlo.broadcast_in_dim %1228, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1232 = stablehlo.divide %1224, %1231 : tensor<768xf32>
    %1233 = stablehlo.sqrt %1232 : tensor<768xf32>
    %cst_411 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1234 = stablehlo.add %1233, %cst_411 : tensor<768xf32>
    %1235 = stablehlo.divide %1230, %1234 : tensor<768xf32>
    %1236 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1237 = stablehlo.multiply %1235, %1236 : tensor<768xf32>
    %1238 = stablehlo.subtract %arg58, %1237 : tensor<768xf32>
    %1239 = stablehlo.subtract %arg133, %arg207 : tensor<768xf32>
    %cst_412 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1240 = stablehlo.multiply %1239, %cst_412 : tensor<768xf32>
    %1241 = stablehlo.add %arg207, %1240 : tensor<768xf32>
    %1242 = stablehlo.multiply %arg133, %arg133 : tensor<768xf32>
    %1243 = stablehlo.subtract %1242, %arg281 : tensor<768xf32>
    %cst_413 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1244 = stablehlo.multiply %1243, %cst_413 : tensor<768xf32>
    %1245 = stablehlo.add %arg281, %1244 : tensor<768xf32>
    %cst_414 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1246 = stablehlo.power %cst_414, %arg298 : tensor<f32>
    %cst_415 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1247 = stablehlo.subtract %cst_415, %1246 : tensor<f32>
    %cst_416 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1248 = stablehlo.power %cst_416, %arg298 : tensor<f32>
    %cst_417 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1249 = stablehlo.subtract %cst_417, %1248 : tensor<f32>
    %1250 = stablehlo.broadcast_in_dim %1247, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1251 = stablehlo.divide %1241, %1250 : tensor<768xf32>
    %1252 = stablehlo.broadcast_in_dim %1249, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1253 = stablehlo.divide %1245, %1252 : tensor<768xf32>
    %1254 = stablehlo.sqrt %1253 : tensor<768xf32>
    %cst_418 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1255 = stablehlo.add %1254, %cst_418 : tensor<768xf32>
    %1256 = stablehlo.divide %1251, %1255 : tensor<768xf32>
    %1257 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1258 = stablehlo.multiply %1256, %1257 : tensor<768xf32>
    %1259 = stablehlo.subtract %arg59, %1258 : tensor<768xf32>
    %1260 = stablehlo.subtract %arg134, %arg208 : tensor<768xf32>
    %cst_419 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1261 = stablehlo.multiply %1260, %cst_419 : tensor<768xf32>
    %1262 = stablehlo.add %arg208, %1261 : tensor<768xf32>
    %1263 = stablehlo.multiply %arg134, %arg134 : tensor<768xf32>
    %1264 = stablehlo.subtract %1263, %arg282 : tensor<768xf32>
    %cst_420 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1265 = stablehlo.multiply %1264, %cst_420 : tensor<768xf32>
    %1266 = stablehlo.add %arg282, %1265 : tensor<768xf32>
    %cst_421 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1267 = stablehlo.power %cst_421, %arg298 : tensor<f32>
    %cst_422 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1268 = stablehlo.subtract %cst_422, %1267 : tensor<f32>
    %cst_423 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1269 = stablehlo.power %cst_423, %arg298 : tensor<f32>
    %cst_424 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1270 = stablehlo.subtract %cst_424, %1269 : tensor<f32>
    %1271 = stablehlo.broadcast_in_dim %1268, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1272 = stablehlo.divide %1262, %1271 : tensor<768xf32>
    %1273 = stablehlo.broadcast_in_dim %1270, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1274 = stablehlo.divide %1266, %1273 : tensor<768xf32>
    %1275 = stablehlo.sqrt %1274 : tensor<768xf32>
    %cst_425 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1276 = stablehlo.add %1275, %cst_425 : tensor<768xf32>
    %1277 = stablehlo.divide %1272, %1276 : tensor<768xf32>
    %1278 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1279 = stablehlo.multiply %1277, %1278 : tensor<768xf32>
    %1280 = stablehlo.subtract %arg60, %1279 : tensor<768xf32>
    %1281 = stablehlo.subtract %arg135, %arg209 : tensor<768xf32>
    %cst_426 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1282 = stablehlo.multiply %1281, %cst_426 : tensor<768xf32>
    %1283 = stablehlo.add %arg209, %1282 : tensor<768xf32>
    %1284 = stablehlo.multiply %arg135, %arg135 : tensor<768xf32>
    %1285 = stablehlo.subtract %1284, %arg283 : tensor<768xf32>
    %cst_427 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1286 = stablehlo.multiply %1285, %cst_427 : tensor<768xf32>
    %1287 = stablehlo.add %arg283, %1286 : tensor<768xf32>
    %cst_428 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1288 = stablehlo.power %cst_428, %arg298 : tensor<f32>
    %cst_429 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1289 = stablehlo.subtract %cst_429, %1288 : tensor<f32>
    %cst_430 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1290 = stablehlo.power %cst_430, %arg298 : tensor<f32>
    %cst_431 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1291 = stablehlo.subtract %cst_431, %1290 : tensor<f32>
    %1292 = stablehlo.broadcast_in_dim %1289, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1293 = stablehlo.divide %1283, %1292 : tensor<768xf32>
    %1294 = stablehlo.broadcast_in_dim %1291, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1295 = stablehlo.divide %1287, %1294 : tensor<768xf32>
    %1296 = stablehlo.sqrt %1295 : tensor<768xf32>
    %cst_432 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1297 = stablehlo.add %1296, %cst_432 : tensor<768xf32>
    %1298 = stablehlo.divide %1293, %1297 : tensor<768xf32>
    %1299 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1300 = stablehlo.multiply %1298, %1299 : tensor<768xf32>
    %1301 = stablehlo.subtract %arg61, %1300 : tensor<768xf32>
    %1302 = stablehlo.subtract %arg136, %arg210 : tensor<768xf32>
    %cst_433 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1303 = stablehlo.multiply %1302, %cst_433 : tensor<768xf32>
    %1304 = stablehlo.add %arg210, %1303 : tensor<768xf32>
    %1305 = stablehlo.multiply %arg136, %arg136 : tensor<768xf32>
    %1306 = stablehlo.subtract %1305, %arg284 : tensor<768xf32>
    %cst_434 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1307 = stablehlo.multiply %1306, %cst_434 : tensor<768xf32>
    %1308 = stablehlo.add %arg284, %1307 : tensor<768xf32>
    %cst_435 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1309 = stablehlo.power %cst_435, %arg298 : tensor<f32>
    %cst_436 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1310 = stablehlo.subtract %cst_436, %1309 : tensor<f32>
    %cst_437 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1311 = stablehlo.power %cst_437, %arg298 : tensor<f32>
    %cst_438 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1312 = stablehlo.subtract %cst_438, %1311 : tensor<f32>
    %1313 = stablehlo.broadcast_in_dim %1310, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1314 = stablehlo.divide %1304, %1313 : tensor<768xf32>
    %1315 = stablehlo.broadcast_in_dim %1312, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1316 = stablehlo.divide %1308, %1315 : tensor<768xf32>
    %1317 = stablehlo.sqrt %1316 : tensor<768xf32>
    %cst_439 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1318 = stablehlo.add %1317, %cst_439 : tensor<768xf32>
    %1319 = stablehlo.divide %1314, %1318 : tensor<768xf32>
    %1320 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1321 = stablehlo.multiply %1319, %1320 : tensor<768xf32>
    %1322 = stablehlo.subtract %arg62, %1321 : tensor<768xf32>
    %1323 = stablehlo.subtract %arg137, %arg211 : tensor<768xf32>
    %cst_440 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1324 = stablehlo.multiply %1323, %cst_440 : tensor<768xf32>
    %1325 = stablehlo.add %arg211, %1324 : tensor<768xf32>
    %1326 = stablehlo.multiply %arg137, %arg137 : tensor<768xf32>
    %1327 = stablehlo.subtract %1326, %arg285 : tensor<768xf32>
    %cst_441 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1328 = stablehlo.multiply %1327, %cst_441 : tensor<768xf32>
    %1329 = stablehlo.add %arg285, %1328 : tensor<768xf32>
    %cst_442 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1330 = stablehlo.power %cst_442, %arg298 : tensor<f32>
    %cst_443 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1331 = stablehlo.subtract %cst_443, %1330 : tensor<f32>
    %cst_444 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1332 = stablehlo.power %cst_444, %arg298 : tensor<f32>
    %cst_445 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1333 = stablehlo.subtract %cst_445, %1332 : tensor<f32>
    %1334 = stablehlo.broadcast_in_dim %1331, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1335 = stablehlo.divide %1325, %1334 : tensor<768xf32>
    %1336 = stablehlo.broadcast_in_dim %1333, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1337 = stablehlo.divide %1329, %1336 : tensor<768xf32>
    %1338 = stablehlo.sqrt %1337 : tensor<768xf32>
    %cst_446 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1339 = stablehlo.add %1338, %cst_446 : tensor<768xf32>
    %1340 = stablehlo.divide %1335, %1339 : tensor<768xf32>
    %1341 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1342 = stablehlo.multiply %1340, %1341 : tensor<768xf32>
    %1343 = stablehlo.subtract %arg63, %1342 : tensor<768xf32>
    %1344 = stablehlo.subtract %arg138, %arg212 : tensor<768xf32>
    %cst_447 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1345 = stablehlo.multiply %1344, %cst_447 : tensor<768xf32>
    %1346 = stablehlo.add %arg212, %1345 : tensor<768xf32>
    %1347 = stablehlo.multiply %arg138, %arg138 : tensor<768xf32>
    %1348 = stablehlo.subtract %1347, %arg286 : tensor<768xf32>
    %cst_448 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1349 = stablehlo.multiply %1348, %cst_448 : tensor<768xf32>
    %1350 = stablehlo.add %arg286, %1349 : tensor<768xf32>
    %cst_449 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1351 = stablehlo.power %cst_449, %arg298 : tensor<f32>
    %cst_450 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1352 = stablehlo.subtract %cst_450, %1351 : tensor<f32>
    %cst_451 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1353 = stablehlo.power %cst_451, %arg298 : tensor<f32>
    %cst_452 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1354 = stablehlo.subtract %cst_452, %1353 : tensor<f32>
    %1355 = stablehlo.broadcast_in_dim %1352, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1356 = stablehlo.divide %1346, %1355 : tensor<768xf32>
    %1357 = stablehlo.broadcast_in_dim %1354, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1358 = stablehlo.divide %1350, %1357 : tensor<768xf32>
    %1359 = stablehlo.sqrt %1358 : tensor<768xf32>
    %cst_453 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1360 = stablehlo.add %1359, %cst_453 : tensor<768xf32>
    %1361 = stablehlo.divide %1356, %1360 : tensor<768xf32>
    %1362 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1363 = stablehlo.multiply %1361, %1362 : tensor<768xf32>
    %1364 = stablehlo.subtract %arg64, %1363 : tensor<768xf32>
    %1365 = stablehlo.subtract %arg139, %arg213 : tensor<768xf32>
    %cst_454 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1366 = stablehlo.multiply %1365, %cst_454 : tensor<768xf32>
    %1367 = stablehlo.add %arg213, %1366 : tensor<768xf32>
    %1368 = stablehlo.multiply %arg139, %arg139 : tensor<768xf32>
    %1369 = stablehlo.subtract %1368, %arg287 : tensor<768xf32>
    %cst_455 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1370 = stablehlo.multiply %1369, %cst_455 : tensor<768xf32>
    %1371 = stablehlo.add %arg287, %1370 : tensor<768xf32>
    %cst_456 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1372 = stablehlo.power %cst_456, %arg298 : tensor<f32>
    %cst_457 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1373 = stablehlo.subtract %cst_457, %1372 : tensor<f32>
    %cst_458 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1374 = stablehlo.power %cst_458, %arg298 : tensor<f32>
    %cst_459 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1375 = stablehlo.subtract %cst_459, %1374 : tensor<f32>
    %1376 = stablehlo.broadcast_in_dim %1373, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1377 = stablehlo.divide %1367, %1376 : tensor<768xf32>
    %1378 = stablehlo.broadcast_in_dim %1375, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1379 = stablehlo.divide %1371, %1378 : tensor<768xf32>
    %1380 = stablehlo.sqrt %1379 : tensor<768xf32>
    %cst_460 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1381 = stablehlo.add %1380, %cst_460 : tensor<768xf32>
    %1382 = stablehlo.divide %1377, %1381 : tensor<768xf32>
    %1383 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1384 = stablehlo.multiply %1382, %1383 : tensor<768xf32>
    %1385 = stablehlo.subtract %arg65, %1384 : tensor<768xf32>
    %1386 = stablehlo.subtract %arg140, %arg214 : tensor<768xf32>
    %cst_461 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1387 = stablehlo.multiply %1386, %cst_461 : tensor<768xf32>
    %1388 = stablehlo.add %arg214, %1387 : tensor<768xf32>
    %1389 = stablehlo.multiply %arg140, %arg140 : tensor<768xf32>
    %1390 = stablehlo.subtract %1389, %arg288 : tensor<768xf32>
    %cst_462 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1391 = stablehlo.multiply %1390, %cst_462 : tensor<768xf32>
    %1392 = stablehlo.add %arg288, %1391 : tensor<768xf32>
    %cst_463 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1393 = stablehlo.power %cst_463, %arg298 : tensor<f32>
    %cst_464 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1394 = stablehlo.subtract %cst_464, %1393 : tensor<f32>
    %cst_465 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1395 = stablehlo.power %cst_465, %arg298 : tensor<f32>
    %cst_466 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1396 = stablehlo.subtract %cst_466, %1395 : tensor<f32>
    %1397 = stablehlo.broadcast_in_dim %1394, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1398 = stablehlo.divide %1388, %1397 : tensor<768xf32>
    %1399 = stablehlo.broadcast_in_dim %1396, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1400 = stablehlo.divide %1392, %1399 : tensor<768xf32>
    %1401 = stablehlo.sqrt %1400 : tensor<768xf32>
    %cst_467 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1402 = stablehlo.add %1401, %cst_467 : tensor<768xf32>
    %1403 = stablehlo.divide %1398, %1402 : tensor<768xf32>
    %1404 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1405 = stablehlo.multiply %1403, %1404 : tensor<768xf32>
    %1406 = stablehlo.subtract %arg66, %1405 : tensor<768xf32>
    %1407 = stablehlo.subtract %arg141, %arg215 : tensor<768xf32>
    %cst_468 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1408 = stablehlo.multiply %1407, %cst_468 : tensor<768xf32>
    %1409 = stablehlo.add %arg215, %1408 : tensor<768xf32>
    %1410 = stablehlo.multiply %arg141, %arg141 : tensor<768xf32>
    %1411 = stablehlo.subtract %1410, %arg289 : tensor<768xf32>
    %cst_469 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1412 = stablehlo.multiply %1411, %cst_469 : tensor<768xf32>
    %1413 = stablehlo.add %arg289, %1412 : tensor<768xf32>
    %cst_470 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1414 = stablehlo.power %cst_470, %arg298 : tensor<f32>
    %cst_471 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1415 = stablehlo.subtract %cst_471, %1414 : tensor<f32>
    %cst_472 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1416 = stablehlo.power %cst_472, %arg298 : tensor<f32>
    %cst_473 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1417 = stablehlo.subtract %cst_473, %1416 : tensor<f32>
    %1418 = stablehlo.broadcast_in_dim %1415, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1419 = stablehlo.divide %1409, %1418 : tensor<768xf32>
    %1420 = stablehlo.broadcast_in_dim %1417, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1421 = stablehlo.divide %1413, %1420 : tensor<768xf32>
    %1422 = stablehlo.sqrt %1421 : tensor<768xf32>
    %cst_474 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1423 = stablehlo.add %1422, %cst_474 : tensor<768xf32>
    %1424 = stablehlo.divide %1419, %1423 : tensor<768xf32>
    %1425 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1426 = stablehlo.multiply %1424, %1425 : tensor<768xf32>
    %1427 = stablehlo.subtract %arg67, %1426 : tensor<768xf32>
    %1428 = stablehlo.subtract %arg142, %arg216 : tensor<768xf32>
    %cst_475 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1429 = stablehlo.multiply %1428, %cst_475 : tensor<768xf32>
    %1430 = stablehlo.add %arg216, %1429 : tensor<768xf32>
    %1431 = stablehlo.multiply %arg142, %arg142 : tensor<768xf32>
    %1432 = stablehlo.subtract %1431, %arg290 : tensor<768xf32>
    %cst_476 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1433 = stablehlo.multiply %1432, %cst_476 : tensor<768xf32>
    %1434 = stablehlo.add %arg290, %1433 : tensor<768xf32>
    %cst_477 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1435 = stablehlo.power %cst_477, %arg298 : tensor<f32>
    %cst_478 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1436 = stablehlo.subtract %cst_478, %1435 : tensor<f32>
    %cst_479 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1437 = stablehlo.power %cst_479, %arg298 : tensor<f32>
    %cst_480 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1438 = stablehlo.subtract %cst_480, %1437 : tensor<f32>
    %1439 = stablehlo.broadcast_in_dim %1436, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1440 = stablehlo.divide %1430, %1439 : tensor<768xf32>
    %1441 = stablehlo.broadcast_in_dim %1438, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1442 = stablehlo.divide %1434, %1441 : tensor<768xf32>
    %1443 = stablehlo.sqrt %1442 : tensor<768xf32>
    %cst_481 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1444 = stablehlo.add %1443, %cst_481 : tensor<768xf32>
    %1445 = stablehlo.divide %1440, %1444 : tensor<768xf32>
    %1446 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1447 = stablehlo.multiply %1445, %1446 : tensor<768xf32>
    %1448 = stablehlo.subtract %arg68, %1447 : tensor<768xf32>
    %1449 = stablehlo.subtract %arg143, %arg217 : tensor<768xf32>
    %cst_482 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1450 = stablehlo.multiply %1449, %cst_482 : tensor<768xf32>
    %1451 = stablehlo.add %arg217, %1450 : tensor<768xf32>
    %1452 = stablehlo.multiply %arg143, %arg143 : tensor<768xf32>
    %1453 = stablehlo.subtract %1452, %arg291 : tensor<768xf32>
    %cst_483 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1454 = stablehlo.multiply %1453, %cst_483 : tensor<768xf32>
    %1455 = stablehlo.add %arg291, %1454 : tensor<768xf32>
    %cst_484 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1456 = stablehlo.power %cst_484, %arg298 : tensor<f32>
    %cst_485 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1457 = stablehlo.subtract %cst_485, %1456 : tensor<f32>
    %cst_486 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1458 = stablehlo.power %cst_486, %arg298 : tensor<f32>
    %cst_487 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1459 = stablehlo.subtract %cst_487, %1458 : tensor<f32>
    %1460 = stablehlo.broadcast_in_dim %1457, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1461 = stablehlo.divide %1451, %1460 : tensor<768xf32>
    %1462 = stablehlo.broadcast_in_dim %1459, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1463 = stablehlo.divide %1455, %1462 : tensor<768xf32>
    %1464 = stablehlo.sqrt %1463 : tensor<768xf32>
    %cst_488 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1465 = stablehlo.add %1464, %cst_488 : tensor<768xf32>
    %1466 = stablehlo.divide %1461, %1465 : tensor<768xf32>
    %1467 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1468 = stablehlo.multiply %1466, %1467 : tensor<768xf32>
    %1469 = stablehlo.subtract %arg69, %1468 : tensor<768xf32>
    %1470 = stablehlo.subtract %arg144, %arg218 : tensor<768xf32>
    %cst_489 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1471 = stablehlo.multiply %1470, %cst_489 : tensor<768xf32>
    %1472 = stablehlo.add %arg218, %1471 : tensor<768xf32>
    %1473 = stablehlo.multiply %arg144, %arg144 : tensor<768xf32>
    %1474 = stablehlo.subtract %1473, %arg292 : tensor<768xf32>
    %cst_490 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1475 = stablehlo.multiply %1474, %cst_490 : tensor<768xf32>
    %1476 = stablehlo.add %arg292, %1475 : tensor<768xf32>
    %cst_491 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1477 = stablehlo.power %cst_491, %arg298 : tensor<f32>
    %cst_492 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1478 = stablehlo.subtract %cst_492, %1477 : tensor<f32>
    %cst_493 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1479 = stablehlo.power %cst_493, %arg298 : tensor<f32>
    %cst_494 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1480 = stablehlo.subtract %cst_494, %1479 : tensor<f32>
    %1481 = stablehlo.broadcast_in_dim %1478, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1482 = stablehlo.divide %1472, %1481 : tensor<768xf32>
    %1483 = stablehlo.broadcast_in_dim %1480, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1484 = stablehlo.divide %1476, %1483 : tensor<768xf32>
    %1485 = stablehlo.sqrt %1484 : tensor<768xf32>
    %cst_495 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1486 = stablehlo.add %1485, %cst_495 : tensor<768xf32>
    %1487 = stablehlo.divide %1482, %1486 : tensor<768xf32>
    %1488 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1489 = stablehlo.multiply %1487, %1488 : tensor<768xf32>
    %1490 = stablehlo.subtract %arg70, %1489 : tensor<768xf32>
    %1491 = stablehlo.subtract %arg145, %arg219 : tensor<768xf32>
    %cst_496 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1492 = stablehlo.multiply %1491, %cst_496 : tensor<768xf32>
    %1493 = stablehlo.add %arg219, %1492 : tensor<768xf32>
    %1494 = stablehlo.multiply %arg145, %arg145 : tensor<768xf32>
    %1495 = stablehlo.subtract %1494, %arg293 : tensor<768xf32>
    %cst_497 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1496 = stablehlo.multiply %1495, %cst_497 : tensor<768xf32>
    %1497 = stablehlo.add %arg293, %1496 : tensor<768xf32>
    %cst_498 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1498 = stablehlo.power %cst_498, %arg298 : tensor<f32>
    %cst_499 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1499 = stablehlo.subtract %cst_499, %1498 : tensor<f32>
    %cst_500 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1500 = stablehlo.power %cst_500, %arg298 : tensor<f32>
    %cst_501 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1501 = stablehlo.subtract %cst_501, %1500 : tensor<f32>
    %1502 = stablehlo.broadcast_in_dim %1499, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1503 = stablehlo.divide %1493, %1502 : tensor<768xf32>
    %1504 = stablehlo.broadcast_in_dim %1501, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1505 = stablehlo.divide %1497, %1504 : tensor<768xf32>
    %1506 = stablehlo.sqrt %1505 : tensor<768xf32>
    %cst_502 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1507 = stablehlo.add %1506, %cst_502 : tensor<768xf32>
    %1508 = stablehlo.divide %1503, %1507 : tensor<768xf32>
    %1509 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1510 = stablehlo.multiply %1508, %1509 : tensor<768xf32>
    %1511 = stablehlo.subtract %arg71, %1510 : tensor<768xf32>
    %1512 = stablehlo.subtract %arg146, %arg220 : tensor<768xf32>
    %cst_503 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1513 = stablehlo.multiply %1512, %cst_503 : tensor<768xf32>
    %1514 = stablehlo.add %arg220, %1513 : tensor<768xf32>
    %1515 = stablehlo.multiply %arg146, %arg146 : tensor<768xf32>
    %1516 = stablehlo.subtract %1515, %arg294 : tensor<768xf32>
    %cst_504 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1517 = stablehlo.multiply %1516, %cst_504 : tensor<768xf32>
    %1518 = stablehlo.add %arg294, %1517 : tensor<768xf32>
    %cst_505 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1519 = stablehlo.power %cst_505, %arg298 : tensor<f32>
    %cst_506 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1520 = stablehlo.subtract %cst_506, %1519 : tensor<f32>
    %cst_507 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1521 = stablehlo.power %cst_507, %arg298 : tensor<f32>
    %cst_508 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1522 = stablehlo.subtract %cst_508, %1521 : tensor<f32>
    %1523 = stablehlo.broadcast_in_dim %1520, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1524 = stablehlo.divide %1514, %1523 : tensor<768xf32>
    %1525 = stablehlo.broadcast_in_dim %1522, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1526 = stablehlo.divide %1518, %1525 : tensor<768xf32>
    %1527 = stablehlo.sqrt %1526 : tensor<768xf32>
    %cst_509 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1528 = stablehlo.add %1527, %cst_509 : tensor<768xf32>
    %1529 = stablehlo.divide %1524, %1528 : tensor<768xf32>
    %1530 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1531 = stablehlo.multiply %1529, %1530 : tensor<768xf32>
    %1532 = stablehlo.subtract %arg72, %1531 : tensor<768xf32>
    %1533 = stablehlo.subtract %arg147, %arg221 : tensor<768xf32>
    %cst_510 = stablehlo.constant dense<1.000000e-01> : tensor<768xf32>
    %1534 = stablehlo.multiply %1533, %cst_510 : tensor<768xf32>
    %1535 = stablehlo.add %arg221, %1534 : tensor<768xf32>
    %1536 = stablehlo.multiply %arg147, %arg147 : tensor<768xf32>
    %1537 = stablehlo.subtract %1536, %arg295 : tensor<768xf32>
    %cst_511 = stablehlo.constant dense<5.000000e-02> : tensor<768xf32>
    %1538 = stablehlo.multiply %1537, %cst_511 : tensor<768xf32>
    %1539 = stablehlo.add %arg295, %1538 : tensor<768xf32>
    %cst_512 = stablehlo.constant dense<9.000000e-01> : tensor<f32>
    %1540 = stablehlo.power %cst_512, %arg298 : tensor<f32>
    %cst_513 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1541 = stablehlo.subtract %cst_513, %1540 : tensor<f32>
    %cst_514 = stablehlo.constant dense<9.500000e-01> : tensor<f32>
    %1542 = stablehlo.power %cst_514, %arg298 : tensor<f32>
    %cst_515 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1543 = stablehlo.subtract %cst_515, %1542 : tensor<f32>
    %1544 = stablehlo.broadcast_in_dim %1541, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1545 = stablehlo.divide %1535, %1544 : tensor<768xf32>
    %1546 = stablehlo.broadcast_in_dim %1543, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1547 = stablehlo.divide %1539, %1546 : tensor<768xf32>
    %1548 = stablehlo.sqrt %1547 : tensor<768xf32>
    %cst_516 = stablehlo.constant dense<1.000000e-10> : tensor<768xf32>
    %1549 = stablehlo.add %1548, %cst_516 : tensor<768xf32>
    %1550 = stablehlo.divide %1545, %1549 : tensor<768xf32>
    %1551 = stablehlo.broadcast_in_dim %arg296, dims = [] : (tensor<f32>) -> tensor<768xf32>
    %1552 = stablehlo.multiply %1550, %1551 : tensor<768xf32>
    %1553 = stablehlo.subtract %arg73, %1552 : tensor<768xf32>
    return %20, %41, %62, %83, %104, %125, %146, %167, %188, %209, %230, %251, %272, %293, %314, %335, %356, %377, %398, %419, %440, %461, %482, %503, %524, %545, %566, %587, %608, %629, %650, %671, %692, %713, %734, %755, %776, %797, %818, %839, %860, %881, %902, %923, %944, %965, %986, %1007, %1028, %1049, %1070, %1091, %1112, %1133, %1154, %1175, %1196, %1217, %1238, %1259, %1280, %1301, %1322, %1343, %1364, %1385, %1406, %1427, %1448, %1469, %1490, %1511, %1532, %1553, %2, %23, %44, %65, %86, %107, %128, %149, %170, %191, %212, %233, %254, %275, %296, %317, %338, %359, %380, %401, %422, %443, %464, %485, %506, %527, %548, %569, %590, %611, %632, %653, %674, %695, %716, %737, %758, %779, %800, %821, %842, %863, %884, %905, %926, %947, %968, %989, %1010, %1031, %1052, %1073, %1094, %1115, %1136, %1157, %1178, %1199, %1220, %1241, %1262, %1283, %1304, %1325, %1346, %1367, %1388, %1409, %1430, %1451, %1472, %1493, %1514, %1535, %6, %27, %48, %69, %90, %111, %132, %153, %174, %195, %216, %237, %258, %279, %300, %321, %342, %363, %384, %405, %426, %447, %468, %489, %510, %531, %552, %573, %594, %615, %636, %657, %678, %699, %720, %741, %762, %783, %804, %825, %846, %867, %888, %909, %930, %951, %972, %993, %1014, %1035, %1056, %1077, %1098, %1119, %1140, %1161, %1182, %1203, %1224, %1245, %1266, %1287, %1308, %1329, %1350, %1371, %1392, %1413, %1434, %1455, %1476, %1497, %1518, %1539 : tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>
  }
}
