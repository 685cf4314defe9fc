import BundledStories
import ClassroomServer
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SaveGames
import StoryModel
import TestSupport

/// A classroom server on 127.0.0.1 (a free port) with its own saves folder, for one test.
final class TestServer: @unchecked Sendable {
    let saves: String
    let port: Int
    let teacherCode: String
    let story: Story
    private let task: Task<Void, Never>

    static let compiled = BundledStory.compile()

    init(saves existing: String? = nil, limits: Limits = Limits(), teacherCode: String = "test-teacher-code") async throws {
        self.teacherCode = teacherCode
        let saves = existing ?? TestFolders.make("classroom")
        try FileManager.default.createDirectory(atPath: saves, withIntermediateDirectories: true)
        guard let story = Self.compiled.story else { throw TestServerError.noStory }
        var configuration = ClassroomServer.Configuration(
            story: story, sourceTexts: Self.compiled.sources.texts, saves: SavesFolder(path: saves), host: "127.0.0.1", port: 0,
            teacherCode: teacherCode, limits: limits)
        configuration.logsErrors = false
        // The test process's signals are not the server's: SIGINT or SIGTERM stopping an
        // in-process server would show up as another test's "Couldn't connect".
        configuration.stopsOnSignals = false
        let server = ClassroomServer(configuration: configuration)
        let started = PortBox()
        task = Task { try? await server.run { port in started.set(port) } }
        var port = 0
        for _ in 0..<200 {
            if let bound = started.value { port = bound; break }
            try await Task.sleep(for: .milliseconds(25))
        }
        self.saves = saves
        self.story = story
        self.port = port
        guard port > 0 else {
            task.cancel()
            throw TestServerError.didNotStart
        }
    }

    /// Stops the server (every game is autosaved) and waits for it, at most ten seconds.
    func stop() async {
        task.cancel()
        let task = task
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await task.value }
            group.addTask { try? await Task.sleep(for: .seconds(10)) }
            await group.next()
            group.cancelAll()
        }
    }

    var url: String { "http://127.0.0.1:\(port)" }
}

enum TestServerError: Error { case noStory, didNotStart }

private final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var port: Int?
    var value: Int? { lock.withLock { port } }
    func set(_ port: Int) { lock.withLock { self.port = port } }
}

/// One browser: its own cookies and its own tab id, as a real browser would keep them.
final class Browser: @unchecked Sendable {
    let server: TestServer
    var cookies: [String: String] = [:]
    var tab: String
    private let session: URLSession

    struct Reply {
        var status: Int
        var body: String
        var headers: [String: String]
        var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]) ?? [:] }
        var html: String { json["html"] as? String ?? "" }
        var journal: String { json["journal"] as? String ?? "" }
        var error: String { json["error"] as? String ?? "" }
    }

    init(server: TestServer, tab: String = "tab" + UUID().uuidString.filter(\.isHexDigit).prefix(12).lowercased()) {
        self.server = server
        self.tab = tab
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        // Generous: with the machine loaded (CI's other tests waiting on processes hold the
        // cooperative threads of a two-core machine), an answer may wait a minute; bounded still.
        configuration.timeoutIntervalForRequest = 180
        session = URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
    }

    func get(_ path: String) async throws -> Reply {
        try await send(path, method: "GET", body: nil, type: nil)
    }

    func post(_ path: String, json: [String: String]) async throws -> Reply {
        try await send(path, method: "POST", body: try JSONSerialization.data(withJSONObject: json), type: "application/json")
    }

    func post(_ path: String, raw: Data, type: String) async throws -> Reply {
        try await send(path, method: "POST", body: raw, type: type)
    }

    func join(_ name: String) async throws -> Reply { try await post("/api/join", json: ["name": name, "tab": tab]) }
    func play(_ line: String) async throws -> Reply { try await post("/api/command", json: ["line": line, "tab": tab]) }

    /// Sends the request; on a refused connection (seen once on a loaded 2-core CI machine with
    /// several servers starting and stopping in parallel) waits a moment and tries once more, so
    /// the tests report the server's answers, not the machine's load.
    /// (Seen again in session 34's CI, after the one retry: now up to four, waiting 0.3, 0.6, 1.2
    /// and 2.4 s, bounded.)
    private func dataOnce(retrying request: URLRequest) async throws -> (Data, URLResponse) {
        var wait = 300
        for _ in 0..<4 {
            do {
                return try await session.data(for: request)
            } catch let error as NSError where error.domain == NSURLErrorDomain && (error.code == -1 || error.code == -1004) {
                try await Task.sleep(for: .milliseconds(wait))
                wait *= 2
            }
        }
        return try await session.data(for: request)
    }

    private func send(_ path: String, method: String, body: Data?, type: String?) async throws -> Reply {
        guard let url = URL(string: server.url + path) else { throw TestServerError.didNotStart }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        if let type { request.setValue(type, forHTTPHeaderField: "Content-Type") }
        if !cookies.isEmpty {
            request.setValue(cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "), forHTTPHeaderField: "Cookie")
        }
        let (data, response) = try await dataOnce(retrying: request)
        let http = response as? HTTPURLResponse
        var headers: [String: String] = [:]
        for (key, value) in http?.allHeaderFields ?? [:] {
            if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
        }
        if let setCookie = headers["set-cookie"], let pair = setCookie.split(separator: ";").first {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { cookies[parts[0]] = parts[1] }
        }
        return Reply(status: http?.statusCode ?? 0, body: String(decoding: data, as: UTF8.self), headers: headers)
    }
}

/// Lets a test see a redirect and its cookie instead of following it.
private final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
