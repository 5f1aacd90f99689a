/// The front's pages: the catalogue and its search, a session, registering, and the
/// registrant's own page reached by the link of their email.
enum CatalogueTemplates {
    static let catalogue = """
        {{<layout}}{{$title}}Sessions de formation{{/title}}{{$main}}
        <h1>Se former à l'Internet public</h1>
        <p>Séminaires de sensibilisation, buffets des savoirs et ateliers de projet pour les élus de Midi-Pyrénées et leurs équipes (DGS, secrétaires de mairie, techniciens), accueillis par une collectivité près de chez vous.</p>
        <form method="get" action="/" class="filtres" role="search" aria-label="Rechercher une session">
        <div><label for="departement">Département</label>
        <select id="departement" name="departement"><option value="">Tous</option>{{#departments}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{code}} — {{name}}</option>{{/departments}}</select></div>
        <div><label for="theme">Thème</label>
        <select id="theme" name="theme"><option value="">Tous</option>{{#themes}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/themes}}</select></div>
        <div><label for="type">Type</label>
        <select id="type" name="type"><option value="">Tous</option>{{#kinds}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select></div>
        <div><label for="du">À partir du</label><input type="date" id="du" name="du" value="{{from}}"></div>
        <div><button class="principal" type="submit">Rechercher</button></div>
        </form>
        <h2>{{count}} session{{plural}}</h2>
        {{#sessions}}
        <article class="session">
        <h3><a href="/sessions/{{id}}">{{title}}</a></h3>
        <p>{{kind}} — {{theme}} — {{audience}}</p>
        <p>Le {{date}}, de {{startTime}} à {{endTime}}, à {{town}} ({{departmentName}})</p>
        <p class="places">{{#isFull}}<span class="complet">Complet : inscription en liste d'attente</span>{{/isFull}}{{^isFull}}{{placesLeft}} place{{placesPlural}} disponible{{placesPlural}} sur {{capacity}}{{/isFull}}</p>
        </article>
        {{/sessions}}
        {{^sessions}}<p>Aucune session ne correspond à cette recherche.</p>{{/sessions}}
        {{/main}}{{/layout}}
        """

    static let session = """
        {{<layout}}{{$title}}{{title}}{{/title}}{{$main}}
        <h1>{{title}}</h1>
        <p>{{kind}} — {{theme}} — pour : {{audience}}</p>
        <p>{{description}}</p>
        <dl>
        <dt>Date</dt><dd>Le {{date}}, de {{startTime}} à {{endTime}}</dd>
        <dt>Lieu</dt><dd>{{room}}, {{address}}, {{town}} ({{departmentName}}), accueilli par {{host}}</dd>
        <dt>Accès</dt><dd>{{#stepFreeAccess}}De plain-pied, accessible en fauteuil roulant{{/stepFreeAccess}}{{^stepFreeAccess}}Salle non accessible de plain-pied : prévenez l'équipe du programme{{/stepFreeAccess}}</dd>
        <dt>Connexion à Internet</dt><dd>{{#internetConnection}}Oui{{/internetConnection}}{{^internetConnection}}Non{{/internetConnection}}</dd>
        <dt>Intervenant</dt><dd>{{trainer}}</dd>
        <dt>Places</dt><dd class="places">{{#isFull}}<span class="complet">Complet</span> : {{waitlisted}} personne{{waitlistedPlural}} en liste d'attente{{/isFull}}{{^isFull}}{{placesLeft}} sur {{capacity}}{{/isFull}}</dd>
        <dt>Annulation possible jusqu'au</dt><dd>{{deadline}}</dd>
        </dl>
        {{^empty(materials)}}<h2>Supports de formation</h2><ul>{{#materials}}<li><a href="{{url}}">{{title}}</a></li>{{/materials}}</ul>{{/empty(materials)}}
        <p><a href="/sessions/{{id}}/calendrier.ics">Ajouter à mon agenda (iCalendar)</a></p>
        {{#isOpen}}
        <h2 id="inscription">S'inscrire</h2>
        {{#isFull}}<p>La session est complète : vous serez inscrit en liste d'attente, et prévenu par courriel si une place se libère.</p>{{/isFull}}
        <form method="post" action="/sessions/{{id}}/inscription" novalidate>
        <input type="hidden" name="_csrf" value="{{formToken}}">
        <label for="name">Nom et prénom</label>
        <input type="text" id="name" name="name" autocomplete="name" required value="{{typed.name}}"{{#errors_name}} aria-invalid="true" aria-describedby="name-erreur"{{/errors_name}}>
        {{#errors_name}}<p class="erreur" id="name-erreur">{{errors_name}}</p>{{/errors_name}}
        <label for="email">Adresse électronique</label>
        <p class="aide" id="email-aide">La confirmation et le lien pour annuler y sont envoyés.</p>
        <input type="email" id="email" name="email" autocomplete="email" required value="{{typed.email}}" aria-describedby="email-aide{{#errors_email}} email-erreur{{/errors_email}}"{{#errors_email}} aria-invalid="true"{{/errors_email}}>
        {{#errors_email}}<p class="erreur" id="email-erreur">{{errors_email}}</p>{{/errors_email}}
        <label for="role">Fonction</label>
        <select id="role" name="role" required{{#errors_role}} aria-invalid="true" aria-describedby="role-erreur"{{/errors_role}}><option value="">Choisissez</option>{{#roles}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/roles}}</select>
        {{#errors_role}}<p class="erreur" id="role-erreur">{{errors_role}}</p>{{/errors_role}}
        <label for="collectivite">Collectivité</label>
        <p class="aide" id="collectivite-aide">Son nom, ou son code INSEE (commune) ou SIREN (intercommunalité).</p>
        <input type="text" id="collectivite" name="collectivite" required value="{{typed.collectivite}}" aria-describedby="collectivite-aide{{#errors_collectivite}} collectivite-erreur{{/errors_collectivite}}"{{#errors_collectivite}} aria-invalid="true"{{/errors_collectivite}}>
        {{#errors_collectivite}}<p class="erreur" id="collectivite-erreur">{{errors_collectivite}}</p>{{/errors_collectivite}}
        <button class="principal" type="submit">{{#isFull}}S'inscrire en liste d'attente{{/isFull}}{{^isFull}}S'inscrire{{/isFull}}</button>
        </form>
        {{/isOpen}}
        {{^isOpen}}<p>Cette session ne prend pas d'inscription ({{status}}).</p>{{/isOpen}}
        {{/main}}{{/layout}}
        """

    static let manage = """
        {{<layout}}{{$title}}Mon inscription{{/title}}{{$main}}
        <h1>Mon inscription</h1>
        <dl>
        <dt>Session</dt><dd><a href="/sessions/{{sessionId}}">{{title}}</a></dd>
        <dt>Date</dt><dd>Le {{date}}, de {{startTime}} à {{endTime}}</dd>
        <dt>Lieu</dt><dd>{{room}}, {{address}}, {{town}}</dd>
        <dt>Inscrit</dt><dd>{{name}} ({{role}}), {{collectivite}}</dd>
        <dt>État</dt><dd>{{state}}</dd>
        </dl>
        {{#cancellable}}
        <form method="post" action="/inscriptions/{{token}}/annulation">
        <input type="hidden" name="_csrf" value="{{formToken}}">
        <button class="secondaire" type="submit">Annuler mon inscription</button>
        </form>
        <p class="aide">Annulation possible jusqu'au {{deadline}} ; votre place revient à la première personne de la liste d'attente.</p>
        {{/cancellable}}
        {{^empty(others)}}
        <h2>Mes autres inscriptions</h2>
        <ul>{{#others}}<li><a href="/sessions/{{sessionId}}">{{title}}</a>, le {{date}} : {{state}}</li>{{/others}}</ul>
        {{/empty(others)}}
        <h2>Mes données</h2>
        <p>Effacer vos données annule vos inscriptions en cours, puis efface votre nom, votre adresse et votre collectivité de toutes vos inscriptions. Seule une empreinte irréversible de votre adresse est gardée, pour compter une seule fois les élus formés.</p>
        <form method="post" action="/inscriptions/{{token}}/effacement">
        <input type="hidden" name="_csrf" value="{{formToken}}">
        <button class="secondaire" type="submit">Effacer mes données</button>
        </form>
        {{/main}}{{/layout}}
        """
}
