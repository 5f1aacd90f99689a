/// A domain refusal that knows its problem document.
public protocol ProblemConvertible: Error {
    /// The API's answer to this refusal.
    var problem: Problem { get }
}
