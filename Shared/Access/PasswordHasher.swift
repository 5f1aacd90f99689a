import Foundation
import HummingbirdBcrypt
import NIOPosix

/// bcrypt hashing and checking of passwords, kept off the event loops and the cooperative
/// pool because bcrypt is deliberately slow.
public struct PasswordHasher: Sendable {
    /// bcrypt's cost factor: 2^cost rounds (tests lower it).
    public var cost: UInt8

    public init(cost: UInt8 = 11) {
        self.cost = cost
    }

    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches `hash`; with no hash (unknown address) it spends the time
    /// of a real check and answers no, so that response times do not reveal which addresses exist.
    public func verify(_ password: String, against hash: String?) async throws -> Bool {
        let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash ?? Self.decoyHash) }
        return hash != nil && matches
    }

    /// A valid bcrypt hash of a random string, compared against when the address is unknown.
    private static let decoyHash = Bcrypt.hash(UUID().uuidString, cost: 11)
}
