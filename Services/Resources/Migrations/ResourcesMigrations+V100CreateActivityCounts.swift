import Persistence

extension ResourcesMigrations {
    /// Daily counts of the programme's events (Paris days), the raw material of indicators.
    static let activityCounts = Migration(version: 100, name: "activity_counts", statements: [
        """
        CREATE TABLE activity_counts (
            day date NOT NULL,
            event_type text NOT NULL,
            count bigint NOT NULL,
            PRIMARY KEY (day, event_type)
        )
        """,
    ])
}
