// swift run Chapter7-Optimizers --help
import Optimizers

chapter.runAsProcess()
