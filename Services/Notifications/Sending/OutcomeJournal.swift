/// Gathers the outcomes of sent messages so that they commit together: while one transaction
/// records some, the next ones wait and go in the following transaction (a group commit). A
/// sender that dies loses only the outcomes not yet committed; those messages go again once
/// their lease has run out.
actor OutcomeJournal {
    typealias Entry = (outcome: Result<SMTPReply, SMTPError>, message: MessageQueue.Queued)

    private var pending: [Entry] = []
    private var flushing = false

    /// Adds an outcome. Returns `true` when no one is recording: the caller must flush.
    func add(_ entry: Entry) -> Bool {
        pending.append(entry)
        guard !flushing else { return false }
        flushing = true
        return true
    }

    /// The outcomes to record next; `nil`, ending the flush, when none is waiting.
    func next() -> [Entry]? {
        guard !pending.isEmpty else {
            flushing = false
            return nil
        }
        defer { pending.removeAll() }
        return pending
    }

    /// The flush failed: the next outcome starts another, which takes what is still waiting.
    func abandon() {
        flushing = false
    }
}
