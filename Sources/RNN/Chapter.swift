import TraceEngine

/// Chapter 3: the RNN cell, unrolled; the notes' notations; input/output patterns; parameter counts and model
/// summaries; the counts of 002's character-level generator. Line ranges: 000 lines 269–339 and 654–695 (encoder–decoder,
/// sequence to sequence), 001 lines 8–99, 131–195 and 281–318 (the RNN, its patterns, the Keras summary, deep RNNs),
/// 002 lines 6249–6394, 6413–6672 and 7300–7880, 004 lines 160–215. Left to other chapters: BPTT (000 lines 954–1075,
/// 001 lines 100–123, 002 lines 6673–6760) to Chapter4-BPTT; LSTM, GRU and bidirectional RNNs (001 lines 124–130 and
/// 197–280, 002 lines 6395–6412) to Chapter5-LSTM.
public let chapter = Chapter(
    name: "Chapter3-RNN",
    title: "Recurrent neural networks: the cell unrolled, patterns and parameter counts",
    source: "000_2e90c4283612d3d9.txt lines 269–339 and 654–695, 001_be9169a27e9a69d3.txt lines 8–99, 131–195 and 281–318, 002_62dd88d43eebfd6b.txt lines 6249–6394, 6413–6672 and 7300–7880, 004_a34b06d916780241.txt lines 160–215",
    examples: [
        Example(name: "unroll",
                summary: "one RNN cell unrolled over \"hello\" (one-hot, H = 3): every pre-activation, hidden state, output, prediction and loss; the notes' four notations mapped",
                parameters: Unroll.parameters, run: Unroll.run),
        Example(name: "generate",
                summary: "one-to-many: from one character the same cell writes \"ello\", each prediction fed back as the next input",
                parameters: Generate.parameters, run: Generate.run),
        Example(name: "summary-lstm",
                summary: "001's model.summary() (001 lines 170–195): Embedding 64000, LSTM 98816, Dense 1290, total 164,106, each from its formula",
                parameters: LSTMSummary.parameters, run: LSTMSummary.run),
        Example(name: "summary-simplernn",
                summary: "002's clothing-review model.summary() (002 lines 7584–7616): Embedding, two SimpleRNNs, Dense, Dropout, Dense, total 1,309,057; its split and log (551 batches per epoch) and three slips of its data pipeline",
                parameters: SimpleRNNSummary.parameters, run: SimpleRNNSummary.run),
        Example(name: "char-rnn",
                summary: "002's character-level generator (002 lines 6452–6558): sequences, batches per epoch, epochs, generated length, each from the text; why its start \"This is G\" cannot run",
                parameters: CharRNN.parameters, run: CharRNN.run),
        Example(name: "patterns",
                summary: "one-to-one, one-to-many, many-to-one, many-to-many (synchronized and encoder-decoder) as shapes through time",
                parameters: Patterns.parameters, run: Patterns.run),
        Example(name: "pattern-models",
                summary: "the Keras model 002 writes for each pattern (002 lines 7690–7866): output shapes through time and parameter counts, derived (the notes print none)",
                parameters: PatternModels.parameters, run: PatternModels.run),
    ],
    ledger: ledger,
    functions: NumericFunction.activations + Softmax.functions
)
