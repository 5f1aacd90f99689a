/// The staff's back office: dossiers by call, status, department and priority target.
enum BackOfficeTemplates {
    static let dossiers = """
    {{<layout}}{{$title}}Instruction des dossiers{{/title}}{{$main}}
    <h1>Instruction des dossiers</h1>
    <form method="get" action="/gestion" class="filtres">
    <div><label for="callId">Appel</label>
    <select id="callId" name="callId"><option value="">Tous les appels</option>{{#calls}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{title}}</option>{{/calls}}</select></div>
    <div><label for="status">Statut</label>
    <select id="status" name="status"><option value="">Tous les statuts</option>{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></div>
    <div><label for="department">Département</label>
    <input type="text" id="department" name="department" value="{{department}}" size="4"></div>
    <div><label for="priorityTarget">Cible prioritaire</label>
    <select id="priorityTarget" name="priorityTarget"><option value="">Indifférent</option><option value="true"{{#priorityYes}} selected{{/priorityYes}}>Oui</option><option value="false"{{#priorityNo}} selected{{/priorityNo}}>Non</option></select></div>
    <div><button class="principal" type="submit">Filtrer</button></div>
    </form>
    <p><a href="/gestion/export.csv{{query}}">Exporter ces dossiers (CSV pour tableur)</a></p>
    <table>
    <caption>{{count}} dossier(s)</caption>
    <thead><tr><th scope="col">Référence</th><th scope="col">Collectivité</th><th scope="col">Dépt</th><th scope="col">Cible prioritaire</th><th scope="col">Appel</th><th scope="col">Statut</th><th scope="col">Déposé le</th></tr></thead>
    <tbody>
    {{#dossiers}}<tr><td><a href="/gestion/dossiers/{{id}}">{{reference}}</a></td><td>{{applicantName}}</td><td>{{department}}</td><td>{{priority}}</td><td>{{callTitle}}</td><td>{{statusLabel}}</td><td>{{submitted}}</td></tr>{{/dossiers}}
    </tbody>
    </table>
    {{/main}}{{/layout}}
    """

    static let dossier = """
    {{<layout}}{{$title}}Dossier {{reference}} — instruction{{/title}}{{$main}}
    <h1>Dossier {{reference}}</h1>
    <dl>
    <dt>Collectivité</dt><dd>{{applicantName}} ({{applicantKind}}, {{department}})</dd>
    <dt>Population</dt><dd>{{population}} habitants</dd>
    <dt>Cible prioritaire</dt><dd>{{priority}}</dd>
    <dt>Appel</dt><dd>{{callTitle}}</dd>
    <dt>Statut</dt><dd>{{statusLabel}}</dd>
    <dt>Projet</dt><dd>{{projectTitle}}</dd>
    <dt>Thème</dt><dd>{{theme}}</dd>
    <dt>Présentation</dt><dd>{{summary}}</dd>
    {{#eligibleCost}}<dt>Coût éligible</dt><dd>{{eligibleCost}}</dd>{{/eligibleCost}}
    {{#requestedSubsidy}}<dt>Subvention demandée</dt><dd>{{requestedSubsidy}}</dd>{{/requestedSubsidy}}
    {{#submitted}}<dt>Déposé le</dt><dd>{{submitted}}</dd>{{/submitted}}
    </dl>
    {{> attachments}}
    {{#canComplete}}
    <form method="post" action="/gestion/dossiers/{{id}}/complet">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <button class="principal" type="submit">Déclarer le dossier complet</button>
    </form>
    {{/canComplete}}
    {{#canDeclareIncomplete}}
    <form method="post" action="/gestion/dossiers/{{id}}/incomplet" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="message">Pièces ou informations manquantes (message envoyé au candidat)</label>
    {{#errors_message}}<p class="erreur" id="message-erreur">{{.}}</p>{{/errors_message}}
    <textarea id="message" name="message" rows="4" required{{#errors_message}} aria-invalid="true" aria-describedby="message-erreur"{{/errors_message}}></textarea>
    <button class="secondaire" type="submit">Déclarer le dossier incomplet</button>
    </form>
    {{/canDeclareIncomplete}}
    {{#canClose}}
    <form method="post" action="/gestion/dossiers/{{id}}/clore">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <button class="secondaire" type="submit">Clore le dossier</button>
    </form>
    {{/canClose}}
    <table>
    <caption>Historique du dossier</caption>
    <thead><tr><th scope="col">Date</th><th scope="col">Par</th><th scope="col">Étape</th><th scope="col">Statut</th><th scope="col">Message</th></tr></thead>
    <tbody>
    {{#history}}<tr><td>{{at}}</td><td>{{actor}}</td><td>{{action}}</td><td>{{status}}</td><td>{{message}}</td></tr>{{/history}}
    </tbody>
    </table>
    <p><a href="/gestion">Retour aux dossiers</a></p>
    {{/main}}{{/layout}}
    """
}
