import PageKit

/// The frame of the jury's pages: skip link, banner, navigation, main landmark, footer.
enum JuryLayoutTemplate {
    static let layout = """
    <!DOCTYPE html>
    <html lang="fr">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{$title}}{{/title}} — Jury de sélection — Internet Public et Citoyen</title>
    <style>
    \(PageStyle.css)
    </style>
    </head>
    <body>
    <a class="evitement" href="#contenu">Aller au contenu</a>
    <header>
    <p class="marque"><a href="/">Internet Public et Citoyen</a> — jury de sélection</p>
    <nav aria-label="Navigation principale">
    <ul>
    {{#session}}
    <li><a href="/seances">Séances</a></li>
    <li><form method="post" action="/deconnexion"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">Se déconnecter ({{name}})</button></form></li>
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
    <footer><p>Programme régional « Internet Public et Citoyen » — jury de sélection des actions 2 et 3.</p></footer>
    </body>
    </html>
    """

    /// A refusal or a missing page, with its French explanation.
    static let error = """
    {{<layout}}{{$title}}{{heading}}{{/title}}{{$main}}
    <h1>{{heading}}</h1>
    <p>{{detail}}</p>
    <p><a href="/seances">Retour aux séances</a></p>
    {{/main}}{{/layout}}
    """

    static let signIn = """
    {{<layout}}{{$title}}Connexion{{/title}}{{$main}}
    <h1>Connexion des membres du jury</h1>
    <form method="post" action="/connexion" novalidate>
    <input type="hidden" name="_csrf" value="{{loginCsrf}}">
    <label for="email">Adresse électronique</label>
    <input type="email" id="email" name="email" autocomplete="username" required value="{{email}}"{{#errors_email}} aria-invalid="true" aria-describedby="email-erreur"{{/errors_email}}>
    {{#errors_email}}<p class="erreur" id="email-erreur">{{errors_email}}</p>{{/errors_email}}
    <label for="password">Mot de passe</label>
    <input type="password" id="password" name="password" autocomplete="current-password" required>
    <button class="principal" type="submit">Se connecter</button>
    </form>
    {{/main}}{{/layout}}
    """
}
