import PageKit
import StaffAccess

/// The jury's frame, its navigation in the programme's common layout, and its sign-in page.
enum JuryLayoutTemplate {
    static let layout = PageLayout.template(
        brand: "jury de sélection",
        navigation: StaffTemplates.navigation(links: [("/seances", "Séances")]),
        footer: "Programme régional « Internet Public et Citoyen » — jury de sélection des actions 2 et 3.")

    /// A refusal or a missing page, with its French explanation.
    static let error = StaffTemplates.error(home: "/seances", homeLabel: "Retour aux séances")

    static let signIn = StaffTemplates.signIn(heading: "Connexion des membres du jury")
}
