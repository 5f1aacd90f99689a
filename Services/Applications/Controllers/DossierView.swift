import Foundation
import Model

/// A dossier as the API shows it: its fields, its status in French and, for staff, its history.
struct DossierView: Encodable, Sendable {
    var dossier: Dossier
    var history: [HistoryEntry]?

    init(_ dossier: Dossier, history: [HistoryEntry]? = nil) {
        self.dossier = dossier
        self.history = history
    }

    private enum ExtraKeys: String, CodingKey {
        case statusLabel, history
    }

    /// The dossier's own keys, then the extra ones, in one JSON object.
    func encode(to encoder: any Encoder) throws {
        try dossier.encode(to: encoder)
        var container = encoder.container(keyedBy: ExtraKeys.self)
        try container.encode(dossier.status.frenchLabel, forKey: .statusLabel)
        try container.encodeIfPresent(history, forKey: .history)
    }
}
