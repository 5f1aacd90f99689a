import PageKit
import StaffAccess

/// The notifications back-office's frame and its sign-in and refusal pages.
enum NotificationsLayoutTemplate {
    static let layout = PageLayout.template(
        brand: "courriels",
        navigation: StaffTemplates.navigation(links: [("/journal", "Journal des envois")]),
        footer: "Programme régional « Internet Public et Citoyen » — courriels aux collectivités et aux stagiaires.")

    static let error = StaffTemplates.error(home: "/journal", homeLabel: "Retour au journal des envois")

    static let signIn = StaffTemplates.signIn(heading: "Connexion de l'équipe du programme")
}
