// swift run Chapter5-LSTM --help
import LSTM

chapter.runAsProcess()
