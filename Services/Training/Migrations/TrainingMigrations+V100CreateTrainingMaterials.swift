import Persistence

extension TrainingMigrations {
    /// Links to training material published by the resource centre.
    static let trainingMaterials = Migration(version: 100, name: "training_materials", statements: [
        """
        CREATE TABLE training_materials (
            publication_id uuid PRIMARY KEY,
            session_id uuid,
            title text NOT NULL,
            url text NOT NULL,
            published_at timestamptz NOT NULL
        )
        """,
    ])
}
