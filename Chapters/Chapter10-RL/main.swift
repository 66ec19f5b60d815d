// swift run Chapter10-RL --help
import RL

chapter.runAsProcess()
