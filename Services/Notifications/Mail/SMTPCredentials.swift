/// The account the client authenticates with (AUTH PLAIN, or LOGIN when only it is offered).
struct SMTPCredentials: Sendable, Equatable {
    var username: String
    var password: String
}
