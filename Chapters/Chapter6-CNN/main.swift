// swift run Chapter6-CNN --help
import CNN

chapter.runAsProcess()
