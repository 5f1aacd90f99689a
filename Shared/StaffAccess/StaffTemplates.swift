/// The pages every staff back-office has, in the layout it registers as `layout`.
public enum StaffTemplates {
    /// The sign-in form (`loginCsrf`, `email`, the field's error).
    public static func signIn(heading: String) -> String {
        """
        {{<layout}}{{$title}}Connexion{{/title}}{{$main}}
        <h1>\(heading)</h1>
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

    /// A refusal or a missing page (`heading`, `detail`), with a link back to `home`.
    public static func error(home: String, homeLabel: String) -> String {
        """
        {{<layout}}{{$title}}{{heading}}{{/title}}{{$main}}
        <h1>{{heading}}</h1>
        <p>{{detail}}</p>
        <p><a href="\(home)">\(homeLabel)</a></p>
        {{/main}}{{/layout}}
        """
    }

    /// The navigation of a signed-in account (`session.name`, `session.csrf`): the service's
    /// own links, then signing out.
    public static func navigation(links: [(path: String, label: String)]) -> String {
        """
        {{#session}}
        \(links.map { "<li><a href=\"\($0.path)\">\($0.label)</a></li>" }.joined(separator: "\n"))
        <li><form method="post" action="/deconnexion"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">Se déconnecter ({{name}})</button></form></li>
        {{/session}}
        {{^session}}<li><a href="/connexion">Se connecter</a></li>{{/session}}
        """
    }
}
