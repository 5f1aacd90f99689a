/// Sittings: the list (and, for staff, the form that schedules one), a sitting with its
/// agenda, and its printable minutes.
enum SittingTemplates {
    static let sittings = """
    {{<layout}}{{$title}}Séances{{/title}}{{$main}}
    <h1>Séances du jury</h1>
    {{^sittings}}<p>Aucune séance pour l'instant.</p>{{/sittings}}
    {{#hasSittings}}
    <table>
    <caption>Séances{{^isStaff}} dont vous êtes membre{{/isStaff}}</caption>
    <thead><tr><th scope="col">Date</th><th scope="col">Appels examinés</th><th scope="col">Membres</th><th scope="col">État</th></tr></thead>
    <tbody>
    {{#sittings}}<tr><td><a href="/seances/{{id}}">Séance du {{date}}</a></td><td>{{calls}}</td><td>{{members}}</td><td>{{state}}</td></tr>{{/sittings}}
    </tbody>
    </table>
    {{/hasSittings}}
    {{#isStaff}}
    <h2>Programmer une séance</h2>
    {{#notYetReceived}}<p class="message">{{.}}</p>{{/notYetReceived}}
    <form method="post" action="/seances" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="sittingDate">Date de la séance</label>
    <p class="aide" id="sittingDate-aide">Proposée quatre mois après la précédente. Format AAAA-MM-JJ.</p>
    <input type="text" id="sittingDate" name="sittingDate" value="{{proposedDate}}" aria-describedby="sittingDate-aide{{#errors_sittingDate}} sittingDate-erreur{{/errors_sittingDate}}"{{#errors_sittingDate}} aria-invalid="true"{{/errors_sittingDate}}>
    {{#errors_sittingDate}}<p class="erreur" id="sittingDate-erreur">{{errors_sittingDate}}</p>{{/errors_sittingDate}}
    <fieldset id="callIds"{{#errors_callIds}} aria-describedby="callIds-erreur"{{/errors_callIds}}>
    <legend>Appels examinés</legend>
    {{#errors_callIds}}<p class="erreur" id="callIds-erreur">{{errors_callIds}}</p>{{/errors_callIds}}
    {{#calls}}<p><input type="checkbox" id="call-{{id}}" name="call" value="{{id}}"{{#checked}} checked{{/checked}}> <label for="call-{{id}}" style="display:inline">{{title}} ({{placesLeft}} place(s) restante(s))</label></p>{{/calls}}
    </fieldset>
    <fieldset id="members"{{#errors_members}} aria-describedby="members-erreur"{{/errors_members}}>
    <legend>Membres de la séance</legend>
    {{#errors_members}}<p class="erreur" id="members-erreur">{{errors_members}}</p>{{/errors_members}}
    {{#jurors}}<label for="seat-{{id}}">{{name}}</label><select id="seat-{{id}}" name="seat-{{id}}"><option value="">ne siège pas</option><option value="member">membre</option><option value="chair">président</option></select>{{/jurors}}
    </fieldset>
    <label for="quorum">Quorum (membres présents nécessaires)</label>
    <input type="text" inputmode="numeric" id="quorum" name="quorum" value="{{quorum}}"{{#errors_quorum}} aria-invalid="true" aria-describedby="quorum-erreur"{{/errors_quorum}}>
    {{#errors_quorum}}<p class="erreur" id="quorum-erreur">{{errors_quorum}}</p>{{/errors_quorum}}
    <button class="principal" type="submit">Programmer la séance</button>
    </form>
    {{/isStaff}}
    {{/main}}{{/layout}}
    """

    static let sitting = """
    {{<layout}}{{$title}}Séance du {{date}}{{/title}}{{$main}}
    <h1>Séance du {{date}}</h1>
    <dl>
    <dt>Appels examinés</dt><dd>{{calls}}</dd>
    <dt>Dossiers complets avant le</dt><dd>{{cutOff}}</dd>
    <dt>Membres</dt><dd>{{members}}</dd>
    <dt>Quorum</dt><dd>{{quorum}}</dd>
    <dt>État</dt><dd>{{state}}</dd>
    </dl>
    {{#notYetReceived}}<p class="message">{{.}}</p>{{/notYetReceived}}
    {{#mayRefresh}}
    <form method="post" action="/seances/{{id}}/ordre-du-jour">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <p class="aide">Ajoute à l'ordre du jour les dossiers complets avant le {{cutOff}} reçus depuis la programmation.</p>
    <button class="secondaire" type="submit">Actualiser l'ordre du jour</button>
    </form>
    {{/mayRefresh}}
    <p><a href="/seances/{{id}}/proces-verbal">Procès-verbal{{^closed}} (provisoire){{/closed}}</a> — <a href="/api/sittings/{{id}}/minutes.csv" download>au format tableur (CSV)</a></p>
    <table>
    <caption>Ordre du jour</caption>
    <thead><tr><th scope="col">Référence</th><th scope="col">Collectivité</th><th scope="col">Déclaration</th><th scope="col">Décision</th></tr></thead>
    <tbody>
    {{#agenda}}<tr>
    <td>{{#visible}}<a href="/seances/{{sittingId}}/dossiers/{{applicationId}}">{{reference}}</a>{{/visible}}{{^visible}}{{reference}}{{/visible}}</td>
    <td>{{applicantName}}</td>
    <td>{{declaration}}
    {{#mayDeclare}}<form method="post" action="/seances/{{sittingId}}/dossiers/{{applicationId}}/declaration">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <button class="secondaire" type="submit" name="conflict" value="false">Aucun conflit d'intérêts pour {{reference}}</button>
    <button class="secondaire" type="submit" name="conflict" value="true">Je me déporte pour {{reference}}</button>
    </form>{{/mayDeclare}}</td>
    <td>{{decision}}</td>
    </tr>{{/agenda}}
    </tbody>
    </table>
    {{#mayClose}}
    <h2>Clore la séance</h2>
    <form method="post" action="/seances/{{id}}/cloture" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <fieldset><legend>Membres présents</legend>
    {{#seats}}<p><input type="checkbox" id="present-{{memberId}}" name="present" value="{{memberId}}" checked> <label for="present-{{memberId}}" style="display:inline">{{displayName}} ({{roleLabel}})</label></p>{{/seats}}
    </fieldset>
    <p class="aide">La clôture fige la séance et publie ses décisions : les collectivités en sont informées.</p>
    <button class="principal" type="submit">Clore la séance et publier les décisions</button>
    </form>
    {{/mayClose}}
    {{/main}}{{/layout}}
    """

    static let minutes = """
    {{<layout}}{{$title}}Procès-verbal de la séance du {{date}}{{/title}}{{$main}}
    <h1>Procès-verbal de la séance du {{date}}</h1>
    {{^closed}}<p class="message">Séance en cours : ce procès-verbal est provisoire.</p>{{/closed}}
    <h2>Membres</h2>
    <ul>{{#seats}}<li>{{displayName}} ({{roleLabel}}){{#closed}} — {{presence}}{{/closed}}</li>{{/seats}}</ul>
    <p>Quorum : {{quorum}} membre(s){{#closed}} — {{quorumState}}{{/closed}}.</p>
    <h2>Déclarations d'intérêts</h2>
    {{^declarations}}<p>Aucune déclaration.</p>{{/declarations}}
    {{#hasDeclarations}}<ul>{{#declarations}}<li>{{member}} — {{reference}} : {{label}}</li>{{/declarations}}</ul>{{/hasDeclarations}}
    <table>
    <caption>Classement et décisions</caption>
    <thead><tr><th scope="col">Rang</th><th scope="col">Référence</th><th scope="col">Collectivité</th><th scope="col">Cible prioritaire</th><th scope="col">Note moyenne</th><th scope="col">Moyennes par critère</th><th scope="col">Décision</th><th scope="col">Montant ou jours</th><th scope="col">Motivation</th></tr></thead>
    <tbody>
    {{#ranking}}<tr><td>{{rank}}</td><td>{{reference}}</td><td>{{applicantName}}</td><td>{{priority}}</td><td>{{score}}</td><td>{{means}}</td><td>{{decision}}</td><td>{{grant}}</td><td>{{motivation}}</td></tr>{{/ranking}}
    </tbody>
    </table>
    <table>
    <caption>Places et enveloppes restantes par appel</caption>
    <thead><tr><th scope="col">Appel</th><th scope="col">Places restantes</th><th scope="col">Enveloppe restante</th></tr></thead>
    <tbody>{{#callBalances}}<tr><td>{{title}}</td><td>{{placesLeft}}</td><td>{{budgetLeft}}</td></tr>{{/callBalances}}</tbody>
    </table>
    {{/main}}{{/layout}}
    """
}
