import Persistence

extension ResourcesMigrations {
    /// The resource centre's publications: the author's Markdown and the safe HTML made from it,
    /// free to reuse under their licence, searched through `search` (title, then summary, then
    /// body, weighted in that order).
    static let publications = Migration(version: 102, name: "publications", statements: [
        """
        CREATE TABLE publications (
            id uuid PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('guide', 'study', 'practicalSheet', 'teachingKit', 'annualDiagnostic', 'indicator',
                                               'trainingMaterial', 'news')),
            title text NOT NULL,
            summary text NOT NULL,
            body text NOT NULL,
            body_html text NOT NULL,
            themes text[] NOT NULL,
            audiences text[] NOT NULL,
            authors text[] NOT NULL,
            licence text NOT NULL,
            training_material boolean NOT NULL,
            training_session_id uuid,
            status text NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            published_at timestamptz,
            search tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('french_folded', title), 'A') || setweight(to_tsvector('french_folded', summary), 'B')
                || setweight(to_tsvector('french_folded', body), 'C')) STORED,
            search_head tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('french_folded', title), 'A') || setweight(to_tsvector('french_folded', summary), 'B')) STORED
        )
        """,
        "CREATE INDEX publications_search ON publications USING gin (search)",
        "CREATE INDEX publications_published ON publications (published_at DESC) WHERE status = 'published'",
        // The published publications a search matches, with their relevance and the query: one
        // definition for the page of results, its facets and its count. A filter left NULL does
        // not filter. The GIN index finds the matches in the whole text; relevance reads only
        // the title and summary's small vector (the body's weight would be the lowest anyway),
        // so that a search matching most of the catalogue does not read every body's vector.
        """
        CREATE FUNCTION matching_publications(words text, kind_filter text, theme_filter text, audience_filter text, year_filter int)
        RETURNS TABLE (id uuid, kind text, title text, summary text, themes text[], audiences text[], authors text[], licence text,
                       training_material boolean, published_at timestamptz, updated_at timestamptz, body text, rank real, query tsquery)
        LANGUAGE sql STABLE AS $$
            SELECT p.id, p.kind, p.title, p.summary, p.themes, p.audiences, p.authors, p.licence, p.training_material, p.published_at,
                   p.updated_at, p.body, CASE WHEN words = '' THEN 0 ELSE ts_rank(p.search_head, q.query) END, q.query
            FROM publications p, (SELECT websearch_to_tsquery('french_folded', words) AS query) AS q
            WHERE p.status = 'published' AND (words = '' OR p.search @@ q.query)
              AND (kind_filter IS NULL OR p.kind = kind_filter) AND (theme_filter IS NULL OR theme_filter = ANY (p.themes))
              AND (audience_filter IS NULL OR audience_filter = ANY (p.audiences))
              AND (year_filter IS NULL OR extract(year FROM p.published_at AT TIME ZONE 'Europe/Paris') = year_filter)
        $$
        """,
    ])
}
