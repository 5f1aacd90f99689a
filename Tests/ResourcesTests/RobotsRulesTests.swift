@testable import Resources
import Testing

@Suite("robots.txt rules")
struct RobotsRulesTests {
    @Test("The crawler's own group wins over *; the longest rule decides, Allow on a tie; wildcards and $")
    func groupsAndPrecedence() {
        let text = """
            User-agent: *
            Disallow: /

            # The programme's crawler may read the public part.
            User-agent: IPC-Diagnostic
            User-agent: other-bot
            Disallow: /admin
            Allow: /admin/public
            Disallow: /*.pdf$
            Crawl-delay: 2
            """
        let rules = RobotsRules(parsing: text, agent: "ipc-diagnostic")
        #expect(rules.allows("/"))
        #expect(!rules.allows("/admin/users"))
        #expect(rules.allows("/admin/public/page"))
        #expect(!rules.allows("/docs/budget.pdf"))
        #expect(rules.allows("/docs/budget.pdf?v=2"))
        #expect(rules.crawlDelay == 2)
        let others = RobotsRules(parsing: text, agent: "somebody-else")
        #expect(!others.allows("/"))
        #expect(RobotsRules(parsing: "User-agent: *\nDisallow:\n", agent: "ipc-diagnostic").allows("/anything"))
        #expect(RobotsRules(parsing: "", agent: "ipc-diagnostic").allows("/"))
    }
}
