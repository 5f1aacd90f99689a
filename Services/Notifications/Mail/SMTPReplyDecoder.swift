import NIOCore

/// Splits the server's bytes into replies: lines ending in CRLF, a reply's lines sharing its
/// code, `250-` continuing it and `250 ` ending it (RFC 5321 §4.2).
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPReply

    /// The longest reply line accepted (RFC 5321 allows 512 bytes; servers' texts vary).
    static let maximumLineLength = 4096
    private var pending: [String] = []

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let end = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > Self.maximumLineLength { throw SMTPError.connection("ligne de réponse trop longue") }
            return .needMoreData
        }
        let length = end - buffer.readerIndex + 1
        var line = buffer.readString(length: length) ?? ""
        while line.last == "\n" || line.last == "\r" || line.last == "\r\n" { line.removeLast() }
        let characters = Array(line.utf8)
        guard characters.count >= 3, let code = Int(String(decoding: characters[0..<3], as: UTF8.self)) else {
            throw SMTPError.connection("réponse illisible : \(line)")
        }
        let text = characters.count > 4 ? String(decoding: characters[4...], as: UTF8.self) : ""
        pending.append(text)
        if characters.count > 3 && characters[3] == UInt8(ascii: "-") { return .continue }
        context.fireChannelRead(wrapInboundOut(SMTPReply(code: code, lines: pending)))
        pending = []
        return .continue
    }
}
