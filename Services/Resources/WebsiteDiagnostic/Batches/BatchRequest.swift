import Foundation

/// `POST /api/website-diagnostics`: every site with a website, or only these.
struct BatchRequest: Codable, Sendable {
    var websiteIds: [UUID]?
}
