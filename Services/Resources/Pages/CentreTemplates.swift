/// The resource centre's pages: the search of the publications and a publication's page on
/// the front; the list, the form and a publication in the back office.
enum CentreTemplates {
    static let search = """
        {{<layout}}{{$title}}Publications{{/title}}{{$main}}
        <h1>Publications du centre de ressources</h1>
        <p>Guides, fiches pratiques, études, dossiers pédagogiques et diagnostics annuels de la société de l'information en Midi-Pyrénées, libres de réutilisation sur vos sites.</p>
        <form method="get" action="/" role="search" aria-label="Rechercher une publication" class="filtres">
        <div><label for="q">Mots</label><input type="search" id="q" name="q" value="{{search.words}}"></div>
        <div><label for="type">Type</label><select id="type" name="type"><option value="">Tous</option>{{#kinds}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select></div>
        <div><label for="theme">Thème</label><select id="theme" name="theme"><option value="">Tous</option>{{#themes}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/themes}}</select></div>
        <div><label for="public">Public</label><select id="public" name="public"><option value="">Tous</option>{{#audiences}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/audiences}}</select></div>
        <div><label for="annee">Année</label><input type="number" id="annee" name="annee" inputmode="numeric" min="2000" max="2100" value="{{year}}"></div>
        <div><button class="principal" type="submit">Rechercher</button></div>
        </form>
        <h2>{{total}} publication{{plural}}</h2>
        <p><a href="{{feed}}">Suivre cette recherche (flux Atom)</a></p>
        {{^empty(facets)}}<div class="facettes">{{#facets}}<section><h3>{{name}}</h3><ul>{{#values}}<li><a href="{{link}}">{{label}}</a> ({{count}})</li>{{/values}}</ul></section>{{/facets}}</div>{{/empty(facets)}}
        {{#hits}}
        <article class="publication">
        <h3><a href="/publications/{{id}}">{{title}}</a></h3>
        <p>{{kind}}{{#date}}, publié le {{date}}{{/date}}</p>
        <p>{{summary}}</p>
        {{#excerpt}}<p class="extrait">… {{{excerpt}}} …</p>{{/excerpt}}
        </article>
        {{/hits}}
        {{#empty(hits)}}<p>Aucune publication ne correspond à cette recherche.</p>{{/empty(hits)}}
        {{#previous}}<p><a href="{{previous}}">Page précédente</a></p>{{/previous}}
        {{#next}}<p><a href="{{next}}">Page suivante</a></p>{{/next}}
        <h2>Réutiliser ces publications</h2>
        <ul>
        <li><a href="/catalogue.csv">Le catalogue en CSV</a> et <a href="/catalogue.jsonld">en DCAT-AP (JSON-LD)</a>, la forme que moissonne data.gouv.fr</li>
        <li>Les dernières publications sur votre site, dans un cadre : <code>&lt;iframe src="{{embed}}" title="Dernières publications du centre de ressources" width="100%" height="320"&gt;&lt;/iframe&gt;</code>, ou en HTML à inclure : <a href="/integrer.html">/integrer.html</a></li>
        <li>L'API JSON, ouverte à tous les sites : <a href="/openapi.json">sa description OpenAPI</a></li>
        </ul>
        {{/main}}{{/layout}}
        """

    static let publication = """
        {{<layout}}{{$title}}{{title}}{{/title}}{{$main}}
        <article>
        <h1>{{title}}</h1>
        <p>{{kind}}{{#date}}, publié le {{date}}{{/date}}{{#version}}, version {{version}} du {{updated}}{{/version}}{{#archived}} — archivé{{/archived}}</p>
        <p><strong>{{summary}}</strong></p>
        <dl>
        {{^empty(authors)}}<dt>Auteurs</dt><dd>{{#authors}}{{.}} {{/authors}}</dd>{{/empty(authors)}}
        {{^empty(themes)}}<dt>Thèmes</dt><dd>{{#themes}}<a href="/?theme={{code}}">{{label}}</a> {{/themes}}</dd>{{/empty(themes)}}
        {{^empty(audiences)}}<dt>Public</dt><dd>{{#audiences}}{{.}} {{/audiences}}</dd>{{/empty(audiences)}}
        <dt>Licence</dt><dd>{{licence}} : vous pouvez la reproduire et la diffuser, en citant le centre de ressources.</dd>
        {{^empty(versions)}}<dt>Versions précédentes</dt><dd>{{#versions}}<a href="/publications/{{id}}/versions/{{number}}">version {{number}}, remplacée le {{replacedOn}}</a> {{/versions}}</dd>{{/empty(versions)}}
        {{#trainingMaterial}}<dt>Support de formation</dt><dd>Chaque participant aux sessions de formation la reçoit.</dd>{{/trainingMaterial}}
        </dl>
        <div class="texte">{{{bodyHTML}}}</div>
        {{^empty(files)}}<h2>Fichiers</h2>
        <ul>{{#files}}<li><a href="/fichiers/{{id}}">{{name}}</a> ({{type}}, {{size}}, version {{version}} du {{date}}) <small>SHA-256 : {{sha256}}</small>{{^empty(older)}}<br>Versions précédentes : {{#older}}<a href="/fichiers/{{id}}">version {{version}} du {{date}}</a> {{/older}}{{/empty(older)}}</li>{{/files}}</ul>{{/empty(files)}}
        </article>
        <p><a href="/?type={{kindCode}}">Les autres publications de ce type</a> — <a href="/flux.atom?type={{kindCode}}">leur flux Atom</a></p>
        {{/main}}{{/layout}}
        """

    static let backList = """
        {{<layout}}{{$title}}Publications{{/title}}{{$main}}
        <h1>Publications</h1>
        <p><a class="bouton" href="/gestion/publications/nouvelle">Nouvelle publication</a></p>
        <table>
        <caption>Toutes les publications, la dernière modifiée d'abord</caption>
        <thead><tr><th scope="col">Titre</th><th scope="col">Type</th><th scope="col">État</th><th scope="col">Modifiée le</th></tr></thead>
        <tbody>
        {{#publications}}<tr><td><a href="/gestion/publications/{{id}}">{{title}}</a></td><td>{{kind}}</td><td>{{status}}</td><td>{{updated}}</td></tr>{{/publications}}
        </tbody>
        </table>
        {{#empty(publications)}}<p>Aucune publication pour l'instant.</p>{{/empty(publications)}}
        {{/main}}{{/layout}}
        """

    static let form = """
        {{<layout}}{{$title}}{{heading}}{{/title}}{{$main}}
        <h1>{{heading}}</h1>
        <form method="post" action="{{action}}" novalidate>
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <label for="kind">Type</label><select id="kind" name="kind"{{#errors_kind}} aria-invalid="true" aria-describedby="kind-erreur"{{/errors_kind}}><option value="">Choisissez</option>{{#kinds}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
        {{#errors_kind}}<p class="erreur" id="kind-erreur">{{errors_kind}}</p>{{/errors_kind}}
        <label for="title">Titre</label>
        <input type="text" id="title" name="title" value="{{typed.title}}"{{#errors_title}} aria-invalid="true" aria-describedby="title-erreur"{{/errors_title}}>
        {{#errors_title}}<p class="erreur" id="title-erreur">{{errors_title}}</p>{{/errors_title}}
        <label for="summary">Résumé</label>
        <textarea id="summary" name="summary" rows="3"{{#errors_summary}} aria-describedby="summary-erreur"{{/errors_summary}}{{#errors_summary}} aria-invalid="true"{{/errors_summary}}>{{typed.summary}}</textarea>
        {{#errors_summary}}<p class="erreur" id="summary-erreur">{{errors_summary}}</p>{{/errors_summary}}
        <label for="body">Texte</label>
        <p class="aide" id="body-aide">En Markdown : ## pour un intertitre, *italique*, **gras**, - pour une liste, [texte](adresse) pour un lien. Le HTML est affiché tel quel, comme du texte.</p>
        <textarea id="body" name="body" rows="14" aria-describedby="body-aide{{#errors_body}} body-erreur{{/errors_body}}"{{#errors_body}} aria-invalid="true"{{/errors_body}}>{{typed.body}}</textarea>
        {{#errors_body}}<p class="erreur" id="body-erreur">{{errors_body}}</p>{{/errors_body}}
        <fieldset><legend>Thèmes</legend>{{#themes}}<p><input type="checkbox" id="theme-{{code}}" name="themes" value="{{code}}"{{#selected}} checked{{/selected}}> <label for="theme-{{code}}" style="display:inline">{{label}}</label></p>{{/themes}}</fieldset>
        <fieldset><legend>Public</legend>{{#audiences}}<p><input type="checkbox" id="public-{{code}}" name="audiences" value="{{code}}"{{#selected}} checked{{/selected}}> <label for="public-{{code}}" style="display:inline">{{label}}</label></p>{{/audiences}}</fieldset>
        <label for="authors">Auteurs, un par ligne</label>
        <textarea id="authors" name="authors" rows="3"{{#errors_authors}} aria-describedby="authors-erreur"{{/errors_authors}}{{#errors_authors}} aria-invalid="true"{{/errors_authors}}>{{typed.authors}}</textarea>
        {{#errors_authors}}<p class="erreur" id="authors-erreur">{{errors_authors}}</p>{{/errors_authors}}
        <label for="licence">Licence</label>
        <p class="aide" id="licence-aide">Licence Ouverte / Etalab 2.0 si vous la laissez vide.</p>
        <input type="text" id="licence" name="licence" value="{{typed.licence}}" aria-describedby="licence-aide{{#errors_licence}} licence-erreur{{/errors_licence}}"{{#errors_licence}} aria-invalid="true"{{/errors_licence}}>
        {{#errors_licence}}<p class="erreur" id="licence-erreur">{{errors_licence}}</p>{{/errors_licence}}
        <p><input type="checkbox" id="trainingMaterial" name="trainingMaterial" value="true"{{#typed.trainingMaterial}} checked{{/typed.trainingMaterial}}> <label for="trainingMaterial" style="display:inline">Support de formation (remis aux participants des sessions)</label></p>
        <button class="principal" type="submit">Enregistrer</button>
        </form>
        {{/main}}{{/layout}}
        """

    static let backPublication = """
        {{<layout}}{{$title}}{{title}}{{/title}}{{$main}}
        <h1>{{title}}</h1>
        <dl>
        <dt>Type</dt><dd>{{kind}}</dd>
        <dt>État</dt><dd>{{status}}{{#date}}, publiée le {{date}}{{/date}}</dd>
        <dt>Licence</dt><dd>{{licence}}</dd>
        </dl>
        <p><a class="bouton" href="/gestion/publications/{{id}}/modifier">Modifier</a> <a href="/publications/{{id}}">Voir la page publique</a></p>
        {{#publishable}}<form method="post" action="/gestion/publications/{{id}}/publication"><input type="hidden" name="_csrf" value="{{csrf}}"><button class="principal" type="submit">Publier</button></form>{{/publishable}}
        {{#archivable}}<form method="post" action="/gestion/publications/{{id}}/archivage"><input type="hidden" name="_csrf" value="{{csrf}}"><button class="secondaire" type="submit">Archiver</button></form>{{/archivable}}
        <h2>Fichiers</h2>
        {{^empty(files)}}<ul>{{#files}}<li><a href="/fichiers/{{id}}">{{name}}</a> ({{type}}, {{size}}, version {{version}} du {{date}}){{^empty(older)}}, versions précédentes : {{#older}}<a href="/fichiers/{{id}}">{{version}}</a> {{/older}}{{/empty(older)}}</li>{{/files}}</ul>{{/empty(files)}}
        <form method="post" action="/gestion/publications/{{id}}/fichiers" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <label for="file">Joindre un fichier (PDF, ODT, ODS, DOCX, XLSX, PNG ou JPEG, 20 Mo au plus)</label>
        <p class="aide" id="file-aide">Un fichier du même nom qu'un fichier joint en devient la nouvelle version ; l'ancienne reste accessible. Le texte d'un PDF entre dans la recherche.</p>
        <input type="file" id="file" name="file" aria-describedby="file-aide{{#errors_file}} file-erreur{{/errors_file}}"{{#errors_file}} aria-invalid="true"{{/errors_file}}>
        {{#errors_file}}<p class="erreur" id="file-erreur">{{errors_file}}</p>{{/errors_file}}
        <button class="secondaire" type="submit">Joindre</button>
        </form>
        <h2>Aperçu</h2>
        <p><strong>{{summary}}</strong></p>
        <div class="texte">{{{bodyHTML}}}</div>
        {{/main}}{{/layout}}
        """

    static let publicationVersion = """
        {{<layout}}{{$title}}{{title}} (version {{version}}){{/title}}{{$main}}
        <article>
        <p class="avis">Version {{version}} de cette publication, remplacée le {{replacedOn}} : <a href="/publications/{{id}}">lire la version actuelle ({{current}})</a>.</p>
        <h1>{{title}}</h1>
        <p><strong>{{summary}}</strong></p>
        <dl><dt>Licence</dt><dd>{{licence}}</dd></dl>
        <div class="texte">{{{bodyHTML}}}</div>
        </article>
        {{/main}}{{/layout}}
        """
}
