/// The frame every service's pages share: skip link, banner with the service's navigation,
/// main landmark with the notice and the error summary, footer. A Mustache layout whose
/// pages fill `title` and `main`.
public enum PageLayout {
    /// - Parameters:
    ///   - brand: what follows the programme's name in the banner.
    ///   - navigation: the Mustache list items of the main navigation.
    ///   - footer: the footer's text.
    ///   - site: the site's name, in the banner and every title (a front published under its own name).
    ///   - style: rules added after the programme's, for a site's own look.
    public static func template(brand: String, navigation: String, footer: String, site: String = "Internet Public et Citoyen",
                                style: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{$title}}{{/title}} — \(site)</title>
        <style>
        \(PageStyle.css)
        \(style)
        </style>
        </head>
        <body>
        <a class="evitement" href="#contenu">Aller au contenu</a>
        <header>
        <p class="marque"><a href="/">\(site)</a>\(brand.isEmpty ? "" : " — " + brand)</p>
        <nav aria-label="Navigation principale">
        <ul>
        \(navigation)
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
        <footer><p>\(footer)</p></footer>
        </body>
        </html>
        """
    }
}
