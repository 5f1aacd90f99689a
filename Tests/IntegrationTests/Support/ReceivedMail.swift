import Foundation

/// What the test SMTP server accepted, as Python's email package read it.
struct ReceivedMail {
    let json: [String: Any]

    var rcptTos: [String] { json["rcptTos"] as? [String] ?? [] }
    var subject: String? { json["subject"] as? String }
    var text: String? { json["text"] as? String }
    var html: String? { json["html"] as? String }
    var tls: Bool { json["tls"] as? Bool ?? false }
    var authenticated: Bool { json["authenticated"] as? Bool ?? false }
    var headers: [String: String] { json["headers"] as? [String: String] ?? [:] }
    var attachments: [(fileName: String, contentType: String, content: [UInt8])] {
        (json["attachments"] as? [[String: Any]] ?? []).map {
            ($0["fileName"] as? String ?? "", $0["contentType"] as? String ?? "",
             Array(Data(base64Encoded: $0["content"] as? String ?? "") ?? Data()))
        }
    }

    /// The messages a listener (`plain`, `starttls`, `auth`) accepted for `recipient`.
    static func to(_ recipient: String, on listener: String) throws -> [ReceivedMail] {
        let folder = URL(fileURLWithPath: TestEnvironment.mailFolder).appendingPathComponent(listener)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try files.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let mail = ReceivedMail(json: (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:])
            return mail.rcptTos.contains(recipient) ? mail : nil
        }
    }
}
