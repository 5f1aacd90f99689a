@testable import Applications
import Model
import Testing

@Suite("Applicant import from CSV")
struct ApplicantImportTests {
    @Test("A spreadsheet's export: BOM, ';', quoted fields with separators, quotes and line breaks")
    func csv() {
        let table = CSVTable(text: "\u{FEFF}Nom;Code_INSEE\r\n\"Saint-Lary; Ariège\";09264\r\n\"Le \"\"Mas\"\"\nd'Azil\";09181\r\n;\r\n")
        #expect(table.header == ["nom", "code_insee"])
        #expect(table.rows.map(\.fields) == [["Saint-Lary; Ariège", "09264"], ["Le \"Mas\"\nd'Azil", "09181"]])
        #expect(table.rows.map(\.line) == [2, 3])
        #expect(CSVTable(text: "a,b\n1,2").rows.first?.fields == ["1", "2"])
    }

    @Test("INSEE-style columns; each refused line says why; a repeated identifier is refused")
    func lines() {
        let file = """
            COM;LIBELLE;DEP;PMUN;agglomeration;contact_courriel
            09264;Saint-Lary;09;1 240;non;mairie@saint-lary.example
            9264;Code trop court;09;100;non;
            09029;Aulus-les-Bains;09;210;non;pas-une-adresse
            09264;Saint-Lary bis;09;1240;non;
            31555;Toulouse;31;504078;oui;
            """
        let parsed = ApplicantImport(csv: file)
        #expect(parsed.accepted.map(\.line) == [2, 6])
        #expect(parsed.accepted.first?.applicant.population == 1_240)
        #expect(parsed.accepted.first?.applicant.priorityTarget == true)
        #expect(parsed.accepted.last?.applicant.priorityTarget == false)
        #expect(parsed.rejected.map(\.line) == [3, 4, 5])
        #expect(parsed.rejected[2].reasons == ["même identifiant (09264) que la ligne 2"])
        #expect(parsed.rejected[1].reasons.first?.contains("pas-une-adresse") == true)
    }

    @Test("Groupings by SIREN, and an unknown type named")
    func groupings() {
        let parsed = ApplicantImport(csv: "nom,type,siren,departement,population\nCC du Séronais,intercommunalite,240900431,09,4100\nX,région,,31,1\n")
        #expect(parsed.accepted.first?.applicant.kind == .intercommunality)
        #expect(parsed.rejected.first?.reasons.first == "type inconnu « région »")
    }
}
