/// The eight départements of Midi-Pyrénées, the programme's territory.
public enum Department {
    /// Code and name, in the codes' order.
    public static let names: [(code: String, name: String)] = [
        ("09", "Ariège"), ("12", "Aveyron"), ("31", "Haute-Garonne"), ("32", "Gers"),
        ("46", "Lot"), ("65", "Hautes-Pyrénées"), ("81", "Tarn"), ("82", "Tarn-et-Garonne"),
    ]

    public static func name(of code: String) -> String? { names.first { $0.code == code }?.name }
}
