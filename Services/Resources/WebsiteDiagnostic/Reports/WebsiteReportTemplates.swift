/// The website diagnostic's public report page.
enum WebsiteReportTemplates {
    static let report = """
        {{<layout}}{{$title}}Diagnostic du site de {{collectivite}}{{/title}}{{$main}}
        <h1>Diagnostic du site de {{collectivite}}</h1>
        <p>Site diagnostiqué\u{a0}: <a href="{{url}}">{{url}}</a>, le {{diagnosedOn}}.</p>
        {{#hasScore}}<p class="note-globale">Note globale\u{a0}: <strong>{{overall}}/100</strong>{{#trend}} — {{trend}}{{/trend}}</p>{{/hasScore}}
        {{^hasScore}}<p class="note-globale">{{statusText}}</p>{{/hasScore}}
        <table>
        <caption>Notes par thème, sur 100</caption>
        <thead><tr><th scope="col">Thème</th><th scope="col">Note</th></tr></thead>
        <tbody>{{#scores}}<tr><th scope="row">{{label}}</th><td>{{score}}</td></tr>{{/scores}}</tbody>
        </table>
        {{#dimensions}}
        <h2>{{label}}</h2>
        <ul class="verifications">
        {{#checks}}<li class="verdict-{{verdict}}"><h3>{{title}}\u{a0}: {{verdictLabel}}</h3>
        <p>{{explanation}}</p>
        {{#excerpt}}<p>Constat\u{a0}: <code>{{excerpt}}</code>{{#evidenceURL}} sur <a href="{{evidenceURL}}">{{evidenceURL}}</a>{{/evidenceURL}}</p>{{/excerpt}}
        {{#advice}}<p>Conseil\u{a0}: {{advice}}</p>{{/advice}}</li>{{/checks}}
        </ul>
        {{/dimensions}}
        <p>L'accessibilité n'est ici qu'un premier passage automatique\u{a0}: seul un audit selon le <a href="https://accessibilite.numerique.gouv.fr/">référentiel général d'amélioration de l'accessibilité (RGAA)</a> établit la conformité.</p>
        <h2>Historique</h2>
        <table>
        <caption>Diagnostics de ce site, le plus récent d'abord</caption>
        <thead><tr><th scope="col">Date</th><th scope="col">Note globale</th><th scope="col">Pages lues</th></tr></thead>
        <tbody>{{#history}}<tr><td>{{date}}</td><td>{{score}}</td><td>{{pages}}</td></tr>{{/history}}</tbody>
        </table>
        {{/main}}{{/layout}}
        """
}
