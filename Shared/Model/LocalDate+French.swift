extension LocalDate {
    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                               "octobre", "novembre", "décembre"]

    /// French long form: `1er septembre 2006`, `30 novembre 2007`.
    public var frenchLong: String {
        "\(day == 1 ? "1er" : String(day)) \(Self.frenchMonths[month - 1]) \(year)"
    }
}
