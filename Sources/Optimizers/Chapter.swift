import TraceEngine

/// Chapter 7: optimizers (002 lines 2314–2470, 2900–2970, 3029–3700, 4000–4920).
public let chapter = Chapter(
    name: "Chapter7-Optimizers",
    title: "Optimizers: gradient descent to the last digit, Newton, SGD, mini-batches, momentum, NAG, Adagrad, RMSprop, Adam",
    source: "002 lines 2314–2470, 2900–2970, 3029–3700, 4000–4920",
    examples: [
        Example(name: "gd", summary: "the notes' gradient descent on x² from 5 (002:2425–2461): every iterate, 7.136238463529802e-05 to the last digit, the closed form, the tolerance",
                parameters: GDExample.parameters, run: GDExample.run),
        Example(name: "newton", summary: "Newton's method on x³ − 2x² + 2 from 3 (002:2914–2960): f′, f″ and the step of every pass, 1.3333333423743772 exactly, 2918's garbled update",
                parameters: NewtonExample.parameters, run: NewtonExample.run),
        Example(name: "sgd", summary: "the notes' seeded numpy SGD program (002:3425–3605) rerun with a port of RandomState: the ten printed costs bit for bit, the final θ of the listed and a second call",
                parameters: SGDExample.parameters, run: SGDExample.run),
        Example(name: "minibatch", summary: "batch, mini-batch and stochastic GD on the notes' regression (002:4057–4306), seeded: costs, updates per epoch, the empty batch, the doubled batch, θ[2]",
                parameters: MiniBatchExample.parameters, run: MiniBatchExample.run),
        Example(name: "broadcasting", summary: "the notes' PyTorch GD (002:3087–3384): a (1000, 1) − (1000,) loss broadcasts to 1000×1000, so w → 0 and b → mean(y)",
                parameters: BroadcastingExample.parameters, run: BroadcastingExample.run),
        Example(name: "momentum", summary: "momentum on w² step by step in the notes' form v = βv + (1 − β)g (002:4429), PyTorch's and the classical one",
                parameters: StepExamples.momentumParameters, run: StepExamples.momentum),
        Example(name: "nesterov", summary: "Nesterov on w² step by step: the notes' look-ahead form (002:4460) and PyTorch's, whose iterate is the look-ahead point",
                parameters: StepExamples.nesterovParameters, run: StepExamples.nesterov),
        Example(name: "adagrad", summary: "Adagrad on w² step by step (002:4511–4525): G, the per-step rate η/√(G + ε), the update",
                parameters: StepExamples.adagradParameters, run: StepExamples.adagrad),
        Example(name: "rmsprop", summary: "RMSprop on w² step by step (002:4743–4757): E[g²], the denominator, the update",
                parameters: StepExamples.rmspropParameters, run: StepExamples.rmsprop),
        Example(name: "adam", summary: "Adam on w² step by step (002:4372–4390): m, v, m̂, v̂, the denominator, the update; ε placement and bias correction as options",
                parameters: StepExamples.adamParameters, run: StepExamples.adam),
        Example(name: "compare", summary: "every optimizer on w² and on the bowl x² + 10y²: steps to a tolerance, the final loss, the loss per step as a plot",
                parameters: CompareExample.parameters, run: CompareExample.run),
        Example(name: "learning-rate", summary: "too small, good, too large on x² (002:2314–2390, 3687–3691): 1 − 2η decides; step, exponential and polynomial schedules (2366–2370)",
                parameters: LearningRateExample.parameters, run: LearningRateExample.run),
    ],
    ledger: ledger,
    functions: []
)
