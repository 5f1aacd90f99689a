import CNative

/// A page parsed by libxml2's HTML parser, which recovers from broken markup the way browsers
/// do; its tree is copied into Swift values and libxml2's freed at once.
struct HTMLDocument: Sendable {
    /// A synthetic element holding the document's top-level nodes.
    let root: HTMLElement

    /// Parses HTML; the encoding comes from the bytes and their `<meta charset>`.
    init(html bytes: [UInt8]) {
        root = Self.parse(bytes) { buffer, count, options in
            htmlReadMemory(buffer, count, nil, nil, options | Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue))
        }
    }

    /// Parses XML (a feed) without loading any DTD or external entity.
    init(xml bytes: [UInt8]) {
        root = Self.parse(bytes) { buffer, count, options in
            xmlReadMemory(buffer, count, nil, nil, options | Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NONET.rawValue))
        }
    }

    /// The `<html>` element, or the root when the page has none.
    var html: HTMLElement { root.first(named: "html") ?? root }

    func elements(_ names: String...) -> [HTMLElement] { root.descendants(named: Set(names)) }

    private static func parse(_ bytes: [UInt8], _ read: (UnsafePointer<CChar>, Int32, Int32) -> xmlDocPtr?) -> HTMLElement {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return HTMLElement(name: "#document", attributes: [:], children: []) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { read($0, Int32(buffer.count), 0) }
        }
        guard let document else { return HTMLElement(name: "#document", attributes: [:], children: []) }
        defer { xmlFreeDoc(document) }
        return HTMLElement(name: "#document", attributes: [:], children: nodes(from: document.pointee.children, depth: 0))
    }

    /// libxml2 caps nesting itself; the depth guard keeps the copy safe whatever it lets through.
    private static func nodes(from first: xmlNodePtr?, depth: Int) -> [HTMLElement.Node] {
        guard depth < 512 else { return [] }
        var nodes: [HTMLElement.Node] = []
        var current = first
        while let node = current {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                nodes.append(.element(HTMLElement(name: string(node.pointee.name).lowercased(), attributes: attributes(of: node),
                                                  children: Self.nodes(from: node.pointee.children, depth: depth + 1))))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                nodes.append(.text(string(node.pointee.content)))
            default:
                break
            }
            current = node.pointee.next
        }
        return nodes
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var attributes: [String: String] = [:]
        var current = node.pointee.properties
        while let attribute = current {
            var value = ""
            var child = attribute.pointee.children
            while let text = child {
                value += string(text.pointee.content)
                child = text.pointee.next
            }
            attributes[string(attribute.pointee.name).lowercased()] = value
            current = attribute.pointee.next
        }
        return attributes
    }

    private static func string(_ characters: UnsafePointer<xmlChar>?) -> String {
        guard let characters else { return "" }
        return String(cString: characters)
    }
}
