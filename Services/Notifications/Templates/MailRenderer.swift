import Foundation
import Mustache

/// Renders a template's subject, text and HTML alternatives from the same values.
///
/// The HTML alternative is the text's paragraphs in an accessible page (language, title,
/// one column, real paragraphs); values are escaped in it, not in the text.
struct MailRenderer: Sendable {
    struct Rendered: Sendable, Equatable {
        var subject: String
        var text: String
        var html: String
    }

    private let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for template in MailTemplate.allCases {
            // Text and subject are not HTML: the TEXT content type keeps apostrophes and ampersands as they are.
            try library.register("{{% CONTENT_TYPE: TEXT}}" + template.subject, named: "\(template.rawValue).subject")
            try library.register("{{% CONTENT_TYPE: TEXT}}" + template.text, named: "\(template.rawValue).text")
            try library.register(Self.html(template.text), named: "\(template.rawValue).html")
        }
        self.library = library
    }

    func render(_ template: MailTemplate, _ values: [String: Any]) -> Rendered {
        let subject = library.render(values, withTemplate: "\(template.rawValue).subject") ?? ""
        let text = (library.render(values, withTemplate: "\(template.rawValue).text") ?? "")
            .replacingOccurrences(of: "\n\n\n", with: "\n\n").replacingOccurrences(of: "\n", with: "\r\n")
        let html = library.render(values, withTemplate: "\(template.rawValue).html") ?? ""
        return Rendered(subject: subject.replacingOccurrences(of: "\n", with: " "), text: text + "\r\n" + Self.signature, html: html)
    }

    static let signature = "Le service du programme « Internet Public et Citoyen »\r\nGuichet unique : 0811 034 600 (coût d'un appel local)\r\n"

    /// The text's paragraphs as an HTML page; Mustache escapes the values.
    private static func html(_ text: String) -> String {
        let paragraphs = text.components(separatedBy: "\n\n").map { "<p>\($0.replacingOccurrences(of: "\n", with: "<br>\n"))</p>" }
        return """
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Internet Public et Citoyen</title></head>
        <body style="font-family: sans-serif; line-height: 1.5; color: #1b1b1b; max-width: 40em;">
        \(paragraphs.joined(separator: "\n"))
        <p>Le service du programme « Internet Public et Citoyen »<br>Guichet unique : 0811 034 600 (coût d'un appel local)</p>
        </body></html>
        """
    }
}
