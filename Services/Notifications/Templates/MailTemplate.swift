/// The emails the programme sends, each with its French subject and bodies.
enum MailTemplate: String, Sendable, CaseIterable {
    case dossierReceived
    case dossierIncomplete
    case dossierComplete
    case juryDate
    case selected
    case rejected
    case deferred

    /// How the delivery log names it.
    var frenchLabel: String {
        switch self {
        case .dossierReceived: "Accusé de réception"
        case .dossierIncomplete: "Demande de compléments"
        case .dossierComplete: "Dossier complet"
        case .juryDate: "Date du jury"
        case .selected: "Dossier retenu"
        case .rejected: "Dossier non retenu"
        case .deferred: "Examen reporté"
        }
    }

    /// The subject, a Mustache template over the same values as the bodies.
    var subject: String {
        switch self {
        case .dossierReceived: "Dossier {{reference}} reçu"
        case .dossierIncomplete: "Dossier {{reference}} : pièces ou informations à compléter"
        case .dossierComplete: "Dossier {{reference}} complet"
        case .juryDate: "Dossier {{reference}} : examen par le jury le {{juryDate}}"
        case .selected: "Dossier {{reference}} retenu par le jury"
        case .rejected: "Dossier {{reference}} : décision du jury"
        case .deferred: "Dossier {{reference}} : examen reporté"
        }
    }

    /// The plain-text body (the HTML alternative says the same in ``MailTemplates``).
    var text: String {
        switch self {
        case .dossierReceived:
            """
            Bonjour {{name}},

            Nous avons bien reçu le dossier {{reference}} « {{projectTitle}} », déposé au titre de l'appel « {{callTitle}} ».
            {{#juryDate}}Le jury de sélection doit se réunir le {{juryDate}}.{{/juryDate}}{{^juryDate}}Vous serez informé de la date du jury de sélection.{{/juryDate}}

            Le service instructeur vérifie maintenant qu'il est complet ; vous pouvez suivre son état dans votre espace.
            """
        case .dossierIncomplete:
            """
            Bonjour {{name}},

            Le dossier {{reference}} ne peut pas encore être examiné. Le service instructeur vous écrit :

            {{staffMessage}}

            Complétez-le dans votre espace puis déposez-le à nouveau.
            """
        case .dossierComplete:
            """
            Bonjour {{name}},

            Le dossier {{reference}} est complet. Il sera inscrit à l'ordre du jour du prochain jury de sélection{{#juryDate}}, le {{juryDate}}{{/juryDate}}.
            """
        case .juryDate:
            """
            Bonjour {{name}},

            Le jury de sélection examinera le dossier {{reference}} « {{projectTitle}} » lors de sa séance du {{juryDate}}.
            """
        case .selected:
            """
            Bonjour {{name}},

            Le jury de sélection a retenu le dossier {{reference}} « {{projectTitle}} ».
            {{#amount}}Une subvention de {{amount}} est accordée.{{/amount}}{{#days}}{{days}} jours de conseil sont accordés.{{/days}}
            {{#motivation}}Motivation du jury : {{motivation}}{{/motivation}}

            Prochaine étape : le service du programme vous contacte pour préparer la convention.
            """
        case .rejected:
            """
            Bonjour {{name}},

            Le jury de sélection n'a pas retenu le dossier {{reference}} « {{projectTitle}} ».

            Motivation du jury : {{motivation}}
            """
        case .deferred:
            """
            Bonjour {{name}},

            Le jury de sélection a reporté l'examen du dossier {{reference}} « {{projectTitle}} »{{#juryDate}} à sa séance du {{juryDate}}{{/juryDate}}.
            {{#motivation}}Motivation du jury : {{motivation}}{{/motivation}}
            """
        }
    }
}
