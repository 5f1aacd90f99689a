/// A dossier of a sitting: its details, the juror's scores, and the decision form.
enum DossierTemplates {
    static let dossier = """
    {{<layout}}{{$title}}Dossier {{reference}}{{/title}}{{$main}}
    <h1>Dossier {{reference}}</h1>
    <p><a href="/seances/{{sittingId}}">Retour à la séance du {{date}}</a></p>
    <dl>
    <dt>Collectivité</dt><dd>{{applicantName}} ({{applicantKind}}, {{department}}, {{population}} habitants)</dd>
    <dt>Cible prioritaire</dt><dd>{{priority}}</dd>
    <dt>Appel</dt><dd>{{callTitle}}</dd>
    <dt>Projet</dt><dd>{{projectTitle}}</dd>
    <dt>Thème</dt><dd>{{theme}}</dd>
    {{#eligibleCost}}<dt>Coût éligible</dt><dd>{{eligibleCost}}</dd>{{/eligibleCost}}
    {{#requestedSubsidy}}<dt>Subvention demandée</dt><dd>{{requestedSubsidy}}</dd>{{/requestedSubsidy}}
    <dt>Déposé le</dt><dd>{{submitted}}</dd>
    </dl>
    {{#mayScore}}
    <h2>Votre notation</h2>
    <form method="post" action="/seances/{{sittingId}}/dossiers/{{applicationId}}/notes" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    {{#criteria}}
    <fieldset>
    <legend>{{name}}</legend>
    <label for="score-{{index}}">Note de 0 à 5</label>
    <select id="score-{{index}}" name="score-{{index}}">{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/options}}</select>
    <label for="comment-{{index}}">Commentaire (facultatif)</label>
    <textarea id="comment-{{index}}" name="comment-{{index}}" rows="2">{{comment}}</textarea>
    </fieldset>
    {{/criteria}}
    <button class="principal" type="submit">Enregistrer mes notes</button>
    </form>
    {{/mayScore}}
    {{#mayDecide}}
    <h2>Décision</h2>
    {{#currentDecision}}<p>Décision enregistrée : {{currentDecision}}.</p>{{/currentDecision}}
    <form method="post" action="/seances/{{sittingId}}/dossiers/{{applicationId}}/decision" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <fieldset id="decision"{{#errors_decision}} aria-describedby="decision-erreur"{{/errors_decision}}>
    <legend>Décision du jury</legend>
    {{#errors_decision}}<p class="erreur" id="decision-erreur">{{errors_decision}}</p>{{/errors_decision}}
    <p><input type="radio" id="decision-selected" name="decision" value="selected"> <label for="decision-selected" style="display:inline">Retenu</label></p>
    <p><input type="radio" id="decision-rejected" name="decision" value="rejected"> <label for="decision-rejected" style="display:inline">Non retenu</label></p>
    <p><input type="radio" id="decision-deferred" name="decision" value="deferred"> <label for="decision-deferred" style="display:inline">Ajourné à la séance suivante</label></p>
    </fieldset>
    {{#innovation}}
    <label for="grantedAmount">Montant accordé (€)</label>
    <p class="aide" id="grantedAmount-aide">Par défaut, la subvention demandée ; au plus {{ceiling}}.</p>
    <input type="text" inputmode="decimal" id="grantedAmount" name="grantedAmount" value="{{grantedAmount}}" aria-describedby="grantedAmount-aide{{#errors_grantedAmountCents}} grantedAmount-erreur{{/errors_grantedAmountCents}}"{{#errors_grantedAmountCents}} aria-invalid="true"{{/errors_grantedAmountCents}}>
    {{#errors_grantedAmountCents}}<p class="erreur" id="grantedAmount-erreur">{{errors_grantedAmountCents}}</p>{{/errors_grantedAmountCents}}
    {{/innovation}}
    {{#consulting}}
    <label for="consultingDays">Jours de conseil accordés</label>
    <input type="text" inputmode="numeric" id="consultingDays" name="consultingDays" value="{{consultingDays}}"{{#errors_consultingDays}} aria-invalid="true" aria-describedby="consultingDays-erreur"{{/errors_consultingDays}}>
    {{#errors_consultingDays}}<p class="erreur" id="consultingDays-erreur">{{errors_consultingDays}}</p>{{/errors_consultingDays}}
    {{/consulting}}
    <label for="motivation">Motivation</label>
    <p class="aide" id="motivation-aide">Obligatoire pour un refus ou un montant réduit.</p>
    <textarea id="motivation" name="motivation" rows="3" aria-describedby="motivation-aide{{#errors_motivation}} motivation-erreur{{/errors_motivation}}"{{#errors_motivation}} aria-invalid="true"{{/errors_motivation}}>{{motivation}}</textarea>
    {{#errors_motivation}}<p class="erreur" id="motivation-erreur">{{errors_motivation}}</p>{{/errors_motivation}}
    <button class="principal" type="submit">Enregistrer la décision</button>
    </form>
    {{/mayDecide}}
    {{/main}}{{/layout}}
    """
}
