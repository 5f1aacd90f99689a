import Foundation

extension SiteChecks {
    func legalNotice() -> SiteCheck {
        let found = pages(about: ["mentions légales", "mentions legales", "mentions"]).first
        return Self.check("legal_notice", verdict: found == nil ? .failed : .passed,
                          evidenceURL: found?.url.absoluteString, excerpt: found.map { Self.shorten($0.linkText.isEmpty ? $0.url.path : $0.linkText, 80) },
                          explanation: found == nil ? "Aucune page de mentions légales n'a été trouvée depuis l'accueil\u{a0}; elles sont obligatoires (loi pour la confiance dans l'économie numérique, article 6)."
                             : "Une page de mentions légales est accessible.",
                          advice: found == nil ? "Publiez une page «\u{a0}Mentions légales\u{a0}» (éditeur, directeur de publication, hébergeur) liée depuis le pied de chaque page." : nil)
    }

    /// The statement's page, and the compliance level it states.
    func accessibilityStatement() -> SiteCheck {
        let statement = pages(about: ["accessibilit"]).first { page in
            let text = page.document?.root.text.lowercased() ?? ""
            return text.contains("déclaration d'accessibilité") || text.contains("déclaration d’accessibilité") || text.contains("conforme")
        }
        guard let statement else {
            return Self.check("accessibility_statement", verdict: .failed,
                              evidenceURL: nil, excerpt: nil,
                              explanation: "Aucune déclaration d'accessibilité n'a été trouvée\u{a0}; elle est obligatoire pour les organismes publics (loi du 11 février 2005, article 47).",
                              advice: "Publiez une déclaration d'accessibilité indiquant le niveau de conformité au RGAA, liée depuis chaque page (mention «\u{a0}Accessibilité\u{a0}: non, partiellement ou totalement conforme\u{a0}»).")
        }
        let text = statement.document?.root.text.lowercased() ?? ""
        let level = text.contains("totalement conforme") ? "totalement conforme" : text.contains("partiellement conforme") ? "partiellement conforme"
            : text.contains("non conforme") ? "non conforme" : nil
        let verdict: CheckVerdict = level == "totalement conforme" || level == "partiellement conforme" ? .passed : .improvable
        return Self.check("accessibility_statement", verdict: verdict,
                          evidenceURL: statement.url.absoluteString, excerpt: level.map { "Niveau déclaré\u{a0}: \($0)" } ?? "niveau de conformité non indiqué",
                          explanation: level == nil ? "La déclaration d'accessibilité n'indique pas le niveau de conformité au RGAA."
                             : level == "non conforme" ? "Le site se déclare non conforme au RGAA."
                             : "La déclaration d'accessibilité est publiée (site \(level!)).",
                          advice: verdict == .passed ? nil : "Faites réaliser un audit RGAA et publiez un schéma pluriannuel de mise en accessibilité.")
    }

    func contact() -> SiteCheck {
        var found: (URL, String)?
        for page in result.allPages {
            guard let document = page.document else { continue }
            if let link = document.elements("a").first(where: { ($0["href"] ?? "").lowercased().hasPrefix("mailto:") || ($0["href"] ?? "").lowercased().hasPrefix("tel:") }) {
                found = (page.url, link["href"] ?? "")
                break
            }
            if let phone = document.root.text.range(of: #"\b0[1-9](?:[ .\u{a0}]?\d{2}){4}\b"#, options: .regularExpression) {
                found = (page.url, String(document.root.text[phone]))
                break
            }
        }
        let contactPage = pages(about: ["contact"]).first
        let verdict: CheckVerdict = found != nil ? .passed : contactPage != nil ? .improvable : .failed
        return Self.check("contact", verdict: verdict,
                          evidenceURL: found?.0.absoluteString ?? contactPage?.url.absoluteString, excerpt: found.map { Self.shorten($0.1, 80) },
                          explanation: verdict == .passed ? "Un téléphone ou une adresse électronique est publié."
                             : verdict == .improvable ? "Une page de contact existe mais sans téléphone ni adresse électronique visibles."
                             : "Ni téléphone, ni adresse électronique, ni page de contact n'ont été trouvés.",
                          advice: verdict == .passed ? nil : "Publiez le téléphone, l'adresse et les horaires de la mairie sur chaque page (pied de page).")
    }

    func onlineServices() -> SiteCheck {
        var offers: [String] = []
        var evidence: URL?
        for page in result.allPages {
            guard let document = page.document else { continue }
            let before = offers.count
            if document.elements("a").contains(where: { ($0["href"] ?? "").lowercased().contains("service-public.fr") }) {
                offers.append("lien vers service-public.fr")
            }
            let forms = document.elements("form").filter { form in
                form["role"] != "search" && !form.descendants(named: ["input"]).contains { ["q", "s", "search", "recherche"].contains(($0["name"] ?? "").lowercased()) }
            }
            if !forms.isEmpty { offers.append("formulaire en ligne") }
            let text = document.root.text.lowercased()
            if ["prendre rendez-vous", "rendez-vous en ligne", "prise de rendez-vous"].contains(where: text.contains) { offers.append("prise de rendez-vous") }
            if ["démarches en ligne", "téléprocédure", "téléservice", "paiement en ligne"].contains(where: text.contains) { offers.append("démarches en ligne") }
            if offers.count > before && evidence == nil { evidence = page.url }
        }
        var unique: [String] = []
        for offer in offers where !unique.contains(offer) { unique.append(offer) }
        return Self.check("online_services", verdict: unique.isEmpty ? .failed : .passed,
                          evidenceURL: evidence?.absoluteString, excerpt: unique.isEmpty ? nil : unique.joined(separator: ", "),
                          explanation: unique.isEmpty ? "Aucun service en ligne n'a été repéré (formulaire, démarche, prise de rendez-vous, lien vers service-public.fr)."
                             : "Le site propose des services en ligne\u{a0}: \(unique.joined(separator: ", ")).",
                          advice: unique.isEmpty ? "Proposez au moins les démarches courantes en ligne, ou orientez vers service-public.fr." : nil)
    }
}
