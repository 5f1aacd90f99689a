import Model

/// An agenda line as one member sees it: who applies, so that a juror can tell a conflict;
/// the details only once the juror declared none.
struct AgendaEntry: Encodable, Sendable {
    var applicationId: ApplicationID
    var reference: String
    var applicantName: String
    /// `nil` until declared; `true` when the juror recused themselves.
    var conflict: Bool?
    var dossier: JuryDossier?
}
