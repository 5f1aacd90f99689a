/// The check-in list of a session (on screen to tick, printed to sign) and the objective.
enum AttendanceTemplates {
    static let checkIn = """
        {{<layout}}{{$title}}Émargement — {{title}}{{/title}}{{$main}}
        <h1>Émargement</h1>
        <p>{{title}} — le {{date}}, de {{startTime}} à {{endTime}}, {{room}}, {{town}}</p>
        <form method="post" action="/gestion/sessions/{{id}}/presences">
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <table>
        <caption>Inscriptions confirmées ({{count}})</caption>
        <thead><tr><th scope="col">Personne</th><th scope="col">Fonction</th><th scope="col">Collectivité</th><th scope="col">Signature</th><th scope="col" class="sans-impression">Présent</th></tr></thead>
        <tbody>
        {{#registrations}}
        <tr><td>{{name}}</td><td>{{role}}</td><td>{{collectivite}}</td><td></td>
        <td class="sans-impression"><input type="checkbox" id="present-{{id}}" name="present" value="{{id}}"{{#attended}} checked{{/attended}}><label for="present-{{id}}" class="evitement">{{name}} présent</label></td></tr>
        {{/registrations}}
        </tbody>
        </table>
        <button class="principal sans-impression" type="submit">Enregistrer les présences</button>
        </form>
        {{/main}}{{/layout}}
        """

    static let objective = """
        {{<layout}}{{$title}}Objectif : 1 000 élus formés{{/title}}{{$main}}
        <h1>Objectif : 1 000 élus formés</h1>
        <p class="places">{{trained}} élu{{plural}} formé{{plural}} sur 1 000 ({{percent}} %)</p>
        <p class="aide">Chaque élu compte une fois, quel que soit le nombre de sessions suivies ; il compte dans chaque département, thème et type de session qu'il a suivi.</p>
        {{#breakdowns}}
        <table>
        <caption>Par {{dimension}}</caption>
        <thead><tr><th scope="col">{{heading}}</th><th scope="col">Élus formés</th></tr></thead>
        <tbody>{{#lines}}<tr><td>{{label}}</td><td>{{trained}}</td></tr>{{/lines}}</tbody>
        </table>
        {{/breakdowns}}
        {{/main}}{{/layout}}
        """
}
