/// The hosting offer's pages: the collectivité's form on the front, and the staff's list and
/// answer in the back office.
enum HostingTemplates {
    static let offerForm = """
        {{<layout}}{{$title}}Accueillir une formation{{/title}}{{$main}}
        <h1>Accueillir une formation</h1>
        <p>Votre commune ou votre intercommunalité peut accueillir une session près de chez vous : vous prêtez une salle, si possible reliée à Internet ; le programme fournit l'intervenant et les supports, et ouvre les inscriptions aux élus et aux équipes du secteur. L'équipe des formations étudie votre proposition et vous répond par courriel.</p>
        <form method="post" action="/accueillir" novalidate>
        <input type="hidden" name="_csrf" value="{{formToken}}">
        <fieldset><legend>La collectivité</legend>
        <label for="collectivite">Nom de la collectivité</label>
        <input type="text" id="collectivite" name="collectivite" autocomplete="organization" required value="{{typed.collectivite}}"{{#errors_collectivite}} aria-invalid="true" aria-describedby="collectivite-erreur"{{/errors_collectivite}}>
        {{#errors_collectivite}}<p class="erreur" id="collectivite-erreur">{{errors_collectivite}}</p>{{/errors_collectivite}}
        <label for="collectiviteCode">Code INSEE ou SIREN (facultatif)</label>
        <p class="aide" id="collectiviteCode-aide">Cinq caractères pour une commune, neuf chiffres pour une intercommunalité.</p>
        <input type="text" id="collectiviteCode" name="collectiviteCode" value="{{typed.collectiviteCode}}" aria-describedby="collectiviteCode-aide{{#errors_collectiviteCode}} collectiviteCode-erreur{{/errors_collectiviteCode}}"{{#errors_collectiviteCode}} aria-invalid="true"{{/errors_collectiviteCode}}>
        {{#errors_collectiviteCode}}<p class="erreur" id="collectiviteCode-erreur">{{errors_collectiviteCode}}</p>{{/errors_collectiviteCode}}
        <label for="department">Département</label>
        <select id="department" name="department" required{{#errors_department}} aria-invalid="true" aria-describedby="department-erreur"{{/errors_department}}><option value="">Choisissez</option>{{#departments}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/departments}}</select>
        {{#errors_department}}<p class="erreur" id="department-erreur">{{errors_department}}</p>{{/errors_department}}
        </fieldset>
        <fieldset><legend>La personne à contacter</legend>
        <label for="contactName">Nom et prénom</label>
        <input type="text" id="contactName" name="contactName" autocomplete="name" required value="{{typed.contactName}}"{{#errors_contactName}} aria-invalid="true" aria-describedby="contactName-erreur"{{/errors_contactName}}>
        {{#errors_contactName}}<p class="erreur" id="contactName-erreur">{{errors_contactName}}</p>{{/errors_contactName}}
        <label for="contactEmail">Adresse électronique</label>
        <p class="aide" id="contactEmail-aide">La réponse de l'équipe y est envoyée.</p>
        <input type="email" id="contactEmail" name="contactEmail" autocomplete="email" required value="{{typed.contactEmail}}" aria-describedby="contactEmail-aide{{#errors_contactEmail}} contactEmail-erreur{{/errors_contactEmail}}"{{#errors_contactEmail}} aria-invalid="true"{{/errors_contactEmail}}>
        {{#errors_contactEmail}}<p class="erreur" id="contactEmail-erreur">{{errors_contactEmail}}</p>{{/errors_contactEmail}}
        <label for="contactPhone">Téléphone (facultatif)</label>
        <input type="tel" id="contactPhone" name="contactPhone" autocomplete="tel" value="{{typed.contactPhone}}"{{#errors_contactPhone}} aria-invalid="true" aria-describedby="contactPhone-erreur"{{/errors_contactPhone}}>
        {{#errors_contactPhone}}<p class="erreur" id="contactPhone-erreur">{{errors_contactPhone}}</p>{{/errors_contactPhone}}
        </fieldset>
        <fieldset><legend>La formation proposée</legend>
        <label for="kind">Type de session</label>
        <select id="kind" name="kind" required{{#errors_kind}} aria-invalid="true" aria-describedby="kind-erreur"{{/errors_kind}}><option value="">Choisissez</option>{{#kinds}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
        {{#errors_kind}}<p class="erreur" id="kind-erreur">{{errors_kind}}</p>{{/errors_kind}}
        <label for="theme">Thème</label>
        <select id="theme" name="theme" required{{#errors_theme}} aria-invalid="true" aria-describedby="theme-erreur"{{/errors_theme}}><option value="">Choisissez</option>{{#themes}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/themes}}</select>
        {{#errors_theme}}<p class="erreur" id="theme-erreur">{{errors_theme}}</p>{{/errors_theme}}
        <label for="proposedDates">Période ou dates proposées</label>
        <p class="aide" id="proposedDates-aide">Par exemple : un mardi matin de mars, ou les 12 et 19 mai.</p>
        <input type="text" id="proposedDates" name="proposedDates" required value="{{typed.proposedDates}}" aria-describedby="proposedDates-aide{{#errors_proposedDates}} proposedDates-erreur{{/errors_proposedDates}}"{{#errors_proposedDates}} aria-invalid="true"{{/errors_proposedDates}}>
        {{#errors_proposedDates}}<p class="erreur" id="proposedDates-erreur">{{errors_proposedDates}}</p>{{/errors_proposedDates}}
        </fieldset>
        <fieldset><legend>Le lieu</legend>
        <label for="town">Commune</label>
        <input type="text" id="town" name="town" required value="{{typed.town}}"{{#errors_town}} aria-invalid="true" aria-describedby="town-erreur"{{/errors_town}}>
        {{#errors_town}}<p class="erreur" id="town-erreur">{{errors_town}}</p>{{/errors_town}}
        <label for="address">Adresse</label>
        <input type="text" id="address" name="address" autocomplete="street-address" required value="{{typed.address}}"{{#errors_address}} aria-invalid="true" aria-describedby="address-erreur"{{/errors_address}}>
        {{#errors_address}}<p class="erreur" id="address-erreur">{{errors_address}}</p>{{/errors_address}}
        <label for="room">Salle</label>
        <input type="text" id="room" name="room" required value="{{typed.room}}"{{#errors_room}} aria-invalid="true" aria-describedby="room-erreur"{{/errors_room}}>
        {{#errors_room}}<p class="erreur" id="room-erreur">{{errors_room}}</p>{{/errors_room}}
        <label for="capacity">Nombre de places (facultatif)</label>
        <p class="aide" id="capacity-aide">Par défaut : 50 pour un buffet des savoirs, 15 pour un atelier de projet, 80 pour un séminaire.</p>
        <input type="number" id="capacity" name="capacity" inputmode="numeric" min="1" max="500" value="{{typed.capacity}}" aria-describedby="capacity-aide{{#errors_capacity}} capacity-erreur{{/errors_capacity}}"{{#errors_capacity}} aria-invalid="true"{{/errors_capacity}}>
        {{#errors_capacity}}<p class="erreur" id="capacity-erreur">{{errors_capacity}}</p>{{/errors_capacity}}
        <p><input type="checkbox" id="internetConnection" name="internetConnection" value="true"{{#typed.internetConnection}} checked{{/typed.internetConnection}}> <label for="internetConnection" style="display:inline">La salle est reliée à Internet</label></p>
        <p><input type="checkbox" id="stepFreeAccess" name="stepFreeAccess" value="true"{{#typed.stepFreeAccess}} checked{{/typed.stepFreeAccess}}> <label for="stepFreeAccess" style="display:inline">La salle est accessible de plain-pied (fauteuil roulant)</label></p>
        </fieldset>
        <label for="message">Message (facultatif)</label>
        <textarea id="message" name="message" rows="4"{{#errors_message}} aria-describedby="message-erreur"{{/errors_message}}{{#errors_message}} aria-invalid="true"{{/errors_message}}>{{typed.message}}</textarea>
        {{#errors_message}}<p class="erreur" id="message-erreur">{{errors_message}}</p>{{/errors_message}}
        <button class="principal" type="submit">Envoyer la proposition</button>
        </form>
        {{/main}}{{/layout}}
        """

    static let offerReceived = """
        {{<layout}}{{$title}}Proposition envoyée{{/title}}{{$main}}
        <h1>Merci : votre proposition est envoyée</h1>
        <p>L'équipe des formations a reçu la proposition de {{collectivite}} d'accueillir une formation ({{kind}}, thème « {{theme}} », période proposée : {{proposedDates}}).</p>
        <p>Un accusé de réception part vers {{contactEmail}} ; la réponse de l'équipe suivra par courriel.</p>
        <p><a href="/">Retour aux sessions</a></p>
        {{/main}}{{/layout}}
        """

    static let offers = """
        {{<layout}}{{$title}}Propositions d'accueil{{/title}}{{$main}}
        <h1>Propositions d'accueil</h1>
        <table>
        <caption>Les propositions des collectivités, celles à étudier d'abord</caption>
        <thead><tr><th scope="col">Collectivité</th><th scope="col">Proposition</th><th scope="col">Période proposée</th><th scope="col">Reçue le</th><th scope="col">État</th></tr></thead>
        <tbody>
        {{#offers}}
        <tr><td><a href="/gestion/accueils/{{id}}">{{collectivite}}</a> ({{department}})</td><td>{{kind}} — {{theme}}</td><td>{{proposedDates}}</td><td>{{receivedOn}}</td><td>{{status}}</td></tr>
        {{/offers}}
        </tbody>
        </table>
        {{^offers}}<p>Aucune proposition pour l'instant.</p>{{/offers}}
        {{/main}}{{/layout}}
        """

    static let offer = """
        {{<layout}}{{$title}}Proposition de {{collectivite}}{{/title}}{{$main}}
        <h1>Proposition de {{collectivite}}</h1>
        <dl>
        <dt>Collectivité</dt><dd>{{collectivite}}{{#collectiviteCode}} ({{collectiviteCode}}){{/collectiviteCode}}, {{departmentName}}</dd>
        <dt>Contact</dt><dd>{{contactName}}, <a href="mailto:{{contactEmail}}">{{contactEmail}}</a>{{#contactPhone}}, {{contactPhone}}{{/contactPhone}}</dd>
        <dt>Proposition</dt><dd>{{kind}} — {{audience}} — {{theme}}</dd>
        <dt>Période proposée</dt><dd>{{proposedDates}}</dd>
        <dt>Lieu</dt><dd>{{room}}, {{address}}, {{town}} — {{capacity}} places</dd>
        <dt>Équipement</dt><dd>{{#internetConnection}}Reliée à Internet{{/internetConnection}}{{^internetConnection}}Sans connexion à Internet{{/internetConnection}} ; {{#stepFreeAccess}}de plain-pied{{/stepFreeAccess}}{{^stepFreeAccess}}non accessible de plain-pied{{/stepFreeAccess}}</dd>
        {{#message}}<dt>Message</dt><dd>{{message}}</dd>{{/message}}
        <dt>Reçue le</dt><dd>{{receivedOn}}</dd>
        <dt>État</dt><dd>{{status}}{{#answer}} — « {{answer}} »{{/answer}}{{#sessionId}} — <a href="/gestion/sessions/{{sessionId}}">la session créée</a>{{/sessionId}}</dd>
        </dl>
        {{#waiting}}
        <h2>Retenir la proposition</h2>
        <p>La session est créée en brouillon avec le lieu, le type et le thème proposés ; vous la publierez quand elle sera prête. La collectivité en est informée par courriel.</p>
        <form method="post" action="/gestion/accueils/{{id}}/acceptation" novalidate>
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <label for="title">Titre de la session</label>
        <input type="text" id="title" name="title" required value="{{typed.title}}"{{#errors_title}} aria-invalid="true" aria-describedby="title-erreur"{{/errors_title}}>
        {{#errors_title}}<p class="erreur" id="title-erreur">{{errors_title}}</p>{{/errors_title}}
        <label for="description">Présentation</label>
        <textarea id="description" name="description" rows="4" required{{#errors_description}} aria-describedby="description-erreur"{{/errors_description}}{{#errors_description}} aria-invalid="true"{{/errors_description}}>{{typed.description}}</textarea>
        {{#errors_description}}<p class="erreur" id="description-erreur">{{errors_description}}</p>{{/errors_description}}
        <label for="day">Jour</label>
        <input type="date" id="day" name="day" required value="{{typed.day}}"{{#errors_day}} aria-invalid="true" aria-describedby="day-erreur"{{/errors_day}}>
        {{#errors_day}}<p class="erreur" id="day-erreur">{{errors_day}}</p>{{/errors_day}}
        <label for="start">Début (heure)</label>
        <input type="time" id="start" name="start" required value="{{typed.start}}"{{#errors_start}} aria-invalid="true" aria-describedby="start-erreur"{{/errors_start}}>
        {{#errors_start}}<p class="erreur" id="start-erreur">{{errors_start}}</p>{{/errors_start}}
        <label for="end">Fin (heure)</label>
        <input type="time" id="end" name="end" required value="{{typed.end}}"{{#errors_end}} aria-invalid="true" aria-describedby="end-erreur"{{/errors_end}}>
        {{#errors_end}}<p class="erreur" id="end-erreur">{{errors_end}}</p>{{/errors_end}}
        <label for="trainer">Intervenant</label>
        <input type="text" id="trainer" name="trainer" required value="{{typed.trainer}}"{{#errors_trainer}} aria-invalid="true" aria-describedby="trainer-erreur"{{/errors_trainer}}>
        {{#errors_trainer}}<p class="erreur" id="trainer-erreur">{{errors_trainer}}</p>{{/errors_trainer}}
        <label for="acceptMessage">Message à la collectivité (facultatif)</label>
        <textarea id="acceptMessage" name="acceptMessage" rows="4"{{#errors_acceptMessage}} aria-describedby="acceptMessage-erreur"{{/errors_acceptMessage}}{{#errors_acceptMessage}} aria-invalid="true"{{/errors_acceptMessage}}>{{typed.acceptMessage}}</textarea>
        {{#errors_acceptMessage}}<p class="erreur" id="acceptMessage-erreur">{{errors_acceptMessage}}</p>{{/errors_acceptMessage}}
        <button class="principal" type="submit">Retenir et créer la session</button>
        </form>
        <h2>Décliner la proposition</h2>
        <form method="post" action="/gestion/accueils/{{id}}/refus" novalidate>
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <label for="message">Raison, envoyée à la collectivité</label>
        <textarea id="message" name="message" rows="4" required{{#errors_message}} aria-describedby="message-erreur"{{/errors_message}}{{#errors_message}} aria-invalid="true"{{/errors_message}}>{{typed.message}}</textarea>
        {{#errors_message}}<p class="erreur" id="message-erreur">{{errors_message}}</p>{{/errors_message}}
        <button class="secondaire" type="submit">Décliner</button>
        </form>
        {{/waiting}}
        {{/main}}{{/layout}}
        """
}
