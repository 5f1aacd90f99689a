import Access
import Foundation
import Logging
import PostgresNIO
import ServiceKit

/// Counts failed sign-ins per account and per client address in the service's database
/// (`sign_in_failures`), so that replicas share the count and a restart forgets nothing. Past
/// a limit, sign-in is refused before the password is checked, until the oldest failure of
/// the window leaves it. Addresses and accounts are kept as SHA-256 digests only.
public struct SignInThrottle: Sendable {
    let limits: SignInLimits
    let logger: Logger

    public init(limits: SignInLimits, logger: Logger) {
        self.limits = limits
        self.logger = logger
    }

    /// Throws ``SignInThrottled`` when the account or the address has failed too often lately.
    public func check(email: String, address: String, now: Date, on client: PostgresClient) async throws {
        let account = Self.key(account: email), origin = Self.key(address: address)
        let since = now.addingTimeInterval(-limits.window.seconds)
        let rows = try await client.query("""
            SELECT count(*) FILTER (WHERE key = \(account))::int, min(failed_at) FILTER (WHERE key = \(account)),
                   count(*) FILTER (WHERE key = \(origin))::int, min(failed_at) FILTER (WHERE key = \(origin))
            FROM sign_in_failures WHERE key IN (\(account), \(origin)) AND failed_at > \(since)
            """, logger: logger)
        for try await (accountFailures, accountOldest, originFailures, originOldest) in rows.decode((Int, Date?, Int, Date?).self) {
            var reopens: [Date] = []
            if accountFailures >= limits.perAccount, let accountOldest { reopens.append(accountOldest) }
            if originFailures >= limits.perAddress, let originOldest { reopens.append(originOldest) }
            if let last = reopens.max() {
                logger.warning("sign-in refused: too many failures", metadata: [
                    "per.account": "\(accountFailures >= limits.perAccount)", "per.address": "\(originFailures >= limits.perAddress)",
                ])
                throw SignInThrottled(retryAfter: max(1, Int(last.addingTimeInterval(limits.window.seconds).timeIntervalSince(now).rounded(.up))))
            }
        }
    }

    /// Counts a failure against the account and the address, and forgets failures older than a day.
    public func recordFailure(email: String, address: String, now: Date, on client: PostgresClient) async throws {
        try await client.transaction(logger: logger) { connection in
            try await connection.query("""
                INSERT INTO sign_in_failures (key, failed_at) VALUES (\(Self.key(account: email)), \(now)), (\(Self.key(address: address)), \(now))
                """, logger: logger)
            try await connection.query("DELETE FROM sign_in_failures WHERE failed_at < \(now.addingTimeInterval(-86_400))", logger: logger)
        }
    }

    /// A successful sign-in clears the account's failures (not the address's).
    public func recordSuccess(email: String, on client: PostgresClient) async throws {
        try await client.query("DELETE FROM sign_in_failures WHERE key = \(Self.key(account: email))", logger: logger)
    }

    static func key(account email: String) -> Data { SecretToken.digest("account:" + email.lowercased()) }
    static func key(address: String) -> Data { SecretToken.digest("address:" + address) }
}

extension Duration {
    fileprivate var seconds: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
