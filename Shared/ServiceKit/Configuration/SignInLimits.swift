/// How many failed sign-ins (page or API) a service accepts within ``window`` before it
/// refuses the next ones without checking the password: per account, against guessing one
/// person's password, and per client address, against trying many accounts from one place.
public struct SignInLimits: Sendable, Equatable {
    /// `SIGN_IN_FAILURES_PER_ACCOUNT`.
    public var perAccount = 5
    /// `SIGN_IN_FAILURES_PER_ADDRESS`.
    public var perAddress = 50
    /// How long a failure counts.
    public var window: Duration = .seconds(15 * 60)

    public init() {}
}
