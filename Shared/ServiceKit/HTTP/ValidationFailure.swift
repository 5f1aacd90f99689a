/// Input refused, with every field's problem at once.
public struct ValidationFailure: ProblemConvertible {
    public var errors: [FieldError]

    public init(errors: [FieldError]) {
        self.errors = errors
    }

    public var problem: Problem { .invalid(errors) }
}
