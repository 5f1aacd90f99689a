import Foundation

/// A page read by a crawl, parsed when it is HTML.
struct FetchedPage: Sendable {
    var resource: FetchedResource
    var document: HTMLDocument?
    /// The text of the link that led to it (empty for the home page).
    var linkText: String

    var url: URL { resource.url }
}
