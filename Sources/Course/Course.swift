import TraceEngine
import Perceptron
import Backprop
import RNN
import BPTT
import CNN
import Losses
import LSTM
import Optimizers
import Generative
import RL

/// Every chapter of the course, in chapter order: what `Errata` (and later `Book`) are built from.
public let chapters: [Chapter] = [
    Perceptron.chapter,
    Backprop.chapter,
    RNN.chapter,
    BPTT.chapter,
    LSTM.chapter,
    CNN.chapter,
    Optimizers.chapter,
    Losses.chapter,
    Generative.chapter,
    RL.chapter,
]
