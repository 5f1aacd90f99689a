extension OpenAPIDocument {
    /// A refusal explained as a problem document.
    public static let problemResponse = Response(
        description: "Refus expliqué (problem+json)", mediaType: "application/problem+json",
        schema: Schema(type: "object", properties: [
            "title": Schema(type: "string"), "status": Schema(type: "integer"), "detail": Schema(type: "string"),
            "errors": Schema(type: "array", items: Schema(type: "object", properties: [
                "field": Schema(type: "string"), "message": Schema(type: "string"),
            ])),
        ], required: ["title", "status"]))

    /// A JSON object, or an array of objects.
    public static func jsonResponse(_ description: String, array: Bool = false) -> Response {
        Response(description: description, mediaType: "application/json",
                 schema: array ? Schema(type: "array", items: Schema(type: "object")) : Schema(type: "object"))
    }

    /// An operation answering `success` with `response`, or one of `refusals` with a problem document.
    public static func operation(_ id: String, _ summary: String, _ tag: String, _ success: String, _ response: Response,
                                 refusals: [String] = ["400", "401", "403", "404", "409", "422"]) -> Operation {
        var responses = [success: response]
        for status in refusals { responses[status] = problemResponse }
        return Operation(operationId: id, summary: summary, tags: [tag], responses: responses)
    }
}
