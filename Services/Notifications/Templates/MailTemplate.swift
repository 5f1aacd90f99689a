/// The emails the programme sends, each with its French subject and bodies.
enum MailTemplate: String, Sendable, CaseIterable {
    case dossierReceived
    case dossierIncomplete
    case dossierComplete
    case juryDate
    case selected
    case rejected
    case deferred
    case registrationConfirmed
    case registrationWaitlisted
    case registrationPromoted
    case registrationCancelled
    case trainingReminder
    case sessionChanged
    case registrationsLink
    case hostingOfferReceived
    case hostingOfferAccepted
    case hostingOfferDeclined
    case subscriptionConfirmation
    case publicationDigest
    case adviceAnswered
    case websiteDiagnosed

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
        case .registrationConfirmed: "Inscription confirmée"
        case .registrationWaitlisted: "Liste d'attente"
        case .registrationPromoted: "Place libérée"
        case .registrationCancelled: "Inscription annulée"
        case .trainingReminder: "Rappel de formation"
        case .sessionChanged: "Session modifiée"
        case .registrationsLink: "Lien vers mes inscriptions"
        case .hostingOfferReceived: "Proposition d'accueil reçue"
        case .hostingOfferAccepted: "Proposition d'accueil retenue"
        case .hostingOfferDeclined: "Proposition d'accueil déclinée"
        case .subscriptionConfirmation: "Confirmation d'abonnement"
        case .publicationDigest: "Nouvelles publications"
        case .adviceAnswered: "Réponse à une question"
        case .websiteDiagnosed: "Diagnostic du site internet"
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
        case .registrationConfirmed: "Inscription confirmée : {{sessionTitle}}, le {{startsAt}}"
        case .registrationWaitlisted: "Liste d'attente : {{sessionTitle}}, le {{startsAt}}"
        case .registrationPromoted: "Une place s'est libérée : {{sessionTitle}}, le {{startsAt}}"
        case .registrationCancelled: "Inscription annulée : {{sessionTitle}}, le {{startsAt}}"
        case .trainingReminder: "Rappel : {{sessionTitle}}, le {{startsAt}}"
        case .sessionChanged: "Formation modifiée : {{sessionTitle}}, le {{startsAt}}"
        case .registrationsLink: "Vos inscriptions aux formations Internet Public et Citoyen : le lien demandé"
        case .hostingOfferReceived: "{{collectivite}} : votre proposition d'accueillir une formation est reçue"
        case .hostingOfferAccepted: "{{collectivite}} : votre proposition d'accueil est retenue (« {{sessionTitle}} »)"
        case .hostingOfferDeclined: "{{collectivite}} : réponse à votre proposition d'accueillir une formation"
        case .subscriptionConfirmation: "Confirmez votre abonnement aux publications du centre de ressources"
        case .publicationDigest: "Centre de ressources : {{count}} nouvelle(s) publication(s)"
        case .adviceAnswered: "Centre de ressources : la réponse à votre question"
        case .websiteDiagnosed: "Diagnostic du site internet de {{collectivite}}{{#score}} : {{score}}/100{{/score}}"
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
        case .registrationConfirmed:
            """
            Bonjour {{name}},

            Votre inscription à la formation « {{sessionTitle}} » est confirmée.
            Rendez-vous le {{startsAt}}, {{venue}}.

            Deux jours avant, un rappel vous apportera l'invitation à ajouter à votre agenda.
            {{#manageLink}}Si vous ne pouvez plus venir, annulez votre inscription sur sa page : votre place ira à une personne en liste d'attente.
            {{manageLink}}{{/manageLink}}
            """
        case .registrationWaitlisted:
            """
            Bonjour {{name}},

            La formation « {{sessionTitle}} » du {{startsAt}} ({{venue}}) est complète. Vous êtes inscrit en liste d'attente{{#waitlistPosition}}, en position {{waitlistPosition}}{{/waitlistPosition}}.

            Nous vous écrirons dès qu'une place se libère.
            {{#manageLink}}Votre inscription, et son annulation si vous n'en avez plus besoin : {{manageLink}}{{/manageLink}}
            """
        case .registrationPromoted:
            """
            Bonjour {{name}},

            Une place s'est libérée : votre inscription à la formation « {{sessionTitle}} » est confirmée.
            Rendez-vous le {{startsAt}}, {{venue}}.

            Si vous ne pouvez plus venir, annulez votre inscription avec le lien reçu à votre inscription : la place ira à la personne suivante.
            """
        case .registrationCancelled:
            """
            Bonjour {{name}},

            {{#reason}}La session de formation « {{sessionTitle}} » du {{startsAt}} est annulée : {{reason}}{{/reason}}{{^reason}}Votre inscription à la formation « {{sessionTitle}} » du {{startsAt}} est annulée.{{/reason}}

            Vous pouvez vous inscrire à une autre session sur le site des formations.
            """
        case .trainingReminder:
            """
            Bonjour {{name}},

            La formation « {{sessionTitle}} » a lieu dans deux jours : le {{startsAt}}, {{venue}}.

            L'invitation jointe (formation.ics) l'ajoute à votre agenda.
            """
        case .sessionChanged:
            """
            Bonjour {{name}},

            La formation « {{sessionTitle}} » à laquelle vous êtes inscrit a changé{{#scheduleChanged}} de date ou d'horaire{{/scheduleChanged}}{{#venueChanged}}{{#scheduleChanged}} et{{/scheduleChanged}} de lieu{{/venueChanged}}.
            Elle a lieu désormais le {{startsAt}}, {{venue}}.

            Si vous ne pouvez plus venir, annulez votre inscription avec le lien reçu à votre inscription : votre place ira à une personne en liste d'attente.
            """
        case .registrationsLink:
            """
            Bonjour {{name}},

            Voici le lien vers toutes vos inscriptions aux formations du programme, demandé avec votre adresse : {{link}}

            Vous pourrez les voir, les annuler, obtenir vos attestations de présence ou effacer vos données. Le lien est valable jusqu'au {{expiresAt}} ; ne le transmettez pas.

            Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
            """
        case .hostingOfferReceived:
            """
            Bonjour {{name}},

            Nous avons bien reçu la proposition de {{collectivite}} d'accueillir une formation ({{formatLabel}}, thème « {{theme}} », période proposée : {{proposedDates}}).

            L'équipe des formations l'étudie et vous répond par courriel.
            """
        case .hostingOfferAccepted:
            """
            Bonjour {{name}},

            Merci : la proposition de {{collectivite}} d'accueillir une formation est retenue. La session « {{sessionTitle}} » aura lieu le {{startsAt}}.

            {{#message}}Message de l'équipe des formations : {{message}}

            {{/message}}Nous vous écrirons quand elle sera ouverte aux inscriptions.
            """
        case .hostingOfferDeclined:
            """
            Bonjour {{name}},

            Merci pour la proposition de {{collectivite}} d'accueillir une formation. Nous ne pouvons pas la retenir : {{message}}

            Vous pouvez nous proposer d'autres dates ou un autre thème sur le site des formations.
            """
        case .subscriptionConfirmation:
            """
            Bonjour,

            Vous avez demandé à recevoir les nouvelles publications du centre de ressources du programme : guides, études, fiches pratiques et indicateurs, libres de réutilisation.

            Pour confirmer votre abonnement, ouvrez ce lien : {{confirmUrl}}

            Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : vous ne recevrez rien d'autre.
            """
        case .publicationDigest:
            """
            Bonjour,

            Le centre de ressources du programme a publié :

            {{#publications}}{{title}} ({{kindLabel}}, {{publishedOn}})
            {{summary}}
            {{url}}

            {{/publications}}Ces productions sont libres de réutilisation.

            Pour ne plus recevoir ces messages : {{unsubscribeUrl}}
            """
        case .adviceAnswered:
            """
            Bonjour {{name}},

            Vous avez posé au centre de ressources du programme, pour {{collectivite}}, la question suivante :

            {{question}}

            Voici notre réponse :

            {{answer}}

            {{#faqConsent}}Comme vous l'avez accepté, cette question et sa réponse pourront être publiées dans la foire aux questions du centre, sans votre nom ni celui de votre collectivité.

            {{/faqConsent}}Pour une autre question, le formulaire de conseil personnalisé du centre de ressources reste à votre disposition.
            """
        case .websiteDiagnosed:
            """
            Bonjour {{name}},

            Le centre de ressources du programme a diagnostiqué le site internet de {{collectivite}} ({{url}}).

            {{#score}}Note globale : {{score}}/100

            {{#dimensions}}{{label}} : {{score}}/100
            {{/dimensions}}
            {{/score}}{{^score}}Le site n'a pas pu être lu : le rapport en donne la raison.

            {{/score}}{{#hasFailed}}Points à corriger en priorité :
            {{#failed}}- {{.}}
            {{/failed}}
            {{/hasFailed}}Le rapport complet, avec pour chaque point ce qui a été constaté et nos conseils, et l'historique des diagnostics : {{reportUrl}}

            Le centre de ressources peut vous accompagner : son formulaire de conseil personnalisé est à votre disposition.
            """
        }
    }
}
