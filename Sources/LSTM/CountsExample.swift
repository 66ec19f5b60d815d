import Foundation
import TraceEngine
import RNN

/// Example `counts`: LSTM, GRU (both forms), PyTorch's two biases and Bidirectional doubling; every model summary
/// of the notes with an LSTM or a bidirectional layer, and the counts of the models they build without a table.
enum CountsExample {
    static let sizes = 1...100_000, vocabularies = 1...10_000_000

    static let parameters: [ParameterSpec] = [
        .integer("inputs", 64, in: sizes, "n, the input width of the layers of the formulas (001:174's LSTM reads 64-wide embeddings)"),
        .integer("units", 128, in: sizes, "u, their units (001:174's LSTM(128))"),
        .integer("imdb-vocab", 121_894, in: vocabularies,
                 "V of 002's IMDB model, len(vectorize_layer.get_vocabulary()): not printed; 3,900,608 / 32 = 121,894 exactly"),
        .integer("imdb-length", 100, in: sizes, "output_sequence_length of its TextVectorization (002:8293)"),
        .integer("train", 25_000, in: 1...10_000_000, "training reviews of IMDB (002:8255; also 000's imdb.load_data)"),
        .integer("batch", 32, in: 1...10_000_000, "batch size (002:8264, 000:151)"),
        .integer("brnn-features", 2000, in: vocabularies, "000's BRNN: features, the vocabulary (000:78)"),
        .integer("brnn-embed", 128, in: sizes, "000's BRNN: embedding_dim (000:115)"),
        .integer("brnn-units", 64, in: sizes, "000's BRNN: hidden_units of the SimpleRNN (000:119)"),
        .integer("seq-tokens", 256, in: sizes, "000's toy seq2seq: num_encoder_tokens = num_decoder_tokens (000:726, 729)"),
        .integer("seq-latent", 64, in: sizes, "000's toy seq2seq: latent_dim (000:731)"),
        .integer("seq-samples", 2, in: 1...10_000_000, "000's toy seq2seq: its sentence pairs (hello→hola, world→mundo, 000:703–707)"),
        .integer("seq-batch", 2, in: 1...10_000_000, "000's toy seq2seq: batch_size (000:767)"),
    ]

    /// What the notes print, by step id.
    static var claims: [String: DocumentClaim] {
        var c: [String: DocumentClaim] = [
            "imdb_tv": .notes("002", 8348, "0"), "imdb_emb": .notes("002", 8349, "3,900,608"), "imdb_bi1": .notes("002", 8350, "16,640"),
            "imdb_drop1": .notes("002", 8351, "0"), "imdb_bi2": .notes("002", 8352, "10,368"), "imdb_drop2": .notes("002", 8353, "0"),
            "imdb_dense1": .notes("002", 8354, "528"), "imdb_dense2": .notes("002", 8355, "17"),
            "imdb_total": .notes("002", 8357, "3,928,161"), "imdb_total_mb": .notes("002", 8357, "14.98"),
            "imdb_trainable": .notes("002", 8359, "3,928,161"), "imdb_trainable_mb": .notes("002", 8359, "14.98"),
            "imdb_non_trainable": .notes("002", 8361, "0"), "imdb_non_trainable_bytes": .notes("002", 8361, "0.00"),
            "imdb_train": .notes("002", 8255, "25,000"),
            "brnn_predict_steps": .notes("000", 235, "782"), "brnn_accuracy_percent": .notes("000", 205, "74"),
        ]
        for (k, line) in [8392, 8394, 8396].enumerated() { c["imdb_steps_epoch\(k + 1)"] = .notes("002", line, "782") }
        for (k, line) in [170, 172, 174, 176, 178].enumerated() { c["brnn_steps_epoch\(k + 1)"] = .notes("000", line, "782") }
        for line in [930, 932, 934, 936, 941, 943] { c["seq_steps_line\(line)"] = .notes("000", line, "1") }
        c["brnn_report_accuracy"] = .notes("000", 239, "0.74")
        return c
    }

    static func run(_ p: Parameters) -> Trace {
        let trace = Trace(chapter: "Chapter5-LSTM", title: "Parameter counts of LSTM, GRU and bidirectional layers, and the notes' models",
                          example: "counts", parameters: p.ordered, conventions: [
                              "counts as Keras prints them: a gate layer is a SimpleRNN-sized block n·u + u·u + u (input kernel, recurrent kernel, one bias)",
                              "n is the width of the layer's input (the previous layer's output), u its units; no count depends on the sequence length",
                              "Bidirectional(layer) holds two independent copies of the layer, one per direction; its output is 2u wide (merge_mode='concat', the default)",
                              "Keras 3 prints the memory of the weights beside the totals: 4 bytes per float32 parameter, MB = 2²⁰ bytes",
                          ])
        trace.attach(claims, when: p.areDefaults)
        formulas(p, trace)
        imdb(p, trace)
        brnn(p, trace)
        seq2seq(p, trace)
        return trace
    }

    private static func formulas(_ p: Parameters, _ trace: Trace) {
        let n = Sym.named("n", Double(p.integer("inputs"))), u = Sym.named("u", Double(p.integer("units")))
        trace.section("One layer on an n-wide input, u units",
                      "An LSTM has four gate layers (forget, input, candidate, output: the \"four neural networks\" of 001 line 479 and 002 line 8142), a GRU three (update, reset, candidate). The three gates of 003 line 427 and 000 line 1764 are the LSTM's σ layers; the fourth layer is the tanh candidate.")
        let simple = ParameterCount.simpleRNN(inputs: n, units: u).recorded("simple", "SimpleRNN", in: trace)
        let lstm = ParameterCount.lstm(inputs: n, units: u).recorded("lstm", "LSTM (Keras)", in: trace)
        trace.record("lstm_ratio", "LSTM / SimpleRNN", formula: "4·(n·u + u·u + u) / (n·u + u·u + u)", .scalar(lstm.value / simple.value),
                     remark: "an LSTM has 4 times the weights of a SimpleRNN of the same size: 000 line 1939's \"more parameters\", exactly 4×")
        _ = lstm
        let g1 = GatedCount.gruResetBefore(inputs: n, units: u).recorded("gru_before", "GRU, reset_after=False (Cho et al. 2014)", in: trace)
        let g2 = GatedCount.gruResetAfter(inputs: n, units: u).recorded("gru_after", "GRU, reset_after=True (Keras's default)", in: trace)
        trace.record("gru_ratio", "GRU / LSTM (reset_after=False)", formula: "3 / 4", .scalar(g1.value / lstm.value),
                     remark: "fewer parameters than an LSTM, as 002 line 7904 says: three gate layers instead of four")
        _ = g2
        _ = GatedCount.torchLSTM(inputs: n, units: u).recorded("torch_lstm", "nn.LSTM (PyTorch: b_ih and b_hh per gate)", in: trace)
        _ = GatedCount.gruResetAfter(inputs: n, units: u).recorded("torch_gru", "nn.GRU (PyTorch: b_ih and b_hh per gate)", in: trace)
        _ = GatedCount.bidirectional(Sym.named("LSTM", lstm.value)).recorded("bi_lstm", "Bidirectional(LSTM)", in: trace)
        _ = GatedCount.bidirectional(Sym.named("GRU", g2.value)).recorded("bi_gru", "Bidirectional(GRU)", in: trace)
        trace.say("With n = 64 and u = 128 the Keras LSTM is 001 line 189's 98,816 (Chapter3-RNN checks that table).")
    }

    private static func imdb(_ p: Parameters, _ trace: Trace) {
        let V = Sym.named("V", Double(p.integer("imdb-vocab"))), L = p.integer("imdb-length")
        trace.section("002's IMDB BiLSTM: the summary as printed (002 lines 8343–8361)",
                      "The prose (002 lines 8302–8314) describes Embedding 32 → Bidirectional(LSTM(32), sequences) → Dropout(0.4) → Bidirectional(LSTM(16)) → Dropout(0.4) → Dense(16, relu) → Dense(1), and the summary matches that prose.",
                      "The code printed above it (002 lines 8316–8324) builds a different model, counted in the next section.",
                      "V, the size of the adapted vocabulary, is not printed: 3,900,608 / 32 = 121,894 exactly, which we take as V, so the Embedding's count restates it; the rest are checks.")
        var t = SummaryTable(trace, prefix: "imdb_")
        t.weightless("tv", "#TextVectorization", name: "text_vectorization_2 (TextVectorization)", shape: "(None, \(L))", why: "turns text into token indices: no weights")
        let E = Sym.named("E", 32), u1 = Sym.named("u₁", 32), u2 = Sym.named("u₂", 16), d = Sym.named("d", 16), one = Sym.named("1", 1)
        t.layer("emb", "#Embedding", name: "embedding_13 (Embedding)", shape: "(None, \(L), 32)", ParameterCount.embedding(vocabulary: V, dimension: E))
        t.layer("bi1", "#Bidirectional(LSTM(32))", name: "bidirectional_26 (Bidirectional)", shape: "(None, \(L), 64)",
                GatedCount.bidirectional(ParameterCount.lstm(inputs: E, units: u1)))
        t.weightless("drop1", "#Dropout", name: "dropout_16 (Dropout)", shape: "(None, \(L), 64)", why: "Dropout(0.4) has no weights")
        let twoU1 = Sym.named("2u₁", 64)
        t.layer("bi2", "#Bidirectional(LSTM(16))", name: "bidirectional_27 (Bidirectional)", shape: "(None, 32)",
                GatedCount.bidirectional(ParameterCount.lstm(inputs: twoU1, units: u2)))
        t.weightless("drop2", "#Dropout", name: "dropout_17 (Dropout)", shape: "(None, 32)", why: "Dropout(0.4) has no weights")
        t.layer("dense1", "#Dense(16)", name: "dense_26 (Dense)", shape: "(None, 16)", ParameterCount.dense(inputs: Sym.named("2u₂", 32), units: d))
        t.layer("dense2", "#Dense(1)", name: "dense_27 (Dense)", shape: "(None, 1)", ParameterCount.dense(inputs: d, units: one))
        t.finish("002's IMDB BiLSTM summary, rebuilt", megabytes: true, nonTrainable: true)
        trace.say("The second Bidirectional layer reads 64 = 2·32 numbers per step: the first one's two directions concatenated, as every Keras summary in the notes shows.")

        trace.section("002's IMDB BiLSTM: the code as printed (002 lines 8316–8324)",
                      "Embedding(V, 64, mask_zero=True) → Bidirectional(LSTM(64, return_sequences=True)) → Bidirectional(LSTM(32)) → Dense(64, relu) → Dense(1), no Dropout: this code cannot print the summary above (its widths are 64, 128, 64 and 64, not 32, 64, 32 and 16).")
        var c = SummaryTable(trace, prefix: "code_")
        let E2 = Sym.named("E", 64), v1 = Sym.named("u₁", 64), v2 = Sym.named("u₂", 32), d2 = Sym.named("d", 64)
        c.weightless("tv", "#TextVectorization", name: "text_vectorization (TextVectorization)", shape: "(None, \(L))", why: "no weights")
        c.layer("emb", "#Embedding", name: "embedding (Embedding)", shape: "(None, \(L), 64)", ParameterCount.embedding(vocabulary: V, dimension: E2))
        c.layer("bi1", "#Bidirectional(LSTM(64))", name: "bidirectional (Bidirectional)", shape: "(None, \(L), 128)",
                GatedCount.bidirectional(ParameterCount.lstm(inputs: E2, units: v1)))
        c.layer("bi2", "#Bidirectional(LSTM(32))", name: "bidirectional_1 (Bidirectional)", shape: "(None, 64)",
                GatedCount.bidirectional(ParameterCount.lstm(inputs: Sym.named("2u₁", 128), units: v2)))
        c.layer("dense1", "#Dense(64)", name: "dense (Dense)", shape: "(None, 64)", ParameterCount.dense(inputs: Sym.named("2u₂", 64), units: d2))
        c.layer("dense2", "#Dense(1)", name: "dense_1 (Dense)", shape: "(None, 1)", ParameterCount.dense(inputs: d2, units: Sym.named("1", 1)))
        c.finish("The summary the printed code would give")

        trace.section("002's training log (002 lines 8391–8396): batches per epoch", "model.fit prints k/n per epoch with n = ⌈training reviews / batch⌉")
        steps(p, trace, id: "imdb", epochs: 3, trainClaim: "imdb_train")
    }

    /// ⌈train / batch⌉, once per epoch line of a log (step ids `<id>_steps_epoch1` …).
    private static func steps(_ p: Parameters, _ trace: Trace, id: String, epochs: Int, trainClaim: String? = nil) {
        let n = Double(p.integer("train")), b = Double(p.integer("batch"))
        if let trainClaim { trace.record(trainClaim, "training reviews", .scalar(n)) }
        let batches = (n / b).rounded(.up)
        for e in 1...epochs {
            trace.record("\(id)_steps_epoch\(e)", "batches in epoch \(e)", formula: "⌈N / batch⌉",
                         substituted: "⌈" + Formula([.number(n)]) + " / " + Formula([.number(b)]) + "⌉", .scalar(batches))
        }
    }

    private static func brnn(_ p: Parameters, _ trace: Trace) {
        let f = p.integer("brnn-features"), e = p.integer("brnn-embed"), h = p.integer("brnn-units")
        trace.section("000's bidirectional RNN for IMDB (000 lines 99–139): the summary it would print",
                      "Embedding(\(f), \(e), input_length=50) → Bidirectional(SimpleRNN(\(h))) → Dense(1, sigmoid). The notes print no summary: these are the counts.")
        var t = SummaryTable(trace, prefix: "brnn_")
        let F = Sym.named("features", Double(f)), E = Sym.named("E", Double(e)), U = Sym.named("u", Double(h))
        t.layer("emb", "#Embedding", name: "embedding (Embedding)", shape: "(None, 50, \(e))", ParameterCount.embedding(vocabulary: F, dimension: E))
        t.layer("bi", "#Bidirectional(SimpleRNN)", name: "bidirectional (Bidirectional)", shape: "(None, \(2 * h))",
                GatedCount.bidirectional(ParameterCount.simpleRNN(inputs: E, units: U)))
        t.layer("dense", "#Dense(1)", name: "dense (Dense)", shape: "(None, 1)", ParameterCount.dense(inputs: Sym.named("2u", Double(2 * h)), units: Sym.named("1", 1)))
        t.finish("000's BRNN: the summary, rebuilt")
        trace.section("000's training and prediction logs (000 lines 169–178 and 235): batches", "model.fit and model.predict print k/n with n = ⌈25,000 / 32⌉")
        steps(p, trace, id: "brnn", epochs: 5)
        let n = Double(p.integer("train")), b = Double(p.integer("batch"))
        trace.record("brnn_predict_steps", "batches of model.predict(X_test)", formula: "⌈N / batch⌉",
                     substituted: "⌈" + Formula([.number(n)]) + " / " + Formula([.number(b)]) + "⌉", .scalar((n / b).rounded(.up)),
                     remark: "the test set has 25,000 reviews too")
        trace.record("brnn_accuracy_percent", "the test accuracy in percent", formula: "100 × 0.7429199814796448 (000 line 203)", .scalar(100 * 0.7429199814796448),
                     remark: "line 203's accuracy itself comes from an unseeded training run: only its rounding is checked")
        trace.record("brnn_report_accuracy", "the accuracy of the classification report", formula: "0.7429199814796448 (000 line 203)", .scalar(0.7429199814796448),
                     remark: "the report (000 lines 236–241) rounds the same accuracy to 2 decimals")
    }

    private static func seq2seq(_ p: Parameters, _ trace: Trace) {
        let k = p.integer("seq-tokens"), l = p.integer("seq-latent")
        trace.section("000's character seq2seq (000 lines 721–760): the summary it would print",
                      "Encoder LSTM(\(l)) on one-hot characters (\(k) tokens), decoder LSTM(\(l)) started from the encoder's (h, C), Dense(\(k), softmax). The notes print no summary.")
        var t = SummaryTable(trace, prefix: "seq_")
        let K = Sym.named("K", Double(k)), L = Sym.named("L", Double(l))
        t.layer("enc", "#encoder LSTM", name: "lstm (LSTM)", shape: "[(None, \(l)), (None, \(l)), (None, \(l))]", ParameterCount.lstm(inputs: K, units: L))
        t.layer("dec", "#decoder LSTM", name: "lstm_1 (LSTM)", shape: "[(None, None, \(l)), (None, \(l)), (None, \(l))]", ParameterCount.lstm(inputs: K, units: L))
        t.layer("dense", "#Dense", name: "dense (Dense)", shape: "(None, None, \(k))", ParameterCount.dense(inputs: L, units: K))
        t.finish("000's character seq2seq: the summary, rebuilt")
        let n = Double(p.integer("seq-samples")), b = Double(p.integer("seq-batch"))
        trace.section("000's character seq2seq: its training log (000 lines 929–943)",
                      "model.fit prints 1/1 per epoch: ⌈\(NumberFormat.roundTrip(n)) sentence pairs / batch of \(NumberFormat.roundTrip(b))⌉ batches. Its accuracies and losses come from an unseeded initialization.")
        for (e, line) in [(1, 930), (2, 932), (3, 934), (4, 936), (49, 941), (50, 943)] {
            trace.record("seq_steps_line\(line)", "batches in epoch \(e)", formula: "⌈N / batch⌉",
                         substituted: "⌈" + Formula([.number(n)]) + " / " + Formula([.number(b)]) + "⌉", .scalar((n / b).rounded(.up)))
        }
        trace.section("000's character seq2seq: the code as printed (000 lines 776–897)",
                      "Line 781's `if t > 0:` sits outside the inner loop, so as printed only the last character of each target is set (2 of the 7 targets): it belongs inside the loop.",
                      "Line 849, `decoded_sentence = \"`, is a syntax error (an empty string is \"\"), and lines 853–897 lost the indentation of the while loop's body.",
                      "The decoder starts from ' ' (line 841), a character it never saw first in training (its inputs start with 'h' and 'm'), and it stops once the sentence is longer than seq_length = 5, so at 6 characters: the 6-character \"000000\" of line 951, after 1 encoder and 6 decoder calls (the 7 lines 944–950).")
        trace.section("000's English–Hindi translator (000 lines 451–512): counts only as formulas",
                      "Embedding(eng_vocab_size, latent_dim) → LSTM(latent_dim) and Embedding(hin_vocab_size, latent_dim) → LSTM(latent_dim) → Dense(hin_vocab_size).",
                      "With E = eng_vocab_size, H = hin_vocab_size and L = latent_dim the total would be E·L + 4·(2L² + L) + H·L + 4·(2L² + L) + L·H + H, but eng_vocab_size, hin_vocab_size and latent_dim are never defined (000 lines 463, 485, 494): the program cannot run as printed, and there is no number to count.",
                      "With return_state=True and no return_sequences, LSTM returns [output, state_h, state_c] and the output is the last hidden state itself: enc_outputs equals state_h (000 line 467).",
                      "Lines 620 and 624 lost their indentation, and so did the return of line 628: as printed they stand outside translate(), so the program does not run (a return outside a function is a syntax error); 620 and 624 belong inside the while loop, to feed each prediction and its states to the next step.",
                      "Line 628 joins the words with '', which prints औरफिर; line 649's और फिर needs ' '.join.")
    }
}
