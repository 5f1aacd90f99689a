import Foundation

/// One email in the delivery log: whom it was for, what became of it and the SMTP server's
/// last reply. The bodies stay in the queue; staff see what they need to answer a call.
struct LoggedMessage: Codable, Sendable, Equatable {
    var id: UUID
    var template: String
    var recipient: String
    var recipientName: String?
    /// The dossier's reference, when the email concerns one.
    var reference: String?
    var subject: String
    var status: DeliveryStatus
    var attempts: Int
    var lastReply: String?
    var createdAt: Date
    var finishedAt: Date?
    /// The message this one sends again, when staff resent it.
    var resendOf: UUID?
}
