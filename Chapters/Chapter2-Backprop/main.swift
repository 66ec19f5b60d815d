// swift run Chapter2-Backprop --help
import Backprop

chapter.runAsProcess()
