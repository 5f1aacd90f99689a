import Persistence

extension TrainingMigrations {
    /// The sessions' themes: the brochure's eight, which staff may extend.
    static let themes = Migration(version: 101, name: "themes", statements: [
        """
        CREATE TABLE themes (
            code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
            label text NOT NULL,
            position integer NOT NULL
        )
        """,
        """
        INSERT INTO themes (code, label, position) VALUES
            ('democratie-participative', 'Démocratie participative', 1),
            ('services-aux-citoyens', 'Services aux citoyens', 2),
            ('developpement-economique', 'Développement économique', 3),
            ('tourisme', 'Tourisme', 4),
            ('action-sociale', 'Action sociale', 5),
            ('education', 'Éducation', 6),
            ('outils-collaboratifs', 'Outils collaboratifs', 7),
            ('systemes-d-information', 'Systèmes d''information', 8)
        """,
    ])
}
