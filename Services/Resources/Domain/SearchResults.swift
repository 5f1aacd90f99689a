import Foundation

/// A page of a search's results, with how many matched in all and the facets of the matches.
struct SearchResults: Codable, Sendable {
    /// One publication found, with an excerpt of its text around the words searched.
    struct Hit: Codable, Sendable {
        var publication: PublicationSummary
        /// HTML: the excerpt escaped, the words found in `<mark>`.
        var excerpt: String?
    }

    /// A facet's value and how many of the matches have it.
    struct FacetValue: Codable, Sendable, Equatable {
        var value: String
        var label: String
        var count: Int
    }

    var total: Int
    var page: Int
    var pageSize: Int
    var hits: [Hit]
    var facets: [String: [FacetValue]]
}
