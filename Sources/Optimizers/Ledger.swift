import TraceEngine

/// Everything the notes say in this chapter's line ranges that a reader could check (DESIGN.md §4a),
/// in line order. `ChapterConformance.ledgerProblems` resolves every entry against the default traces;
/// `swift run Errata` prints them.
let ledger: [LedgerEntry] = learningRate + gradientDescent + newton + regression + sgd + miniBatch + adaptive

private let torchData = "computed from PyTorch's generator (torch.manual_seed(42)), which this chapter does not port: the broadcasting example uses its own seeded x"
private let mnist = "needs the MNIST data set, which the notes do not ship"
private let flattened = "the notes' mt − 1, vt − 1, Gt − 1"
private let lostSubscript = "subscript t − 1 flattened into a subtraction"

/// 002 lines 2314–2398: the learning rate, schedules, the list of optimizers.
private let learningRate: [LedgerEntry] = [
    .noted("002", 2320, .formula, "w = w − α·∇L(w)", example: "learning-rate", remark: "w ← w − η·∇L(w) (002 line 2320)"),
    .noted("002", 2333, .prose, "Low Learning Rate: Leads to slow convergence", example: "learning-rate", remark: "(slowly: too small)"),
    .noted("002", 2340, .prose, "High Learning Rate: Risks of overshooting optimal weights; may cause divergence", example: "learning-rate",
           remark: "(too large, overshooting)"),
    .noted("002", 2368, .prose, "Step Decay: reduces the learning rate by a fixed factor at set intervals", example: "learning-rate",
           remark: "step ηₖ = η₀·d^⌊k/s⌋"),
    .noted("002", 2369, .prose, "Exponential Decay", example: "learning-rate", remark: "exponential ηₖ = η₀·e^(−λk)"),
    .noted("002", 2370, .prose, "Polynomial Decay", example: "learning-rate", remark: "polynomial ηₖ = (η₀ − η_end)·(1 − k/K)^p + η_end"),
    .noted("002", 2376, .prose, "AdaGrad … may decay too quickly", example: "adagrad", remark: "Gₜ only grows, so lrₜ only shrinks"),
    .noted("002", 2377, .prose, "RMSprop … a moving average of squared gradients", example: "rmsprop", remark: "E[g²]ₜ = γ·E[g²]ₜ₋₁ + (1 − γ)·gₜ² (002 line 4743)"),
    .outOfScope("002", 2398, .prose, "Batch Normalization (listed among the optimization algorithms)",
                "batch normalization is a layer, not an optimizer: it belongs to Chapter6-CNN"),
]

/// 002 lines 2415–2470: gradient descent on x².
private let gradientDescent: [LedgerEntry] = [
    .noted("002", 2427, .prose, "until the maximum number of iterations is reached or the update magnitude falls below the tolerance", example: "gd",
           remark: "the loop stops when |diff| ≤ tolerance, before that update (002 line 2436)"),
    .noted("002", 2429, .code, "def gradient(x): return 2 * x", example: "gd", remark: "f(x) = x², f′(x) = 2x (002 line 2429)"),
    .noted("002", 2435, .code, "diff = -learn_rate * gradient(vector); … vector += diff", example: "gd", remark: "diff = −η·(2x), then x ← x + diff"),
    .number("002", 2461, "7.136238463529802e-05", example: "gd", step: "x_final"),
    .error("002", 2470, .prose, "by adding a portion of the current update vector to the previous update", example: "momentum",
           remark: "it is the other way round", correct: "a portion β of the previous update is added to the current gradient step",
           cause: "the two updates swapped"),
]

/// 002 lines 2900–2970: Newton's method.
private let newton: [LedgerEntry] = [
    .error("002", 2908, .prose, "based on the idea of iteratively updating an estimate of the function's Hessian matrix", example: "newton",
           remark: "that is the quasi-Newton idea", correct: "Newton's method computes the Hessian (here f″) exactly; quasi-Newton methods estimate it",
           cause: "quasi-Newton's description given to both"),
    .noted("002", 2916, .formula, "f′(x) = 3x² − 4x", example: "newton", remark: "f′(x) = 3x² − 4x"),
    .noted("002", 2917, .formula, "f″(x) = 6x − 4", example: "newton", remark: "f″(x) = 6x − 4"),
    .error("002", 2918, .formula, "x_new = x − f′(x)f″(x)", example: "newton", remark: "the fraction bar of f′(x)/f″(x) was lost",
           correct: "x_new = x − f′(x)/f″(x)", cause: "the fraction bar lost in conversion"),
    .noted("002", 2919, .prose, "Iteration stops when the step size is below a small threshold", example: "newton",
           remark: "stop when |step| < tol, before the update"),
    .noted("002", 2920, .prose, "returns the value of x where a local minimum is achieved", example: "newton", remark: "a local minimum"),
    .number("002", 2960, "1.3333333423743772", example: "newton", step: "x_result"),
]

/// 002 lines 3029–3384: gradient descent for regression, the PyTorch program.
private let regression: [LedgerEntry] = [
    .error("002", 3060, .prose, "Calculating the gradient of the log-loss … maximize the likelihood (under Linear Regression)", example: "broadcasting",
           remark: "put logistic regression's bullets", correct: "for linear regression: the gradient of the MSE", cause: "bullets copied from the logistic-regression paragraph"),
    .noted("002", 3063, .formula, "w = w − α·∂J(w, b)/∂w, b = b − α·∂J(w, b)/∂b", example: "broadcasting", remark: "(002 lines 3063, 3276, 3347–3348)"),
    .error("002", 3074, .formula, "w = w − α·∂J(w)/∂w, w = w − α·∂w∂J(w)", example: "broadcasting", remark: "line 3074's second copy",
           correct: "w = w − α·∂J/∂w, b = b − α·∂J/∂b", cause: "a garbled second copy of the formula"),
    .outOfScope("002", 3106, .code, "x = torch.randn(num_samples, 2)", torchData),
    .outOfScope("002", 3195, .number, "weight -0.3239, 0.5574; bias 0.5710", "drawn by PyTorch's generator; the broadcasting example starts from them (--w0, --b0)"),
    .outOfScope("002", 3210, .number, "y_p[:5] = 0.7760, −0.8944, −0.3369, −0.3095, 1.7338", torchData),
    .noted("002", 3219, .formula, "J = 1/n Σ (actual_i − predicted_i)²", example: "broadcasting", remark: "(1/n)·Σᵢ (yᵢ − pᵢ)²"),
    .error("002", 3226, .code, "error = (actual-prediction)**2", example: "broadcasting", remark: "broadcasts to an n×n matrix",
           correct: "error = (actual − prediction.squeeze(1))**2: both of shape (n,)", cause: "a (n, 1) prediction minus a (n,) target broadcasts"),
    .outOfScope("002", 3239, .number, "tensor(19.9126)", torchData),
    .error("002", 3242, .prose, "the Mean Squared Error is 30559.4473", example: "broadcasting", remark: "it contradicts the 19.9126 printed just above",
           correct: "19.9126, the value printed at line 3239", cause: "a number left over from another run"),
    .error("002", 3246, .formula, "minimize ln Σ (actual − predicted)²", example: "broadcasting", remark: "(\"1n\" became \"ln\")",
           correct: "minimize (1/n)·Σ (actual − predicted)²", cause: "1/n converted to ln"),
    .error("002", 3254, .formula, "J(w,b) = ln(yp−y)²", example: "broadcasting", remark: "lost its 1/n and its Σ",
           correct: "J(w, b) = (1/n)·Σ(yp − y)²", cause: "1/n converted to ln, the sum dropped"),
    .error("002", 3264, .formula, "J′_w = ∂J(w,b)/∂w = J(w,b)[2x]", example: "broadcasting", remark: "J′_w = J(w, b)·[2x] (3264)",
           correct: "∂J/∂w = (2/n)·Σ(yp − y)·x", cause: "the factor (1/n)(yp − y) taken for J itself"),
    .error("002", 3272, .formula, "J′_b = ∂J(w,b)/∂b = J(w,b)[2]", example: "broadcasting", remark: "J′_b = J(w, b)·[2] (3272)",
           correct: "∂J/∂b = (2/n)·Σ(yp − y)", cause: "the factor (1/n)(yp − y) taken for J itself"),
    .noted("002", 3276, .formula, "Param = Param − γ∇J", example: "broadcasting", remark: "(002 lines 3063, 3276, 3347–3348)"),
    .error("002", 3304, .code, "learning_rate = ; w = model.linear.bias; b =", example: "broadcasting", remark: "lost their right-hand sides",
           correct: "learning_rate = 0.001; w = model.linear.weight; b = model.linear.bias", cause: "the right-hand sides shifted up a line in conversion"),
    .noted("002", 3340, .code, "learning_rate = 0.001 (inside the loop, after 0.01 at 3325)", example: "broadcasting", remark: "the 0.01 set before the loop (3325) is overwritten"),
    .outOfScope("002", 3374, .number, "Epoch [100/1000] … Loss: 14.1803", torchData),
    .outOfScope("002", 3375, .number, "Epoch [200/1000] … Loss: 10.3030", torchData),
    .outOfScope("002", 3376, .number, "Epoch [300/1000] … Loss: 7.7120", torchData),
    .outOfScope("002", 3377, .number, "Epoch [400/1000] … Loss: 5.9806", torchData),
    .outOfScope("002", 3378, .number, "Epoch [500/1000] … Loss: 4.8235", torchData),
    .outOfScope("002", 3379, .number, "Epoch [600/1000] … Loss: 4.0502", torchData),
    .outOfScope("002", 3380, .number, "Epoch [700/1000] … Loss: 3.5333", torchData),
    .outOfScope("002", 3381, .number, "Epoch [800/1000] … Loss: 3.1878", torchData),
    .outOfScope("002", 3382, .number, "Epoch [900/1000] … Loss: 2.9569", torchData),
    .outOfScope("002", 3383, .number, "Epoch [1000/1000], weight:[[-0.0371125 0.05568104]], bias:[-2.9878428] Loss: 2.8026", torchData),
    .noted("002", 3383, .prose, "the log: weights shrinking, bias toward −3", example: "broadcasting", remark: "the notes' log (3374–3383) moves the same way"),
]

/// 002 lines 3398–3700: stochastic gradient descent, the seeded program.
private let sgd: [LedgerEntry] = {
    var entries: [LedgerEntry] = [
        .noted("002", 3398, .formula, "θ = θ − η∇θJ(θ)", example: "sgd", remark: "θ ← θ − η·g"),
        .noted("002", 3431, .prose, "X is a random array of 100 samples between 0 and 2", example: "sgd", remark: "X = 2·rand(100, 1)"),
        .noted("002", 3441, .code, "y = 4 + 3 * X + np.random.randn(100, 1)", example: "sgd", remark: "y = 4 + 3X + randn(100, 1) (002 lines 3439–3441)"),
        .noted("002", 3446, .formula, "y = θ₀ + θ₁·X", example: "sgd", remark: "X_b has rows (1, x)"),
        .noted("002", 3471, .code, "theta = np.random.randn(2, 1)", example: "sgd", remark: "θ = randn(2, 1) (002 line 3471)"),
        .noted("002", 3498, .code, "gradients = 2 / batch_size * X_batch.T.dot(X_batch.dot(theta) - y_batch)", example: "sgd",
               remark: "g = (2/batch_size)·X_bᵀ(X_b·θ − y_b)"),
    ]
    for (k, (line, text)) in zip(SGDExample.costLines, SGDExample.costTexts).enumerated() {
        entries.append(.number("002", line, text, example: "sgd", step: "cost_epoch\(k * 100)"))
    }
    entries += [
        .number("002", 3592, "4.35097872", example: "sgd", step: "theta0_listed"),
        .number("002", 3592, "3.45754277", example: "sgd", step: "theta1_listed"),
        .number("002", 3592, "4.35097872", example: "sgd", step: "theta0_second"),
        .number("002", 3592, "3.45754277", example: "sgd", step: "theta1_second"),
        .number("002", 3596, "4.35", example: "sgd", step: "theta0_3596"),
        .number("002", 3596, "3.45", example: "sgd", step: "theta1_3596"),
        .number("002", 3600, "4.35", example: "sgd", step: "theta0_3600"),
        .number("002", 3600, "3.45", example: "sgd", step: "theta1_3600"),
        .number("002", 3604, "4.3", example: "sgd", step: "intercept_3604"),
        .number("002", 3605, "3.4", example: "sgd", step: "slope_3605"),
        .error("002", 3643, .prose, "Now we have found the optimal weight and bias values", example: "broadcasting", remark: "the weights are not optimal",
               correct: "w → 0 and b → mean(y) minimize the broadcast loss; the true w = (1.3, −1), b = −3.5", cause: "the broadcasting loss of 3226"),
        .outOfScope("002", 3662, .number, "weight(w) = tensor([[0.0371, 0.0557]]); bias(b) = tensor([2.9878])", torchData),
        .outOfScope("002", 3676, .number, "pred[:5] = −2.9765, −3.1385, −3.0818, −3.0756, −2.8681", torchData),
        .noted("002", 3687, .prose, "too small … progresses very slowly", example: "learning-rate", remark: "are right that too small is slow"),
        .noted("002", 3689, .prose, "an excessively large learning rate can … overshoot", example: "learning-rate", remark: "too large overshoots"),
        .error("002", 3691, .prose, "A small learning rate might result in vanishing gradients", example: "learning-rate",
               remark: "a small learning rate does not cause vanishing gradients", correct: "a small learning rate gives small steps; the gradient itself does not depend on it",
               cause: "two different problems mixed"),
    ]
    return entries
}()

/// 002 lines 4006–4306: mini-batch gradient descent.
private let miniBatch: [LedgerEntry] = [
    .error("002", 4033, .formula, "∇θJ(θ) = ∂J(θ)/∂θ, ∇θJ(θ) = ∂θ/∂J(θ)", example: "minibatch", remark: "the second copy, ∂θ/∂J(θ), has the fraction upside down",
           correct: "∂J(θ)/∂θ", cause: "a garbled second copy"),
    .noted("002", 4039, .formula, "θ = θ − η∇θJ(θ)", example: "minibatch", remark: "θ ← θ − η·gradient per batch"),
    .noted("002", 4059, .prose, "8000 two-dimensional data points from a multivariate normal", example: "minibatch", remark: "from N((5, 6), [[1, 0.95], [0.95, 1.2]])"),
    .number("002", 4063, "0.95", example: "minibatch", step: "correlation"),
    .noted("002", 4091, .prose, "New shape after adding bias: (8000, 3)", example: "minibatch", remark: "rows (1, x₁, x₂)"),
    .noted("002", 4092, .prose, "90% of the data is used for training and 10% for testing", example: "minibatch", remark: "int(split_factor·N)"),
    .number("002", 4123, "7200", example: "minibatch", step: "n_train"),
    .number("002", 4124, "800", example: "minibatch", step: "n_test"),
    .noted("002", 4151, .code, "grad = np.dot(X.T, (h - y))", example: "minibatch", remark: "gradient = Xᵀ(h − y), a sum over the batch"),
    .noted("002", 4162, .code, "J = np.dot((h - y).T, (h - y)) / 2", example: "minibatch", remark: "cost J = ½(h − y)ᵀ(h − y)"),
    .error("002", 4173, .prose, "including the leftover samples in an extra batch", example: "minibatch", remark: "the leftover batch is appended twice",
           correct: "the leftover samples are the loop's last batch already; the extra batch repeats them", cause: "the code of 4194–4199"),
    .error("002", 4185, .code, "for i in range(n_minibatches + 1)", example: "minibatch", remark: "range(n_minibatches + 1) makes one batch too many",
           correct: "range(n_minibatches), then the leftover batch once if N % b ≠ 0", cause: "the leftover handled twice, by the + 1 and by the if"),
    .error("002", 4194, .code, "if data.shape[0] % batch_size != 0: mini_batch = data[i * batch_size:]", example: "minibatch",
           remark: "the leftover batch is appended twice", correct: "only one of range(n_minibatches + 1) and this block", cause: "the leftover handled twice"),
    .noted("002", 4215, .code, "theta = np.zeros((X.shape[1], 1))", example: "minibatch", remark: "θ starts at 0"),
    .error("002", 4223, .code, "error_list.append(cost(X_mini, y_mini, theta))", example: "minibatch", remark: "records the cost of the LAST batch",
           correct: "the cost on the whole training set (or the mean over the epoch's batches)", cause: "the last batch, which is empty here"),
    .error("002", 4235, .prose, "The plot shows how the cost decreases as the model learns", example: "minibatch", remark: "the plot of 002 line 4247 is flat at 0",
           correct: "the recorded costs are 0, 0, 0: the empty batch's", cause: "the bugs of 4185 and 4223"),
    .error("002", 4300, .formula, "θ[0] + θ[1]·X_test[:, 1] + θ[2]·X_test[:, 2] = 0", example: "minibatch", remark: "002 line 4300's θ[2] does not exist",
           correct: "y = θ[0] + θ[1]·x₁", cause: "the target x₂ taken for a feature"),
    .error("002", 4306, .prose, "θ[2] is the weight for the second feature", example: "minibatch", remark: "call θ[2] the weight of a second feature",
           correct: "θ has θ[0] (bias) and θ[1] (the weight of x₁)", cause: "the target x₂ taken for a feature"),
    .noted("002", 4312, .prose, "Batch / SGD / Mini-batch: update strategy", example: "minibatch", remark: "batch: one update of all N samples per epoch"),
]

/// 002 lines 4325–4920: Adam, momentum, Nesterov, Adagrad, RMSprop.
private let adaptive: [LedgerEntry] = [
    .noted("002", 4331, .formula, "wt+1 = wt − α mt", example: "momentum", remark: "vₜ = β·vₜ₋₁ + (1 − β)·gₜ, wₜ = wₜ₋₁ − η·vₜ"),
    .error("002", 4341, .notation, "mt = β1 mt − 1 + (1 − β1) ∂L∂wt", example: "adam", remark: flattened, correct: "mₜ = β₁·mₜ₋₁ + (1 − β₁)·∂L/∂wₜ", cause: lostSubscript),
    .noted("002", 4345, .prose, "β1 is the momentum parameter (typically set to 0.9)", example: "adam", remark: "defaults α = 0.001, β₁ = 0.9"),
    .error("002", 4356, .formula, "wt+1 = wt − α vt + ε ∂L∂wt (RMSprop)", example: "rmsprop", remark: "(4356 and 4562 print the same rule, equally garbled)",
           correct: "wₜ₊₁ = wₜ − α/√(vₜ + ε)·∂L/∂wₜ", cause: "fraction and root lost in conversion"),
    .error("002", 4362, .notation, "vt = β2 vt − 1 + (1 − β2)(∂L∂wt)²", example: "adam", remark: flattened, correct: "vₜ = β₂·vₜ₋₁ + (1 − β₂)·(∂L/∂wₜ)²", cause: lostSubscript),
    .noted("002", 4372, .formula, "mt = β1 mt−1 + (1 − β1) ∂L/∂wt", example: "adam", remark: "(002 lines 4372, 4376)"),
    .error("002", 4372, .notation, "mt − 1", example: "adam", remark: flattened, correct: "mₜ₋₁", cause: lostSubscript),
    .noted("002", 4376, .formula, "vt = β2 vt−1 + (1 − β2)(∂L/∂wt)²", example: "adam", remark: "(002 lines 4372, 4376)"),
    .error("002", 4376, .notation, "vt − 1", example: "adam", remark: flattened, correct: "vₜ₋₁", cause: lostSubscript),
    .error("002", 4380, .notation, "mt^ = mt / (1 − β1 t), vt^ = vt / (1 − β2 t)", example: "adam", remark: "the powers β₁ᵗ, β₂ᵗ flattened into products",
           correct: "m̂ₜ = mₜ/(1 − β₁ᵗ), v̂ₜ = vₜ/(1 − β₂ᵗ)", cause: "superscript t lost in conversion"),
    .noted("002", 4380, .formula, "bias correction m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ)", example: "adam", remark: "m̂ₜ = mₜ/(1 − β₁ᵗ), v̂ₜ = vₜ/(1 − β₂ᵗ) (4380)"),
    .error("002", 4384, .formula, "wt+1 = wt − α mt^ + ε ∂L∂wt", example: "adam", remark: "002 line 4384 prints",
           correct: "wₜ₊₁ = wₜ − α·m̂ₜ/(√v̂ₜ + ε)", cause: "fraction, root and v̂ lost in conversion"),
    .noted("002", 4388, .prose, "α: default is 0.001", example: "adam", remark: "defaults α = 0.001"),
    .noted("002", 4389, .prose, "β1 = 0.9, β2 = 0.999", example: "adam", remark: "β₁ = 0.9, β₂ = 0.999"),
    .noted("002", 4390, .prose, "ε (e.g., 10^-8)", example: "adam", remark: "ε = 1e−8 (002 lines 4388–4390)"),
    .error("002", 4413, .notation, "wt+I = wt − η∇L(wt)", example: "momentum", remark: "an I for the 1", correct: "wₜ₊₁ = wₜ − η·∇L(wₜ)", cause: "the subscript 1 read as I"),
    .noted("002", 4429, .formula, "vt+1 = βvt + (1−β)∇L(wt)", example: "momentum", remark: "notes (002 lines 4429–4431)"),
    .error("002", 4429, .notation, "vt+I", example: "momentum", remark: "an I for the 1", correct: "vₜ₊₁", cause: "the subscript 1 read as I"),
    .noted("002", 4431, .formula, "wt+1 = wt − η vt+1", example: "momentum", remark: "notes (002 lines 4429–4431)"),
    .error("002", 4431, .notation, "wt+I = wt − ηvt + I", example: "momentum", remark: "an I for the 1", correct: "wₜ₊₁ = wₜ − η·vₜ₊₁", cause: "the subscript 1 read as I"),
    .noted("002", 4460, .formula, "vt+1 = βvt + ∇L(wt − ηβvt)", example: "nesterov", remark: "notes (002 lines 4460–4462)"),
    .error("002", 4460, .formula, "vt+1 = βvt + ∇L(…) (a sum) beside 4429's average βvt + (1−β)∇L", example: "nesterov",
           remark: "Nesterov velocity is a sum", correct: "one convention for both, e.g. vₜ₊₁ = β·vₜ + (1 − β)·∇L(wₜ − η·β·vₜ)",
           cause: "two sections written from different sources"),
    .noted("002", 4462, .formula, "wt+1 = wt − η vt+1", example: "nesterov", remark: "notes (002 lines 4460–4462)"),
    .error("002", 4511, .formula, "lr_t = η G_t + ε", example: "adagrad", remark: "002 line 4511 prints", correct: "lrₜ = η/√(Gₜ + ε)",
           cause: "fraction and root lost in conversion"),
    .noted("002", 4516, .prose, "G_t is the sum of squared gradients", example: "adagrad", remark: "the sum of squared gradients, 002 line 4516"),
    .noted("002", 4517, .prose, "ε … (often set to 1e-8)", example: "adagrad", remark: "ε = 1e−8 (002 line 4517)"),
    .noted("002", 4521, .prose, "the denominator G_t + ε grows", example: "adagrad", remark: "(002 lines 4511, 4521)"),
    .noted("002", 4525, .formula, "θt+1 = θt − lr_t·∇θ", example: "adagrad", remark: "wₜ = wₜ₋₁ − lrₜ·gₜ (002 line 4525)"),
    .error("002", 4552, .notation, "Gt = γ Gt − 1 + (1 − γ)(∇θJ(θ))²", example: "adam", remark: flattened, correct: "Gₜ = γ·Gₜ₋₁ + (1 − γ)·(∇θJ)²", cause: lostSubscript),
    .noted("002", 4557, .prose, "γ is the decay factor (typically set to 0.9)", example: "rmsprop", remark: "γ = 0.9"),
    .error("002", 4562, .formula, "θt+1 = θt − η Gt + ε·∇θJ(θ)", example: "rmsprop", remark: "(4356 and 4562 print the same rule, equally garbled)",
           correct: "θₜ₊₁ = θₜ − η/√(Gₜ + ε)·∇θJ(θ)", cause: "fraction and root lost in conversion"),
    .error("002", 4570, .formula, "Δθt+1 = −E[Δθ]t² E[∇θJ(θ)]t² + ε·∇θJ(θ)", example: "adagrad", remark: "002 line 4570's AdaDelta update is garbled",
           correct: "Δθₜ = −(√(E[Δθ²]ₜ₋₁ + ε)/√(E[g²]ₜ + ε))·gₜ", cause: "fractions and roots lost; t for t − 1"),
    .noted("002", 4584, .formula, "mt = β1 mt−1 + (1 − β1)∇θJ(θ)", example: "adam", remark: "(002 lines 4372, 4376)"),
    .error("002", 4584, .notation, "mt − 1", example: "adam", remark: flattened, correct: "mₜ₋₁", cause: lostSubscript),
    .noted("002", 4588, .formula, "vt = β2 vt−1 + (1 − β2)(∇θJ(θ))²", example: "adam", remark: "(002 lines 4372, 4376)"),
    .error("002", 4588, .notation, "vt − 1", example: "adam", remark: flattened, correct: "vₜ₋₁", cause: lostSubscript),
    .error("002", 4592, .notation, "m^t = mt / (1 − β1 t), v^t = vt / (1 − β2 t)", example: "adam", remark: "002 lines 4380 and 4592 print",
           correct: "m̂ₜ = mₜ/(1 − β₁ᵗ), v̂ₜ = vₜ/(1 − β₂ᵗ)", cause: "superscript t lost in conversion"),
    .error("002", 4596, .formula, "θt+1 = θt − η v^t + ε·m^t", example: "adam", remark: "(4596 prints θt+1",
           correct: "θₜ₊₁ = θₜ − η·m̂ₜ/(√v̂ₜ + ε)", cause: "fraction and root lost in conversion"),
    .outOfScope("002", 4644, .number, "Epoch 1/5 … accuracy: 0.7966 - loss: 0.7555", mnist),
    .outOfScope("002", 4646, .number, "Epoch 2/5 … accuracy: 0.9196 - loss: 0.2920", mnist),
    .outOfScope("002", 4648, .number, "Epoch 3/5 … accuracy: 0.9312 - loss: 0.2507", mnist),
    .outOfScope("002", 4650, .number, "Epoch 4/5 … accuracy: 0.9395 - loss: 0.2178", mnist),
    .outOfScope("002", 4652, .number, "Epoch 5/5 … accuracy: 0.9443 - loss: 0.2056", mnist),
    .outOfScope("002", 4711, .code, "print(f\"Epoch {epoch+1} complete\") inside the batch loop",
                mnist + " (its print sits inside the batch loop: it prints once per batch, not per epoch)"),
    .noted("002", 4743, .formula, "E[g²]t = γE[g²]t−1 + (1−γ)gt²", example: "rmsprop", remark: "E[g²]ₜ = γ·E[g²]ₜ₋₁ + (1 − γ)·gₜ² (002 line 4743)"),
    .error("002", 4749, .formula, "θt+1 = θt − ηE[g²]t + ε", example: "rmsprop", remark: "002 line 4749 prints",
           correct: "θₜ₊₁ = θₜ − η/√(E[g²]ₜ + ε)·gₜ", cause: "fraction and root lost, and the gradient dropped"),
    .noted("002", 4755, .prose, "a default learning rate of 0.001", example: "rmsprop", remark: "defaults η = 0.001, γ = 0.9, ε = 1e−8 (002 lines 4755–4757"),
    .noted("002", 4756, .prose, "A common default value is 0.9", example: "rmsprop", remark: "defaults η = 0.001, γ = 0.9, ε = 1e−8 (002 lines 4755–4757"),
    .noted("002", 4757, .prose, "A typical value for ε is 1e-8", example: "rmsprop", remark: "defaults η = 0.001, γ = 0.9, ε = 1e−8 (002 lines 4755–4757"),
    .noted("002", 4766, .code, "tf.keras.optimizers.RMSprop(learning_rate=0.001, rho=0.9)", example: "rmsprop", remark: "Keras's rho=0.9 at 4766 is γ"),
] + [4851, 4853, 4855, 4857, 4859, 4861, 4863, 4865, 4867, 4869].enumerated().map { k, line in
    .outOfScope("002", line, .number, "Epoch \(k + 1)/10 … accuracy, loss, val_accuracy, val_loss", mnist)
} + [
    .error("002", 4897, .prose, "Test accuracy: 0.9773 (after evaluate printed accuracy: 0.9734)", example: "rmsprop",
           remark: "they cannot come from one run", correct: "the accuracy model.evaluate returned, 0.9734", cause: "outputs of two runs pasted together"),
]
