/// The back office's requests about personal data: record one, follow the services' confirmations.
enum PersonalDataTemplates {
    static let requests = """
    {{<layout}}{{$title}}Données personnelles{{/title}}{{$main}}
    <h1>Données personnelles</h1>
    <p>Une personne demande une copie de ses données, ou leur effacement. La demande part vers les cinq services du programme ; chacun la traite et le confirme. Les décisions du jury et les montants accordés sont conservés, sans le nom de la personne.</p>
    <form method="post" action="/gestion/donnees-personnelles" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="email">Adresse électronique de la personne</label>
    {{#errors_email}}<p class="erreur" id="email-erreur">{{.}}</p>{{/errors_email}}
    <input type="email" id="email" name="email" value="{{email}}" autocomplete="off"{{#errors_email}} aria-invalid="true" aria-describedby="email-erreur"{{/errors_email}}>
    <fieldset><legend>Demande</legend>
    {{#errors_kind}}<p class="erreur" id="kind-erreur">{{.}}</p>{{/errors_kind}}
    <p><input type="radio" id="kind-export" name="kind" value="export"{{#isExport}} checked{{/isExport}}> <label for="kind-export" style="display:inline">Copie de ses données</label></p>
    <p><input type="radio" id="kind-erasure" name="kind" value="erasure"{{#isErasure}} checked{{/isErasure}}> <label for="kind-erasure" style="display:inline">Effacement de ses données</label></p>
    </fieldset>
    <button class="principal" type="submit">Transmettre la demande aux services</button>
    </form>
    <table>
    <caption>{{count}} demande(s)</caption>
    <thead><tr><th scope="col">Reçue le</th><th scope="col">Personne</th><th scope="col">Demande</th><th scope="col">Services ayant confirmé</th></tr></thead>
    <tbody>
    {{#requests}}<tr><td><a href="/gestion/donnees-personnelles/{{id}}">{{requestedAt}}</a></td><td>{{subject}}</td><td>{{kindLabel}}</td><td>{{confirmed}} sur {{expected}}</td></tr>{{/requests}}
    </tbody>
    </table>
    {{/main}}{{/layout}}
    """

    static let request = """
    {{<layout}}{{$title}}Demande sur des données personnelles{{/title}}{{$main}}
    <h1>{{kindLabel}} — {{subject}}</h1>
    <p>Demande reçue le {{requestedAt}}. {{#complete}}Les cinq services ont confirmé.{{/complete}}{{^complete}}En attente de : {{waiting}}. Rechargez la page pour suivre les confirmations.{{/complete}}</p>
    <table>
    <caption>Confirmations des services</caption>
    <thead><tr><th scope="col">Service</th><th scope="col">État</th><th scope="col">Enregistrements {{countLabel}}</th><th scope="col">Le</th></tr></thead>
    <tbody>
    {{#services}}<tr><td>{{label}}</td><td>{{state}}</td><td>{{count}}</td><td>{{processedAt}}</td></tr>{{/services}}
    </tbody>
    </table>
    {{#isExport}}<p><a class="bouton" href="/gestion/donnees-personnelles/{{id}}/copie.json">Télécharger la copie des données (JSON){{^complete}}, partielle{{/complete}}</a></p>{{/isExport}}
    <p><a href="/gestion/donnees-personnelles">Retour aux demandes</a></p>
    {{/main}}{{/layout}}
    """
}
