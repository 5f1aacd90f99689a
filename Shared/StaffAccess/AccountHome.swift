import CommandKit

/// A service whose accounts the `account` command manages.
public protocol AccountHome {
    associatedtype Role: AccountRole
    /// The service's database, as its command-line tools open it.
    static var commandDatabase: CommandDatabase { get }
}
