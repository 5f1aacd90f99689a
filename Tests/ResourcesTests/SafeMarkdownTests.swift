import Foundation
import Testing
@testable import Resources

@Suite("Markdown made safe")
struct SafeMarkdownTests {
    let markdown = SafeMarkdown()

    @Test("Headings, emphasis, lists and links become HTML")
    func rendering() {
        let html = markdown.html("## Pourquoi\n\nUn *guide* **pratique** :\n\n- un\n- deux\n\n[Le site](https://ipc.example/a?b=1&c=2)")
        #expect(html.contains("<h2>Pourquoi</h2>") && html.contains("<em>guide</em>") && html.contains("<strong>pratique</strong>"))
        #expect(html.contains("<ul><li>un</li><li>deux</li></ul>"))
        #expect(html.contains("<a href=\"https://ipc.example/a?b=1&amp;c=2\">Le site</a>"))
    }

    @Test("The author's HTML is text; only http, https, mailto and relative addresses stay; quotes cannot leave an attribute",
          arguments: [
              "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[clic](javascript:alert(1))", "[clic](JavaScript:alert(1))",
              "[clic](data:text/html;base64,PHNjcmlwdD4=)", "![image](javascript:alert(1))", "[clic](https://a.example\" onmouseover=\"alert(1))",
              "<div onclick=\"alert(1)\">x</div>", "[clic](vbscript:msgbox(1))",
          ])
    func hostile(_ source: String) {
        let html = markdown.html(source).lowercased()
        #expect(!html.contains("<script") && !html.contains("<img src=x") && !html.contains("<div"), "\(html)")
        #expect(!html.contains("javascript:") && !html.contains("vbscript:") && !html.contains("data:text"), "\(html)")
        // Text may still read "onerror=": only as escaped text, never as an attribute of a tag.
        #expect(!html.contains("onmouseover=\"") && !html.contains("onclick=\"") && !html.contains("<img src=x"), "\(html)")
    }

    @Test("Mail and relative links stay; an image keeps its alternative, escaped")
    func allowed() {
        #expect(markdown.html("[Écrire](mailto:centre@ipc.example)").contains("<a href=\"mailto:centre@ipc.example\">Écrire</a>"))
        #expect(markdown.html("[Guide](/publications/1)").contains("<a href=\"/publications/1\">Guide</a>"))
        #expect(markdown.html("![Carte « Midi-Pyrénées »](https://ipc.example/carte.png)")
            .contains("<img src=\"https://ipc.example/carte.png\" alt=\"Carte « Midi-Pyrénées »\">"))
    }
}
