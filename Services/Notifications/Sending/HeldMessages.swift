import Foundation

/// The messages this process has claimed and whose outcome is not recorded yet: being sent,
/// or sent and waiting in the ``OutcomeJournal``. Their leases are renewed while they are
/// held, so that a slow database (a recorder that cannot commit for longer than a lease) does
/// not let another sender claim and send them again; only a sender that dies lets a lease run out.
actor HeldMessages {
    private var ids: Set<UUID> = []

    func hold(_ claimed: [UUID]) {
        ids.formUnion(claimed)
    }

    func release(_ recorded: [UUID]) {
        ids.subtract(recorded)
    }

    var all: [UUID] { Array(ids) }
}
