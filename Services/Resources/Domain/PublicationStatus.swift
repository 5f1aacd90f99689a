/// Where a publication stands: staff draft it, publish it, and may later archive it (an
/// archived publication stays reachable at its address, out of the lists and feeds).
enum PublicationStatus: String, Codable, Sendable, CaseIterable {
    case draft
    case published
    case archived

    var frenchLabel: String {
        switch self {
        case .draft: "brouillon"
        case .published: "publiée"
        case .archived: "archivée"
        }
    }
}
