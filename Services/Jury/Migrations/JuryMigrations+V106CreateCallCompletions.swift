import Persistence

extension JuryMigrations {
    /// How many dossiers of each call the applications service has declared complete, as the
    /// latest `ApplicationDeclaredComplete` said: compared with the dossiers the jury has
    /// received, it tells staff what has not arrived yet.
    static let callCompletions = Migration(version: 106, name: "call_completions", statements: [
        """
        CREATE TABLE call_completions (
            call_id uuid PRIMARY KEY,
            announced integer NOT NULL CHECK (announced >= 0)
        )
        """,
    ])
}
