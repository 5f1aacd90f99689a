import PageKit

/// The single window's frame: its navigation in the programme's common layout.
enum LayoutTemplate {
    static let layout = PageLayout.template(
        brand: "guichet unique de la Région",
        navigation: """
        <li><a href="/">Appels à candidatures</a></li>
        {{#session}}
        {{#isStaff}}<li><a href="/gestion">Instruction des dossiers</a></li><li><a href="/gestion/collectivites">Collectivités</a></li>{{/isStaff}}
        {{#isAdmin}}<li><a href="/gestion/appels">Gestion des appels</a></li><li><a href="/gestion/donnees-personnelles">Données personnelles</a></li>{{/isAdmin}}
        {{^isStaff}}<li><a href="/espace">Mes dossiers</a></li>{{/isStaff}}
        <li><form method="post" action="/deconnexion"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">Se déconnecter ({{email}})</button></form></li>
        {{/session}}
        {{^session}}<li><a href="/connexion">Se connecter</a></li>{{/session}}
        """,
        footer: "Programme régional « Internet Public et Citoyen » — guichet unique : 0811 034 600 (coût d'un appel local).")

    /// A refusal or a missing page, with its French explanation.
    static let error = """
    {{<layout}}{{$title}}{{heading}}{{/title}}{{$main}}
    <h1>{{heading}}</h1>
    <p>{{detail}}</p>
    <p><a href="{{back}}">{{backLabel}}</a></p>
    {{/main}}{{/layout}}
    """
}
