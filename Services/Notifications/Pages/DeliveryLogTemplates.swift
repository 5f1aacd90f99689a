/// The delivery log page: a search box, then the messages with their outcome and a way to
/// send one again.
enum DeliveryLogTemplates {
    static let log = """
    {{<layout}}{{$title}}Journal des envois{{/title}}{{$main}}
    <h1>Journal des envois</h1>
    <form method="get" action="/journal" role="search">
    <label for="q">Référence du dossier ou adresse électronique</label>
    <p class="aide" id="q-aide">Par exemple PI-2026-0001 ou mairie@exemple.fr. Vide : les derniers messages.</p>
    <input type="search" id="q" name="q" value="{{query}}" aria-describedby="q-aide">
    <button class="principal" type="submit">Chercher</button>
    </form>
    {{^failedOnly}}<p><a href="/journal?etat=echec">Messages en échec</a> : abandonnés après un refus définitif du serveur ou trop de tentatives, ils ne partent plus que si vous les renvoyez.</p>{{/failedOnly}}
    {{#failedOnly}}<p>Ces messages ont été abandonnés après un refus définitif du serveur ou trop de tentatives : ils ne partent plus que si vous les renvoyez. <a href="/journal">Tous les messages</a></p>{{/failedOnly}}
    {{^hasMessages}}<p>Aucun message{{#failedOnly}} en échec{{/failedOnly}}{{#query}} pour « {{query}} »{{/query}}.</p>{{/hasMessages}}
    {{#hasMessages}}
    <table>
    <caption>{{caption}}</caption>
    <thead><tr><th scope="col">Créé le</th><th scope="col">Courriel</th><th scope="col">Destinataire</th><th scope="col">Dossier</th><th scope="col">État</th><th scope="col">Tentatives</th><th scope="col">Dernière réponse du serveur</th><th scope="col">Action</th></tr></thead>
    <tbody>
    {{#messages}}<tr>
    <td>{{createdAt}}{{#resent}}<br>(renvoi){{/resent}}</td>
    <td>{{templateLabel}}<br><small>{{subject}}</small></td>
    <td>{{recipient}}</td>
    <td>{{reference}}</td>
    <td>{{statusLabel}}{{#finishedAt}}<br><small>le {{finishedAt}}</small>{{/finishedAt}}</td>
    <td>{{attempts}}</td>
    <td>{{lastReply}}</td>
    <td>{{#canResend}}<form method="post" action="/journal/{{id}}/renvoi"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="q" value="{{query}}"><button type="submit" aria-label="Renvoyer le courriel « {{subject}} » à {{recipient}}">Renvoyer</button></form>{{/canResend}}</td>
    </tr>{{/messages}}
    </tbody>
    </table>
    {{/hasMessages}}
    {{/main}}{{/layout}}
    """
}
