import Model

/// Two frozen diagnostics side by side: each figure in both years and its change.
struct DiagnosticComparison: Sendable {
    struct Row: Sendable, Equatable {
        var label: String
        var first: String
        var second: String
        var change: String
    }

    var first: DiagnosticSnapshot
    var second: DiagnosticSnapshot

    var rows: [Row] {
        let a = first.figures, b = second.figures
        func selected(_ figures: ProgrammeIndicators) -> Int { figures.byStatus.first { $0.code == DossierStatus.selected.rawValue }?.count ?? 0 }
        var rows = [
            Self.count("Dossiers déposés", a.dossiers, b.dossiers),
            Self.count("Dossiers de cible prioritaire", a.priorityTargetDossiers, b.priorityTargetDossiers),
            Self.count("Dossiers retenus", selected(a), selected(b)),
            Self.amount("Montant demandé", a.requestedCents, b.requestedCents),
            Self.amount("Montant accordé", a.grantedCents, b.grantedCents),
            Self.count("Sessions de formation tenues", a.sessionsHeld, b.sessionsHeld),
            Self.count("Inscriptions", a.registrations, b.registrations),
            Self.count("Élus formés", a.electedTrained, b.electedTrained),
        ]
        for department in Department.names {
            let lineA = a.byDepartment.first { $0.code == department.code }, lineB = b.byDepartment.first { $0.code == department.code }
            rows.append(Self.count("Dossiers — \(department.name)", lineA?.dossiers ?? 0, lineB?.dossiers ?? 0))
            rows.append(Self.count("Élus formés — \(department.name)", lineA?.electedTrained ?? 0, lineB?.electedTrained ?? 0))
        }
        return rows
    }

    private static func count(_ label: String, _ first: Int, _ second: Int) -> Row {
        Row(label: label, first: String(first), second: String(second), change: signed(second - first, shown: String(abs(second - first))))
    }

    private static func amount(_ label: String, _ first: Int, _ second: Int) -> Row {
        Row(label: label, first: Money(cents: Int64(first)).formattedFrench, second: Money(cents: Int64(second)).formattedFrench,
            change: signed(second - first, shown: Money(cents: Int64(abs(second - first))).formattedFrench))
    }

    /// "+3", "−2" (a true minus sign), or "=" when nothing changed.
    private static func signed(_ difference: Int, shown: String) -> String {
        difference == 0 ? "=" : (difference > 0 ? "+" : "\u{2212}") + shown
    }
}
