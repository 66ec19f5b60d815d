import Foundation
import TraceEngine

/// Example `unroll`: one RNN cell unrolled over "hello", character by character. The notes give the
/// equations but work no step with numbers, so the numbers are the project's own: the weights are set by
/// hand so that the cell predicts "ello" from "hell". Unit 1 says "saw h", unit 2 "+e / −l", unit 3 "l after e":
/// the one recurrent weight Wₕₕ[3,2] = 1 carries "the previous character was e" forward, so the same input 'l'
/// predicts 'l' at t = 3 and 'o' at t = 4.
public enum Unroll {
    /// The vocabulary: one-hot positions 0…3.
    public static let vocabulary = ["h", "e", "l", "o"]
    /// At most this many hidden units and characters, so the trace stays readable.
    public static let maxHidden = 32
    public static let maxLength = 64

    /// "hello" as indices into `vocabulary`.
    public static let hello: [Double] = [0, 1, 2, 2, 3]
    public static let documentCell = RNNCell(
        wxh: [[1, 0, 0, 0], [0, 1, -1, 0], [0, 0, 0.5, 0]],
        whh: [[0, 0, 0], [0, 0, 0], [0, 1, 0]],
        why: [[-1, 0, 0], [2, 0, 0], [0, 1, 2], [0, -1, -2]],
        bh: [0, 0, 0], by: [0, 0, 0, 0])

    public static let parameters: [ParameterSpec] = [
        ParameterSpec("sequence", .vector(count: nil), default: .vector(hello),
                      "the characters as indices h=0, e=1, l=2, o=3 (0,1,2,2,3 is \"hello\"); inputs are all but the last, targets all but the first"),
        ParameterSpec("wxh", .matrix(rows: nil, columns: vocabulary.count), default: .matrix(documentCell.wxh),
                      "Wₓₕ, input → hidden, H×4 (U in 002:6278, Wₓ in 000:967)"),
        ParameterSpec("whh", .matrix(rows: nil, columns: nil), default: .matrix(documentCell.whh),
                      "Wₕₕ, hidden → hidden, H×H; its size sets H (W in 002:6278, Wₛ in 000:967)"),
        ParameterSpec("why", .matrix(rows: vocabulary.count, columns: nil), default: .matrix(documentCell.why),
                      "Wₕᵧ, hidden → output, 4×H (V in 002:6288, Wᵧ in 000:974)"),
        ParameterSpec("bh", .vector(count: nil), default: .vector(documentCell.bh), "bₕ, hidden bias, H values (B in 002:6278)"),
        ParameterSpec("by", .vector(count: vocabulary.count), default: .vector(documentCell.by),
                      "bᵧ, output bias, 4 values (C in 002:6288)"),
        ParameterSpec("h0", .vector(count: nil), default: .vector([0, 0, 0]), "h₀, the state before the first character, H values"),
    ]

    public static let conventions = [
        "column vectors; H hidden units (the size of --whh), V = 4 characters h, e, l, o, one-hot in that order (indices 0–3)",
        "Wₓₕ is H×V (input → hidden), Wₕₕ is H×H (hidden → hidden), Wₕᵧ is V×H (hidden → output); one set of weights for every t (001:22, 58; 002:6272; 004:160)",
        "h₀ = 0 (--h0); t = 1 … T; the inputs are the sequence without its last character, the targets without its first",
        Notation.indexConvention,
        "aₜ = Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ + bₕ, hₜ = tanh(aₜ) (002:6325, 004:201); yₜ = Wₕᵧ·hₜ + bᵧ, linear (002:6331, 004:211)",
        "biases bₕ and bᵧ default to 0, the notes' tanh form (002:6325, 6331) has none; 001:56 and 002:6278 add them (b_a, b_y; B, C)",
        "pₜ = softmax(yₜ), the prediction is the first index of the largest pₜ, Lₜ = −ln pₜ[target] (natural log): "
            + "reading yₜ as next-character scores, as the notes' character model does (002:6494, 6502)",
        Notation.summary,
    ]

    public static let preface = [
        "the numbers are the project's own: the notes write the RNN equations but work no time step with numbers "
            + "(000, 001, 002 lines 6249–6394 and 6413–6672, 004 lines 160–215); the default weights are set by hand so "
            + "that the cell predicts \"ello\" from \"hell\"",
    ]

    /// The cell options (`wxh`, `whh`, `why`, `bh`, `by`, `h0`), also taken by example `generate`.
    public static let cellParameters = Array(parameters.dropFirst())

    /// Checks what the option parser cannot: every size must agree with H, the size of --whh.
    public static func cell(_ p: Parameters) throws(UsageError) -> (cell: RNNCell, h0: [Double]) {
        let whh = p.matrix("whh")
        let h = whh.count
        let got = { (m: [[Double]]) in "\(m.count)×\(m.first?.count ?? 0)" }
        guard whh.allSatisfy({ $0.count == h }) else {
            throw UsageError("--whh: expected a square H×H matrix (H = its number of rows, \(h)), got \(got(whh))")
        }
        guard h <= maxHidden else { throw UsageError("--whh: expected at most \(maxHidden) hidden units, got \(h)") }
        let wxh = p.matrix("wxh"), why = p.matrix("why"), bh = p.vector("bh"), h0 = p.vector("h0")
        let v = vocabulary.count
        guard wxh.count == h else {
            throw UsageError("--wxh: expected a \(h)×\(v) matrix (H = \(h) hidden units from --whh, V = \(v) characters), got \(got(wxh))")
        }
        guard why.first?.count == h else {
            throw UsageError("--why: expected a \(v)×\(h) matrix (V = \(v) characters, H = \(h) hidden units from --whh), got \(got(why))")
        }
        guard bh.count == h else { throw UsageError("--bh: expected \(h) numbers (H = \(h) hidden units from --whh), got \(bh.count)") }
        guard h0.count == h else { throw UsageError("--h0: expected \(h) numbers (H = \(h) hidden units from --whh), got \(h0.count)") }
        return (RNNCell(wxh: wxh, whh: whh, why: why, bh: bh, by: p.vector("by")), h0)
    }

    /// The characters of --sequence as indices: whole numbers from 0 to 3, at least two of them.
    public static func sequence(_ p: Parameters) throws(UsageError) -> [Int] {
        let v = vocabulary.count
        let raw = p.vector("sequence")
        guard (2...maxLength).contains(raw.count) else {
            throw UsageError("--sequence: expected 2 to \(maxLength) characters (inputs all but the last, targets all but the first), got \(raw.count)")
        }
        var sequence: [Int] = []
        for x in raw {
            guard x == x.rounded(), x >= 0, x < Double(v) else {
                let known = vocabulary.enumerated().map { "\($0.element)=\($0.offset)" }.joined(separator: ", ")
                throw UsageError("--sequence: expected character indices from 0 to \(v - 1) (\(known)), got \(NumberFormat.roundTrip(x))")
            }
            sequence.append(Int(x))
        }
        return sequence
    }

    /// The characters of a sequence of indices: `hello`.
    public static func text(_ indices: [Int]) -> String {
        indices.map { vocabulary.indices.contains($0) ? vocabulary[$0] : "?" }.joined()
    }

    /// The remark of 002:6353, where the notes write h₃ = σ(W·h₂ + b): no input term. Recorded at t = 3 beside
    /// the right h₃, with the same weights, so the two can be compared.
    public static let h3Remark = "002:6353 prints h₃ = σ(W·h₂ + b): the input term W·x₃ is missing (and σ where 6325 has tanh); "
        + "the right form is h₃ = tanh(Wₕₕ·h₂ + Wₓₕ·x₃ + bₕ), the step above. Without Wₓₕ·x₃ the state never sees the third character"

    static func notesH3(_ cell: RNNCell, previous h2: [Double], trace: Trace) {
        let a = LinearAlgebra.add(LinearAlgebra.multiply(cell.whh, h2), cell.bh)             // 002:6353 as printed
        trace.record("h3_as_printed", "h₃ as 002:6353 prints it", formula: Formula(text: "σ(Wₕₕ·h₂ + bₕ)"),
                     substituted: VectorFormula.elementwise("σ", a), .vector(a.map { 1 / (1 + Foundation.exp(-$0)) }),
                     remark: h3Remark)
    }

    public static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let (cell, h0) = try cell(p)
        let sequence = try sequence(p)
        let inputs = Array(sequence.dropLast()), targets = Array(sequence.dropFirst())
        let trace = Trace(chapter: "Chapter3-RNN", title: "One RNN cell unrolled over a sequence of characters",
                          example: "unroll", parameters: p.ordered, conventions: conventions, preface: preface)
        Notation.section(trace)

        trace.section("Setup",
                      "inputs '\(text(inputs))' → targets '\(text(targets))': \(inputs.count) time steps, H = \(h0.count) hidden units, V = \(vocabulary.count)")
        trace.record("h0", "h₀", formula: "0 (--h0)", .vector(h0))

        var h = h0
        var losses: [Sym] = []
        var predicted: [Int] = []
        for (i, k) in inputs.enumerated() {
            let t = i + 1, sub = subscripted(t), target = targets[i]
            trace.section("t = \(t): input '\(vocabulary[k])', target '\(vocabulary[target])'")
            let (hNew, y) = cell.step(t, previous: h, input: k, names: vocabulary, trace: trace)
            if t == 3 { notesH3(cell, previous: h, trace: trace) }
            h = hNew
            let prob = Softmax.record(t, y, trace: trace)
            let guess = Softmax.argmax(prob)
            predicted.append(guess)
            trace.record("pred\(t)", "ŷ" + sub, formula: Formula(text: "argmax p\(sub)"), .scalar(Double(guess)),
                         remark: "predicts '\(vocabulary[guess])'; the target is '\(vocabulary[target])'"
                             + (guess == target ? " ✓" : " ✗"))
            let loss = Softmax.loss(logits: y, target: target)
            trace.record("L\(t)", "L" + sub, formula: Formula(text: "−ln p\(sub)['\(vocabulary[target])']"),
                         substituted: "−ln " + Formula([.number(prob[target])]), .scalar(loss))
            losses.append(.named("L" + sub, loss))
        }

        trace.section("The whole sequence",
                      "predicted '\(text(predicted))' for the targets '\(text(targets))' (\(zip(predicted, targets).filter { $0 == $1 }.count) of \(targets.count) right)")
        trace.record("predicted", "ŷ", formula: "(ŷ₁, …, ŷ_T)", .vector(predicted.map(Double.init)))
        let total = losses.dropFirst().reduce(losses[0], +).recorded("loss_total", "L", in: trace)
        _ = (total / .named("T", Double(losses.count))).recorded("loss_mean", "L̄", in: trace)
        let H = Sym.named("H", Double(h0.count)), V = Sym.named("V", Double(vocabulary.count))
        let rnn = ParameterCount.simpleRNN(inputs: V, units: H).recorded("params_rnn", "#SimpleRNN", in: trace)
        let dense = ParameterCount.dense(inputs: H, units: V).recorded("params_dense", "#Dense", in: trace)
        let params = rnn + dense
        trace.add(Step(id: "params", symbol: "#θ", formula: params.formula, substituted: params.substituted, value: .scalar(params.value),
                       remark: "the parameters of this cell, counted as Keras would: #SimpleRNN is Wₓₕ, Wₕₕ and bₕ, #Dense is Wₕᵧ and bᵧ; no count depends on T"))
        return trace
    }
}
