/// One reason a request was refused, tied to the field it concerns.
public struct FieldError: Codable, Sendable, Equatable {
    /// The field's name in the request (dotted for nested fields, e.g. `applicant.kind`).
    public var field: String
    /// A French sentence for the person who filled the form.
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}
