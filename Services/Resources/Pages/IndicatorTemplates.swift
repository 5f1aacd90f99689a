/// The indicators' public page, and the frozen annual diagnostics'.
enum IndicatorTemplates {
    /// The key figures, the charts with their tables and the figures per year; shared by the
    /// live page and a snapshot's.
    static let figures = """
        <h2>Chiffres clés</h2>
        <ul class="chiffres">
        <li><strong>{{dossiers}}</strong> dossiers déposés, dont {{priority}} de collectivités de cible prioritaire</li>
        <li><strong>{{selected}}</strong> dossiers retenus par le jury</li>
        <li><strong>{{requested}}</strong> demandés, <strong>{{granted}}</strong> accordés</li>
        <li><strong>{{sessionsHeld}}</strong> sessions de formation tenues, {{registrations}} inscriptions</li>
        <li><strong>{{electedTrained}}</strong> élus formés sur l'objectif de {{objective}}</li>
        </ul>
        {{#charts}}{{{.}}}{{/charts}}
        {{^empty(byYear)}}<div class="defilement" role="region" aria-label="Les chiffres par année" tabindex="0"><table>
        <caption>Par année</caption>
        <thead><tr><th scope="col">Année</th><th scope="col">Dossiers</th><th scope="col">Retenus</th><th scope="col">Montant accordé</th><th scope="col">Sessions tenues</th><th scope="col">Inscriptions</th><th scope="col">Élus formés</th></tr></thead>
        <tbody>{{#byYear}}<tr><th scope="row">{{label}}</th><td>{{dossiers}}</td><td>{{selected}}</td><td>{{granted}}</td><td>{{sessionsHeld}}</td><td>{{registrations}}</td><td>{{electedTrained}}</td></tr>{{/byYear}}</tbody>
        </table></div>{{/empty(byYear)}}
        {{#websites}}
        <h2>Sites internet des collectivités</h2>
        <ul class="chiffres">
        <li><strong>{{sites}}</strong> sites diagnostiqués, note médiane {{median}}/100</li>
        <li><strong>{{https}}\u{a0}%</strong> servis en HTTPS avec un certificat valide</li>
        <li><strong>{{statement}}\u{a0}%</strong> avec une déclaration d'accessibilité</li>
        <li><strong>{{services}}\u{a0}%</strong> avec des services en ligne</li>
        </ul>
        <div class="defilement" role="region" aria-label="Les sites par département et par population" tabindex="0"><table>
        <caption>Sites diagnostiqués, par département puis par population (dernier diagnostic de chaque site)</caption>
        <thead><tr><th scope="col">Groupe</th><th scope="col">Sites</th><th scope="col">HTTPS</th><th scope="col">Déclaration d'accessibilité</th><th scope="col">Services en ligne</th><th scope="col">Note médiane</th></tr></thead>
        <tbody>{{#lines}}<tr><th scope="row">{{label}}</th><td>{{sites}}</td><td>{{https}}\u{a0}%</td><td>{{statement}}\u{a0}%</td><td>{{services}}\u{a0}%</td><td>{{median}}/100</td></tr>{{/lines}}</tbody>
        </table></div>
        {{/websites}}
        """

    static let indicators = """
        {{<layout}}{{$title}}Indicateurs du programme{{/title}}{{$main}}
        <h1>Indicateurs du programme</h1>
        <p>Calculés en direct à partir des dossiers, des décisions du jury et des formations : {{scope}}.</p>
        <form method="get" action="/indicateurs" class="filtres" aria-label="Choisir l'année et le département">
        <div><label for="annee">Année</label><select id="annee" name="annee"><option value="">Toutes</option>{{#years}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/years}}</select></div>
        <div><label for="departement">Département</label><select id="departement" name="departement"><option value="">Tous</option>{{#departments}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/departments}}</select></div>
        <div><button class="principal" type="submit">Afficher</button></div>
        </form>
        <p>Télécharger ces chiffres : <a href="{{csv}}">en CSV</a>, <a href="{{json}}">en JSON</a>. Les diagnostics annuels figés sont parmi les <a href="/diagnostics">diagnostics annuels</a>.</p>
        {{> figures}}
        {{/main}}{{/layout}}
        """

    static let diagnostics = """
        {{<layout}}{{$title}}Diagnostics annuels{{/title}}{{$main}}
        <h1>Diagnostics annuels de la société de l'information</h1>
        <p>Chaque année, l'équipe du centre de ressources fige les indicateurs du programme : ces chiffres ne changent plus, même quand des événements de l'année arrivent ensuite. Les <a href="/indicateurs">indicateurs en direct</a> les complètent.</p>
        {{^empty(snapshots)}}<ul>{{#snapshots}}<li><a href="/diagnostics/{{year}}">Diagnostic {{year}}</a>, figé le {{frozenOn}} — <a href="/publications/{{publication}}">sa publication</a></li>{{/snapshots}}</ul>{{/empty(snapshots)}}
        {{#empty(snapshots)}}<p>Aucun diagnostic n'est encore figé.</p>{{/empty(snapshots)}}
        {{#comparable}}
        <h2>Comparer deux années</h2>
        <form method="get" action="/diagnostics" class="filtres" aria-label="Comparer deux diagnostics">
        <div><label for="a">Première année</label><select id="a" name="a">{{#first}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/first}}</select></div>
        <div><label for="b">Seconde année</label><select id="b" name="b">{{#second}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/second}}</select></div>
        <div><button class="principal" type="submit">Comparer</button></div>
        </form>
        {{/comparable}}
        {{#comparison}}
        <div class="defilement" role="region" aria-label="La comparaison des deux années" tabindex="0"><table class="comparaison">
        <caption>Diagnostics {{first}} et {{second}} côte à côte</caption>
        <thead><tr><th scope="col">Indicateur</th><th scope="col">{{first}}</th><th scope="col">{{second}}</th><th scope="col">Évolution</th></tr></thead>
        <tbody>{{#rows}}<tr><th scope="row">{{label}}</th><td>{{first}}</td><td>{{second}}</td><td>{{change}}</td></tr>{{/rows}}</tbody>
        </table></div>
        {{/comparison}}
        {{/main}}{{/layout}}
        """

    static let diagnostic = """
        {{<layout}}{{$title}}Diagnostic annuel {{year}}{{/title}}{{$main}}
        <h1>Diagnostic annuel {{year}}</h1>
        <p>Les indicateurs de {{year}}, figés le {{frozenOn}} : les événements reçus depuis ne les changent pas. <a href="/publications/{{publication}}">La publication du diagnostic</a> — <a href="/diagnostics">les autres années</a></p>
        {{> figures}}
        {{/main}}{{/layout}}
        """

    static let backDiagnostics = """
        {{<layout}}{{$title}}Diagnostics annuels{{/title}}{{$main}}
        <h1>Diagnostics annuels</h1>
        <p>Figer une année publie ses indicateurs comme diagnostic annuel : ils ne changeront plus. Une année se fige une seule fois.</p>
        {{^empty(years)}}
        <form method="post" action="/gestion/diagnostics" novalidate>
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <label for="year">Année</label>
        <select id="year" name="year"{{#errors_year}} aria-invalid="true" aria-describedby="year-erreur"{{/errors_year}}><option value="">Choisissez</option>{{#years}}<option value="{{code}}">{{label}}</option>{{/years}}</select>
        {{#errors_year}}<p class="erreur" id="year-erreur">{{errors_year}}</p>{{/errors_year}}
        <button class="principal" type="submit">Figer et publier</button>
        </form>
        {{/empty(years)}}
        {{#empty(years)}}<p>Toutes les années connues sont figées.</p>{{/empty(years)}}
        <table>
        <caption>Les diagnostics figés</caption>
        <thead><tr><th scope="col">Année</th><th scope="col">Figé le</th><th scope="col">Par</th></tr></thead>
        <tbody>{{#snapshots}}<tr><td><a href="/diagnostics/{{year}}">{{year}}</a></td><td>{{frozenOn}}</td><td>{{frozenBy}}</td></tr>{{/snapshots}}</tbody>
        </table>
        {{/main}}{{/layout}}
        """
}
