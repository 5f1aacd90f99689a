/// The administrators' pages for calls: list, create, edit, close.
enum CallTemplates {
    static let calls = """
    {{<layout}}{{$title}}Appels à candidatures — gestion{{/title}}{{$main}}
    <h1>Appels à candidatures</h1>
    <p><a class="bouton" href="/gestion/appels/nouveau">Créer un appel</a></p>
    <table>
    <caption>{{count}} appel(s)</caption>
    <thead><tr><th scope="col">Appel</th><th scope="col">Action</th><th scope="col">Dépôts</th><th scope="col">Places restantes</th><th scope="col">État</th><th scope="col">Clôture anticipée</th></tr></thead>
    <tbody>
    {{#calls}}<tr><td><a href="/gestion/appels/{{id}}">{{title}}</a></td><td>{{actionLabel}}</td><td>du {{opens}} au {{closes}}</td><td>{{remaining}} sur {{max}}</td><td>{{state}}</td>
    <td>{{#closable}}<form method="post" action="/gestion/appels/{{id}}/clore"><input type="hidden" name="_csrf" value="{{csrf}}"><button class="secondaire" type="submit">Clore « {{title}} »</button></form>{{/closable}}</td></tr>{{/calls}}
    </tbody>
    </table>
    {{/main}}{{/layout}}
    """

    static let form = """
    {{<layout}}{{$title}}{{heading}}{{/title}}{{$main}}
    <h1>{{heading}}</h1>
    <form method="post" action="{{action}}" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    {{#isNew}}
    <fieldset><legend>Action du programme</legend>
    <input type="radio" id="action-conseil" name="action" value="consultingAid"{{#consulting}} checked{{/consulting}}> <label for="action-conseil" style="display:inline">Aide au conseil</label><br>
    <input type="radio" id="action-projets" name="action" value="innovationGrant"{{#innovation}} checked{{/innovation}}> <label for="action-projets" style="display:inline">Soutien à des projets innovants</label>
    {{#errors_action}}<p class="erreur" id="action-erreur">{{.}}</p>{{/errors_action}}
    </fieldset>
    {{/isNew}}
    <label for="title">Titre</label>
    {{#errors_title}}<p class="erreur" id="title-erreur">{{.}}</p>{{/errors_title}}
    <input type="text" id="title" name="title" value="{{title}}"{{#errors_title}} aria-invalid="true" aria-describedby="title-erreur"{{/errors_title}}>
    <label for="description">Présentation</label>
    <textarea id="description" name="description" rows="3">{{description}}</textarea>
    <label for="opensAt">Ouverture des dépôts (date, heure de Paris)</label>
    {{#errors_opensAt}}<p class="erreur" id="opensAt-erreur">{{.}}</p>{{/errors_opensAt}}
    <input type="text" id="opensAt" name="opensAt" placeholder="AAAA-MM-JJ" value="{{opensAt}}"{{#errors_opensAt}} aria-invalid="true" aria-describedby="opensAt-erreur"{{/errors_opensAt}}>
    <label for="closesAt">Dernier jour de dépôt (jusqu'à 23 h 59 min 59 s, heure de Paris)</label>
    {{#errors_closesAt}}<p class="erreur" id="closesAt-erreur">{{.}}</p>{{/errors_closesAt}}
    <input type="text" id="closesAt" name="closesAt" placeholder="AAAA-MM-JJ" value="{{closesAt}}"{{#errors_closesAt}} aria-invalid="true" aria-describedby="closesAt-erreur"{{/errors_closesAt}}>
    <fieldset><legend>Structures éligibles</legend>
    {{#kinds}}<input type="checkbox" id="kind_{{value}}" name="kind_{{value}}" value="oui"{{#checked}} checked{{/checked}}> <label for="kind_{{value}}" style="display:inline">{{label}}</label><br>{{/kinds}}
    {{#errors_eligibleKinds}}<p class="erreur" id="eligibleKinds-erreur">{{.}}</p>{{/errors_eligibleKinds}}
    </fieldset>
    <label for="maxBeneficiaries">Nombre maximal de bénéficiaires</label>
    {{#errors_maxBeneficiaries}}<p class="erreur" id="maxBeneficiaries-erreur">{{.}}</p>{{/errors_maxBeneficiaries}}
    <input type="text" id="maxBeneficiaries" name="maxBeneficiaries" inputmode="numeric" value="{{maxBeneficiaries}}"{{#errors_maxBeneficiaries}} aria-invalid="true" aria-describedby="maxBeneficiaries-erreur"{{/errors_maxBeneficiaries}}>
    <label for="consultingDays">Jours de conseil en moyenne (aide au conseil)</label>
    {{#errors_consultingDays}}<p class="erreur" id="consultingDays-erreur">{{.}}</p>{{/errors_consultingDays}}
    <input type="text" id="consultingDays" name="consultingDays" inputmode="numeric" value="{{consultingDays}}"{{#errors_consultingDays}} aria-invalid="true" aria-describedby="consultingDays-erreur"{{/errors_consultingDays}}>
    <label for="subsidyRate">Taux de subvention en % (projets innovants)</label>
    {{#errors_subsidyRule}}<p class="erreur" id="subsidyRule-erreur">{{.}}</p>{{/errors_subsidyRule}}
    <input type="text" id="subsidyRate" name="subsidyRate" inputmode="numeric" value="{{subsidyRate}}"{{#errors_subsidyRule}} aria-invalid="true" aria-describedby="subsidyRule-erreur"{{/errors_subsidyRule}}>
    <label for="subsidyCap">Plafond par projet en euros (projets innovants)</label>
    <input type="text" id="subsidyCap" name="subsidyCap" inputmode="decimal" value="{{subsidyCap}}">
    <label for="budgetEnvelope">Enveloppe budgétaire de l'appel en euros (facultative)</label>
    {{#errors_budgetEnvelope}}<p class="erreur" id="budgetEnvelope-erreur">{{.}}</p>{{/errors_budgetEnvelope}}
    <input type="text" id="budgetEnvelope" name="budgetEnvelope" inputmode="decimal" value="{{budgetEnvelope}}"{{#errors_budgetEnvelope}} aria-invalid="true" aria-describedby="budgetEnvelope-erreur"{{/errors_budgetEnvelope}}>
    <label for="criteria">Critères de sélection (un par ligne)</label>
    {{#errors_criteria}}<p class="erreur" id="criteria-erreur">{{.}}</p>{{/errors_criteria}}
    <textarea id="criteria" name="criteria" rows="6"{{#errors_criteria}} aria-invalid="true" aria-describedby="criteria-erreur"{{/errors_criteria}}>{{criteria}}</textarea>
    <label for="excludedThemes">Thèmes exclus (un par ligne : « Libellé : mot-clé, mot-clé »)</label>
    <textarea id="excludedThemes" name="excludedThemes" rows="4">{{excludedThemes}}</textarea>
    <button class="principal" type="submit">Enregistrer l'appel</button>
    </form>
    <p><a href="/gestion/appels">Retour aux appels</a></p>
    {{/main}}{{/layout}}
    """
}
