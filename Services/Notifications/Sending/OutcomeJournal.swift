import Persistence

/// The outcomes of sent messages on their way to the database. Senders add them and go on
/// with the next message; one recorder commits whatever gathered during the last commit and
/// the short window after it (``DeliveryPolicy/outcomeWindow``) in one transaction. A sender that dies
/// loses only the outcomes not yet committed; those messages go again once their lease has run out.
actor OutcomeJournal {
    typealias Entry = (outcome: Result<SMTPReply, SMTPError>, message: MessageQueue.Queued)

    private var pending: [Entry] = []
    /// Rung when an outcome waits.
    nonisolated let ready = Doorbell()

    func add(_ entry: Entry) {
        pending.append(entry)
        ready.ring()
    }

    /// Everything waiting, which the caller now records.
    func takeAll() -> [Entry] {
        defer { pending.removeAll() }
        return pending
    }

    /// Outcomes a failed transaction did not record, to try again first.
    func putBack(_ entries: [Entry]) {
        pending.insert(contentsOf: entries, at: 0)
    }
}
