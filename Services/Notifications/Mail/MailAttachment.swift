/// A file sent with a message (e.g. an iCalendar invitation).
struct MailAttachment: Sendable, Equatable {
    var fileName: String
    var contentType: String
    var content: [UInt8]
}
