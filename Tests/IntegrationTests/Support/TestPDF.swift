import Foundation

/// A small, valid one-page PDF holding some lines of French text (Helvetica, WinAnsi), for the
/// tests that read a PDF's text back with pdftotext.
enum TestPDF {
    static func make(lines: [String]) -> [UInt8] {
        func escaped(_ line: String) -> [UInt8] {
            let bytes = [UInt8](line.data(using: .windowsCP1252, allowLossyConversion: true) ?? Data())
            return bytes.flatMap { byte -> [UInt8] in [0x28, 0x29, 0x5C].contains(byte) ? [0x5C, byte] : [byte] }
        }
        var content = Array("BT /F1 12 Tf 72 760 Td 16 TL\n".utf8)
        for line in lines { content += Array("(".utf8) + escaped(line) + Array(") '\n".utf8) }
        content += Array("ET".utf8)
        let objects: [[UInt8]] = [
            Array("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".utf8),
            Array("<< /Length \(content.count) >>\nstream\n".utf8) + content + Array("\nendstream".utf8),
            Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8),
        ]
        var pdf = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf += Array("\(index + 1) 0 obj\n".utf8) + object + Array("\nendobj\n".utf8)
        }
        let xref = pdf.count
        pdf += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { pdf += Array(String(format: "%010d 00000 n \n", offset).utf8) }
        pdf += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return pdf
    }
}
