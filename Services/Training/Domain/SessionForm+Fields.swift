import Foundation
import Model
import PageKit
import ServiceKit

extension SessionForm {
    /// The back office's form: a day and two times (Paris) instead of instants; what cannot be
    /// read is reported as the field's error.
    static func read(_ fields: FormFields) -> (SessionForm, [FieldError]) {
        var errors: [FieldError] = []
        let day = fields.text("day").flatMap { LocalDate(iso8601: $0) }
        func instant(_ name: String) -> Date? {
            guard let day, let text = fields.text(name) else { return nil }
            let parts = text.split(separator: ":").compactMap { Int($0) }
            guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else { return nil }
            return ParisTime.instant(day, hour: parts[0], minute: parts[1])
        }
        var capacity: Int?
        if let text = fields.text("capacity") {
            capacity = Int(text)
            if capacity == nil { errors.append(FieldError(field: "capacity", message: "Le nombre de places doit être un nombre entier.")) }
        }
        let form = SessionForm(
            kind: fields.text("kind").flatMap(TrainingFormat.init(rawValue:)), audience: fields.text("audience").flatMap(Audience.init(rawValue:)),
            title: fields.text("title"), theme: fields.text("theme"), description: fields["description"], host: fields.text("host"),
            department: fields.text("department"), town: fields.text("town"), address: fields.text("address"), room: fields.text("room"),
            internetConnection: fields["internetConnection"] == "true", stepFreeAccess: fields["stepFreeAccess"] == "true",
            startsAt: instant("start"), endsAt: instant("end"), trainer: fields.text("trainer"), capacity: capacity, cancellationDeadline: nil)
        return (form, errors)
    }

    /// The fields as the form shows them back: those typed, or the session's.
    static func typed(_ fields: FormFields?, session: TrainingSession?) -> [String: Any] {
        if let fields {
            return ["title": fields["title"] ?? "", "description": fields["description"] ?? "", "host": fields["host"] ?? "",
                    "town": fields["town"] ?? "", "address": fields["address"] ?? "", "room": fields["room"] ?? "",
                    "day": fields["day"] ?? "", "start": fields["start"] ?? "", "end": fields["end"] ?? "", "trainer": fields["trainer"] ?? "",
                    "capacity": fields["capacity"] ?? "", "internetConnection": fields["internetConnection"] == "true",
                    "stepFreeAccess": fields["stepFreeAccess"] == "true"]
        }
        guard let session else { return ["internetConnection": true, "stepFreeAccess": true] }
        return ["title": session.title, "description": session.description, "host": session.host, "town": session.town,
                "address": session.address, "room": session.room, "day": ParisTime.localDate(of: session.startsAt).description,
                "start": ParisTime.clockTime(of: session.startsAt), "end": ParisTime.clockTime(of: session.endsAt), "trainer": session.trainer, "capacity": String(session.capacity),
                "internetConnection": session.internetConnection, "stepFreeAccess": session.stepFreeAccess]
    }
}
