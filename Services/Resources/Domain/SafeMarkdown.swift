import Foundation
import Ink
import ServiceKit

/// Markdown to HTML with Ink, safe to show: the author's own HTML is shown as text, and a
/// link or an image keeps its address only when it is `http`, `https`, `mailto` or relative,
/// written back escaped (Ink copies addresses as typed, quotes included).
struct SafeMarkdown: Sendable {
    func html(_ markdown: String) -> String {
        var parser = MarkdownParser()
        parser.addModifier(Modifier(target: .html) { _, markdown in String(markdown).markupEscaped })
        parser.addModifier(Modifier(target: .links) { html, markdown in Self.link(html, markdown: String(markdown)) })
        parser.addModifier(Modifier(target: .images) { _, markdown in Self.image(markdown: String(markdown)) })
        return parser.html(from: markdown)
    }

    /// `[text](address)`: Ink's element rebuilt around a safe address; any other form (a
    /// reference to an address declared elsewhere) is shown as the text the author typed.
    private static func link(_ html: String, markdown: String) -> String {
        guard let (_, address) = parts(of: markdown, opening: "["), html.hasPrefix("<a href=\"\(address)\">"), html.hasSuffix("</a>") else {
            return markdown.markupEscaped
        }
        let text = html.dropFirst("<a href=\"\(address)\">".count).dropLast("</a>".count)
        return "<a href=\"\(safe(address).markupEscaped)\">\(text)</a>"
    }

    /// `![alternative](address)`, rebuilt with the alternative escaped and a safe address.
    private static func image(markdown: String) -> String {
        guard markdown.hasPrefix("!"), let (alternative, address) = parts(of: String(markdown.dropFirst()), opening: "[") else {
            return markdown.markupEscaped
        }
        return "<img src=\"\(safe(address).markupEscaped)\" alt=\"\(alternative.markupEscaped)\">"
    }

    /// The text between the brackets and the address between the parentheses of `[text](address)`.
    private static func parts(of markdown: String, opening: Character) -> (String, String)? {
        guard markdown.first == opening, markdown.last == ")", let middle = markdown.range(of: "](", options: .backwards) else { return nil }
        return (String(markdown[markdown.index(after: markdown.startIndex)..<middle.lowerBound]),
                String(markdown[middle.upperBound..<markdown.index(before: markdown.endIndex)]))
    }

    /// The address if its scheme is allowed (or it has none: a relative address), else `#`.
    private static func safe(_ address: String) -> String {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        let beforeSeparator = trimmed.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let colon = beforeSeparator.firstIndex(of: ":") else { return trimmed }
        return ["http", "https", "mailto"].contains(trimmed[..<colon].lowercased()) ? trimmed : "#"
    }
}
