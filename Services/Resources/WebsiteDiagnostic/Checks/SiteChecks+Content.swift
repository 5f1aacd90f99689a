import Foundation

extension SiteChecks {
    func language(_ homepage: FetchedPage, _ document: HTMLDocument) -> SiteCheck {
        let lang = document.html["lang"]?.trimmingCharacters(in: .whitespaces) ?? ""
        let verdict: CheckVerdict = lang.isEmpty ? .failed : lang.lowercased().hasPrefix("fr") ? .passed : .improvable
        return Self.check("lang", verdict: verdict, evidenceURL: homepage.url.absoluteString,
                          excerpt: lang.isEmpty ? "<html> sans attribut lang" : "lang=\"\(lang)\"",
                          explanation: verdict == .passed ? "La page déclare être en français."
                             : lang.isEmpty ? "La page ne déclare pas sa langue\u{a0}: les lecteurs d'écran risquent de mal la prononcer (RGAA, critère 8.3)."
                             : "La page déclare une autre langue que le français (RGAA, critère 8.4).",
                          advice: verdict == .passed ? nil : "Ajoutez lang=\"fr\" à la balise <html> des gabarits du site.")
    }

    func title(_ homepage: FetchedPage, _ document: HTMLDocument) -> SiteCheck {
        let title = document.elements("title").first?.text ?? ""
        let verdict: CheckVerdict = title.isEmpty ? .failed : (10...70).contains(title.count) ? .passed : .improvable
        return Self.check("title", verdict: verdict, evidenceURL: homepage.url.absoluteString,
                          excerpt: title.isEmpty ? "aucune balise <title>" : Self.shorten(title, 100),
                          explanation: verdict == .passed ? "La page a un titre explicite."
                             : title.isEmpty ? "La page n'a pas de titre (RGAA, critère 8.5)\u{a0}: onglets et moteurs de recherche n'affichent rien d'utile."
                             : "Le titre est trop \(title.count < 10 ? "court" : "long") pour être lisible dans un onglet ou un résultat de recherche.",
                          advice: verdict == .passed ? nil : "Donnez à chaque page un titre de 10 à 70 caractères qui nomme la collectivité.")
    }

    func metaDescription(_ homepage: FetchedPage, _ document: HTMLDocument) -> SiteCheck {
        let description = document.elements("meta").first { ($0["name"] ?? "").lowercased() == "description" }?["content"]?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let verdict: CheckVerdict = description.isEmpty ? .failed : (50...160).contains(description.count) ? .passed : .improvable
        return Self.check("meta_description", verdict: verdict,
                          evidenceURL: homepage.url.absoluteString,
                          excerpt: description.isEmpty ? "aucune balise <meta name=\"description\">" : Self.shorten(description, 100),
                          explanation: verdict == .passed ? "La page a une description que les moteurs de recherche peuvent afficher."
                             : description.isEmpty ? "La page n'a pas de description\u{a0}: les moteurs de recherche en inventent une."
                             : "La description devrait compter de 50 à 160 caractères.",
                          advice: verdict == .passed ? nil : "Rédigez une description d'une phrase présentant la collectivité et ses services.")
    }

    func headings(_ homepage: FetchedPage, _ document: HTMLDocument) -> SiteCheck {
        let levels = document.root.descendants.compactMap { element -> Int? in
            guard element.name.count == 2, element.name.first == "h", let level = Int(element.name.dropFirst()), (1...6).contains(level) else { return nil }
            return level
        }
        let mainTitles = levels.filter { $0 == 1 }.count
        var skipped: (Int, Int)?
        for (previous, next) in zip(levels, levels.dropFirst()) where next > previous + 1 {
            skipped = (previous, next)
            break
        }
        let verdict: CheckVerdict = mainTitles == 0 ? .failed : (mainTitles > 1 || skipped != nil) ? .improvable : .passed
        let outline = levels.prefix(12).map { "h\($0)" }.joined(separator: ", ")
        return Self.check("headings", verdict: verdict,
                          evidenceURL: homepage.url.absoluteString, excerpt: outline.isEmpty ? "aucun titre" : outline,
                          explanation: verdict == .passed ? "La page a un titre principal et des niveaux de titres qui se suivent."
                             : mainTitles == 0 ? "La page n'a pas de titre principal <h1> (RGAA, critère 9.1)."
                             : mainTitles > 1 ? "La page a \(mainTitles) titres principaux <h1>\u{a0}; un seul est attendu (RGAA, critère 9.1)."
                             : "La hiérarchie des titres saute un niveau (h\(skipped!.0) puis h\(skipped!.1))\u{a0}; les lecteurs d'écran s'en servent pour naviguer (RGAA, critère 9.1).",
                          advice: verdict == .passed ? nil : "Un seul <h1> par page, puis des <h2>, <h3>… sans sauter de niveau.")
    }

    func imageAlternatives() -> SiteCheck {
        var missing: [(URL, HTMLElement)] = []
        var total = 0
        for page in result.allPages {
            for image in page.document?.elements("img") ?? [] {
                total += 1
                // alt="" is right for a decorative image; it is the missing attribute that fails.
                if image["alt"] == nil && image["role"] != "presentation" && image["aria-hidden"] != "true" { missing.append((page.url, image)) }
            }
        }
        let verdict: CheckVerdict = total == 0 ? .notApplicable : missing.isEmpty ? .passed : .failed
        return Self.check("image_alt", verdict: verdict,
                          evidenceURL: missing.first?.0.absoluteString, excerpt: missing.first.map { "\(missing.count) sur \(total)\u{a0}: \(Self.quote($0.1))" },
                          explanation: verdict == .notApplicable ? "Aucune image dans les pages lues."
                             : verdict == .passed ? "Chaque image a un attribut alt (vide pour les images décoratives)."
                             : "\(missing.count) image\(missing.count > 1 ? "s n'ont" : " n'a") pas d'alternative textuelle\u{a0}: leur information échappe aux personnes aveugles (RGAA, critère 1.1).",
                          advice: verdict == .failed ? "Ajoutez un attribut alt à chaque image\u{a0}: un texte pour celles qui informent, alt=\"\" pour les décoratives. Voir le référentiel RGAA, thématique 1." : nil)
    }

    func formLabels() -> SiteCheck {
        var unlabelled: [(URL, HTMLElement)] = []
        var fields = 0
        let ignored: Set<String> = ["hidden", "submit", "button", "image", "reset"]
        for page in result.allPages {
            guard let document = page.document else { continue }
            let labels = document.elements("label")
            let labelled = Set(labels.compactMap { $0["for"] })
            let wrapped = labels.flatMap { $0.descendants(named: ["input", "select", "textarea"]) }
            for field in document.elements("input", "select", "textarea") where !ignored.contains((field["type"] ?? "text").lowercased()) {
                fields += 1
                let named = field["id"].map(labelled.contains) ?? false
                let described = [field["aria-label"], field["aria-labelledby"], field["title"]].contains { !($0 ?? "").isEmpty }
                if !named && !described && !wrapped.contains(field) { unlabelled.append((page.url, field)) }
            }
        }
        let verdict: CheckVerdict = fields == 0 ? .notApplicable : unlabelled.isEmpty ? .passed : .failed
        return Self.check("form_labels", verdict: verdict,
                          evidenceURL: unlabelled.first?.0.absoluteString,
                          excerpt: unlabelled.first.map { "\(unlabelled.count) sur \(fields)\u{a0}: \(Self.quote($0.1))" },
                          explanation: verdict == .notApplicable ? "Aucun champ de formulaire dans les pages lues."
                             : verdict == .passed ? "Chaque champ a une étiquette."
                             : "\(unlabelled.count) champ\(unlabelled.count > 1 ? "s n'ont" : " n'a") pas d'étiquette\u{a0}: un lecteur d'écran ne peut pas dire quoi y saisir (RGAA, critère 11.1).",
                          advice: verdict == .failed ? "Associez à chaque champ une balise <label for=\"…\">. Voir le référentiel RGAA, thématique 11." : nil)
    }

    func skipLink(_ homepage: FetchedPage, _ document: HTMLDocument) -> SiteCheck {
        let firstLinks = document.elements("a").prefix(5)
        let skip = firstLinks.first { link in
            let text = link.text.lowercased()
            return (link["href"] ?? "").hasPrefix("#") && ["contenu", "aller", "évitement", "passer"].contains { text.contains($0) }
        }
        return Self.check("skip_link", verdict: skip == nil ? .failed : .passed,
                          evidenceURL: homepage.url.absoluteString, excerpt: skip.map { "«\u{a0}\($0.text)\u{a0}» → \($0["href"] ?? "")" },
                          explanation: skip == nil ? "Aucun lien «\u{a0}Aller au contenu\u{a0}» en tête de page\u{a0}: au clavier, il faut traverser tout le menu sur chaque page (RGAA, critère 12.7)."
                             : "Un lien d'évitement mène directement au contenu.",
                          advice: skip == nil ? "Placez en tout début de page un lien «\u{a0}Aller au contenu\u{a0}» vers la zone principale." : nil)
    }

    func viewport(_ homepage: FetchedPage, _ document: HTMLDocument) -> SiteCheck {
        let content = document.elements("meta").first { ($0["name"] ?? "").lowercased() == "viewport" }?["content"]?.lowercased()
        let blocksZoom = content.map { $0.replacingOccurrences(of: " ", with: "") }.map { $0.contains("user-scalable=no") || $0.contains("maximum-scale=1") } ?? false
        let verdict: CheckVerdict = content?.contains("width=device-width") != true ? .failed : blocksZoom ? .improvable : .passed
        return Self.check("viewport", verdict: verdict, evidenceURL: homepage.url.absoluteString,
                          excerpt: content.map { "viewport\u{a0}: \($0)" } ?? "aucune balise <meta name=\"viewport\">",
                          explanation: verdict == .passed ? "La page s'adapte à la largeur des téléphones."
                             : verdict == .improvable ? "La page s'adapte aux téléphones mais empêche d'agrandir le texte (RGAA, critère 10.4)."
                             : "La page ne déclare pas s'adapter aux téléphones\u{a0}: elle s'y affiche en miniature.",
                          advice: verdict == .passed ? nil : "Utilisez <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"> sans bloquer le zoom.")
    }
}
