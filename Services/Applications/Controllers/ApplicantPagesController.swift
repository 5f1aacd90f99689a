import Events
import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// `/gestion/collectivites`: staff register collectivités; administrators open their accounts.
struct ApplicantPagesController: Sendable {
    let gate: WebGate
    let context: ApplicationsContext
    private var applicants: ApplicantRepository { ApplicantRepository(logger: context.logger) }

    static let notices = ["enregistree": "La collectivité est enregistrée.", "compte": "Le compte est ouvert."]

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/gestion/collectivites") { request, _ in
            try await gate.page(request, allowing: Role.staff) { session in
                let all = try await context.database.withConnection { try await applicants.list(on: $0) }
                return gate.renderer.page("staffApplicants", [
                    "count": all.count, "isAdmin": session.account.role == .admin,
                    "applicants": all.map { applicant -> [String: Any] in
                        ["id": applicant.id.description, "name": applicant.name, "kind": applicant.kind.frenchLabel,
                         "identifier": applicant.inseeCode?.value ?? applicant.siren?.description ?? "", "department": applicant.department,
                         "population": applicant.population, "priority": applicant.priorityTarget ? "oui" : "non"]
                    },
                ], session: session, notice: request.uri.queryParameters["avis"].flatMap { Self.notices[String($0)] })
            }
        }
        router.get("/gestion/collectivites/nouvelle") { request, _ in
            try await gate.page(request, allowing: Role.staff) { session in formPage(nil, session: session) }
        }
        router.post("/gestion/collectivites") { request, _ in
            try await gate.page(request, allowing: Role.staff) { session in
                let fields = try await gate.form(request, session: session)
                var contacts: [ContactPerson] = []
                if let email = fields.text("contactEmail") {
                    contacts.append(ContactPerson(name: fields.text("contactName") ?? "Contact", email: email))
                }
                let form = ApplicantForm(name: fields["name"], kind: fields.text("kind"), inseeCode: fields.text("inseeCode"),
                                         siren: fields.text("siren"), department: fields.text("department"),
                                         population: fields.text("population").flatMap { Int($0.replacingOccurrences(of: " ", with: "")) },
                                         insideUrbanAgglomeration: fields["insideUrbanAgglomeration"] == "oui", website: fields.text("website"),
                                         contacts: contacts)
                switch form.validated() {
                case .failure(let failure):
                    return formPage(fields, session: session, errors: failure.errors)
                case .success(let applicant):
                    do {
                        let now = context.clock()
                        try await context.transaction { try await ApplicantRegistry(logger: context.logger).register(applicant, at: now, on: $0) }
                    } catch is ApplicantRepository.SaveError {
                        return formPage(fields, session: session, errors: [
                            FieldError(field: applicant.inseeCode == nil ? "siren" : "inseeCode",
                                       message: "Une collectivité porte déjà ce code INSEE ou ce numéro SIREN."),
                        ])
                    }
                    return PageResponses.redirect(to: "/gestion/collectivites?avis=enregistree")
                }
            }
        }
        router.get("/gestion/collectivites/{id}/compte") { request, requestContext in
            try await gate.page(request, allowing: [.admin]) { session in
                try await accountPage(try await applicant(requestContext), fields: nil, session: session)
            }
        }
        router.post("/gestion/collectivites/{id}/compte") { request, requestContext in
            try await gate.page(request, allowing: [.admin]) { session in
                let applicant = try await applicant(requestContext)
                let fields = try await gate.form(request, session: session)
                do {
                    _ = try await AccountOpening(context: context).open(.init(
                        email: fields.text("email") ?? "", displayName: fields.text("displayName") ?? "", password: fields["password"] ?? "",
                        role: .applicant, applicantId: applicant.id))
                } catch WorkflowError.invalid(let errors) {
                    return try await accountPage(applicant, fields: fields, session: session, errors: errors)
                } catch WorkflowError.conflict(let detail) {
                    return try await accountPage(applicant, fields: fields, session: session, errors: [FieldError(field: "email", message: detail)])
                }
                return PageResponses.redirect(to: "/gestion/collectivites?avis=compte")
            }
        }
    }

    private func applicant(_ requestContext: PlatformRequestContext) async throws -> Applicant {
        guard let id = requestContext.parameters.get("id").flatMap(ApplicantID.init(uuidString:)),
              let applicant = try await context.database.withConnection({ try await applicants.find(id, on: $0) })
        else { throw WorkflowError.notFound("Aucune collectivité ne porte cet identifiant.") }
        return applicant
    }

    private func formPage(_ fields: FormFields?, session: AccountSession<Role>?, errors: [FieldError] = []) -> Response {
        let kind = fields?["kind"] ?? ApplicantKind.commune.rawValue
        let values: [String: Any] = [
            "name": fields?["name"] ?? "", "inseeCode": fields?["inseeCode"] ?? "", "siren": fields?["siren"] ?? "",
            "department": fields?["department"] ?? "", "population": fields?["population"] ?? "",
            "inside": fields?["insideUrbanAgglomeration"] == "oui", "contactName": fields?["contactName"] ?? "",
            "contactEmail": fields?["contactEmail"] ?? "", "website": fields?["website"] ?? "",
            "kinds": ApplicantKind.allCases.map { ["value": $0.rawValue, "label": $0.frenchLabel, "selected": $0.rawValue == kind] },
        ]
        // The form has one contact: its fields carry the contact's errors.
        let shown = errors.map { error -> FieldError in
            switch error.field {
            case "contacts.0.email": FieldError(field: "contactEmail", message: error.message)
            case "contacts.0.name": FieldError(field: "contactName", message: error.message)
            default: error
            }
        }
        return gate.renderer.page("applicantForm", values, session: session, errors: shown,
                                  status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    private func accountPage(_ applicant: Applicant, fields: FormFields?, session: AccountSession<Role>?,
                             errors: [FieldError] = []) async throws -> Response {
        gate.renderer.page("applicantAccount", [
            "id": applicant.id.description, "applicantName": applicant.name, "email": fields?["email"] ?? "",
            "displayName": fields?["displayName"] ?? applicant.name,
        ], session: session, errors: errors, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
