extension String {
    /// The text with its first letter in upper case ("guide" → "Guide").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
