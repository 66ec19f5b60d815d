// swift run Chapter8-Losses --help
import Losses

chapter.runAsProcess()
