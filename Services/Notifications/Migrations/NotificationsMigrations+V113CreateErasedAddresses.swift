import Persistence

extension NotificationsMigrations {
    /// Addresses whose data were erased, as SHA-256 digests of the lower-cased address: for a
    /// week after an erasure, events published before it (a lagging consumer, a replay) queue
    /// nothing and teach nothing about the address. An erased message stays in the log, empty
    /// and marked, and cannot be resent.
    static let erasedAddresses = Migration(version: 113, name: "erased_addresses", statements: [
        "CREATE TABLE erased_addresses (digest bytea PRIMARY KEY, erased_at timestamptz NOT NULL)",
        "ALTER TABLE messages ADD COLUMN erased_at timestamptz",
    ])
}
