/// The blank dossier of a call, to download, print and fill by hand (the brochure's
/// "retirer un dossier de candidature"): the call's rules and every field of a dossier.
enum BlankFormTemplate {
    static let blankForm = """
    <!DOCTYPE html>
    <html lang="fr">
    <head>
    <meta charset="utf-8">
    <title>Dossier de candidature — {{title}}</title>
    <style>
    body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 2rem; color: #1b1b1b; }
    .champ { border: 1px solid #595959; min-height: 2.2rem; margin: .2rem 0 1rem; } .grand { min-height: 10rem; }
    h2 { border-bottom: 2px solid #123d6b; } dt { font-weight: 600; }
    @media print { body { margin: 1cm; } }
    </style>
    </head>
    <body>
    <h1>Dossier de candidature</h1>
    <p><strong>{{title}}</strong> — {{actionLabel}}</p>
    <p>Dépôt des dossiers du {{opens}} au {{closes}} au guichet unique de la Région, ou en ligne sur le portail Internet Public et Citoyen.</p>
    <h2>L'appel</h2>
    <p>{{description}}</p>
    <dl><dt>Aide</dt><dd>{{aid}}</dd><dt>Nombre maximal de bénéficiaires</dt><dd>{{max}}</dd></dl>
    <p><strong>Critères de sélection :</strong></p>
    <ul>{{#criteria}}<li>{{.}}</li>{{/criteria}}</ul>
    {{#hasExcluded}}<p><strong>Thèmes non éligibles :</strong> {{excluded}}.</p>{{/hasExcluded}}
    <h2>La collectivité candidate</h2>
    <p>Nom</p><div class="champ"></div>
    <p>Type (commune, intercommunalité, pays, association d'élus, structure d'appui aux collectivités)</p><div class="champ"></div>
    <p>Code INSEE (commune) ou numéro SIREN (groupement)</p><div class="champ"></div>
    <p>Département et population</p><div class="champ"></div>
    <p>Située dans une agglomération urbaine (oui / non)</p><div class="champ"></div>
    <p>Personne à contacter : nom, fonction, adresse électronique, téléphone</p><div class="champ grand"></div>
    <h2>Le projet</h2>
    <p>Titre du projet</p><div class="champ"></div>
    <p>Thème</p><div class="champ"></div>
    <p>Présentation du projet : objectifs, usagers visés, partenaires, calendrier</p><div class="champ grand"></div>
    {{#innovation}}<p>Coût éligible du projet (en euros) — la subvention demandée est de {{rate}} de ce coût, dans la limite de {{cap}}</p><div class="champ"></div>{{/innovation}}
    <p>Date, nom et signature de l'autorité territoriale</p><div class="champ grand"></div>
    </body>
    </html>
    """
}
