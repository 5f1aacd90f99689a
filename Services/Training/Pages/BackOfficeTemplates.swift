/// The staff's pages: the sessions, one session's registrations and waitlist, the session form.
enum BackOfficeTemplates {
    static let sessions = """
        {{<layout}}{{$title}}Sessions{{/title}}{{$main}}
        <h1>Sessions de formation</h1>
        <p><a class="bouton" href="/gestion/sessions/nouvelle">Nouvelle session</a> <a href="/gestion/sessions.csv">Télécharger les sessions (CSV)</a></p>
        <table>
        <caption>Toutes les sessions, par date</caption>
        <thead><tr><th scope="col">Session</th><th scope="col">Date</th><th scope="col">Lieu</th><th scope="col">État</th><th scope="col">Inscrits</th><th scope="col">Liste d'attente</th></tr></thead>
        <tbody>
        {{#sessions}}
        <tr><td><a href="/gestion/sessions/{{id}}">{{title}}</a><br>{{kind}}{{#atRisk}} — <strong>à risque : moins de 10 inscrits à une semaine</strong>{{/atRisk}}</td>
        <td>{{date}}, {{startTime}}</td><td>{{town}} ({{department}})</td><td>{{status}}</td><td>{{confirmed}} / {{capacity}}</td><td>{{waitlisted}}</td></tr>
        {{/sessions}}
        </tbody>
        </table>
        {{^sessions}}<p>Aucune session pour l'instant.</p>{{/sessions}}
        {{/main}}{{/layout}}
        """

    static let session = """
        {{<layout}}{{$title}}{{title}}{{/title}}{{$main}}
        <h1>{{title}}</h1>
        <dl>
        <dt>Type</dt><dd>{{kind}} — {{audience}} — {{theme}}</dd>
        <dt>Date</dt><dd>Le {{date}}, de {{startTime}} à {{endTime}}</dd>
        <dt>Lieu</dt><dd>{{host}} : {{room}}, {{address}}, {{town}} ({{department}})</dd>
        <dt>État</dt><dd>{{status}}{{#atRisk}} — <strong>à risque : moins de 10 inscrits à une semaine</strong>{{/atRisk}}{{#cancellationReason}} — {{cancellationReason}}{{/cancellationReason}}</dd>
        <dt>Inscrits</dt><dd>{{confirmed}} / {{capacity}}, {{waitlisted}} en liste d'attente</dd>
        </dl>
        <p class="sans-impression">
        {{#editable}}<a class="bouton" href="/gestion/sessions/{{id}}/modifier">Modifier</a>{{/editable}}
        {{#checkIn}}<a class="bouton" href="/gestion/sessions/{{id}}/emargement">Émargement et présences</a>{{/checkIn}}
        <a href="/gestion/sessions/{{id}}/inscriptions.csv">Télécharger les inscriptions (CSV)</a>
        </p>
        {{#isDraft}}
        <form method="post" action="/gestion/sessions/{{id}}/ouverture" class="sans-impression"><input type="hidden" name="_csrf" value="{{csrf}}">
        <button class="principal" type="submit">Publier au catalogue</button></form>
        {{/isDraft}}
        {{#isOpen}}
        <form method="post" action="/gestion/sessions/{{id}}/cloture" class="sans-impression"><input type="hidden" name="_csrf" value="{{csrf}}">
        <button class="secondaire" type="submit">Marquer comme tenue</button></form>
        {{/isOpen}}
        {{#editable}}
        <form method="post" action="/gestion/sessions/{{id}}/annulation" class="sans-impression" novalidate><input type="hidden" name="_csrf" value="{{csrf}}">
        <label for="reason">Raison de l'annulation (envoyée à chaque inscrit)</label>
        <textarea id="reason" name="reason" rows="3"{{#errors_reason}} aria-invalid="true" aria-describedby="reason-erreur"{{/errors_reason}}></textarea>
        {{#errors_reason}}<p class="erreur" id="reason-erreur">{{errors_reason}}</p>{{/errors_reason}}
        <button class="secondaire" type="submit">Annuler la session</button></form>
        {{/editable}}
        <table>
        <caption>Inscriptions : confirmées, puis liste d'attente dans l'ordre, puis annulées</caption>
        <thead><tr><th scope="col">Personne</th><th scope="col">Fonction</th><th scope="col">Collectivité</th><th scope="col">État</th><th scope="col" class="sans-impression">Action</th></tr></thead>
        <tbody>
        {{#registrations}}
        <tr><td>{{name}}<br>{{email}}</td><td>{{role}}</td><td>{{collectivite}}</td><td>{{state}}</td>
        <td class="sans-impression">{{#live}}<form method="post" action="/gestion/sessions/{{sessionId}}/inscriptions/{{id}}/annulation"><input type="hidden" name="_csrf" value="{{csrf}}"><button class="secondaire" type="submit">Annuler<span class="evitement"> l'inscription de {{name}}</span></button></form>{{/live}}</td></tr>
        {{/registrations}}
        </tbody>
        </table>
        {{#isOpen}}
        <h2>Inscrire une personne</h2>
        <form method="post" action="/gestion/sessions/{{id}}/inscriptions" class="sans-impression" novalidate><input type="hidden" name="_csrf" value="{{csrf}}">
        <label for="name">Nom et prénom</label><input type="text" id="name" name="name" value="{{typed.name}}"{{#errors_name}} aria-invalid="true" aria-describedby="name-erreur"{{/errors_name}}>
        {{#errors_name}}<p class="erreur" id="name-erreur">{{errors_name}}</p>{{/errors_name}}
        <label for="email">Adresse électronique</label><input type="email" id="email" name="email" value="{{typed.email}}"{{#errors_email}} aria-invalid="true" aria-describedby="email-erreur"{{/errors_email}}>
        {{#errors_email}}<p class="erreur" id="email-erreur">{{errors_email}}</p>{{/errors_email}}
        <label for="role">Fonction</label><select id="role" name="role"{{#errors_role}} aria-invalid="true" aria-describedby="role-erreur"{{/errors_role}}><option value="">Choisissez</option>{{#roles}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/roles}}</select>
        {{#errors_role}}<p class="erreur" id="role-erreur">{{errors_role}}</p>{{/errors_role}}
        <label for="collectivite">Collectivité (nom, code INSEE ou SIREN)</label><input type="text" id="collectivite" name="collectivite" value="{{typed.collectivite}}"{{#errors_collectivite}} aria-invalid="true" aria-describedby="collectivite-erreur"{{/errors_collectivite}}>
        {{#errors_collectivite}}<p class="erreur" id="collectivite-erreur">{{errors_collectivite}}</p>{{/errors_collectivite}}
        <button class="principal" type="submit">Inscrire</button>
        </form>
        {{/isOpen}}
        {{/main}}{{/layout}}
        """

    static let form = """
        {{<layout}}{{$title}}{{heading}}{{/title}}{{$main}}
        <h1>{{heading}}</h1>
        <form method="post" action="{{action}}" novalidate>
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <label for="title">Titre</label><input type="text" id="title" name="title" value="{{typed.title}}"{{#errors_title}} aria-invalid="true" aria-describedby="title-erreur"{{/errors_title}}>
        {{#errors_title}}<p class="erreur" id="title-erreur">{{errors_title}}</p>{{/errors_title}}
        <label for="kind">Type</label><select id="kind" name="kind"{{#errors_kind}} aria-invalid="true" aria-describedby="kind-erreur"{{/errors_kind}}><option value="">Choisissez</option>{{#kinds}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
        {{#errors_kind}}<p class="erreur" id="kind-erreur">{{errors_kind}}</p>{{/errors_kind}}
        <label for="audience">Public</label><select id="audience" name="audience"{{#errors_audience}} aria-invalid="true" aria-describedby="audience-erreur"{{/errors_audience}}><option value="">Choisissez</option>{{#audiences}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/audiences}}</select>
        {{#errors_audience}}<p class="erreur" id="audience-erreur">{{errors_audience}}</p>{{/errors_audience}}
        <label for="theme">Thème</label><select id="theme" name="theme"{{#errors_theme}} aria-invalid="true" aria-describedby="theme-erreur"{{/errors_theme}}><option value="">Choisissez</option>{{#themes}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/themes}}</select>
        {{#errors_theme}}<p class="erreur" id="theme-erreur">{{errors_theme}}</p>{{/errors_theme}}
        <label for="description">Présentation</label><textarea id="description" name="description" rows="4"{{#errors_description}} aria-invalid="true" aria-describedby="description-erreur"{{/errors_description}}>{{typed.description}}</textarea>
        {{#errors_description}}<p class="erreur" id="description-erreur">{{errors_description}}</p>{{/errors_description}}
        <label for="host">Collectivité d'accueil</label><input type="text" id="host" name="host" value="{{typed.host}}"{{#errors_host}} aria-invalid="true" aria-describedby="host-erreur"{{/errors_host}}>
        {{#errors_host}}<p class="erreur" id="host-erreur">{{errors_host}}</p>{{/errors_host}}
        <label for="department">Département</label><select id="department" name="department"{{#errors_department}} aria-invalid="true" aria-describedby="department-erreur"{{/errors_department}}><option value="">Choisissez</option>{{#departments}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{code}} — {{name}}</option>{{/departments}}</select>
        {{#errors_department}}<p class="erreur" id="department-erreur">{{errors_department}}</p>{{/errors_department}}
        <label for="town">Commune</label><input type="text" id="town" name="town" value="{{typed.town}}"{{#errors_town}} aria-invalid="true" aria-describedby="town-erreur"{{/errors_town}}>
        {{#errors_town}}<p class="erreur" id="town-erreur">{{errors_town}}</p>{{/errors_town}}
        <label for="address">Adresse</label><input type="text" id="address" name="address" value="{{typed.address}}"{{#errors_address}} aria-invalid="true" aria-describedby="address-erreur"{{/errors_address}}>
        {{#errors_address}}<p class="erreur" id="address-erreur">{{errors_address}}</p>{{/errors_address}}
        <label for="room">Salle</label><input type="text" id="room" name="room" value="{{typed.room}}"{{#errors_room}} aria-invalid="true" aria-describedby="room-erreur"{{/errors_room}}>
        {{#errors_room}}<p class="erreur" id="room-erreur">{{errors_room}}</p>{{/errors_room}}
        <fieldset><legend>La salle</legend>
        <input type="checkbox" id="internetConnection" name="internetConnection" value="true"{{#typed.internetConnection}} checked{{/typed.internetConnection}}> <label for="internetConnection" style="display:inline">Connexion à Internet</label><br>
        <input type="checkbox" id="stepFreeAccess" name="stepFreeAccess" value="true"{{#typed.stepFreeAccess}} checked{{/typed.stepFreeAccess}}> <label for="stepFreeAccess" style="display:inline">Accès de plain-pied</label>
        </fieldset>
        <label for="day">Jour</label><input type="date" id="day" name="day" value="{{typed.day}}"{{#errors_startsAt}} aria-invalid="true" aria-describedby="startsAt-erreur"{{/errors_startsAt}}>
        {{#errors_startsAt}}<p class="erreur" id="startsAt-erreur">{{errors_startsAt}}</p>{{/errors_startsAt}}
        <label for="start">Début (heure de Paris)</label><input type="time" id="start" name="start" value="{{typed.start}}">
        <label for="end">Fin</label><input type="time" id="end" name="end" value="{{typed.end}}"{{#errors_endsAt}} aria-invalid="true" aria-describedby="endsAt-erreur"{{/errors_endsAt}}>
        {{#errors_endsAt}}<p class="erreur" id="endsAt-erreur">{{errors_endsAt}}</p>{{/errors_endsAt}}
        <label for="trainer">Intervenant</label><input type="text" id="trainer" name="trainer" value="{{typed.trainer}}"{{#errors_trainer}} aria-invalid="true" aria-describedby="trainer-erreur"{{/errors_trainer}}>
        {{#errors_trainer}}<p class="erreur" id="trainer-erreur">{{errors_trainer}}</p>{{/errors_trainer}}
        <label for="capacity">Places</label><p class="aide" id="capacity-aide">Laissez vide pour la capacité du type : 50 pour un buffet, 15 pour un atelier, 80 pour un séminaire.</p>
        <input type="text" inputmode="numeric" id="capacity" name="capacity" value="{{typed.capacity}}" aria-describedby="capacity-aide{{#errors_capacity}} capacity-erreur{{/errors_capacity}}"{{#errors_capacity}} aria-invalid="true"{{/errors_capacity}}>
        {{#errors_capacity}}<p class="erreur" id="capacity-erreur">{{errors_capacity}}</p>{{/errors_capacity}}
        <button class="principal" type="submit">Enregistrer</button>
        </form>
        {{/main}}{{/layout}}
        """
}
