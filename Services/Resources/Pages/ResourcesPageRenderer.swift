import StaffAccess

/// The resource centre's public pages and its back office's.
typealias ResourcesPageRenderer = StaffSiteRenderer

extension StaffSiteRenderer {
    static func resources() throws -> StaffSiteRenderer {
        try StaffSiteRenderer(front: [
            ("layout", ResourcesLayoutTemplate.front), ("error", ResourcesLayoutTemplate.frontError),
            ("search", CentreTemplates.search), ("publication", CentreTemplates.publication),
            ("publicationVersion", CentreTemplates.publicationVersion),
            ("figures", IndicatorTemplates.figures), ("indicators", IndicatorTemplates.indicators),
            ("diagnostics", IndicatorTemplates.diagnostics), ("diagnostic", IndicatorTemplates.diagnostic),
            ("adviceForm", AdviceTemplates.form), ("adviceReceived", AdviceTemplates.received), ("faq", AdviceTemplates.faq),
            ("websiteReport", WebsiteReportTemplates.report),
        ], back: [
            ("layout", ResourcesLayoutTemplate.back), ("error", ResourcesLayoutTemplate.backError), ("signIn", ResourcesLayoutTemplate.signIn),
            ("publications", CentreTemplates.backList), ("form", CentreTemplates.form), ("publication", CentreTemplates.backPublication),
            ("diagnostics", IndicatorTemplates.backDiagnostics), ("websites", WebsiteTemplates.list), ("adviceList", AdviceTemplates.backList), ("adviceQuestion", AdviceTemplates.backQuestion),
        ])
    }
}
