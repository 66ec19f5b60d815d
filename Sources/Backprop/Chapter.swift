import TraceEngine

/// Chapter 2: backpropagation, step by step (002 lines 1933–2294).
public let chapter = Chapter(
    name: "Chapter2-Backprop",
    title: "Backpropagation, step by step",
    source: "002_62dd88d43eebfd6b.txt lines 1933–2294 (worked example 1969–2095)",
    examples: [
        Example(name: "doc",
                summary: "the notes' worked example (002 lines 1969–2095): 2-2-1 sigmoid network, no biases, with the notes' errata",
                parameters: WorkedExample.parameters, largeOutput: largeTrainingOutput, run: WorkedExample.run),
        Example(name: "mazur",
                summary: "the classic 2-2-2 network with biases (Mazur 2015): every gradient, E 0.298371109 → 0.291027774",
                parameters: MazurExample.parameters, largeOutput: largeTrainingOutput, run: MazurExample.run),
        Example(name: "xor",
                summary: "the notes' numpy XOR program (002 lines 2097–2294): 2-4-1 sigmoid network, η 0.1, 10,000 epochs, seeded",
                parameters: XORExample.parameters, run: XORExample.run),
    ],
    ledger: workedExampleLedger + xorLedger,
    functions: NumericFunction.activations + [
        // E = ½(t − σ(a))² of the worked example, as a function of the target and the output unit's sum.
        NumericFunction("½(t − σ(a))²", arity: 2, largest: 1e150, { x in 0.5 * (x[0] - ElementaryFunction.sigmoid(x[1])) * (x[0] - ElementaryFunction.sigmoid(x[1])) },
                        gradient: { x in
                            let y = ElementaryFunction.sigmoid(x[1])
                            return [x[0] - y, -(x[0] - y) * y * (1 - y)] }),
    ]
)
