/// What an account may do in one service; each service names its own roles.
public protocol AccountRole: RawRepresentable, CaseIterable, Codable, Hashable, Sendable
where RawValue == String, AllCases == [Self] {
    /// How pages, minutes and histories name the role.
    var frenchLabel: String { get }
    /// Whether an account of this role acts for an organisation (a collectivité) and must name it.
    var actsForOrganisation: Bool { get }
}

extension AccountRole {
    public var actsForOrganisation: Bool { false }

    /// Every role, for a gate that lets any signed-in account through.
    public static var anyRole: Set<Self> { Set(allCases) }

    /// "staff (équipe du programme) ou juror (juré)": the choices, for a message that asks for one.
    public static var choices: String {
        let named = allCases.map { "\($0.rawValue) (\($0.frenchLabel))" }
        guard named.count > 1 else { return named.joined() }
        return named.dropLast().joined(separator: ", ") + " ou " + named[named.count - 1]
    }
}
