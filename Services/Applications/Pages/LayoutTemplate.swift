import PageKit

/// The frame of every page: skip link, banner, navigation, main landmark, footer.
///
/// Colours keep a contrast ratio above 4.5:1; focus stays visible; no script is needed.
enum LayoutTemplate {
    static let layout = """
    <!DOCTYPE html>
    <html lang="fr">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{$title}}{{/title}} — Internet Public et Citoyen</title>
    <style>
    \(PageStyle.css)
    </style>
    </head>
    <body>
    <a class="evitement" href="#contenu">Aller au contenu</a>
    <header>
    <p class="marque"><a href="/">Internet Public et Citoyen</a> — guichet unique de la Région</p>
    <nav aria-label="Navigation principale">
    <ul>
    <li><a href="/">Appels à candidatures</a></li>
    {{#session}}
    {{#isStaff}}<li><a href="/gestion">Instruction des dossiers</a></li><li><a href="/gestion/collectivites">Collectivités</a></li>{{/isStaff}}
    {{#isAdmin}}<li><a href="/gestion/appels">Gestion des appels</a></li>{{/isAdmin}}
    {{^isStaff}}<li><a href="/espace">Mes dossiers</a></li>{{/isStaff}}
    <li><form method="post" action="/deconnexion"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">Se déconnecter ({{email}})</button></form></li>
    {{/session}}
    {{^session}}<li><a href="/connexion">Se connecter</a></li>{{/session}}
    </ul>
    </nav>
    </header>
    <main id="contenu" tabindex="-1">
    {{#notice}}<p class="avis" role="status">{{notice}}</p>{{/notice}}
    {{#hasErrors}}
    <div class="erreurs" role="alert">
    <h2>{{errorTitle}}</h2>
    <ul>{{#errors}}<li>{{#anchor}}<a href="#{{anchor}}">{{message}}</a>{{/anchor}}{{^anchor}}{{message}}{{/anchor}}</li>{{/errors}}</ul>
    </div>
    {{/hasErrors}}
    {{$main}}{{/main}}
    </main>
    <footer><p>Programme régional « Internet Public et Citoyen » — guichet unique : 0811 034 600 (coût d'un appel local).</p></footer>
    </body>
    </html>
    """

    /// A refusal or a missing page, with its French explanation.
    static let error = """
    {{<layout}}{{$title}}{{heading}}{{/title}}{{$main}}
    <h1>{{heading}}</h1>
    <p>{{detail}}</p>
    <p><a href="{{back}}">{{backLabel}}</a></p>
    {{/main}}{{/layout}}
    """
}
