/// The year staff freeze as the annual diagnostic (`POST /api/diagnostics`).
struct FreezeRequest: Codable, Sendable {
    var year: Int?
}
