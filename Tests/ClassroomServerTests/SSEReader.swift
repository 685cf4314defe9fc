import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads server-sent events over a plain loopback socket, each read bounded by a timeout.
final class SSEReader: @unchecked Sendable {
    private let socket: Int32
    private var buffer = ""

    private init(socket: Int32) {
        self.socket = socket
    }

    static func open(_ url: String, cookie: String) async throws -> SSEReader {
        guard let components = URLComponents(string: url), let port = components.port else { throw SSEError.badAddress }
        let request = "GET \(components.path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nCookie: \(cookie)\r\nAccept: text/event-stream\r\n\r\n"
        return SSEReader(socket: try connectAndSend(port: port, request))
    }

    /// Connects to the port on 127.0.0.1 and sends the text; returns the socket.
    static func connectAndSend(port: Int, _ text: String) throws -> Int32 {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw SSEError.cannotConnect }
        // Generous (bounded): on a loaded two-core machine an event may wait behind other tests for a minute.
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            Glibc.close(fd)
            throw SSEError.cannotConnect
        }
        _ = text.withCString { send(fd, $0, strlen($0), 0) }
        return fd
    }

    /// The data of the next `report` event; throws when none comes within the timeout. The
    /// blocking reads run on a thread of their own: on Swift's concurrency pool (one thread per
    /// core here) they would starve the in-process server they wait for.
    func nextEvent() async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try self.blockingNextEvent() })
            }
        }
    }

    private func blockingNextEvent() throws -> String {
        for _ in 0..<20 {
            if let start = buffer.range(of: "event: report\n"), let end = buffer.range(of: "\n\n", range: start.upperBound..<buffer.endIndex) {
                let event = String(buffer[start.upperBound..<end.lowerBound])
                buffer = String(buffer[end.upperBound...])
                return event.split(separator: "\n").map { $0.hasPrefix("data: ") ? String($0.dropFirst(6)) : String($0) }
                    .joined(separator: "\n")
            }
            var bytes = [UInt8](repeating: 0, count: 65536)
            let count = recv(socket, &bytes, bytes.count, 0)
            // A signal to the test process (another test's child exiting) is no end of the stream.
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw SSEError.noEvent }
            buffer += String(decoding: bytes[0..<count], as: UTF8.self)
        }
        throw SSEError.noEvent
    }

    func close() {
        Glibc.close(socket)
    }
}

enum SSEError: Error { case badAddress, cannotConnect, noEvent }
