import TraceEngine

/// The input shapes [samples, timesteps, features] of 003 lines 541–575 ("Preparing Sequence Data for TBPTT"):
/// plain arithmetic on the notes' own fixed counts, printed with the truncated example.
enum DataShapes {
    /// The notes' numbers, beside each step that computes one of them.
    static func claims() -> [String: DocumentClaim] {
        [
            "asis_samples": .notes("003", 545, "100"),
            "asis_timesteps": .notes("003", 545, "25"),
            "asis_features": .notes("003", 545, "1"),
            "naive_subsequence_length": .notes("003", 553, "500"),
            "naive_samples_per_sequence": .notes("003", 553, "100"),
            "naive_samples": .notes("003", 553, "10,000"),
            "naive_shape_samples": .notes("003", 553, "10000"),
            "naive_shape_timesteps": .notes("003", 553, "500"),
            "naive_shape_features": .notes("003", 553, "1"),
            "naive_state_kept": .notes("003", 553, "100"),
            "naive_reset_every": .notes("003", 553, "100"),
            "lean_factor": .notes("003", 571, "5,000", .wrong, "5,000 is 100 × 50, the product; the factor is 50"),
            "lean_samples": .notes("003", 571, "5,000"),
            "lean_shape_samples": .notes("003", 571, "5000"),
            "lean_shape_timesteps": .notes("003", 571, "1"),
            "lean_shape_features": .notes("003", 571, "1"),
            "lean_reset_every": .notes("003", 573, "50"),
        ]
    }

    /// Records the three layouts. The counts are the notes' (100 sequences of 25, 50,000 or 50 timesteps), not options.
    static func record(into trace: Trace) {
        trace.attach(claims(), when: true)
        let count = { (id: String, symbol: String, formula: String, substituted: String, value: Double) in
            trace.record(id, symbol, formula: Formula(text: formula), substituted: Formula(text: substituted), .scalar(value))
        }
        trace.section("Preparing the data for truncated BPTT, as-is (003 lines 541–545)",
                      "003 lines 541–575 give Keras input shapes [samples, timesteps, features] for three ways to cut the data;",
                      "the counts are the notes' own, not options, and a univariate series has 1 feature.",
                      "As-is: 100 sequences of 25 timesteps, one sample each")
        let sequences = 100.0
        count("asis_samples", "samples", "number of sequences", "100", sequences)
        count("asis_timesteps", "timesteps", "length of a sequence", "25", 25)
        count("asis_features", "features", "1 (univariate)", "1", 1)

        trace.section("Naïve split (003 line 553)",
                      "100 sequences of 50,000 timesteps, each cut into 100 contiguous subsequences")
        let long = 50_000.0, pieces = 100.0
        let length = long / pieces
        count("naive_subsequence_length", "timesteps per subsequence", "50,000 / subsequences per sequence", "50000 / 100", length)
        let perSequence = long / length
        count("naive_samples_per_sequence", "samples per sequence", "50,000 / timesteps per subsequence", "50000 / 500", perSequence)
        let samples = sequences * perSequence
        count("naive_samples", "samples", "sequences × samples per sequence", "100 × 100", samples)
        count("naive_shape_samples", "input shape: samples", "samples, as above", "10000", samples)
        count("naive_shape_timesteps", "input shape: timesteps", "timesteps per subsequence", "500", length)
        count("naive_shape_features", "input shape: features", "1 (univariate)", "1", 1)
        count("naive_state_kept", "subsequences that share one state", "subsequences per sequence", "100", pieces)
        count("naive_reset_every", "reset the state after every … samples", "samples per sequence", "100", perSequence)

        trace.section("One timestep per sample (003 lines 567–573)",
                      "100 sequences of 50 timesteps, every timestep a sample of its own")
        let steps = 50.0
        count("lean_factor", "factor by which the 100 samples multiply", "timesteps per sequence", "50", steps)
        count("lean_samples", "samples", "sequences × timesteps", "100 × 50", sequences * steps)
        count("lean_shape_samples", "input shape: samples", "samples, as above", "5000", sequences * steps)
        count("lean_shape_timesteps", "input shape: timesteps", "1 (one timestep per sample)", "1", 1)
        count("lean_shape_features", "input shape: features", "1 (univariate)", "1", 1)
        count("lean_reset_every", "reset the state after every … samples", "timesteps per sequence (one real sequence)", "50", steps)
    }
}
