// swift run Chapter4-BPTT --help
import BPTT

chapter.runAsProcess()
