/// A signed-in browser: the account, and the CSRF token its forms must send back.
public struct StaffSession: Sendable {
    public var account: StaffAccount
    public var csrfToken: String

    public init(account: StaffAccount, csrfToken: String) {
        self.account = account
        self.csrfToken = csrfToken
    }
}
