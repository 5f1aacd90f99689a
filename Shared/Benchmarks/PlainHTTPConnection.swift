import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One keep-alive HTTP/1.1 connection on a blocking socket, used from a thread of its own.
///
/// The intake benchmark's load generator shares two cores with the service and PostgreSQL;
/// like pgbench's own client, it should take as little of them as it can: a request is one
/// `send`, a reply one or two `recv`s, and nothing else.
final class PlainHTTPConnection {
    struct Reply {
        let status: Int
        let body: [UInt8]
    }

    private let socket: Int32
    private let authority: String
    /// Received bytes not yet consumed.
    private var received: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: 65_536)

    init(host: String, port: Int) throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw BenchmarkError("socket: errno \(errno)") }
        var noDelay: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            close(socket)
            throw BenchmarkError("not an IPv4 address: \(host)")
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw BenchmarkError("cannot connect to \(host):\(port): errno \(errno)")
        }
        self.socket = socket
        authority = "\(host):\(port)"
    }

    deinit {
        close(socket)
    }

    /// Sends a JSON body, with a bearer token when given, and reads the whole reply.
    func post(_ path: String, json: String, token: String?) throws -> Reply {
        let body = Array(json.utf8)
        let authorization = token.map { "Authorization: Bearer \($0)\r\n" } ?? ""
        let head = "POST \(path) HTTP/1.1\r\nHost: \(authority)\r\nContent-Type: application/json\r\n"
            + "\(authorization)Content-Length: \(body.count)\r\n\r\n"
        try send(Array(head.utf8) + body)
        return try readReply()
    }

    /// Sends a GET and reads the whole reply.
    func get(_ path: String) throws -> Reply {
        try send(Array("GET \(path) HTTP/1.1\r\nHost: \(authority)\r\n\r\n".utf8))
        return try readReply()
    }

    private func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw BenchmarkError("send to \(authority) failed: errno \(errno)") }
            sent += count
        }
    }

    private func readReply() throws -> Reply {
        var headEnd = endOfHead()
        while headEnd == nil {
            try receive()
            headEnd = endOfHead()
        }
        let head = String(decoding: received[..<headEnd!], as: UTF8.self).split(separator: "\r\n")
        guard let statusLine = head.first, let status = statusLine.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else {
            throw BenchmarkError("not an HTTP reply from \(authority)")
        }
        var length = 0
        for line in head.dropFirst() {
            let field = line.split(separator: ":", maxSplits: 1)
            guard field.count == 2 else { continue }
            switch field[0].lowercased() {
            case "content-length": length = Int(field[1].trimmingCharacters(in: .whitespaces)) ?? 0
            case "transfer-encoding": throw BenchmarkError("a chunked reply from \(authority): only Content-Length is read")
            default: break
            }
        }
        let bodyStart = headEnd! + 4
        while received.count < bodyStart + length { try receive() }
        let body = Array(received[bodyStart..<bodyStart + length])
        received.removeFirst(bodyStart + length)
        return Reply(status: status, body: body)
    }

    /// Where the blank line ending the reply's head starts, if it has arrived.
    private func endOfHead() -> Int? {
        guard received.count >= 4 else { return nil }
        for index in 0...(received.count - 4)
        where received[index] == 13 && received[index + 1] == 10 && received[index + 2] == 13 && received[index + 3] == 10 {
            return index
        }
        return nil
    }

    private func receive() throws {
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { throw BenchmarkError("the connection to \(authority) closed: errno \(errno)") }
        received.append(contentsOf: chunk[..<count])
    }
}
