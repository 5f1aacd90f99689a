/// What a person asked the programme to do with their data (GDPR articles 15 and 17).
public enum PersonalDataRequestKind: String, Codable, Sendable, CaseIterable {
    /// A copy of everything each service keeps about them.
    case export
    /// Their data erased, or anonymised where the programme must keep the record
    /// (decisions, amounts granted, attendance counts).
    case erasure
}
