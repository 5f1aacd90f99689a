/// The applicants' portal: calls, sign-in, their dossiers.
enum PortalTemplates {
    static let home = """
    {{<layout}}{{$title}}Appels à candidatures{{/title}}{{$main}}
    <h1>Appels à candidatures</h1>
    <p>Communes, intercommunalités, pays, associations d'élus et structures d'appui aux collectivités : déposez ici votre dossier pour l'aide au conseil (action 2) ou le soutien à des projets innovants (action 3). Un jury se réunit environ tous les quatre mois.</p>
    <h2>Appels ouverts</h2>
    {{^openCalls}}<p>Aucun appel n'est ouvert aujourd'hui.</p>{{/openCalls}}
    {{#openCalls}}{{> call}}{{/openCalls}}
    <h2>Appels clos</h2>
    {{^closedCalls}}<p>Aucun.</p>{{/closedCalls}}
    {{#closedCalls}}{{> call}}{{/closedCalls}}
    {{/main}}{{/layout}}
    """

    static let call = """
    <section class="appel" aria-labelledby="appel-{{id}}">
    <h3 id="appel-{{id}}">{{title}}</h3>
    <dl>
    <dt>Action</dt><dd>{{actionLabel}}</dd>
    <dt>Dépôt des dossiers</dt><dd>du {{opens}} au {{closes}}</dd>
    <dt>Places</dt><dd>{{remaining}} restantes sur {{max}}</dd>
    <dt>Aide</dt><dd>{{aid}}</dd>
    </dl>
    <p>{{description}}</p>
    <p><strong>Critères de sélection :</strong></p>
    <ul>{{#criteria}}<li>{{.}}</li>{{/criteria}}</ul>
    {{#hasExcluded}}<p><strong>Thèmes non éligibles :</strong> {{excluded}}.</p>{{/hasExcluded}}
    <p><a href="/appels/{{id}}/dossier-de-candidature" download>Télécharger le dossier de candidature vierge de « {{title}} » (HTML à imprimer)</a></p>
    {{#canApply}}
    <form method="post" action="/espace/dossiers">
    <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="callId" value="{{id}}">
    <button class="principal" type="submit">Commencer un dossier pour « {{title}} »</button>
    </form>
    {{/canApply}}
    {{#signInToApply}}<p><a href="/connexion">Connectez-vous pour déposer un dossier</a></p>{{/signInToApply}}
    </section>
    """

    /// A dossier's attachments, shared by the portal and the back office (which adds their digests).
    static let attachments = """
    <h2>Pièces jointes</h2>
    {{^attachments}}<p>Aucune pièce jointe.</p>{{/attachments}}
    <ul>{{#attachments}}<li><a href="{{link}}">{{name}}</a> ({{kind}}, {{size}}, ajoutée le {{uploaded}}{{#showDigests}} ; SHA-256 {{sha256}}{{/showDigests}})</li>{{/attachments}}</ul>
    """

    static let signIn = """
    {{<layout}}{{$title}}Connexion{{/title}}{{$main}}
    <h1>Connexion</h1>
    <form method="post" action="/connexion" novalidate>
    <input type="hidden" name="_csrf" value="{{loginCsrf}}">
    <label for="email">Adresse électronique</label>
    <input type="email" id="email" name="email" autocomplete="username" required value="{{email}}">
    <label for="password">Mot de passe</label>
    <input type="password" id="password" name="password" autocomplete="current-password" required>
    <button class="principal" type="submit">Se connecter</button>
    </form>
    {{/main}}{{/layout}}
    """

    static let myDossiers = """
    {{<layout}}{{$title}}Mes dossiers{{/title}}{{$main}}
    <h1>Mes dossiers — {{applicantName}}</h1>
    {{^dossiers}}<p>Vous n'avez pas encore de dossier. Choisissez un appel ouvert sur la <a href="/">page des appels</a>.</p>{{/dossiers}}
    {{#hasDossiers}}
    <table>
    <caption>Dossiers de {{applicantName}}</caption>
    <thead><tr><th scope="col">Référence</th><th scope="col">Appel</th><th scope="col">Projet</th><th scope="col">Statut</th><th scope="col">Mis à jour le</th></tr></thead>
    <tbody>
    {{#dossiers}}<tr><td><a href="/espace/dossiers/{{id}}">{{reference}}</a></td><td>{{callTitle}}</td><td>{{projectTitle}}</td><td>{{statusLabel}}</td><td>{{updated}}</td></tr>{{/dossiers}}
    </tbody>
    </table>
    {{/hasDossiers}}
    {{/main}}{{/layout}}
    """

    static let dossier = """
    {{<layout}}{{$title}}Dossier {{reference}}{{/title}}{{$main}}
    <h1>Dossier {{reference}}</h1>
    <dl>
    <dt>Appel</dt><dd>{{callTitle}}</dd>
    <dt>Statut</dt><dd>{{statusLabel}}</dd>
    {{#submitted}}<dt>Déposé le</dt><dd>{{submitted}}</dd>{{/submitted}}
    {{#requestedSubsidy}}<dt>Subvention demandée</dt><dd>{{requestedSubsidy}}</dd>{{/requestedSubsidy}}
    </dl>
    {{#staffMessage}}<div class="message"><h2>Message du service instructeur</h2><p>{{staffMessage}}</p></div>{{/staffMessage}}
    {{#hasDecisions}}<h2>Décisions du jury</h2><ul>{{#decisions}}<li>{{.}}</li>{{/decisions}}</ul>{{/hasDecisions}}
    {{#editable}}
    <h2>Votre projet</h2>
    <form method="post" action="/espace/dossiers/{{id}}" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="projectTitle">Titre du projet</label>
    {{#errors_projectTitle}}<p class="erreur" id="projectTitle-erreur">{{.}}</p>{{/errors_projectTitle}}
    <input type="text" id="projectTitle" name="projectTitle" value="{{projectTitle}}" required{{#errors_projectTitle}} aria-invalid="true" aria-describedby="projectTitle-erreur"{{/errors_projectTitle}}>
    <label for="theme">Thème</label>
    <p class="aide" id="theme-aide">Par exemple : services aux citoyens, démocratie participative, tourisme, développement économique.</p>
    {{#errors_theme}}<p class="erreur" id="theme-erreur">{{.}}</p>{{/errors_theme}}
    <input type="text" id="theme" name="theme" value="{{theme}}" required aria-describedby="theme-aide{{#errors_theme}} theme-erreur{{/errors_theme}}"{{#errors_theme}} aria-invalid="true"{{/errors_theme}}>
    <label for="summary">Présentation du projet</label>
    {{#errors_summary}}<p class="erreur" id="summary-erreur">{{.}}</p>{{/errors_summary}}
    <textarea id="summary" name="summary" rows="6" required{{#errors_summary}} aria-invalid="true" aria-describedby="summary-erreur"{{/errors_summary}}>{{summary}}</textarea>
    {{#innovation}}
    <label for="eligibleCost">Coût éligible du projet (en euros)</label>
    <p class="aide" id="eligibleCost-aide">Par exemple 12 345,67. La subvention demandée est de {{rate}} de ce coût, dans la limite de {{cap}}.</p>
    {{#errors_eligibleCost}}<p class="erreur" id="eligibleCost-erreur">{{.}}</p>{{/errors_eligibleCost}}
    <input type="text" id="eligibleCost" name="eligibleCost" inputmode="decimal" value="{{eligibleCost}}" aria-describedby="eligibleCost-aide{{#errors_eligibleCost}} eligibleCost-erreur{{/errors_eligibleCost}}"{{#errors_eligibleCost}} aria-invalid="true"{{/errors_eligibleCost}}>
    {{/innovation}}
    <div>
    <button class="secondaire" type="submit" name="intent" value="save">Enregistrer le brouillon</button>
    <button class="principal" type="submit" name="intent" value="submit">Déposer le dossier</button>
    </div>
    </form>
    {{/editable}}
    {{^editable}}
    <h2>Votre projet</h2>
    <dl><dt>Titre</dt><dd>{{projectTitle}}</dd><dt>Thème</dt><dd>{{theme}}</dd><dt>Présentation</dt><dd>{{summary}}</dd>
    {{#eligibleCostLabel}}<dt>Coût éligible</dt><dd>{{eligibleCostLabel}}</dd>{{/eligibleCostLabel}}</dl>
    {{/editable}}
    {{> attachments}}
    {{#editable}}
    <form method="post" action="/espace/dossiers/{{id}}/pieces" enctype="multipart/form-data">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="file">Ajouter une pièce</label>
    <p class="aide" id="file-aide">Documents {{accepted}}, {{maxSize}} au plus.</p>
    {{#errors_file}}<p class="erreur" id="file-erreur">{{.}}</p>{{/errors_file}}
    <input type="file" id="file" name="file" aria-describedby="file-aide{{#errors_file}} file-erreur{{/errors_file}}"{{#errors_file}} aria-invalid="true"{{/errors_file}}>
    <button class="secondaire" type="submit">Joindre le fichier</button>
    </form>
    {{/editable}}
    {{#withdrawable}}
    <form method="post" action="/espace/dossiers/{{id}}/retrait">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <button class="secondaire" type="submit">Retirer ce dossier</button>
    </form>
    {{/withdrawable}}
    <p><a href="/espace">Retour à mes dossiers</a></p>
    {{/main}}{{/layout}}
    """
}
