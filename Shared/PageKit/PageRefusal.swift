/// Why a page request stops before its work: the browser is sent elsewhere or told why.
public enum PageRefusal: Error {
    /// No session: to the sign-in page.
    case signInRequired
    /// Signed in, but not allowed here.
    case forbidden
    /// The form's CSRF token does not match the session's.
    case staleForm
}
