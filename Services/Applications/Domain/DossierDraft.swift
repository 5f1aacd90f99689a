import Model
import ServiceKit

/// The fields an applicant fills in; all optional until submission.
struct DossierDraft: Codable, Sendable, Equatable {
    var projectTitle: String?
    var theme: String?
    var summary: String?
    /// In cents: `1250000` is 12,500.00 EUR.
    var eligibleCost: Money?

    init(projectTitle: String? = nil, theme: String? = nil, summary: String? = nil, eligibleCost: Money? = nil) {
        self.projectTitle = projectTitle
        self.theme = theme
        self.summary = summary
        self.eligibleCost = eligibleCost
    }

    /// Why an eligible cost cannot be kept, or `nil`: it is above zero and at most 100 million euros.
    static func refusal(ofEligibleCost cost: Money) -> FieldError? {
        .enteredAmount(cost, field: "eligibleCost", label: "Le coût éligible")
    }
}
