// swift run Chapter3-RNN --help
import RNN

chapter.runAsProcess()
