import PageKit
import StaffAccess

/// The training front's frame (its own name and colours, apart from the applicants' portal),
/// the staff back office's frame, and their error and sign-in pages.
enum TrainingLayoutTemplate {
    static let site = "Formations Internet Public et Citoyen"

    /// The front's own look: a green banner and buttons, contrasts above 4.5:1.
    static let frontStyle = """
        header { background: #1d5e3a; } button.principal, .bouton { background: #1d5e3a; } a { color: #17613b; }
        .session { border: 1px solid #8c8c8c; padding: 0 1rem 1rem; margin: 1rem 0; } .places { font-weight: 700; }
        .complet { color: #8a3b00; } @media (max-width: 40rem) { header, main, footer { padding: 1rem; } dl { grid-template-columns: 1fr; } }
        """

    static let front = PageLayout.template(
        brand: "", navigation: """
            <li><a href="/">Les sessions</a></li>
            <li><a href="/mes-inscriptions">Mes inscriptions</a></li>
            <li><a href="/accueillir">Accueillir une formation</a></li>
            """,
        footer: "Programme régional « Internet Public et Citoyen » — formation des élus et de leurs équipes (action 1).",
        site: site, style: frontStyle)

    static let back = PageLayout.template(
        brand: "gestion des formations",
        navigation: StaffTemplates.navigation(links: [("/gestion", "Sessions"), ("/gestion/sessions/nouvelle", "Nouvelle session"),
                                                     ("/gestion/accueils", "Propositions d'accueil"), ("/gestion/objectif", "Objectif")]),
        footer: "Programme régional « Internet Public et Citoyen » — équipe du programme.", site: site)

    static let frontError = """
        {{<layout}}{{$title}}{{heading}}{{/title}}{{$main}}
        <h1>{{heading}}</h1>
        <p>{{detail}}</p>
        <p><a href="/">Retour aux sessions</a></p>
        {{/main}}{{/layout}}
        """

    static let backError = StaffTemplates.error(home: "/gestion", homeLabel: "Retour aux sessions")

    static let signIn = StaffTemplates.signIn(heading: "Connexion de l'équipe du programme")
}
