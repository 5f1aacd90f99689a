/// One check of a site: its verdict, the evidence, and in French what it means and what to do.
struct SiteCheck: Codable, Sendable, Equatable {
    /// A stable name (`https`, `image_alt`…), for tests and the API.
    var id: String
    var dimension: CheckDimension
    var title: String
    var verdict: CheckVerdict
    /// The page the evidence was found on (or missing from).
    var evidenceURL: String?
    /// What was found, briefly (an element, a header, a figure).
    var excerpt: String?
    var explanation: String
    var advice: String?
}
