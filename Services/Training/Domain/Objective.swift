/// The programme's objective: 1,000 elected officials trained, each counted once whatever
/// the number of sessions they attended (identity: the digest of their normalised address).
struct Objective: Codable, Sendable, Equatable {
    /// One line of a breakdown: a département, theme or kind, and the people counted there.
    struct Line: Codable, Sendable, Equatable {
        var code: String
        var label: String
        var trained: Int
    }

    static let target = 1_000

    var trained: Int
    var target = Objective.target
    var byDepartment: [Line]
    var byTheme: [Line]
    var byKind: [Line]
}
