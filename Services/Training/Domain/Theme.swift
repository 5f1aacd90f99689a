/// A session's theme: a stable code and its French label.
struct Theme: Codable, Sendable, Equatable {
    var code: String
    var label: String
}
