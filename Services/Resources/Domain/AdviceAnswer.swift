/// Staff's answer to a question, or its anonymised version for the FAQ (API bodies).
struct AdviceAnswer: Codable, Sendable {
    /// The FAQ's version of the question (only for the FAQ).
    var question: String?
    var answer: String?
}
