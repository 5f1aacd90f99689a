import Foundation

/// Orders a sitting's dossiers, deterministically: the higher score first; then the
/// priority target; then the earlier submission; then the reference.
enum Ranking {
    static func ranked(_ dossiers: [RankedDossier]) -> [RankedDossier] {
        let ordered = dossiers.sorted { lhs, rhs in
            if lhs.score != rhs.score { return (lhs.score ?? -1) > (rhs.score ?? -1) }
            if lhs.priorityTarget != rhs.priorityTarget { return lhs.priorityTarget }
            if lhs.submittedAt != rhs.submittedAt { return lhs.submittedAt < rhs.submittedAt }
            return lhs.reference < rhs.reference
        }
        return ordered.enumerated().map { index, dossier in
            var dossier = dossier
            dossier.rank = index + 1
            return dossier
        }
    }

    /// A dossier's score and criterion means from its jurors' sheets; recused jurors have none.
    static func score(of sheets: [ScoreSheet], criteria: Int) -> (score: Double?, criterionMeans: [Double]) {
        guard !sheets.isEmpty else { return (nil, []) }
        let count = Double(sheets.count)
        let score = Double(sheets.reduce(0) { $0 + $1.total }) / count
        let means = (0..<criteria).map { criterion in
            Double(sheets.reduce(0) { $0 + ($1.scores.first { $0.criterion == criterion }?.score ?? 0) }) / count
        }
        return (score, means)
    }
}
