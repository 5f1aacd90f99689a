import Foundation

/// One response as the crawler read it, after any redirects.
struct FetchedResource: Sendable {
    /// The address asked for, then each one redirected to, the last being the one answered.
    var chain: [URL]
    var status: Int
    /// Header names lower-cased.
    var headers: [String: String]
    var body: [UInt8]
    /// The body was longer than the limit and was cut there.
    var truncated: Bool
    /// From the first request to the last byte read, redirects included.
    var elapsed: Duration
    /// The certificate was not checked (the site's own is invalid; the content is still read).
    var certificateUnchecked: Bool

    var url: URL { chain.last! }
    var isHTML: Bool { (headers["content-type"] ?? "text/html").lowercased().contains("html") }
}
