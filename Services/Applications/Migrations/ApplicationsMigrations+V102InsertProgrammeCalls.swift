import Persistence

extension ApplicationsMigrations {
    /// The two calls of the 2006–2008 programme, exactly as the brochure states them; version
    /// 108 announces them to the other services.
    ///
    /// Released with a third statement that wrote their `CallPublished` as hand-built JSON
    /// (and one envelope id for both); that work is now 108's, through the contracts' encoder.
    static let programmeCalls = Migration(version: 102, name: "programme_2006_calls", statements: [
        """
        INSERT INTO calls (id, action, title, description, opens_at, closes_at, eligible_kinds, max_beneficiaries,
                           consulting_days, criteria)
        VALUES ('0a2c0000-2006-4000-8000-000000000002', 'consultingAid',
                'Action 2 — Aide au conseil (2006-2007)',
                'Une prestation d''ingénierie personnalisée accompagne les collectivités retenues dans le montage de leur projet d''Internet Public : 7 jours de conseil en moyenne, entièrement pris en charge par le programme.',
                '2006-09-01 00:00:00 Europe/Paris', '2007-11-30 23:59:59 Europe/Paris',
                ARRAY['commune', 'intercommunality', 'pays', 'electedOfficialsAssociation', 'supportBody'], 50, 7,
                ARRAY['Taille de la commune (communes hors agglomération de moins de 2 500 habitants, intercommunalités de moins de 15 000 habitants)',
                      'Intérêt du projet pour le territoire et les usagers finaux',
                      'Démarche collaborative et partenariale',
                      'Capacité à gérer le projet en phase opérationnelle',
                      'Reproductibilité sur un autre territoire'])
        """,
        """
        INSERT INTO calls (id, action, title, description, opens_at, closes_at, eligible_kinds, max_beneficiaries,
                           subsidy_rate_bp, subsidy_cap_cents, excluded_themes, criteria)
        VALUES ('0a2c0000-2006-4000-8000-000000000003', 'innovationGrant',
                'Action 3 — Soutien à des projets innovants (2006-2007)',
                'Une subvention d''investissement de 80 % des coûts éligibles, plafonnée à 50 000 € par projet, pour des services numériques destinés aux usagers finaux.',
                '2006-09-01 00:00:00 Europe/Paris', '2007-09-30 23:59:59 Europe/Paris',
                ARRAY['commune', 'intercommunality', 'pays', 'electedOfficialsAssociation', 'supportBody'], 25, 8000, 5000000,
                '[{"label": "Numérisation du cadastre", "keywords": ["cadastre", "cadastral", "plan cadastral"]},
                  {"label": "Système d''information géographique (SIG)", "keywords": ["SIG", "système d''information géographique", "systèmes d''information géographique", "GIS"]},
                  {"label": "Dématérialisation des marchés publics", "keywords": ["marchés publics", "marché public", "commande publique", "profil d''acheteur"]}]',
                ARRAY['Taille de la commune (communes hors agglomération de moins de 2 500 habitants, intercommunalités de moins de 15 000 habitants)',
                      'Intérêt du projet pour le territoire et les usagers finaux',
                      'Démarche collaborative et partenariale (notamment public-privé)',
                      'Caractère innovant (technique, démarche, territoriale, en termes de services)',
                      'Capacité à gérer le projet en phase opérationnelle (ressources financières et capacités d''autofinancement, ressources humaines) dans les délais du programme régional et à en assurer la pérennité',
                      'Reproductibilité sur un autre territoire'])
        """,
    ], formerChecksums: ["084d1097ac87a41b"])
}
