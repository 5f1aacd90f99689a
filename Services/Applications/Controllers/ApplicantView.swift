import Events
import Model

/// An applicant as the API shows it, with its kind in French and its computed priority target.
struct ApplicantView: Encodable, Sendable {
    var applicant: Applicant

    init(_ applicant: Applicant) {
        self.applicant = applicant
    }

    private enum ExtraKeys: String, CodingKey {
        case kindLabel, priorityTarget
    }

    /// The applicant's own keys, then the computed ones, in one JSON object.
    func encode(to encoder: any Encoder) throws {
        try applicant.encode(to: encoder)
        var container = encoder.container(keyedBy: ExtraKeys.self)
        try container.encode(applicant.kind.frenchLabel, forKey: .kindLabel)
        try container.encode(applicant.priorityTarget, forKey: .priorityTarget)
    }
}
