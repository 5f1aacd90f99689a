extension AccountSession {
    /// What a back office's layout shows of the signed-in account (`session.name`, and
    /// `session.csrf` for the sign-out form).
    public var layoutValues: [String: Any] { ["name": account.displayName, "csrf": csrfToken] }
}
