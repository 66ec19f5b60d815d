// The port of numpy's legacy RandomState against numpy itself, bit for bit. Tests/Data/Chapter7-randomstate.txt was made
// by numpy 2.4.6 with this script (/work/scratch/ch7/rng_data.py):
//
//     import numpy as np, struct
//     def hx(x): return struct.pack('>d', float(x)).hex()
//     for seed in [0, 1, 42, 12345, 4294967295]:
//         rs = np.random.RandomState(seed)
//         out.append(f"seed {seed} uint32 " + " ".join(str(int(v)) for v in rs.randint(0, 2**32, size=1000, dtype=np.uint32)))
//         rs = np.random.RandomState(seed); out.append(f"seed {seed} rand " + " ".join(hx(v) for v in rs.rand(1000)))
//         rs = np.random.RandomState(seed); out.append(f"seed {seed} randn " + " ".join(hx(v) for v in rs.randn(1000)))
//         rs = np.random.RandomState(seed); perms = []
//         for n in [1, 2, 3, 10, 100, 884]: perms += list(rs.permutation(n))
//         out.append(f"seed {seed} permutations " + " ".join(str(int(v)) for v in perms))
//         rs = np.random.RandomState(seed)
//         seq = [hx(v) for v in rs.rand(3)] + [hx(v) for v in rs.randn(3)] + [str(int(v)) for v in rs.permutation(7)] + [hx(v) for v in rs.randn(2)]
//         out.append(f"seed {seed} mixed " + " ".join(seq))
//
// Tests/Data/Chapter7-pairwise300.txt holds np.random.RandomState(3).rand(300), each as repr(float(v)).
// (randint over the full 32-bit range returns the raw MT19937 outputs; doubles are written as their 64 bits in hex.)
import Foundation
import Testing
import TraceEngine
@testable import Optimizers

private struct Line {
    var seed: UInt32, kind: String, values: [String]
}

private let lines: [Line] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data/Chapter7-randomstate.txt")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map { row in
        let words = row.split(separator: " ").map(String.init)
        return Line(seed: UInt32(words[1]) ?? 0, kind: words[2], values: Array(words.dropFirst(3)))
    }
}()

private func bits(_ x: Double) -> String {
    let b = x.bitPattern
    return (0..<8).map { String(format: "%02x", (b >> (56 - 8 * UInt64($0))) & 0xff) }.joined()
}

@Suite("numpy's legacy RandomState, ported")
struct RandomStateTests {
    @Test("the test data is there: 5 seeds, 5 kinds of draw")
    func data() { #expect(lines.count == 25) }

    @Test("raw MT19937 outputs, rand, randn, permutations and a mixed sequence, bit for bit", arguments: [0, 1, 42, 12345, 4_294_967_295] as [UInt32])
    func draws(seed: UInt32) {
        for line in lines where line.seed == seed {
            var rng = RandomState(seed: seed)
            let got: [String]
            switch line.kind {
            case "uint32": got = (0..<line.values.count).map { _ in String(rng.nextUInt32()) }
            case "rand": got = rng.rand(line.values.count).map(bits)
            case "randn": got = rng.randn(line.values.count).map(bits)
            case "permutations": got = [1, 2, 3, 10, 100, 884].flatMap { rng.permutation($0) }.map(String.init)
            case "mixed":
                got = rng.rand(3).map(bits) + rng.randn(3).map(bits) + rng.permutation(7).map(String.init) + rng.randn(2).map(bits)
            default: got = []
            }
            #expect(line.values.count >= 9, "seed \(seed) \(line.kind): too few values in the data")
            let first = zip(got, line.values).enumerated().first { $0.element.0 != $0.element.1 }
            #expect(got == line.values, "seed \(seed) \(line.kind): first difference at draw \(first?.offset ?? -1): numpy \(first?.element.1 ?? "?"), got \(first?.element.0 ?? "?")")
        }
    }

    @Test("np.random.seed(1); randn(2, 1): the draws Chapter 1's forward example hard-codes (002 lines 1490–1491)")
    func chapterOneDraws() {
        var rng = RandomState(seed: 1)
        // numpy: np.random.RandomState(1).randn(2) = [1.6243453636632417, -0.6117564136500754]
        #expect(rng.randn(2) == [1.6243453636632417, -0.6117564136500754])
    }

    @Test("numpy's pairwise sum: np.sum of 300 draws (two halves of blocks of 8), not the plain sum")
    func pairwise() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data/Chapter7-pairwise300.txt")
        let a = try String(contentsOf: url, encoding: .utf8).split(separator: " ").compactMap { Double($0) }
        #expect(a.count == 300)
        // numpy: float(np.sum(a)) = 146.6453935130466; sum(a) in Python = 146.64539351304657; np.mean(a[:100]) = 0.4793440488258928
        #expect(PairwiseSum.sum(a) == 146.6453935130466)
        #expect(PairwiseSum.mean(Array(a.prefix(100))) == 0.4793440488258928)
    }
}
