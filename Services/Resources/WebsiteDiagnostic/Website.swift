import Foundation
import Model

/// A collectivité's website, to be diagnosed: known from the applications service or added by staff.
struct Website: Codable, Sendable, Equatable {
    enum Source: String, Codable, Sendable {
        case applications
        case staff
    }

    var id: UUID
    var applicantId: ApplicantID?
    var collectivite: String
    var department: String?
    var population: Int?
    var url: String
    var contactName: String?
    var contactEmail: String?
    var source: Source
    var addedAt: Date

    /// The address as the crawler takes it: `http` or `https`, a host with a dot (or `localhost`, which
    /// the crawler still refuses unless its allow-list permits loopback), no credentials; `nil` otherwise.
    static func normalised(_ text: String) -> String? {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.contains("://") { text = "https://" + text }
        guard text.count <= 500, let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, host.contains(".") || host.lowercased() == "localhost",
              components.user == nil, components.password == nil else { return nil }
        return text
    }
}
