/// The eight départements of Midi-Pyrénées, where sessions are held.
enum Department {
    static let names: [(code: String, name: String)] = [
        ("09", "Ariège"), ("12", "Aveyron"), ("31", "Haute-Garonne"), ("32", "Gers"),
        ("46", "Lot"), ("65", "Hautes-Pyrénées"), ("81", "Tarn"), ("82", "Tarn-et-Garonne"),
    ]

    static func name(of code: String) -> String? { names.first { $0.code == code }?.name }
}
