import ServiceKit

/// Why a request on the delivery log was refused.
enum NotificationsError: Error, ProblemConvertible {
    case messageNotFound
    case stillQueued
    case erased

    var problem: Problem {
        switch self {
        case .messageNotFound: .notFound("Ce message n'est pas dans le journal des envois.")
        case .stillQueued: .conflict("Ce message est encore en file d'attente : il partira sans qu'il faille le renvoyer.")
        case .erased: .conflict("Le destinataire de ce message a demandé l'effacement de ses données : il ne peut plus être renvoyé.")
        }
    }
}
