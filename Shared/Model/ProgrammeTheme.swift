/// The brochure's eight themes of training and publications (training staff may add more to
/// their catalogue; the resource centre files its publications under these).
public struct ProgrammeTheme: Codable, Sendable, Equatable {
    public var code: String
    public var label: String

    public init(code: String, label: String) {
        self.code = code
        self.label = label
    }

    public static let brochure = [
        ProgrammeTheme(code: "democratie-participative", label: "Démocratie participative"),
        ProgrammeTheme(code: "services-aux-citoyens", label: "Services aux citoyens"),
        ProgrammeTheme(code: "developpement-economique", label: "Développement économique"),
        ProgrammeTheme(code: "tourisme", label: "Tourisme"),
        ProgrammeTheme(code: "action-sociale", label: "Action sociale"),
        ProgrammeTheme(code: "education", label: "Éducation"),
        ProgrammeTheme(code: "outils-collaboratifs", label: "Outils collaboratifs"),
        ProgrammeTheme(code: "systemes-d-information", label: "Systèmes d'information"),
    ]

    /// The label of a code, or the code itself when it is not one of the brochure's.
    public static func label(of code: String) -> String {
        brochure.first { $0.code == code }?.label ?? code
    }
}
