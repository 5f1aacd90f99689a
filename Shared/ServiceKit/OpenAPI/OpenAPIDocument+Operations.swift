extension OpenAPIDocument {
    /// The API's only error shape (RFC 9457), in French.
    public static let problemSchema = Schema.object([
        "type": .string(), "title": .string(), "status": .integer(minimum: 400, maximum: 599), "detail": .string(), "errorId": .string(),
        "errors": .array(of: .object(["field": .string(), "message": .string()], required: ["field", "message"])),
    ], required: ["type", "title", "status"])

    /// A refusal explained as a problem document.
    public static let problemResponse = Response(description: "Refus expliqué (problem+json)", mediaType: "application/problem+json",
                                                 schema: problemSchema)

    /// The refusals any operation of the API may answer: malformed (400), no or bad token (401),
    /// not allowed (403), unknown (404), conflicting state (409), body too large (413), invalid (422).
    public static let commonRefusals = ["400", "401", "403", "404", "409", "413", "422"]

    /// An operation answering `success` with a JSON body of `schema`, or one of `refusals` with a problem document.
    /// - Parameter security: `nil` for the bearer token, `[]` for a public operation.
    public static func operation(_ id: String, _ summary: String, tag: String, parameters: [Parameter] = [], body: RequestBody? = nil,
                                 success: String = "200", _ response: Response, refusals: [String] = commonRefusals,
                                 security: [[String: [String]]]? = nil) -> Operation {
        var responses = [success: response]
        // A JSON body declared as another type is refused before it is read.
        let refusals = body?.content["application/json"] == nil ? refusals : refusals + ["415"]
        for status in refusals { responses[status] = problemResponse }
        return Operation(operationId: id, summary: summary, tags: [tag], parameters: parameters, requestBody: body, security: security,
                         responses: responses)
    }
}
