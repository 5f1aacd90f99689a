import Foundation
import ServiceKit

/// One juror's scores on one dossier, one per criterion of its call.
struct ScoreSheet: Codable, Sendable, Equatable {
    struct Line: Codable, Sendable, Equatable {
        /// The criterion's position in the call's list.
        var criterion: Int
        var score: Int
        var comment: String?
    }

    var scores: [Line]

    /// The best and worst score of a criterion.
    static let range = 0...5

    /// The sheet, or every problem at once: each criterion once, each score 0–5.
    func validated(criteria: [String]) -> Result<ScoreSheet, ValidationFailure> {
        var errors: [FieldError] = []
        for (index, line) in scores.enumerated() {
            if !criteria.indices.contains(line.criterion) {
                errors.append(FieldError(field: "scores[\(index)].criterion", message: "Ce critère n'existe pas pour cet appel."))
            }
            if !Self.range.contains(line.score) {
                errors.append(FieldError(field: "scores[\(index)].score", message: "La note est comprise entre 0 et 5."))
            }
        }
        for (criterion, name) in criteria.enumerated() where scores.filter({ $0.criterion == criterion }).count != 1 {
            errors.append(FieldError(field: "scores", message: "Notez une fois le critère « \(name) »."))
        }
        guard errors.isEmpty else { return .failure(ValidationFailure(errors: errors)) }
        let cleaned = scores.sorted { $0.criterion < $1.criterion }.map { line in
            var line = line
            line.comment = line.comment?.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.comment?.isEmpty == true { line.comment = nil }
            return line
        }
        return .success(ScoreSheet(scores: cleaned))
    }

    var total: Int { scores.reduce(0) { $0 + $1.score } }

    /// The size criterion's suggested score: the priority target first.
    static func suggestedSizeScore(priorityTarget: Bool) -> Int { priorityTarget ? 5 : 2 }
}
