import Foundation

/// The rule every text a person sends passes: no control characters (PostgreSQL text
/// cannot even hold NUL), and no line breaks or tabs in a single-line field.
public enum TextInput {
    /// Why `value` cannot be kept in `field`, or `nil` when it can.
    /// - Parameter multiLine: whether the field is a text area, where line breaks and tabs belong.
    public static func refusal(of value: String, field: String, multiLine: Bool) -> FieldError? {
        for scalar in value.unicodeScalars where scalar.properties.generalCategory == .control {
            if ["\n", "\r", "\t"].contains(scalar) {
                if multiLine { continue }
                return FieldError(field: field, message: "Le champ « \(field) » tient sur une ligne : retirez les retours à la ligne et les tabulations.")
            }
            let code = String(scalar.value, radix: 16, uppercase: true)
            return FieldError(field: field, message: "Le champ « \(field) » contient un caractère de contrôle (U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)) : retirez-le.")
        }
        return nil
    }

    /// Whether a JSON text may hold a control character in one of its strings: an escape
    /// other than `\"`, `\\` and `\/`, or a `\u` escape of a C0 or C1 control. Raw control
    /// characters are not valid JSON, so this byte scan is enough to skip the full check of
    /// nearly every body.
    static func mayHoldControlCharacters(_ json: Data) -> Bool {
        json.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count else { index += 1; continue }
                switch bytes[index + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                    index += 2
                case UInt8(ascii: "u"):
                    guard index + 5 < bytes.count,
                          let code = UInt32(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(index + 2)...(index + 5)]), as: UTF8.self), radix: 16)
                    else { return true }
                    if code < 0x20 || (0x7F...0x9F).contains(code) { return true }
                    index += 6
                default:
                    return true
                }
            }
            return false
        }
    }

    /// Every refusal of the strings of a JSON body, each naming its field by its dotted
    /// path (`contacts.0.name`); a field is single-line unless its key is in `multiLineFields`.
    static func refusals(inJSON json: Data, multiLineFields: Set<String>) -> [FieldError] {
        guard mayHoldControlCharacters(json),
              let tree = try? JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed]) else { return [] }
        var refusals: [FieldError] = []
        func walk(_ node: Any, path: [String]) {
            switch node {
            case let object as [String: Any]:
                for (key, value) in object.sorted(by: { $0.key < $1.key }) { walk(value, path: path + [key]) }
            case let array as [Any]:
                for (index, value) in array.enumerated() { walk(value, path: path + [String(index)]) }
            case let text as String:
                let key = path.last { Int($0) == nil } ?? ""
                let field = path.isEmpty ? "corps" : path.joined(separator: ".")
                if let refusal = refusal(of: text, field: field, multiLine: multiLineFields.contains(key)) { refusals.append(refusal) }
            default:
                break
            }
        }
        walk(tree, path: [])
        return refusals
    }
}
