import Foundation
@testable import Jury
import Model
import Testing

@Suite("Ranking and scores")
struct RankingTests {
    static func dossier(_ reference: String, score: Double?, priority: Bool, submitted: TimeInterval) -> RankedDossier {
        RankedDossier(applicationId: ApplicationID(), reference: reference, applicantName: reference, callId: CallID(),
                      priorityTarget: priority, submittedAt: Date(timeIntervalSince1970: submitted), score: score, criterionMeans: [])
    }

    @Test("Higher score first; ties go to the priority target, then the earlier submission, then the reference")
    func tieBreaks() {
        let ranked = Ranking.ranked([
            Self.dossier("D", score: 10, priority: false, submitted: 1),
            Self.dossier("C", score: 12, priority: false, submitted: 1),
            Self.dossier("B", score: 12, priority: true, submitted: 5),
            Self.dossier("A", score: 12, priority: true, submitted: 2),
            Self.dossier("F", score: nil, priority: true, submitted: 0),
            Self.dossier("E", score: 10, priority: false, submitted: 1),
        ])
        #expect(ranked.map(\.reference) == ["A", "B", "C", "D", "E", "F"])
        #expect(ranked.map(\.rank) == [1, 2, 3, 4, 5, 6])
    }

    @Test("A dossier's score is the mean of its jurors' totals; no sheet, no score")
    func mean() {
        let sheet = { (scores: [Int]) in ScoreSheet(scores: scores.enumerated().map { ScoreSheet.Line(criterion: $0.offset, score: $0.element) }) }
        let (score, means) = Ranking.score(of: [sheet([5, 4, 3]), sheet([2, 2, 2])], criteria: 3)
        #expect(score == 9)
        #expect(means == [3.5, 3, 2.5])
        #expect(Ranking.score(of: [], criteria: 3).score == nil)
    }

    @Test("A sheet scores each criterion once, from 0 to 5")
    func sheets() throws {
        let criteria = ["Taille", "Intérêt"]
        let valid = ScoreSheet(scores: [.init(criterion: 1, score: 0, comment: "  "), .init(criterion: 0, score: 5)])
        #expect(try valid.validated(criteria: criteria).get().scores.map(\.criterion) == [0, 1])
        #expect(try valid.validated(criteria: criteria).get().scores.last?.comment == nil)
        let invalid = ScoreSheet(scores: [.init(criterion: 0, score: 6), .init(criterion: 0, score: 1), .init(criterion: 2, score: 1)])
        guard case .failure(let failure) = invalid.validated(criteria: criteria) else { Issue.record("accepted"); return }
        #expect(Set(failure.errors.map(\.field)) == ["scores[0].score", "scores[2].criterion", "scores"])
    }

    @Test("The next sitting is proposed four months after the last, on a day the month has")
    func nextSitting() {
        let today = LocalDate(year: 2007, month: 3, day: 1)
        #expect(SittingCalendar.proposedDate(after: LocalDate(year: 2006, month: 10, day: 31), today: today) == LocalDate(year: 2007, month: 2, day: 28))
        #expect(SittingCalendar.proposedDate(after: LocalDate(year: 2007, month: 6, day: 15), today: today) == LocalDate(year: 2007, month: 10, day: 15))
        #expect(SittingCalendar.proposedDate(after: nil, today: today) == LocalDate(year: 2007, month: 7, day: 1))
    }
}
