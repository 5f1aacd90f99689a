import Foundation

extension SiteChecks {
    func reachable() -> SiteCheck {
        var check = Self.check("reachable", verdict: .passed,
                               evidenceURL: result.startURL.absoluteString, excerpt: nil, explanation: "", advice: nil)
        if result.forbiddenByRobots {
            check.verdict = .notApplicable
            check.explanation = "Le fichier robots.txt du site demande aux robots de ne pas le consulter\u{a0}: l'outil a respecté ce choix."
            check.advice = "Si vous souhaitez recevoir le diagnostic, autorisez le robot «\u{a0}ipc-diagnostic\u{a0}» dans robots.txt."
        } else if let homepage = result.homepage, homepage.resource.status < 400 {
            check.evidenceURL = homepage.url.absoluteString
            check.excerpt = "HTTP \(homepage.resource.status)"
            check.explanation = "La page d'accueil répond."
        } else {
            check.verdict = .failed
            check.excerpt = result.homepage.map { "HTTP \($0.resource.status)" }
            check.explanation = result.homepageError?.explanation ?? "La page d'accueil répond par une erreur."
            check.advice = "Vérifiez l'adresse du site et son hébergement avec votre prestataire."
        }
        return check
    }

    func https() -> SiteCheck {
        var check = Self.check("https", verdict: .passed,
                               evidenceURL: result.homepage?.url.absoluteString, excerpt: nil, explanation: "", advice: nil)
        switch result.httpsError {
        case .certificate(let detail)?:
            check.verdict = .failed
            check.excerpt = detail
            check.explanation = "Le site est servi en HTTPS mais son certificat n'est pas valide\u{a0}: les navigateurs affichent une alerte de sécurité."
            check.advice = "Faites renouveler le certificat par votre hébergeur (un certificat Let's Encrypt est gratuit et se renouvelle seul)."
        case let error? where result.homepage?.url.scheme != "https":
            check.verdict = .failed
            check.excerpt = Self.shorten(error.explanation)
            check.explanation = "Le site n'est pas servi en HTTPS\u{a0}: les échanges avec les habitants circulent en clair."
            check.advice = "Activez HTTPS chez votre hébergeur\u{a0}; c'est attendu de tout service public en ligne."
        default:
            if result.homepage?.url.scheme == "https" {
                check.explanation = "Le site est servi en HTTPS avec un certificat valide."
            } else {
                check.verdict = .failed
                check.explanation = "Le site n'est pas servi en HTTPS\u{a0}: les échanges avec les habitants circulent en clair."
                check.advice = "Activez HTTPS chez votre hébergeur\u{a0}; c'est attendu de tout service public en ligne."
            }
        }
        return check
    }

    func httpsRedirect() -> SiteCheck {
        var check = Self.check("https_redirect", verdict: .passed,
                               evidenceURL: nil, excerpt: nil, explanation: "", advice: nil)
        guard result.startURL.scheme == "https", result.homepage?.url.scheme == "https", result.httpsError == nil else {
            check.verdict = .notApplicable
            check.explanation = "Sans HTTPS valide, pas de redirection à vérifier."
            return check
        }
        guard let plain = result.plainHTTP else {
            check.verdict = .improvable
            check.explanation = "L'adresse en http ne répond pas\u{a0}: un habitant qui la saisit ne trouve pas le site."
            check.advice = "Faites rediriger http vers https (redirection permanente 301)."
            return check
        }
        check.evidenceURL = plain.url.absoluteString
        let location = plain.headers["location"] ?? ""
        check.excerpt = "HTTP \(plain.status)" + (location.isEmpty ? "" : " → \(location)")
        if (300..<400).contains(plain.status), location.lowercased().hasPrefix("https://") {
            check.explanation = "L'adresse en http redirige vers https."
        } else {
            check.verdict = .failed
            check.explanation = "L'adresse en http sert encore le site sans le chiffrer."
            check.advice = "Faites rediriger http vers https (redirection permanente 301)."
        }
        return check
    }

    func responseTime(_ homepage: FetchedPage) -> SiteCheck {
        let seconds = Double(homepage.resource.elapsed.components.seconds) + Double(homepage.resource.elapsed.components.attoseconds) / 1e18
        let verdict: CheckVerdict = seconds < 1 ? .passed : seconds < 3 ? .improvable : .failed
        return Self.check("response_time", verdict: verdict,
                          evidenceURL: homepage.url.absoluteString, excerpt: String(format: "%.2f s", seconds).replacingOccurrences(of: ".", with: ","),
                          explanation: verdict == .passed ? "La page d'accueil arrive en moins d'une seconde."
                             : "La page d'accueil met plus de \(verdict == .failed ? "trois secondes" : "une seconde") à arriver.",
                          advice: verdict == .passed ? nil : "Interrogez votre hébergeur sur les performances du serveur et la mise en cache des pages.")
    }

    func pageWeight(_ homepage: FetchedPage) -> SiteCheck {
        let bytes = homepage.resource.body.count
        let kilobytes = bytes / 1000
        let verdict: CheckVerdict = homepage.resource.truncated || bytes > 1_000_000 ? .failed : bytes > 300_000 ? .improvable : .passed
        return Self.check("page_weight", verdict: verdict,
                          evidenceURL: homepage.url.absoluteString,
                          excerpt: homepage.resource.truncated ? "plus de \(kilobytes) ko (lecture interrompue)" : "\(kilobytes) ko de HTML",
                          explanation: verdict == .passed ? "La page d'accueil est légère."
                             : "La page d'accueil est lourde\u{a0}: elle se charge lentement sur mobile et en zone mal desservie.",
                          advice: verdict == .passed ? nil : "Allégez la page d'accueil (moins de contenus intégrés, pagination des actualités).")
    }
}
