import Events
import Foundation
import Logging
import PostgresNIO

/// Something a service keeps about people, found by their email address: its accounts, a
/// dossier's contacts, registrations… Each service lists its holders; ``PersonalDataResponder``
/// asks each of them, in the transaction that records the request as applied.
public protocol PersonalDataHolder: Sendable {
    /// The tables it reads and writes, for the documentation of the events.
    var tables: [String] { get }
    /// What is kept about the person at `email`, letter case aside.
    func records(of email: String, on connection: PostgresConnection, logger: Logger) async throws -> [PersonalRecord]
    /// Erases what is kept about `email`, or anonymises it where the record itself must stay;
    /// returns how many records changed.
    func erase(_ email: String, on connection: PostgresConnection, logger: Logger) async throws -> Int
}
