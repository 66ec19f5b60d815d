// swift run Chapter9-Generative --help
import Generative

chapter.runAsProcess()
