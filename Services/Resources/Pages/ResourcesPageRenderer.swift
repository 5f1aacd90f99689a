import StaffAccess

/// The resource centre's public pages and its back office's.
typealias ResourcesPageRenderer = StaffSiteRenderer

extension StaffSiteRenderer {
    static func resources() throws -> StaffSiteRenderer {
        try StaffSiteRenderer(front: [
            ("layout", ResourcesLayoutTemplate.front), ("error", ResourcesLayoutTemplate.frontError),
            ("search", CentreTemplates.search), ("publication", CentreTemplates.publication),
        ], back: [
            ("layout", ResourcesLayoutTemplate.back), ("error", ResourcesLayoutTemplate.backError), ("signIn", ResourcesLayoutTemplate.signIn),
            ("publications", CentreTemplates.backList), ("form", CentreTemplates.form), ("publication", CentreTemplates.backPublication),
        ])
    }
}
