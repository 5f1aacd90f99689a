/// A value read from a column that the code does not know: the schema and the code have
/// diverged (a CHECK constraint removed, a row written by a newer version). Reading it is a
/// fault, never a silent default: the request fails with an error id in the log.
public struct UnknownStoredValue: Error, CustomStringConvertible {
    public var column: String
    public var value: String

    public init(column: String, value: String) {
        self.column = column
        self.value = value
    }

    public var description: String { "unknown value \(value) in column \(column)" }
}

/// The case of `type` stored as `raw` in `column`; throws ``UnknownStoredValue`` when the code knows no such case.
public func storedValue<Value: RawRepresentable>(_ type: Value.Type, _ raw: Value.RawValue, column: String) throws -> Value {
    guard let value = Value(rawValue: raw) else { throw UnknownStoredValue(column: column, value: "\(raw)") }
    return value
}
