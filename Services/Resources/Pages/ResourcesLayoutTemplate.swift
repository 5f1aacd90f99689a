import PageKit
import StaffAccess

/// The resource centre's frame, its back office's, and their error and sign-in pages.
enum ResourcesLayoutTemplate {
    static let site = "Centre de ressources Internet Public et Citoyen"

    /// The centre's own look: a plum banner, contrasts above 4.5:1; excerpts' matches marked.
    static let frontStyle = """
        header { background: #5a2a5c; } button.principal, .bouton { background: #5a2a5c; } a { color: #6b2f6e; }
        .publication { border-bottom: 1px solid #8c8c8c; padding: .5rem 0 1rem; } mark { background: #fff1a8; color: #1b1b1b; }
        .facettes { display: flex; flex-wrap: wrap; gap: 0 2rem; } .facettes ul { padding-left: 1rem; }
        .graphique { margin: 1.5rem 0; } .graphique svg { max-width: 40rem; display: block; } .graphique figcaption { font-weight: bold; }
        .reponse { white-space: pre-line; } .defilement { overflow-x: auto; max-width: 100%; }
        .comparaison td, .comparaison th { text-align: right; } .comparaison th[scope=row] { text-align: left; }
        @media (max-width: 40rem) { header, main, footer { padding: 1rem; } dl { grid-template-columns: 1fr; } }
        """

    static let front = PageLayout.template(
        brand: "", navigation: """
            <li><a href="/">Publications</a></li>
            <li><a href="/indicateurs">Indicateurs</a></li>
            <li><a href="/diagnostics">Diagnostics annuels</a></li>
            <li><a href="/conseil">Poser une question</a></li>
            <li><a href="/faq">FAQ</a></li>
            <li><a href="/flux.atom">Flux Atom</a></li>
            """,
        footer: "Programme régional « Internet Public et Citoyen » — centre de ressources (action 4). Publications réutilisables selon leur licence, Licence Ouverte / Etalab 2.0 sauf mention contraire.",
        site: site, style: frontStyle)

    static let back = PageLayout.template(
        brand: "gestion du centre de ressources",
        navigation: StaffTemplates.navigation(links: [("/gestion", "Publications"), ("/gestion/publications/nouvelle", "Nouvelle publication"),
                                                       ("/gestion/conseils", "Questions"), ("/gestion/diagnostics", "Diagnostics annuels"),
                                                       ("/gestion/sites", "Sites")]),
        footer: "Programme régional « Internet Public et Citoyen » — équipe du centre de ressources.", site: site)

    static let frontError = """
        {{<layout}}{{$title}}{{heading}}{{/title}}{{$main}}
        <h1>{{heading}}</h1>
        <p>{{detail}}</p>
        <p><a href="/">Retour aux publications</a></p>
        {{/main}}{{/layout}}
        """

    static let backError = StaffTemplates.error(home: "/gestion", homeLabel: "Retour aux publications")

    static let signIn = StaffTemplates.signIn(heading: "Connexion de l'équipe du centre de ressources")
}
