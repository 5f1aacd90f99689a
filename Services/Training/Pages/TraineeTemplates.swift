/// "Mes inscriptions": asking for the link by address, the page it opens, and an
/// attendance certificate, printable (the layout's print style keeps the certificate alone).
enum TraineeTemplates {
    static let ask = """
        {{<layout}}{{$title}}Mes inscriptions{{/title}}{{$main}}
        <h1>Mes inscriptions</h1>
        <p>Indiquez l'adresse électronique avec laquelle vous vous êtes inscrit : nous y envoyons un lien vers toutes vos inscriptions, pour les voir, les annuler, obtenir vos attestations de présence ou effacer vos données. Aucun mot de passe n'est nécessaire.</p>
        <form method="post" action="/mes-inscriptions" novalidate>
        <input type="hidden" name="_csrf" value="{{formToken}}">
        <label for="email">Adresse électronique</label>
        <input type="email" id="email" name="email" autocomplete="email" required value="{{typed.email}}"{{#errors_email}} aria-invalid="true" aria-describedby="email-erreur"{{/errors_email}}>
        {{#errors_email}}<p class="erreur" id="email-erreur">{{errors_email}}</p>{{/errors_email}}
        <button class="principal" type="submit">Recevoir le lien</button>
        </form>
        {{/main}}{{/layout}}
        """

    static let mine = """
        {{<layout}}{{$title}}Mes inscriptions{{/title}}{{$main}}
        <h1>Mes inscriptions</h1>
        {{^empty(registrations)}}
        <h2>Vos inscriptions, les plus récentes d'abord</h2>
        <ul class="inscriptions">
        {{#registrations}}
        <li><a href="/sessions/{{sessionId}}">{{title}}</a>, le {{date}} à {{town}} : {{state}}
        {{#cancellable}}<form method="post" action="/mes-inscriptions/{{token}}/inscriptions/{{id}}/annulation"><input type="hidden" name="_csrf" value="{{formToken}}"><button class="secondaire" type="submit">Annuler<span class="evitement"> l'inscription à {{title}}</span></button></form>{{/cancellable}}
        {{#attended}}<a href="/mes-inscriptions/{{token}}/attestations/{{id}}">Attestation de présence<span class="evitement"> à {{title}}</span></a>{{/attended}}</li>
        {{/registrations}}
        </ul>
        {{/empty(registrations)}}
        {{#empty(registrations)}}<p>Aucune inscription ne porte plus votre nom.</p>{{/empty(registrations)}}
        <h2>Mes données</h2>
        <p>Effacer vos données annule vos inscriptions en cours, puis efface votre nom, votre adresse et votre collectivité de toutes vos inscriptions. Seule une empreinte irréversible de votre adresse est gardée, pour compter une seule fois les élus formés.</p>
        <form method="post" action="/mes-inscriptions/{{token}}/effacement">
        <input type="hidden" name="_csrf" value="{{formToken}}">
        <button class="secondaire" type="submit">Effacer mes données</button>
        </form>
        {{/main}}{{/layout}}
        """

    static let certificate = """
        {{<layout}}{{$title}}Attestation de présence — {{title}}{{/title}}{{$main}}
        <article class="attestation">
        <h1>Attestation de présence</h1>
        <p>Le programme régional « Internet Public et Citoyen » atteste que</p>
        <p class="personne"><strong>{{name}}</strong>, {{role}}{{#collectivite}}, {{collectivite}}{{/collectivite}},</p>
        <p>a participé à la session de formation « {{title}} » ({{kind}}, thème « {{theme}} »), le {{date}} de {{startTime}} à {{endTime}}, à {{town}} ({{departmentName}}), accueillie par {{host}} et animée par {{trainer}}.</p>
        <p>Fait le {{today}}, pour valoir ce que de droit.</p>
        <p>L'équipe du programme « Internet Public et Citoyen »</p>
        </article>
        <p class="sans-impression">Pour l'enregistrer en PDF, imprimez cette page et choisissez « Enregistrer au format PDF » : seule l'attestation est imprimée.</p>
        {{/main}}{{/layout}}
        """
}

