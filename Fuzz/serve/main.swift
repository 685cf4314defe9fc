// Fuzz target: the classroom server's request handling. An input is up to eight requests,
// separated by a 0x1E byte, each written as HTTP/1 text: "METHOD /path" on the first line,
// "Name: value" header lines, an empty line, then the body. They go through the server's own
// router (its middleware, the student and teacher routes, the handlers, the games and saves
// behind them) as one browser would send them, cookies kept from earlier answers; every request
// must be answered (an error status is an answer), never crash, hang or be reported by
// AddressSanitizer. SwiftNIO's HTTP parser is not in the loop: Hummingbird's `Request` is built
// from the parts directly. Each input starts with an empty class (every game closed, the saves
// folder emptied).
import Dispatch
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
@testable import ClassroomServer
import SaveGames

import StoryCompiler
import StoryModel

nonisolated(unsafe) let folder: String = {
    let path = NSTemporaryDirectory() + "elbe-fuzz-serve-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()
nonisolated(unsafe) let compiled = StoryCompiler.compile(path: "Stories/elbe.story")
nonisolated(unsafe) let story: Story = {
    guard let story = compiled.story else { fatalError("fuzz: run from the repository root") }
    return story
}()
// The router as `ClassroomServer.run` builds it.
nonisolated(unsafe) let classroom = Classroom(story: story, sourceTexts: compiled.sources.texts, saves: SavesFolder(path: folder), limits: Limits())
nonisolated(unsafe) let responder: RouterResponder<BasicRequestContext> = {
    let router = Router()
    router.add(middleware: SecurityHeaders())
    StudentRoutes(classroom: classroom, limits: Limits()).add(to: router)
    TeacherRoutes(classroom: classroom, desk: TeacherDesk(code: "fuzz-teacher", folder: folder), limits: Limits(),
                  records: StudentRecords(saves: SavesFolder(path: folder), story: story,
                                          stamp: StoryStamp(story: story, sourceTexts: compiled.sources.texts)))
        .add(to: router)
    return router.buildResponder()
}()
nonisolated(unsafe) let channel = EmbeddedChannel()
/// `FUZZ_SERVE_TRACE=1` prints each request's method, path and answer's status (for writing seeds).
let tracing = ProcessInfo.processInfo.environment["FUZZ_SERVE_TRACE"] == "1"

/// One request of an input: method, path, headers and body, read leniently.
func request(_ bytes: ArraySlice<UInt8>, cookies: [String: String]) -> Request? {
    let text = String(decoding: bytes, as: UTF8.self)
    let (head, body) = text.range(of: "\n\n").map { (text[..<$0.lowerBound], text[$0.upperBound...]) } ?? (text[...], "")
    var lines = head.split(separator: "\n", omittingEmptySubsequences: false)
    guard !lines.isEmpty else { return nil }
    let first = lines.removeFirst().split(separator: " ", maxSplits: 1)
    guard first.count == 2, let method = HTTPRequest.Method(String(first[0])) else { return nil }
    var fields = HTTPFields()
    for line in lines {
        guard let colon = line.firstIndex(of: ":"), let name = HTTPField.Name(String(line[..<colon])) else { continue }
        fields.append(HTTPField(name: name, value: String(line[line.index(after: colon)...].drop { $0 == " " })))
    }
    if fields[.cookie] == nil, !cookies.isEmpty {
        fields[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }
    let head2 = HTTPRequest(method: method, scheme: "http", authority: "localhost", path: String(first[1]), headerFields: fields)
    return Request(head: head2, body: RequestBody(buffer: ByteBuffer(string: String(body))))
}

func play(_ input: [UInt8]) async {
    var cookies: [String: String] = [:]
    for part in input.split(separator: 0x1E, maxSplits: 7, omittingEmptySubsequences: true) {
        guard let request = request(part, cookies: cookies) else { continue }
        let context = BasicRequestContext(source: ApplicationRequestContextSource(channel: channel, logger: Logger(label: "fuzz")))
        let response: Response
        do {
            response = try await responder.respond(to: request, context: context)
        } catch {
            // The server answers an HTTPError with its status, anything else with 500.
            if tracing { print(request.method, request.uri, "→", (error as? HTTPError)?.status.code ?? 500) }
            continue
        }
        if tracing { print(request.method, request.uri, "→", response.status.code) }
        for value in response.headers[values: .setCookie] {
            let pair = value.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
        }
    }
    await classroom.closeAll()
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
        try? FileManager.default.removeItem(atPath: folder + "/" + name)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let done = DispatchSemaphore(value: 0)
    Task { await play(input); done.signal() }
    done.wait()
    return 0
}
