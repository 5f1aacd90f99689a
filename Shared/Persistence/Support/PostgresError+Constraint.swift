import PostgresNIO

extension PSQLError {
    /// The name of the constraint a statement broke, if that is why it failed.
    public var violatedConstraint: String? {
        serverInfo?[.constraintName]
    }
}

extension Error {
    /// The constraint broken by this error or the one it wraps (transactions wrap errors).
    public var violatedConstraint: String? {
        if let error = self as? PSQLError { return error.violatedConstraint }
        if let error = self as? PostgresTransactionError {
            return error.closureError?.violatedConstraint ?? error.commitError?.violatedConstraint
        }
        return nil
    }
}
