import Foundation
import Hummingbird

/// Sign-in refused for a while after too many failures: 429 with `Retry-After`, and a French
/// message that says how long to wait (the same whether the account or the address is at fault).
public struct SignInThrottled: ProblemConvertible, Sendable {
    /// Seconds until a new attempt is taken.
    public let retryAfter: Int

    public init(retryAfter: Int) {
        self.retryAfter = retryAfter
    }

    /// "Trop de tentatives de connexion échouées. Réessayez dans 12 minutes."
    public var message: String {
        let minutes = max(1, (retryAfter + 59) / 60)
        return "Trop de tentatives de connexion échouées. Réessayez dans \(minutes) minute\(minutes > 1 ? "s" : "")."
    }

    /// The API's answer.
    public var problem: Problem {
        var problem = Problem(status: .tooManyRequests, title: "Trop de tentatives de connexion.", detail: message)
        problem.retryAfter = retryAfter
        return problem
    }
}
