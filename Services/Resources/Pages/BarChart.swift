import ServiceKit

/// A horizontal bar chart drawn on the server as SVG, followed by the table of its data: the
/// picture for the eye, the table for screen readers and for copying.
struct BarChart: Sendable {
    struct Bar: Sendable {
        var label: String
        var value: Int
        /// The value as read in the table and beside the bar (an amount, "3 / 5").
        var shown: String
    }

    var id: String
    var title: String
    var valueHeading: String
    var bars: [Bar]
    /// A mark drawn across every bar (the objective), if any.
    var target: Int?

    init(id: String, title: String, valueHeading: String, bars: [Bar], target: Int? = nil) {
        self.id = id
        self.title = title
        self.valueHeading = valueHeading
        self.bars = bars
        self.target = target
    }

    /// The figure: SVG with its title, then the table; every text escaped.
    var html: String {
        let labelWidth = 190
        let barArea = 300
        let rowHeight = 26
        let height = max(bars.count, 1) * rowHeight + 10
        let largest = max(bars.map(\.value).max() ?? 0, target ?? 0, 1)
        var svg = """
            <svg role="img" aria-labelledby="\(id)-titre" viewBox="0 0 \(labelWidth + barArea + 90) \(height)" width="100%" \
            preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg"><title id="\(id)-titre">\(title.markupEscaped)</title>
            """
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 5
            let width = bar.value <= 0 ? 0 : max(2, bar.value * barArea / largest)
            svg += """
                <text x="\(labelWidth - 6)" y="\(y + 17)" text-anchor="end" font-size="13" fill="#1b1b1b">\(Self.shortened(bar.label).markupEscaped)</text>\
                <rect x="\(labelWidth)" y="\(y + 4)" width="\(width)" height="\(rowHeight - 8)" fill="#5a2a5c"></rect>\
                <text x="\(labelWidth + width + 6)" y="\(y + 17)" font-size="13" fill="#1b1b1b">\(bar.shown.markupEscaped)</text>
                """
        }
        if let target {
            let x = labelWidth + target * barArea / largest
            svg += "<line x1=\"\(x)\" y1=\"0\" x2=\"\(x)\" y2=\"\(height)\" stroke=\"#b34700\" stroke-width=\"2\" stroke-dasharray=\"4 3\"></line>"
        }
        svg += "</svg>"
        let rows = bars.map { "<tr><th scope=\"row\">\($0.label.markupEscaped)</th><td>\($0.shown.markupEscaped)</td></tr>" }.joined()
        return """
            <figure class="graphique" aria-labelledby="\(id)-legende"><figcaption id="\(id)-legende">\(title.markupEscaped)</figcaption>\(svg)
            <table><caption>Données : \(title.markupEscaped)</caption><thead><tr><th scope="col">Libellé</th>\
            <th scope="col">\(valueHeading.markupEscaped)</th></tr></thead><tbody>\(rows)</tbody></table></figure>
            """
    }

    /// Labels longer than the label column are cut in the picture; the table keeps them whole.
    private static func shortened(_ label: String) -> String {
        label.count <= 26 ? label : String(label.prefix(25)) + "…"
    }
}
