import StaffAccess

/// The training front's pages and its back office's.
typealias TrainingPageRenderer = StaffSiteRenderer

extension StaffSiteRenderer {
    static func training() throws -> StaffSiteRenderer {
        try StaffSiteRenderer(front: [
            ("layout", TrainingLayoutTemplate.front), ("error", TrainingLayoutTemplate.frontError),
            ("catalogue", CatalogueTemplates.catalogue), ("session", CatalogueTemplates.session),
            ("manage", CatalogueTemplates.manage), ("offerForm", HostingTemplates.offerForm),
            ("offerReceived", HostingTemplates.offerReceived), ("ask", TraineeTemplates.ask), ("mine", TraineeTemplates.mine),
            ("certificate", TraineeTemplates.certificate),
        ], back: [
            ("layout", TrainingLayoutTemplate.back), ("error", TrainingLayoutTemplate.backError), ("signIn", TrainingLayoutTemplate.signIn),
            ("sessions", BackOfficeTemplates.sessions), ("session", BackOfficeTemplates.session), ("form", BackOfficeTemplates.form),
            ("checkIn", AttendanceTemplates.checkIn), ("objective", AttendanceTemplates.objective),
            ("offers", HostingTemplates.offers), ("offer", HostingTemplates.offer),
        ])
    }
}
