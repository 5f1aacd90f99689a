import Foundation
import Model

/// What the asker gets back: the question's number and when it was received, nothing personal.
struct AdviceReceipt: Codable, Sendable {
    var id: AdviceQuestionID
    var askedAt: Date
}
