import Model

/// How an attachment reads on the pages.
enum AttachmentPresentation {
    static func values(_ attachment: Attachment, link: String) -> [String: Any] {
        ["name": attachment.fileName, "link": link, "kind": attachment.kind.rawValue.uppercased(), "size": size(attachment.sizeBytes),
         "uploaded": ParisTime.frenchDateTime(attachment.uploadedAt), "sha256": attachment.sha256]
    }

    /// `2,4 Mo`, `512 ko`.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024 {
            let tenths = bytes * 10 / (1024 * 1024)
            return "\(tenths / 10)\(tenths % 10 == 0 ? "" : ",\(tenths % 10)")\u{00A0}Mo"
        }
        return "\(max(1, bytes / 1024))\u{00A0}ko"
    }
}
