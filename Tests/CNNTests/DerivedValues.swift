// Numbers derived independently of the program: python3 with numpy, the formulas written out by hand in
// /work/scratch/ch6/derive.py and derive2.py (cross-correlation as explicit window sums, pooling windows by
// slicing, batch norm from its definition, parameter counts as (k^d·C + 1)·K sums, and the CNN gradients by
// central differences of the hand-written forward pass with h = 1e−6), never copied from the program's output.

enum Derived {
    /// --example sizes (integers by hand: 8 − 3 + 1, ⌊(32 − 2)/2⌋ + 1, 2⁸, …).
    static let sizes: [(id: String, value: [Double])] = [
        ("valid_out", [6]), ("padded_in", [10]), ("padded_out", [8]), ("strided_out", [8]), ("same_p", [1]),
        ("tf_same_out", [8]), ("tf_same_total", [2]), ("tf_same_top", [1]), ("tf_same_bottom", [1]),
        ("pool_out", [4]), ("pool_notes", [3.5]), ("pool_notes_ceil", [4]),
        ("img34_f3", [32]), ("img34_f5", [30]), ("img34_f7", [28]), ("cifar_same_out", [32]),
        ("walk_conv", [32]), ("walk_conv_valid", [30]), ("walk_relu", [32]), ("walk_pool", [16]), ("halve_odd", [3]),
        ("notes_pool_4", [1.5]), ("right_pool_4", [2]), ("notes_pool_32", [15.5]), ("right_pool_32", [16]),
        ("tf_conv_300", [300]), ("tf_pool_300", [150]),
        ("rf_3x3_1", [3]), ("rf_3x3_2", [5]), ("rf_3x3_3", [7]),
        ("patchgan_c64", [128]), ("patchgan_c128", [64]), ("patchgan_c256", [32]), ("patchgan_c512", [31]),
        ("patchgan_grid", [30]), ("patchgan_field", [70]),
        ("gray_levels", [256]), ("gray_mid", [127.5]), ("color16_levels", [65_536]),
    ]

    /// --example convolution: the notes' map and edge kernel, TensorFlow "same" padding, stride 1.
    static let convolution: [(id: String, value: [Double])] = [
        ("K_sum", [0]),
        ("Y_0_0", [-6]),
        ("Y", [-6, 9, -10, 62, 24, 22, -35, 30, 11, -23, 28, 23, 13, 16, 33, -5]),
        ("conv_vs_corr", [0]),
        ("A_0_0", [0]),
        ("A", [0, 9, 0, 62, 24, 22, 0, 30, 11, 0, 28, 23, 13, 16, 33, 0]),
        ("P_0_0", [24]),
        ("P", [24, 62, 16, 33]),
        ("eq_f_I", [22, -35, -23, 28]),
        ("eq_gap", [0]),
        ("touch_valid", [1, 2, 3, 3, 2, 1, 2, 4, 6, 6, 4, 2, 3, 6, 9, 9, 6, 3, 3, 6, 9, 9, 6, 3, 2, 4, 6, 6, 4, 2, 1, 2, 3, 3, 2, 1]),
        ("touch_corner", [1]), ("touch_edge", [3]), ("touch_centre", [9]),
        ("touch_p1", [4, 6, 6, 6, 6, 4] + [6, 9, 9, 9, 9, 6] + [6, 9, 9, 9, 9, 6] + [6, 9, 9, 9, 9, 6] + [6, 9, 9, 9, 9, 6] + [4, 6, 6, 6, 6, 4]),
        ("touch_p1_corner", [4]), ("touch_p1_edge", [6]),
    ]

    /// --example pooling: window sums 15, 19, 14, 23; Σ = 71.
    static let pooling: [(id: String, value: [Double])] = [
        ("out_rows", [2]), ("out_columns", [2]), ("out_rows_notes", [1.5]),
        ("max_0_0", [6]), ("max_0_1", [9]), ("max_1_0", [5]), ("max_1_1", [8]), ("P_max", [6, 9, 5, 8]),
        ("avg_0_0", [3.75]), ("avg_0_1", [4.75]), ("avg_1_0", [3.5]), ("avg_1_1", [5.75]), ("P_avg", [3.75, 4.75, 3.5, 5.75]),
        ("global_max", [9]), ("global_sum", [71]), ("global_avg", [4.4375]),
    ]

    /// --example batchnorm: x = [6, 9, 5, 8], γ = 2, β = 0.5, ε = 0.001, momentum 0.99 (PyTorch's 0.01; the
    /// running variance 0.99·1 + 0.01·2.5·4/3 uses the unbiased batch variance).
    static let batchnorm: [(id: String, value: [Double])] = [
        ("mu", [7]), ("var", [2.5]), ("sd", [1.5814550262337528]),
        ("xhat_1", [-0.6323290788619564]), ("xhat_2", [1.2646581577239129]), ("xhat_3", [-1.2646581577239129]), ("xhat_4", [0.6323290788619564]),
        ("y", [-0.7646581577239129, 3.0293163154478258, -2.0293163154478258, 1.7646581577239129]),
        ("z_notes", [-0.26491106406735176, 3.5298221281347035, -1.5298221281347035, 2.264911064067352]),
        ("moving_mean", [0.07]), ("moving_var", [1.015]), ("running_mean", [0.07]), ("running_var", [1.0233333333333334]),
        ("y_1_inference", [12.266243588714982]),
        ("keras_total", [167_946]), ("keras_non_trainable", [192]), ("keras_trainable", [167_754]),
        ("torch1d_total", [10_794]), ("torch2d_total", [256_074]),
    ]

    /// --example counts.
    static let counts: [(id: String, value: [Double])] = [
        ("dense_weights", [12]), ("dense_biases", [3]), ("dense_total", [15]), ("conv_params", [760]),
        ("dense_equivalent", [31_457_280]), ("cifar_total", [586_250]), ("train_batches", [391]), ("test_batches", [79]),
    ]

    /// --example backprop (F = [[0, 1, 0], [1, −1, 0], [0, 0, 1]], b = 0.5, p = 1, max pooling, γ = 2, β = 0.5,
    /// ε = 0.001, G = [[1, −2], [0.5, 3]]): the forward pass by hand, the gradients by hand formulas, both
    /// confirmed by numpy central differences (agreeing to 1e−9).
    static let backprop: [(id: String, value: [Double])] = [
        ("Z_0_0", [5.5]),
        ("Z", [5.5, -0.5, 8.5, -6.5, -1.5, 10.5, 13.5, 3.5, 6.5, 15.5, -2.5, 9.5, 1.5, 0.5, 6.5, 11.5]),
        ("P", [10.5, 13.5, 15.5, 11.5]), ("mu", [12.75]), ("var", [3.6875]),
        ("L", [-5.128391829998637]),
        ("dL_dgamma", [-3.1891959149993188]), ("dL_dbeta", [2.5]),
        ("dL_dP", [-0.5821974533062637, -2.4093594189653826, 1.058698030049985, 1.9328588422216615]),
        ("dL_dF", [12.946085177820805, 11.384030035780322, -21.789931647250988, 0.39766023542795725, 0.08056960574032823,
                   -8.978129145664061, -3.971414561005865, -15.145780108085663, -11.70284992989251]),
        ("dL_db", [0]),
        ("dL_dI", [0, -0.5821974533062637, -2.4093594189653826, 0, -0.5821974533062637, -0.7684639356091338, 2.4093594189653826, 0,
                   1.058698030049985, -1.058698030049985, -0.5821974533062637, -0.47650057674372115, 0, 0, 2.9915568722716466, -1.9328588422216615]),
        ("notes_dF", [-0.08056960574032601, 2.011699183537428, -8.021669463327495, -9.558597334545764, -6.484741592109228,
                      -4.4496444021741475, 3.043540678340637, -12.92095790699859, -12.36388772451454]),
        ("notes_dF_error", [13.768262183923493]),
        ("F_new", [-1.2946085177820805, -0.13840300357803215, 2.178993164725099, 0.9602339764572043, -1.0080569605740328,
                   0.8978129145664062, 0.39714145610058654, 1.5145780108085665, 2.1702849929892514]),
    ]

    /// --example backprop --pool average: central differences of the numpy forward pass (h = 1e−6, to about 1e−8).
    static let backpropAverage: [(id: String, value: [Double])] = [
        ("P", [4, 6.375, 6, 6.875]), ("L", [1.8795940001097415]),
        ("dL_dgamma", [0.31479699957870366]), ("dL_db", [-0.2949436392896132]),
        ("dL_dF", [5.134732544043175, 8.29147608927272, -5.285282382416767, 9.556847130554047, 4.313834980340658,
                   -17.892633469962504, -11.425500518136289, -15.089630884812522, -13.38648842041934]),
        ("dL_dI", [-0.23152028871820107, -0.9889944965202346, 0, -1.220514781685722, 0.1680969368145213, -1.2839381366980263, 0,
                   1.052417851976628, -0.06342335190367976, 0, 2.336355990006922, -1.2205147843502573, 0, 1.052417851976628,
                   -0.06342335190367976, -1.0524178502002712]),
    ]
}
