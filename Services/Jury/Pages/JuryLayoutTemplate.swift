import PageKit

/// The jury's frame, its navigation in the programme's common layout, and its sign-in page.
enum JuryLayoutTemplate {
    static let layout = PageLayout.template(
        brand: "jury de sélection",
        navigation: """
        {{#session}}
        <li><a href="/seances">Séances</a></li>
        <li><form method="post" action="/deconnexion"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">Se déconnecter ({{name}})</button></form></li>
        {{/session}}
        {{^session}}<li><a href="/connexion">Se connecter</a></li>{{/session}}
        """,
        footer: "Programme régional « Internet Public et Citoyen » — jury de sélection des actions 2 et 3.")

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
