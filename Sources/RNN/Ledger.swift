import TraceEngine

/// Everything the notes say in this chapter's line ranges that a reader could check (DESIGN.md §4a),
/// in document and line order. `ChapterConformance.ledgerProblems` resolves every entry against the
/// default traces; `swift run Errata` prints them.
///
/// Ranges: 000 lines 269–339 and 654–695, 001 lines 8–99, 131–195 and 281–318, 002 lines 6249–6394, 6413–6672 and
/// 7300–7880, 004 lines 160–215 (see `chapter`'s doc comment for what is left to Chapter4-BPTT and Chapter5-LSTM).
let ledger: [LedgerEntry] = document000 + document001 + document002Cell + document002CharRNN + document002Keras + document004

private let unseeded = "unseeded training log (random initial weights, no seed): not reproducible"
private let clothing = "needs the Clothing Review data set, which the notes do not ship"

/// 000: the encoder–decoder (lines 269–339) and sequence-to-sequence learning (lines 654–695).
private let document000: [LedgerEntry] = [
    .noted("000", 269, .prose, "used when the input and output sequences are not the same length", example: "patterns",
           remark: "For inputs and outputs of different lengths (000:269)"),
    .noted("000", 271, .prose, "a single, fixed-size summary of the entire input called a context vector", example: "patterns",
           remark: "the one fixed-size context vector (000:271)"),
    .noted("000", 274, .prose, "\"I am learning AI\" → \"Je suis en train d'apprendre l'IA\"", example: "patterns",
           remark: "\"I am learning AI\", 4 words, becomes \"Je suis en train d'apprendre l'IA\", 6 (000:274, 310)"),
    .error("000", 289, .prose, "Encoder: 1. Self-Attention Layer 2. Feed-Forward Neural Network", example: "patterns",
           remark: Patterns.attentionRemark,
           correct: "an RNN encoder reads the tokens one at a time; its last hidden state is the context vector",
           cause: "a Transformer encoder described under the RNN encoder–decoder"),
    .error("000", 300, .prose, "Decoder: Self-Attention, Encoder-Decoder Attention, Feed-Forward", example: "patterns",
           remark: Patterns.attentionRemark,
           correct: "an RNN decoder starts from the context vector and reads its previous output at each step",
           cause: "a Transformer decoder described under the RNN encoder–decoder"),
    .error("000", 315, .prose, "The Encoder processes these embeddings using self-attention", example: "patterns",
           remark: Patterns.attentionRemark,
           correct: "the RNN encoder updates its hidden state once per embedding, in order",
           cause: "the Transformer's self-attention again"),
    .noted("000", 327, .prose, "First it predicts the first word then uses that to predict the second word", example: "generate",
           remark: "xₜ₊₁ = onehot(ŷₜ): each prediction"),
    .error("000", 331, .prose, "the decoder attends to different parts of the input sentence", example: "patterns",
           remark: "contradicts \"a single, fixed-size summary\" (000:271)",
           correct: "the basic encoder–decoder passes only the context vector; attention is an addition",
           cause: "attention (Bahdanau, Transformer) mixed into the basic encoder–decoder"),
    .noted("000", 338, .prose, "Each output token depends on the previous ones and the input context", example: "patterns",
           remark: "each from the previous one and the context (000:326–327, 338"),
    .error("000", 694, .prose, "the output sequence will be the image or video with caption", example: "patterns",
           remark: "000:694 says caption generation outputs",
           correct: "the output is the caption, a sequence of words", cause: "input and output run together in one sentence"),
]

/// 001: the RNN (lines 8–99), deep RNNs, applications, the Keras example (131–195), deep RNNs again (281–318).
private let document001: [LedgerEntry] = [
    .noted("001", 22, .prose, "They employ the same settings for each input", example: "unroll", remark: "one set of weights for every t (001:22"),
    .noted("001", 56, .formula, "a⟨t⟩ = g₁(W_aa a⟨t−1⟩ + W_ax x⟨t⟩ + b_a), y⟨t⟩ = g₂(W_ya a⟨t⟩ + b_y)", example: "unroll",
           remark: "001:56    a⟨t⟩ = g₁(W_aa·a⟨t−1⟩ + W_ax·x⟨t⟩ + b_a)"),
    .noted("001", 56, .notation, "a⟨t⟩ (the activation)", example: "unroll", remark: "careful with the letter a"),
    .noted("001", 58, .prose, "coefficients that are shared temporally", example: "unroll", remark: "one set of weights for every t (001:22, 58"),
    .noted("001", 67, .prose, "One-to-One", example: "patterns", remark: "one-to-one (001:67"),
    .noted("001", 68, .prose, "One-to-Many", example: "patterns", remark: "one-to-many (000:694, 001:68"),
    .error("001", 68, .notation, "One too many networks are used in music production", example: "patterns",
           remark: "001:68 writes \"One too many\"", correct: "one-to-many networks", cause: "a typo"),
    .noted("001", 69, .prose, "Many-to-one", example: "patterns", remark: "many-to-one (001:69"),
    .noted("001", 71, .prose, "Many-to-Many: sequences of potentially different lengths", example: "patterns",
           remark: "many-to-many, synchronized (001:71"),
    .noted("001", 131, .prose, "Deep RNN: Stacking multiple RNN layers", example: "summary-simplernn", remark: "call a deep RNN"),
    .noted("001", 154, .prose, "Process inputs of any length", example: "summary-simplernn", remark: "takes inputs of any length, 001:154"),
    .error("001", 157, .prose, "Basic Python Implementation (RNN with Keras)", example: "summary-lstm",
           remark: "the heading at 001:157 says \"RNN\", the layer is an LSTM",
           correct: "an LSTM with Keras", cause: "the heading names the family, the code uses layers.LSTM"),
    .noted("001", 159, .code, "embeds each integer into a 64-dimensional vector", example: "summary-lstm",
           remark: "Embedding(input_dim=1000, output_dim=64)"),
    .noted("001", 187, .code, "(None, None, 64)", example: "summary-lstm", remark: "no input_length, so the time axis"),
    .number("001", 187, "64000", example: "summary-lstm", step: "emb"),
    .noted("001", 189, .code, "(None, 128)", example: "summary-lstm", remark: "the LSTM returns only its last state (None, 128)"),
    .number("001", 189, "98816", example: "summary-lstm", step: "lstm"),
    .number("001", 191, "1290", example: "summary-lstm", step: "dense"),
    .number("001", 193, "164,106", example: "summary-lstm", step: "total"),
    .number("001", 194, "164,106", example: "summary-lstm", step: "trainable"),
    .number("001", 195, "0", example: "summary-lstm", step: "non_trainable"),
    .noted("001", 283, .prose, "Deep RNNs: multiple hidden layers", example: "summary-simplernn", remark: "001 lines 281–318 call a deep RNN"),
]

/// 002 lines 6249–6394: the cell, its equations, BPTT's setting, the four patterns.
private let document002Cell: [LedgerEntry] = [
    .noted("002", 6272, .prose, "RNNs use shared weights across time steps", example: "unroll", remark: "002:6272"),
    .noted("002", 6278, .formula, "h = σ(U·X + W·h_{t−1} + B)", example: "unroll", remark: "002:6278  h = σ(U·X + W·hₜ₋₁ + B)"),
    .noted("002", 6288, .formula, "Y = O(V·h + C)", example: "unroll", remark: "002:6288  Y = O(V·h + C)"),
    .noted("002", 6297, .notation, "the state matrix S holds each element s_i", example: "unroll", remark: "state matrix S: 002:6297"),
    .noted("002", 6325, .formula, "h_t = tanh(W_hh·h_{t−1} + W_xh·x_t)", example: "unroll", remark: "002:6325  hₜ = tanh(Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ)"),
    .noted("002", 6331, .formula, "y_t = W_hy·h_t", example: "unroll", remark: "002:6331  yₜ = Wₕᵧ·hₜ"),
    .noted("002", 6341, .notation, "h_3 depends on h_2, …, h_1 depends on h_0", example: "unroll",
           remark: "h₀ is the state before the first input, as in 002:6341"),
    .error("002", 6353, .formula, "h_3 = σ(W·h_2 + b)", example: "unroll", remark: "002:6353 prints h₃ = σ(W·h₂ + b)",
           correct: "h₃ = tanh(Wₕₕ·h₂ + Wₓₕ·x₃ + bₕ)", cause: "the input term dropped (and σ for 6325's tanh)"),
    .noted("002", 6363, .notation, "Σ from k = 1 (time steps count from 1)", example: "unroll", remark: "the Σ from k = 1 of 002:6363"),
    .noted("002", 6371, .prose, "One-to-One RNN", example: "patterns", remark: "002:6371"),
    .noted("002", 6375, .prose, "One-to-Many RNN: image captioning", example: "patterns", remark: "002:6375"),
    .noted("002", 6379, .prose, "Many-to-One RNN: sentiment analysis", example: "patterns", remark: "002:6379"),
    .noted("002", 6383, .prose, "Many-to-Many RNN: translation", example: "patterns", remark: "002:6383"),
]

/// The log lines of 002:6512–6526: (line, what it prints after 'k/n'), epoch counters between them.
private let charLog: [(Int, String)] = [
    (6512, "0s 29ms/step - accuracy: 0.9618 - loss: 0.0664"), (6514, "0s 26ms/step - accuracy: 0.9514 - loss: 0.0729"),
    (6516, "0s 26ms/step - accuracy: 0.9514 - loss: 0.0661"), (6518, "0s 26ms/step - accuracy: 0.9514 - loss: 0.0655"),
    (6520, "0s 28ms/step - accuracy: 0.9514 - loss: 0.0652"), (6522, "0s 26ms/step - accuracy: 0.9618 - loss: 0.0648"),
    (6524, "0s 29ms/step - accuracy: 0.9618 - loss: 0.0590"), (6526, "0s 26ms/step - accuracy: 0.9618 - loss: 0.0583"),
]

/// 002 lines 6413–6672: the character-level generator (6429–6559); the rest is prose with nothing to check.
private let document002CharRNN: [LedgerEntry] = [
    .noted("002", 6452, .code, "text = \"This is Tech a software training institute\"", example: "char-rnn",
           remark: "text = \"This is Tech a software training institute\""),
    .noted("002", 6453, .code, "chars = sorted(list(set(text)))", example: "char-rnn", remark: "len(sorted(set(text)))"),
    .noted("002", 6454, .notation, "char_to_index = {char: i for i, char in enumerate(chars)}", example: "char-rnn",
           remark: "char_to_index from 0 (002:6454)"),
    .noted("002", 6467, .code, "for i in range(len(text) - seq_length)", example: "char-rnn", remark: "len(text) − seq_length"),
    .noted("002", 6492, .code, "SimpleRNN(50, …, activation='relu')", example: "char-rnn", remark: "relu here, where the notes' hidden-state formula has tanh"),
    .noted("002", 6504, .code, "model.fit(X_one_hot, y_one_hot, epochs=100)", example: "char-rnn", remark: "with the default batch size 32"),
    .number("002", 6512, "2", example: "char-rnn", step: "steps_per_epoch"),
] + charLog.map { .outOfScope("002", $0.0, .number, $0.1, unseeded) }
  + [6514, 6516, 6518, 6520, 6522, 6524, 6526].map {
      .outOfScope("002", $0, .number, "2/2", "the same batches per epoch as 002:6512 on every epoch line, shown there")
  }
  + (0..<6).map { i in
      .outOfScope("002", 6513 + 2 * i, .number, "Epoch \(94 + i)/100", "a counter of the log excerpt; its 100 = epochs is shown at 002:6525")
  } + [
    .number("002", 6525, "100", example: "char-rnn", step: "epochs_run"),
    .error("002", 6535, .code, "start_seq = \"This is G\"", example: "char-rnn", remark: CharRNN.startRemark,
           correct: "a start made of the text's characters, e.g. \"This is T\" (--start text)",
           cause: "the text was changed from \"This is GeeksforGeeks…\" but the start was not"),
    .number("002", 6553, "1", example: "char-rnn", step: "predict_steps"),
    .noted("002", 6553, .code, "four 1/1 lines", example: "char-rnn", remark: "the notes show 4 of the 50 lines"),
] + [(6553, "37ms"), (6554, "36ms"), (6555, "42ms"), (6556, "39ms")].map {
    .outOfScope("002", $0.0, .number, "1/1 0s \($0.1)/step", "a timing of one machine's run: not reproducible")
} + [6554, 6555, 6556].map {
    .outOfScope("002", $0, .number, "1/1", "the same batches per predict as 002:6553 on every call's line, shown there")
} + [
    .number("002", 6558, "59", example: "char-rnn", step: "generated_length"),
    .error("002", 6558, .code, "This is Geeks a software training institutetraining institu", example: "char-rnn",
           remark: "cannot write 'G', 'k'", correct: "an output over the 16 characters of 6452's text (no 'G', no 'k')",
           cause: "printed from a run on the text of the GeeksforGeeks article the notes copy, \"This is GeeksforGeeks a software training institute\""),
]

/// The training log of 002:7640–7649: (line, what it prints after 551/551).
private let clothingLog: [(Int, String)] = [
    (7641, "10s 11ms/step - accuracy: 0.7683 - loss: 0.5413"), (7643, "7s 8ms/step - accuracy: 0.7860 - loss: 0.5153"),
    (7645, "5s 8ms/step - accuracy: 0.7778 - loss: 0.5193"), (7647, "4s 7ms/step - accuracy: 0.7795 - loss: 0.4999"),
    (7649, "5s 7ms/step - accuracy: 0.7800 - loss: 0.4942"),
]

/// 002 lines 7300–7880: the clothing-review SimpleRNN, its summary and log; the Keras model of each pattern.
private let document002Keras: [LedgerEntry] = [
    .outOfScope("002", 7344, .number, "data.head(7): 767 33 NaN … 4 1 0 (seven rows)", clothing),
    .outOfScope("002", 7363, .number, "23472", clothing + " (the example takes it as --rows)"),
    .number("002", 7363, "10", example: "summary-simplernn", step: "columns"),
    .outOfScope("002", 7427, .code, "nbins=65-18", "a histogram of the Clothing Review data set, which the notes do not ship"),
    .error("002", 7467, .prose, "all the rating above 3 is made as 1 and below 3 as 0", example: "summary-simplernn",
           remark: SimpleRNNSummary.ratingRemark, correct: "ratings 4 and 5 become 1, ratings 1, 2 and 3 become 0 (int(rating > 3))",
           cause: "the rating 3 itself forgotten"),
    .error("002", 7523, .code, "X['Review Text'].apply(lambda x: lemm.lemmatize(x))", example: "summary-simplernn",
           remark: SimpleRNNSummary.lemmaRemark, correct: "' '.join(lemm.lemmatize(w) for w in x.split())",
           cause: "the lemmatizer takes one word, it is given a whole text"),
    .error("002", 7528, .code, "X['Text'] = list(X['Title']+X['Review Text']+X['Class Name'])", example: "summary-simplernn",
           remark: SimpleRNNSummary.concatRemark, correct: "X['Title'] + ' ' + X['Review Text'] + ' ' + X['Class Name']",
           cause: "string + joins with no separator"),
    .noted("002", 7533, .code, "train_test_split(X['Text'], y, test_size=0.25, random_state=42)", example: "summary-simplernn",
           remark: "train_test_split rounds the test part up"),
    .noted("002", 7544, .code, "Tokenizer(num_words=10000, oov_token='<OOV>')", example: "summary-simplernn", remark: "Tokenizer(num_words=10000)"),
    .noted("002", 7550, .prose, "By default it is pre", example: "summary-simplernn", remark: "as 002:7550 says"),
    .noted("002", 7561, .code, "pad_sequences(…, maxlen=40, …)", example: "summary-simplernn", remark: "pad_sequences(maxlen=40)"),
    .noted("002", 7577, .prose, "We use return_sequences = True only when we need another layer to stack", example: "summary-simplernn",
           remark: "002:7577 is right"),
    .noted("002", 7585, .code, "Embedding(10000, 128, input_length=40) → SimpleRNN(64, return_sequences=True) → SimpleRNN(64) → Dense(128) → Dropout(0.4) → Dense(1)",
           example: "summary-simplernn", remark: "model.summary() of 002 lines 7584–7593"),
    .error("002", 7607, .code, "(None, None, 128)", example: "summary-simplernn", remark: "the notes print (None, None, 128)",
           correct: "(None, 40, 128)", cause: "the table is from a model built without the 40-step input of 7586 and 7593"),
    .number("002", 7607, "1280000", example: "summary-simplernn", step: "emb"),
    .error("002", 7608, .code, "(None, None, 64)", example: "summary-simplernn", remark: "(None, None, 64) for the first two layers",
           correct: "(None, 40, 64)", cause: "the same unbuilt time axis as 7607"),
    .number("002", 7608, "12352", example: "summary-simplernn", step: "rnn1"),
    .number("002", 7609, "8256", example: "summary-simplernn", step: "rnn2"),
    .number("002", 7610, "8320", example: "summary-simplernn", step: "dense1"),
    .number("002", 7611, "0", example: "summary-simplernn", step: "dropout"),
    .number("002", 7612, "129", example: "summary-simplernn", step: "dense2"),
    .number("002", 7614, "1,309,057", example: "summary-simplernn", step: "total"),
    .number("002", 7615, "1,309,057", example: "summary-simplernn", step: "trainable"),
    .number("002", 7616, "0", example: "summary-simplernn", step: "non_trainable"),
    .noted("002", 7622, .prose, "use 5 epochs", example: "summary-simplernn", remark: "'Epoch 5/5' is the last of epochs=5"),
    .number("002", 7641, "551", example: "summary-simplernn", step: "steps_per_epoch"),
] + clothingLog.map { .outOfScope("002", $0.0, .number, $0.1, unseeded) }
  + [7643, 7645, 7647, 7649].map {
      .outOfScope("002", $0, .number, "551/551", "the same batches per epoch as 002:7641 on every epoch line, shown there")
  }
  + (0..<4).map { i in
      .outOfScope("002", 7640 + 2 * i, .number, "Epoch \(i + 1)/5", "a counter of the log; its 5 = epochs is shown at 002:7648")
  } + [
    .number("002", 7648, "5", example: "summary-simplernn", step: "epochs_run"),
    .noted("002", 7676, .code, "SimpleRNN processes a single time step (shape: (1, input_dim))", example: "pattern-models",
           remark: "input_shape=(1, 10)"),
    .noted("002", 7691, .code, "SimpleRNN(32, input_shape=(1, 10)) → Dense(1, sigmoid)", example: "pattern-models", remark: "one-to-one (002:7690–7698)"),
    .noted("002", 7739, .code, "Dense(64) → RepeatVector(20) → SimpleRNN(128, return_sequences=True) → Dense(10000, softmax)",
           example: "pattern-models", remark: "one-to-many (002:7737–7742)"),
    .error("002", 7754, .code, "y = np.random.rand(500, 20, 10000)", example: "pattern-models",
           remark: "002:7754 simulates the targets with np.random.rand", correct: "one-hot targets, e.g. to_categorical(np.random.randint(0, 10000, (500, 20)))",
           cause: "uniform noise for targets of categorical_crossentropy: each step sums to about 5000, not 1"),
    .noted("002", 7773, .code, "Inputs: word embeddings (shape: (sequence_length, input_dim))", example: "pattern-models",
           remark: "input_shape=(100, 128)"),
    .noted("002", 7792, .code, "SimpleRNN(64, input_shape=(100, 128)) → Dense(32, relu) → Dense(3, softmax)", example: "pattern-models",
           remark: "many-to-one (002:7787–7795)"),
    .noted("002", 7825, .prose, "Synchronized where we have equal input and output lengths", example: "patterns", remark: "002:7819–7825"),
    .noted("002", 7826, .prose, "Asynchronous where we have different lengths with encoder-decoder structure", example: "patterns",
           remark: "002:7826"),
    .noted("002", 7837, .prose, "return_state=True is set for capturing the encoder's context", example: "pattern-models",
           remark: "[u]: the last state, the context"),
    .error("002", 7849, .code, "_state = SimpleRNN(units, return_state=True)(encoder_input)", example: "pattern-models",
           remark: "002:7849 binds both results", correct: "_, state = SimpleRNN(units, return_state=True)(encoder_input); initial_state=state",
           cause: "the two results [output, state] bound to one name"),
    .noted("002", 7864, .code, "in_vocab, out_vocab = 10000, 12000; input_len, output_len = 50, 60", example: "pattern-models",
           remark: "many-to-many, encoder–decoder (002:7846–7866)"),
    .error("002", 7874, .code, "y_dec = np.random.rand(1000, output_len, out_vocab)", example: "pattern-models",
           remark: "002:7874 simulates the targets with np.random.rand", correct: "one-hot targets over out_vocab",
           cause: "the same uniform noise as 7754: each step sums to about 6000, not 1"),
]

/// 004 lines 160–215: the cell in the slides' notation.
private let document004: [LedgerEntry] = [
    .noted("004", 160, .prose, "the weight across the network remains the same", example: "unroll", remark: "004:160)"),
    .error("004", 165, .formula, "h = σ(UX + Wh₋₁ + B)", example: "unroll", remark: "004:165 prints Wh₋₁",
           correct: "h = σ(U·X + W·hₜ₋₁ + B)", cause: "the t of hₜ₋₁ lost"),
    .noted("004", 168, .formula, "Y = O(Vh + C)", example: "unroll", remark: "U, V, W: 002:6278, 6288 (004:165, 168)"),
    .noted("004", 174, .notation, "S is the State matrix which has element si", example: "unroll", remark: "004:174"),
    .error("004", 175, .notation, "The parameters in the network are W, U, V, c, b", example: "unroll", remark: "B (b at 004:175)",
           correct: "W, U, V, B, C", cause: "lower case c, b for the B and C of 004:165 and 168"),
    .error("004", 195, .notation, "xₜ -> input state", example: "unroll", remark: "004:195 calls xₜ the \"input state\"",
           correct: "xₜ -> input at time t", cause: "'state' carried over from the two lines above"),
    .noted("004", 201, .formula, "h_t = tanh(W_hh h_{t−1} + W_xh x_t)", example: "unroll", remark: "Wₓₕ, Wₕₕ, Wₕᵧ: 002:6325, 6331 (004:201, 211)"),
    .noted("004", 211, .formula, "y_t = W_hy h_t", example: "unroll", remark: "(004:201, 211)"),
    .error("004", 214, .notation, "W_hv -> weight at output layer", example: "unroll", remark: "004:214 prints W_hv",
           correct: "W_hy", cause: "v for y (V is the output matrix of 004:168)"),
]
