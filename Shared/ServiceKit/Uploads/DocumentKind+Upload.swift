extension DocumentKind {
    /// The kind of an uploaded file, recognised by its content, or the refusal every upload
    /// form gives: no file (422), too large (`tooLarge`), not an accepted document (415).
    public static func of(_ part: MultipartForm.Part?, maxBytes: Int, tooLarge: Problem) throws -> (file: MultipartForm.Part, kind: DocumentKind) {
        guard let part, !part.body.isEmpty else { throw Problem.invalid([FieldError(field: "file", message: "Choisissez un fichier à joindre.")]) }
        guard part.body.count <= maxBytes else { throw tooLarge }
        guard let kind = sniff(part.body) else {
            throw Problem(status: .unsupportedMediaType, title: "Type de fichier non accepté.",
                          detail: "Seuls les documents \(acceptedLabel) sont acceptés.",
                          errors: [FieldError(field: "file", message: "Ce fichier n'est pas un document \(acceptedLabel).")])
        }
        return (part, kind)
    }
}
