import Foundation
import Model
import ServiceKit

/// A sitting as staff schedule it, before checks.
struct SittingForm: Codable, Sendable {
    struct Seat: Codable, Sendable {
        var memberId: UUID
        var role: SittingRole
    }

    var sittingDate: String?
    /// Defaults to the start of the sitting's day (Paris time).
    var cutOff: Date?
    var quorum: Int?
    var callIds: [CallID]?
    var members: [Seat]?

    /// The sitting, or every problem at once. Known calls and members are checked against the database afterwards.
    func validated() -> Result<SittingPlan, ValidationFailure> {
        var errors: [FieldError] = []
        let date = sittingDate.flatMap { LocalDate(iso8601: $0) }
        if date == nil { errors.append(FieldError(field: "sittingDate", message: "La date de la séance est obligatoire (AAAA-MM-JJ).")) }
        let calls = callIds ?? []
        if calls.isEmpty { errors.append(FieldError(field: "callIds", message: "Indiquez au moins un appel examiné.")) }
        if Set(calls).count != calls.count { errors.append(FieldError(field: "callIds", message: "Un appel figure deux fois.")) }
        let seats = members ?? []
        if seats.filter({ $0.role == .chair }).count != 1 {
            errors.append(FieldError(field: "members", message: "La séance a un président, et un seul."))
        }
        if Set(seats.map(\.memberId)).count != seats.count {
            errors.append(FieldError(field: "members", message: "Un membre figure deux fois."))
        }
        if let quorum, quorum < 1 || quorum > seats.count {
            errors.append(FieldError(field: "quorum", message: "Le quorum est compris entre 1 et le nombre de membres (\(seats.count))."))
        } else if quorum == nil {
            errors.append(FieldError(field: "quorum", message: "Le quorum est obligatoire."))
        }
        if let date, let cutOff, cutOff > ParisTime.endOfDay(date) {
            errors.append(FieldError(field: "cutOff", message: "La date limite d'examen précède la séance."))
        }
        guard errors.isEmpty, let date, let quorum else { return .failure(ValidationFailure(errors: errors)) }
        return .success(SittingPlan(date: date, cutOff: cutOff ?? ParisTime.startOfDay(date), quorum: quorum, callIds: calls, seats: seats))
    }
}
