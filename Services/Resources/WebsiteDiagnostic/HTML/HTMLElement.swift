/// An element of a parsed page, its name lower-cased, with its attributes and children.
struct HTMLElement: Sendable, Equatable {
    /// A child: an element or a run of text.
    enum Node: Sendable, Equatable {
        case element(HTMLElement)
        case text(String)
    }

    var name: String
    var attributes: [String: String]
    var children: [Node]

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// The element's child elements.
    var elements: [HTMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// Every element below this one, in document order.
    var descendants: [HTMLElement] {
        var found: [HTMLElement] = []
        var stack = Array(elements.reversed())
        while let element = stack.popLast() {
            found.append(element)
            stack.append(contentsOf: element.elements.reversed())
        }
        return found
    }

    /// The elements below this one with one of these names.
    func descendants(named names: Set<String>) -> [HTMLElement] {
        descendants.filter { names.contains($0.name) }
    }

    func first(named name: String) -> HTMLElement? {
        descendants.first { $0.name == name }
    }

    /// The text a reader sees: scripts and styles left out, white space collapsed.
    var text: String {
        var parts: [String] = []
        collectText(into: &parts)
        return parts.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func collectText(into parts: inout [String]) {
        guard name != "script", name != "style", name != "template" else { return }
        for child in children {
            switch child {
            case .text(let text): parts.append(text)
            case .element(let element): element.collectText(into: &parts)
            }
        }
    }
}
