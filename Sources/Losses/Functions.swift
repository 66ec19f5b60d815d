import Foundation
import TraceEngine

/// The chapter's scalar functions in their numerically stable forms, declared for the shared edge-case test.
enum LossFunctions {
    static let all: [NumericFunction] = []
}
