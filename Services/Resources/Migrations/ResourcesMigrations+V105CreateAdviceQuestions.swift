import Persistence

extension ResourcesMigrations {
    /// Personalised advice: a collectivité's question, staff's answer, and with the asker's
    /// consent an anonymised version in the FAQ.
    static let adviceQuestions = Migration(version: 105, name: "advice_questions", statements: [
        """
        CREATE TABLE advice_questions (
            id uuid PRIMARY KEY,
            collectivite text NOT NULL,
            department text,
            asker_name text NOT NULL,
            asker_email text NOT NULL,
            theme text,
            question text NOT NULL,
            faq_consent boolean NOT NULL,
            asked_at timestamptz NOT NULL,
            answer text,
            answered_by text,
            answered_at timestamptz,
            faq_question text,
            faq_answer text,
            faq_published_at timestamptz,
            CHECK ((answer IS NULL) = (answered_at IS NULL)),
            CHECK (faq_published_at IS NULL OR (faq_consent AND answer IS NOT NULL AND faq_question IS NOT NULL AND faq_answer IS NOT NULL))
        )
        """,
        "CREATE INDEX advice_questions_waiting ON advice_questions (asked_at) WHERE answer IS NULL",
        "CREATE INDEX advice_questions_faq ON advice_questions (faq_published_at) WHERE faq_published_at IS NOT NULL",
    ])
}
