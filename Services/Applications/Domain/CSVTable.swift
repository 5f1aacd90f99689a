import Foundation

/// A CSV file as spreadsheets write it: UTF-8 with or without a byte order mark, `;` or `,`
/// between fields (whichever the header uses), fields quoted with `"` when they need it.
struct CSVTable: Sendable {
    /// The header's names, lower-cased and trimmed.
    var header: [String]
    /// Each data line with its line number in the file (1 is the header).
    var rows: [(line: Int, fields: [String])]

    init(text: String) {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }
        let separator: Character = firstLine.filter { $0 == ";" }.count >= firstLine.filter { $0 == "," }.count ? ";" : ","
        var records = Self.records(text, separator: separator)
        header = records.isEmpty ? [] : records.removeFirst().fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        rows = records.filter { !$0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    /// The value of the first of `names` present in the header.
    func value(_ names: [String], in fields: [String]) -> String? {
        for name in names {
            if let index = header.firstIndex(of: name), index < fields.count {
                let value = fields[index].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }

    private static func records(_ text: Substring, separator: Character) -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var iterator = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case separator: fields.append(field); field = ""
            case "\n", "\r\n", "\r":
                fields.append(field); field = ""
                records.append((recordLine, fields)); fields = []
                line += 1; recordLine = line
            default: field.append(character)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append((recordLine, fields))
        }
        return records
    }
}
