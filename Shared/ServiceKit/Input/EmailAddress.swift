/// A light check of e-mail addresses: one `@`, a dotted domain, no spaces. Delivery is the
/// real proof; this only catches typing mistakes.
public enum EmailAddress {
    /// Whether `address` looks like an address someone meant to type.
    public static func isPlausible(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, address.count <= 254,
              !address.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }
}
