import Persistence

extension ResourcesMigrations {
    /// French full-text search that ignores accents ("numérique" finds "numeriques"): the
    /// French stemmer after `unaccent`, which the database's owner installs in the `extensions`
    /// schema (see docs/operations.md).
    static let frenchSearch = Migration(version: 101, name: "french_search", statements: [
        "CREATE TEXT SEARCH CONFIGURATION french_folded (COPY = pg_catalog.french)",
        """
        ALTER TEXT SEARCH CONFIGURATION french_folded
            ALTER MAPPING FOR hword, hword_part, word WITH extensions.unaccent, french_stem
        """,
    ])
}
