import Testing
@testable import TraceEngine

@Suite("Engine: option parsing")
struct CommandLineParsingTests {
    @Test("vectors, matrices, integers and choices", arguments: [
        (ParameterSpec("v", .vector(count: 2), default: .vector([0, 0]), ""), "0.35,−0.7", ParameterValue.vector([0.35, -0.7])),
        (ParameterSpec("m", .matrix(rows: 2, columns: 2), default: .matrix([[0]]), ""), "1,3;5,6", .matrix([[1, 3], [5, 6]])),
        (ParameterSpec("m", .matrix(rows: nil, columns: nil), default: .matrix([[0]]), ""), " 1 , 2 ", .matrix([[1, 2]])),
        (.integer("n", 1, in: 1...10, ""), "10", .integer(10)),
        (.choice("c", "a", of: ["a", "b"], ""), "b", .choice("b")),
        (.number("x", 0, ""), "-1e-3", .number(-0.001)),
    ])
    func good(spec: ParameterSpec, text: String, value: ParameterValue) throws {
        #expect(try ParameterParser.parse(text, as: spec) == value)
    }

    @Test("anything else is refused with the option's name", arguments: [
        (ParameterSpec("v", .vector(count: 2), default: .vector([0, 0]), ""), "1,2,3"),
        (ParameterSpec("v", .vector(count: nil), default: .vector([0]), ""), "1,,2"),
        (ParameterSpec("m", .matrix(rows: 2, columns: 2), default: .matrix([[0]]), ""), "1,2;3"),
        (ParameterSpec("m", .matrix(rows: 2, columns: 2), default: .matrix([[0]]), ""), "1,2;3,4;5,6"),
        (.integer("n", 1, in: 1...10, ""), "11"),
        (.integer("n", 1, in: 1...10, ""), "9223372036854775808"),
        (.number("x", 0, ""), "NaN"), (.number("x", 0, ""), "infinity"), (.number("x", 0, ""), "1e999"),
        (.number("x", 0, ""), "0x10"), (.number("x", 0, ""), "1.2.3"), (.number("x", 0, ""), " "),
        (.choice("c", "a", of: ["a", "b"], ""), "A"),
    ])
    func bad(spec: ParameterSpec, text: String) {
        #expect(throws: UsageError.self) { try ParameterParser.parse(text, as: spec) }
        do { _ = try ParameterParser.parse(text, as: spec) } catch { #expect(error.message.hasPrefix("--\(spec.name): expected")) }
    }

    @Test("shared options are split from the example's")
    func invocation() throws {
        let inv = try Invocation.parse(["--format", "json", "--lr=0.5", "--precision", "9", "--x", "-1"])
        #expect(inv.format == .json && inv.precision == 9)
        #expect(inv.overrides.map(\.name) == ["lr", "x"])
        #expect(inv.overrides.map(\.text) == ["0.5", "-1"])
        #expect(throws: UsageError.self) { try Invocation.parse(["--"]) }
        #expect(throws: UsageError.self) { try Invocation.parse(["-x", "1"]) }
    }
}

@Suite("Engine: what an option expects")
struct ExpectationTests {
    @Test("a matrix option names the shape it needs", arguments: [
        (ParameterKind.matrix(rows: 2, columns: 3), "a 2×3 matrix"), (.matrix(rows: nil, columns: 4), "a matrix of 4 columns"),
        (.matrix(rows: 3, columns: nil), "a matrix of 3 rows"), (.matrix(rows: nil, columns: nil), "a matrix,"),
        (.vector(count: 3), "3 comma-separated numbers"), (.integer(1...9), "a whole number from 1 to 9"),
    ])
    func expectation(kind: ParameterKind, text: String) {
        let spec = ParameterSpec("m", kind, default: .number(0), "")
        #expect(spec.expectation.hasPrefix(text), "\(spec.expectation)")
    }
}
