/// One thing a service keeps about a person, as the export shows it to them: what it is
/// (« Inscription à une formation ») and its fields, labelled in French.
public struct PersonalRecord: Codable, Sendable, Equatable {
    public var category: String
    public var fields: [String: String]

    public init(category: String, fields: [String: String]) {
        self.category = category
        self.fields = fields
    }
}
