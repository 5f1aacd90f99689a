/// Why migrations were not applied.
public enum MigrationError: Error, CustomStringConvertible, Equatable {
    /// The database's recorded history is not a prefix of this build's migrations.
    case divergentHistory(String)
    /// Two migrations of this build share a version.
    case duplicateVersion(Int)

    public var description: String {
        switch self {
        case .divergentHistory(let detail): "the schema's migration history diverges from this build: \(detail)"
        case .duplicateVersion(let version): "two migrations share version \(version)"
        }
    }
}
