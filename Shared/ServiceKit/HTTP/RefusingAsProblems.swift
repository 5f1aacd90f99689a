/// Runs `body`, turning a domain refusal into its problem document, so that no refusal becomes a 500.
public func refusingAsProblems<Result>(_ body: () async throws -> Result) async throws -> Result {
    do {
        return try await body()
    } catch let refusal as any ProblemConvertible {
        throw refusal.problem
    }
}
