import TraceEngine

/// Chapter 8: the loss functions of the notes (002 lines 1683–1932, with 522–540, 1965 and 2230), each evaluated
/// term by term on small stated inputs, differentiated, checked, and corrected where the notes print it wrong.
public let chapter = Chapter(
    name: "Chapter8-Losses",
    title: "Loss functions, evaluated, differentiated and corrected",
    source: "002 lines 1683–1932 (the loss-function section), 522–540 (the MLP's losses), 1965 and 2230 (the squared error with and without ½)",
    examples: [
        Example(name: "regression",
                summary: "MSE, MAE and Huber term by term; Huber as 1719 prints it beside the standard form at δ = 1 and 2; the ½ conventions",
                parameters: RegressionExample.parameters, run: RegressionExample.run),
        Example(name: "classification",
                summary: "binary, categorical and sparse cross-entropy, KL and hinge; ∂L/∂z = p − y step by step; log(0) and logits of ±1000",
                parameters: ClassificationExample.parameters, run: ClassificationExample.run),
        Example(name: "ranking",
                summary: "contrastive (1783's unsquared form beside the squared one), triplet (1795 garbled) and margin ranking, with gradients",
                parameters: RankingExample.parameters, run: RankingExample.run),
        Example(name: "segmentation",
                summary: "pixel-wise cross-entropy, Dice, Jaccard and total variation (1865 garbled) on a 3×3 mask, every pixel's gradient",
                parameters: SegmentationExample.parameters, run: SegmentationExample.run),
        Example(name: "adversarial",
                summary: "the GAN value and LSGAN on stated D outputs, D* = p_data/(p_data + p_g) and −log 4, Wasserstein (1918 non-standard)",
                parameters: AdversarialExample.parameters, run: AdversarialExample.run),
        Example(name: "specialized",
                summary: "CTC −log p(y|x) with every alignment of “ab” over 3 frames listed, Poisson (1904 garbled) and cosine proximity",
                parameters: SpecializedExample.parameters, run: SpecializedExample.run),
    ],
    ledger: ledger,
    functions: LossFunctions.all
)
