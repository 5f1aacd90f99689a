/// The website diagnostic's pages in the back office.
enum WebsiteTemplates {
    static let list = """
        {{<layout}}{{$title}}Sites à diagnostiquer{{/title}}{{$main}}
        <h1>Sites à diagnostiquer</h1>
        <p>Les sites des collectivités enregistrées auprès du programme, et ceux que l'équipe ajoute. Chaque diagnostic est envoyé au contact de la collectivité.</p>
        {{#batch}}<p id="campagne">Dernière campagne, lancée le {{startedOn}}\u{a0}: {{progress}}.</p>{{/batch}}
        <form method="post" action="/gestion/sites/diagnostic">
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <button class="principal" type="submit">Diagnostiquer tous les sites</button>
        </form>
        <table>
        <caption>{{count}} sites, par collectivité</caption>
        <thead><tr><th scope="col">Collectivité</th><th scope="col">Site</th><th scope="col">Département</th><th scope="col">Origine</th><th scope="col">Dernière note</th><th scope="col">Action</th></tr></thead>
        <tbody>{{#websites}}<tr><td>{{collectivite}}</td><td>{{url}}</td><td>{{department}}</td><td>{{source}}</td>
        <td>{{#diagnosed}}<a href="/sites/{{id}}">{{score}}</a>{{/diagnosed}}{{^diagnosed}}pas encore diagnostiqué{{/diagnosed}}</td>
        <td><form method="post" action="/gestion/sites/diagnostic"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="site" value="{{id}}"><button type="submit" aria-label="Diagnostiquer le site de {{collectivite}}">Diagnostiquer</button></form></td></tr>{{/websites}}</tbody>
        </table>
        {{#empty(websites)}}<p>Aucun site pour l'instant.</p>{{/empty(websites)}}
        <h2>Ajouter un site</h2>
        <form method="post" action="/gestion/sites" novalidate>
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <label for="collectivite">Collectivité</label>
        <input type="text" id="collectivite" name="collectivite" value="{{typed.collectivite}}"{{#errors_collectivite}} aria-invalid="true" aria-describedby="collectivite-erreur"{{/errors_collectivite}}>
        {{#errors_collectivite}}<p class="erreur" id="collectivite-erreur">{{errors_collectivite}}</p>{{/errors_collectivite}}
        <label for="url">Adresse du site</label>
        <input type="url" id="url" name="url" value="{{typed.url}}"{{#errors_url}} aria-invalid="true" aria-describedby="url-erreur"{{/errors_url}}>
        {{#errors_url}}<p class="erreur" id="url-erreur">{{errors_url}}</p>{{/errors_url}}
        <label for="department">Département (facultatif)</label>
        <select id="department" name="department"{{#errors_department}} aria-invalid="true" aria-describedby="department-erreur"{{/errors_department}}><option value="">Choisissez</option>{{#departments}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/departments}}</select>
        {{#errors_department}}<p class="erreur" id="department-erreur">{{errors_department}}</p>{{/errors_department}}
        <label for="contactName">Contact (facultatif)</label>
        <input type="text" id="contactName" name="contactName" value="{{typed.contactName}}">
        <label for="contactEmail">Adresse électronique du contact (facultative)</label>
        <input type="email" id="contactEmail" name="contactEmail" value="{{typed.contactEmail}}"{{#errors_contactEmail}} aria-invalid="true" aria-describedby="contactEmail-erreur"{{/errors_contactEmail}}>
        {{#errors_contactEmail}}<p class="erreur" id="contactEmail-erreur">{{errors_contactEmail}}</p>{{/errors_contactEmail}}
        <button class="principal" type="submit">Ajouter</button>
        </form>
        {{/main}}{{/layout}}
        """
}
