/// Personalised advice's pages: the collectivité's form and the FAQ on the front; the
/// questions, the answer and the FAQ's version in the back office.
enum AdviceTemplates {
    static let form = """
        {{<layout}}{{$title}}Poser une question{{/title}}{{$main}}
        <h1>Conseil personnalisé : posez votre question</h1>
        <p>L'équipe du centre de ressources répond aux collectivités de Midi-Pyrénées sur leurs projets Internet : services en ligne, espaces publics numériques, site de la commune, démocratie participative. La réponse vous est envoyée par courriel.</p>
        <p>Avant d'écrire, consultez la <a href="/faq">foire aux questions</a>.</p>
        <form method="post" action="/conseil" novalidate>
        <input type="hidden" name="_csrf" value="{{formToken}}">
        <label for="collectivite">Collectivité</label>
        <input type="text" id="collectivite" name="collectivite" autocomplete="organization" value="{{typed.collectivite}}"{{#errors_collectivite}} aria-invalid="true" aria-describedby="collectivite-erreur"{{/errors_collectivite}}>
        {{#errors_collectivite}}<p class="erreur" id="collectivite-erreur">{{errors_collectivite}}</p>{{/errors_collectivite}}
        <label for="department">Département (facultatif)</label>
        <select id="department" name="department"{{#errors_department}} aria-invalid="true" aria-describedby="department-erreur"{{/errors_department}}><option value="">Choisissez</option>{{#departments}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/departments}}</select>
        {{#errors_department}}<p class="erreur" id="department-erreur">{{errors_department}}</p>{{/errors_department}}
        <label for="name">Votre nom</label>
        <input type="text" id="name" name="name" autocomplete="name" value="{{typed.name}}"{{#errors_name}} aria-invalid="true" aria-describedby="name-erreur"{{/errors_name}}>
        {{#errors_name}}<p class="erreur" id="name-erreur">{{errors_name}}</p>{{/errors_name}}
        <label for="email">Votre adresse électronique</label>
        <input type="email" id="email" name="email" autocomplete="email" value="{{typed.email}}"{{#errors_email}} aria-invalid="true" aria-describedby="email-erreur"{{/errors_email}}>
        {{#errors_email}}<p class="erreur" id="email-erreur">{{errors_email}}</p>{{/errors_email}}
        <label for="theme">Thème (facultatif)</label>
        <select id="theme" name="theme"{{#errors_theme}} aria-invalid="true" aria-describedby="theme-erreur"{{/errors_theme}}><option value="">Choisissez</option>{{#themes}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/themes}}</select>
        {{#errors_theme}}<p class="erreur" id="theme-erreur">{{errors_theme}}</p>{{/errors_theme}}
        <label for="question">Votre question</label>
        <textarea id="question" name="question" rows="8"{{#errors_question}} aria-invalid="true" aria-describedby="question-erreur"{{/errors_question}}>{{typed.question}}</textarea>
        {{#errors_question}}<p class="erreur" id="question-erreur">{{errors_question}}</p>{{/errors_question}}
        <p><input type="checkbox" id="faqConsent" name="faqConsent" value="true"{{#typed.faqConsent}} checked{{/typed.faqConsent}}> <label for="faqConsent" style="display:inline">J'accepte que ma question et sa réponse soient publiées dans la foire aux questions, sans mon nom ni celui de ma collectivité.</label></p>
        <p class="aide">Votre nom et votre adresse ne servent qu'à vous répondre ; ils ne sont jamais publiés.</p>
        <button class="principal" type="submit">Envoyer la question</button>
        </form>
        {{/main}}{{/layout}}
        """

    static let received = """
        {{<layout}}{{$title}}Question reçue{{/title}}{{$main}}
        <h1>Votre question est reçue</h1>
        <p>Merci. L'équipe du centre de ressources vous répondra par courriel à l'adresse {{email}}.</p>
        <p><a href="/faq">Lire la foire aux questions</a> — <a href="/">Retour aux publications</a></p>
        {{/main}}{{/layout}}
        """

    static let faq = """
        {{<layout}}{{$title}}Foire aux questions{{/title}}{{$main}}
        <h1>Foire aux questions</h1>
        <p>Des questions de collectivités et les réponses du centre de ressources, publiées avec l'accord de leurs auteurs et sans leur nom. <a href="/conseil">Poser une question</a></p>
        {{#entries}}
        <article class="publication">
        <h2>{{question}}</h2>
        {{#theme}}<p>Thème : {{theme}}</p>{{/theme}}
        <div class="texte reponse">{{answer}}</div>
        <p><small>Publiée le {{date}}</small></p>
        </article>
        {{/entries}}
        {{#empty(entries)}}<p>Aucune question publiée pour l'instant.</p>{{/empty(entries)}}
        {{/main}}{{/layout}}
        """

    static let backList = """
        {{<layout}}{{$title}}Questions reçues{{/title}}{{$main}}
        <h1>Questions reçues</h1>
        <table>
        <caption>Les questions en attente d'une réponse d'abord</caption>
        <thead><tr><th scope="col">Reçue le</th><th scope="col">Collectivité</th><th scope="col">Question</th><th scope="col">État</th></tr></thead>
        <tbody>
        {{#questions}}<tr><td>{{askedOn}}</td><td>{{collectivite}}</td><td><a href="/gestion/conseils/{{id}}">{{excerpt}}</a></td><td>{{status}}</td></tr>{{/questions}}
        </tbody>
        </table>
        {{#empty(questions)}}<p>Aucune question pour l'instant.</p>{{/empty(questions)}}
        {{/main}}{{/layout}}
        """

    static let backQuestion = """
        {{<layout}}{{$title}}Question de {{collectivite}}{{/title}}{{$main}}
        <h1>Question de {{collectivite}}</h1>
        <dl>
        <dt>Reçue le</dt><dd>{{askedOn}}</dd>
        <dt>De</dt><dd>{{askerName}}, {{askerEmail}}{{#departmentName}} ({{departmentName}}){{/departmentName}}</dd>
        {{#theme}}<dt>Thème</dt><dd>{{theme}}</dd>{{/theme}}
        <dt>Publication dans la FAQ</dt><dd>{{#faqConsent}}acceptée{{/faqConsent}}{{^faqConsent}}refusée{{/faqConsent}}</dd>
        </dl>
        <h2>Question</h2>
        <div class="texte reponse">{{question}}</div>
        {{#answer}}<h2>Réponse</h2><p>Envoyée le {{answeredOn}} par {{answeredBy}}.</p><div class="texte reponse">{{answer}}</div>{{/answer}}
        {{#waiting}}
        <h2>Répondre</h2>
        <form method="post" action="/gestion/conseils/{{id}}/reponse" novalidate>
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <label for="answer">Réponse, envoyée par courriel à {{askerEmail}}</label>
        <textarea id="answer" name="answer" rows="10"{{#errors_answer}} aria-invalid="true" aria-describedby="answer-erreur"{{/errors_answer}}>{{typed.answer}}</textarea>
        {{#errors_answer}}<p class="erreur" id="answer-erreur">{{errors_answer}}</p>{{/errors_answer}}
        <button class="principal" type="submit">Envoyer la réponse</button>
        </form>
        {{/waiting}}
        {{#canJoinFAQ}}
        <h2>Publier dans la FAQ</h2>
        <p class="aide" id="faq-aide">Relisez la version publiée : le nom, l'adresse et la collectivité ont été remplacés par […] ; retirez tout autre détail qui permettrait de reconnaître la personne.</p>
        <form method="post" action="/gestion/conseils/{{id}}/faq" novalidate>
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <label for="faqQuestion">Question publiée</label>
        <textarea id="faqQuestion" name="faqQuestion" rows="4" aria-describedby="faq-aide{{#errors_faqQuestion}} faqQuestion-erreur{{/errors_faqQuestion}}"{{#errors_faqQuestion}} aria-invalid="true"{{/errors_faqQuestion}}>{{typed.faqQuestion}}</textarea>
        {{#errors_faqQuestion}}<p class="erreur" id="faqQuestion-erreur">{{errors_faqQuestion}}</p>{{/errors_faqQuestion}}
        <label for="faqAnswer">Réponse publiée</label>
        <textarea id="faqAnswer" name="faqAnswer" rows="8" aria-describedby="faq-aide{{#errors_faqAnswer}} faqAnswer-erreur{{/errors_faqAnswer}}"{{#errors_faqAnswer}} aria-invalid="true"{{/errors_faqAnswer}}>{{typed.faqAnswer}}</textarea>
        {{#errors_faqAnswer}}<p class="erreur" id="faqAnswer-erreur">{{errors_faqAnswer}}</p>{{/errors_faqAnswer}}
        <button class="principal" type="submit">Publier dans la FAQ</button>
        </form>
        {{/canJoinFAQ}}
        {{#inFAQ}}<p>Publiée dans la <a href="/faq">FAQ</a> le {{faqOn}}.</p>{{/inFAQ}}
        {{/main}}{{/layout}}
        """
}
