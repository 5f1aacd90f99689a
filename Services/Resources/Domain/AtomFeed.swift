import Foundation
import ServiceKit

/// An Atom (RFC 4287) feed of publications, each entry with its licence in `rights`.
struct AtomFeed: Sendable {
    var id: String
    var title: String
    var selfURL: String
    var siteURL: String
    var entries: [(PublicationSummary, url: String)]
    var now: Date

    var xml: String {
        // One formatter for the whole feed: making one is the costly part of formatting a date.
        let formatter = ISO8601DateFormatter()
        let updated = entries.map(\.0.updatedAt).max() ?? now
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">"#,
            "<id>\(id.markupEscaped)</id>",
            "<title>\(title.markupEscaped)</title>",
            "<updated>\(formatter.string(from: updated))</updated>",
            #"<link rel="self" type="application/atom+xml" href="\#(selfURL.markupEscaped)"/>"#,
            #"<link rel="alternate" type="text/html" href="\#(siteURL.markupEscaped)"/>"#,
            "<author><name>Centre de ressources Internet Public et Citoyen</name></author>",
            "<rights>Chaque publication est réutilisable selon sa licence, indiquée dans son entrée.</rights>",
        ]
        for (publication, url) in entries {
            lines.append("<entry>")
            lines.append("<id>urn:uuid:\(publication.id.description.lowercased())</id>")
            lines.append("<title>\(publication.title.markupEscaped)</title>")
            lines.append(#"<link rel="alternate" type="text/html" href="\#(url.markupEscaped)"/>"#)
            if let published = publication.publishedAt { lines.append("<published>\(formatter.string(from: published))</published>") }
            lines.append("<updated>\(formatter.string(from: publication.updatedAt))</updated>")
            for author in publication.authors { lines.append("<author><name>\(author.markupEscaped)</name></author>") }
            lines.append(#"<category term="\#(publication.kind.rawValue)" label="\#(publication.kind.frenchLabel.markupEscaped)"/>"#)
            for theme in publication.themes { lines.append(#"<category term="\#(theme.markupEscaped)"/>"#) }
            lines.append("<summary>\(publication.summary.markupEscaped)</summary>")
            lines.append("<rights>\(publication.licence.markupEscaped)</rights>")
            lines.append("</entry>")
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }
}
