// swift run Chapter1-Perceptron --help
import Perceptron

chapter.runAsProcess()
