/// The back office's collectivités: list, register, open an account.
enum ApplicantTemplates {
    static let applicants = """
    {{<layout}}{{$title}}Collectivités{{/title}}{{$main}}
    <h1>Collectivités</h1>
    <p><a class="bouton" href="/gestion/collectivites/nouvelle">Enregistrer une collectivité</a></p>
    <table>
    <caption>{{count}} collectivité(s)</caption>
    <thead><tr><th scope="col">Nom</th><th scope="col">Type</th><th scope="col">INSEE ou SIREN</th><th scope="col">Dépt</th><th scope="col">Population</th><th scope="col">Cible prioritaire</th>{{#isAdmin}}<th scope="col">Compte</th>{{/isAdmin}}</tr></thead>
    <tbody>
    {{#applicants}}<tr><td>{{name}}</td><td>{{kind}}</td><td>{{identifier}}</td><td>{{department}}</td><td>{{population}}</td><td>{{priority}}</td>{{#isAdmin}}<td><a href="/gestion/collectivites/{{id}}/compte">Ouvrir un compte pour {{name}}</a></td>{{/isAdmin}}</tr>{{/applicants}}
    </tbody>
    </table>
    {{/main}}{{/layout}}
    """

    static let form = """
    {{<layout}}{{$title}}Enregistrer une collectivité{{/title}}{{$main}}
    <h1>Enregistrer une collectivité</h1>
    <form method="post" action="/gestion/collectivites" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="name">Nom</label>
    {{#errors_name}}<p class="erreur" id="name-erreur">{{.}}</p>{{/errors_name}}
    <input type="text" id="name" name="name" value="{{name}}"{{#errors_name}} aria-invalid="true" aria-describedby="name-erreur"{{/errors_name}}>
    <label for="kind">Type</label>
    {{#errors_kind}}<p class="erreur" id="kind-erreur">{{.}}</p>{{/errors_kind}}
    <select id="kind" name="kind"{{#errors_kind}} aria-invalid="true" aria-describedby="kind-erreur"{{/errors_kind}}>{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
    <label for="inseeCode">Code INSEE (commune)</label>
    {{#errors_inseeCode}}<p class="erreur" id="inseeCode-erreur">{{.}}</p>{{/errors_inseeCode}}
    <input type="text" id="inseeCode" name="inseeCode" value="{{inseeCode}}"{{#errors_inseeCode}} aria-invalid="true" aria-describedby="inseeCode-erreur"{{/errors_inseeCode}}>
    <label for="siren">Numéro SIREN (groupement, association, structure)</label>
    {{#errors_siren}}<p class="erreur" id="siren-erreur">{{.}}</p>{{/errors_siren}}
    <input type="text" id="siren" name="siren" value="{{siren}}"{{#errors_siren}} aria-invalid="true" aria-describedby="siren-erreur"{{/errors_siren}}>
    <label for="department">Département</label>
    {{#errors_department}}<p class="erreur" id="department-erreur">{{.}}</p>{{/errors_department}}
    <input type="text" id="department" name="department" value="{{department}}"{{#errors_department}} aria-invalid="true" aria-describedby="department-erreur"{{/errors_department}}>
    <label for="population">Population</label>
    {{#errors_population}}<p class="erreur" id="population-erreur">{{.}}</p>{{/errors_population}}
    <input type="text" id="population" name="population" inputmode="numeric" value="{{population}}"{{#errors_population}} aria-invalid="true" aria-describedby="population-erreur"{{/errors_population}}>
    <p><input type="checkbox" id="insideUrbanAgglomeration" name="insideUrbanAgglomeration" value="oui"{{#inside}} checked{{/inside}}> <label for="insideUrbanAgglomeration" style="display:inline">Située dans une agglomération urbaine</label></p>
    <label for="website">Site Internet (facultatif ; il recevra un diagnostic du centre de ressources)</label>
    {{#errors_website}}<p class="erreur" id="website-erreur">{{.}}</p>{{/errors_website}}
    <input type="url" id="website" name="website" value="{{website}}"{{#errors_website}} aria-invalid="true" aria-describedby="website-erreur"{{/errors_website}}>
    <label for="contactName">Personne à contacter</label>
    <input type="text" id="contactName" name="contactName" value="{{contactName}}">
    <label for="contactEmail">Son adresse électronique</label>
    {{#errors_contactEmail}}<p class="erreur" id="contactEmail-erreur">{{.}}</p>{{/errors_contactEmail}}
    <input type="email" id="contactEmail" name="contactEmail" value="{{contactEmail}}"{{#errors_contactEmail}} aria-invalid="true" aria-describedby="contactEmail-erreur"{{/errors_contactEmail}}>
    <button class="principal" type="submit">Enregistrer</button>
    </form>
    {{/main}}{{/layout}}
    """

    static let account = """
    {{<layout}}{{$title}}Ouvrir un compte — {{applicantName}}{{/title}}{{$main}}
    <h1>Ouvrir un compte pour {{applicantName}}</h1>
    <form method="post" action="/gestion/collectivites/{{id}}/compte" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="email">Adresse électronique (identifiant de connexion)</label>
    {{#errors_email}}<p class="erreur" id="email-erreur">{{.}}</p>{{/errors_email}}
    <input type="email" id="email" name="email" value="{{email}}"{{#errors_email}} aria-invalid="true" aria-describedby="email-erreur"{{/errors_email}}>
    <label for="displayName">Nom affiché</label>
    <input type="text" id="displayName" name="displayName" value="{{displayName}}">
    <label for="password">Mot de passe provisoire (12 caractères au moins, à transmettre au candidat)</label>
    {{#errors_password}}<p class="erreur" id="password-erreur">{{.}}</p>{{/errors_password}}
    <input type="password" id="password" name="password" autocomplete="new-password"{{#errors_password}} aria-invalid="true" aria-describedby="password-erreur"{{/errors_password}}>
    <button class="principal" type="submit">Ouvrir le compte</button>
    </form>
    {{/main}}{{/layout}}
    """
}
