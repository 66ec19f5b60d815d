// swift run -c release Benchmark: the training and BPTT timings of `bash .ci/benchmark`.
import Benchmarks

for line in Report.lines() { print(line) }
