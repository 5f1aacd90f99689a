/// A signed-in browser: the account, and the CSRF token its forms must send back.
public struct AccountSession<Role: AccountRole>: Sendable {
    public var account: Account<Role>
    public var csrfToken: String

    public init(account: Account<Role>, csrfToken: String) {
        self.account = account
        self.csrfToken = csrfToken
    }
}
