import Foundation
import Hummingbird

/// Building responses and reading bodies, with the limits applied.
enum Responses {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Self.text(text, type: "text/html; charset=utf-8", status: status)
    }

    static func text(_ text: String, type: String = "text/plain; charset=utf-8", status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// JSON written by hand (see `JSONText`).
    static func json(text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A JSON `{"error": …}` with a sentence for the student.
    static func error(_ message: String, status: HTTPResponse.Status) -> Response {
        json(["error": message], status: status)
    }

    /// Reads and decodes a JSON body of at most `limit` bytes.
    /// - Parameter anyType: accept any Content-Type (the page's farewell beacon); otherwise only
    ///   `application/json`, which another site's form cannot send without the browser asking.
    /// - Throws: `HTTPError` 413 when it is larger, 415 when it is not JSON, 400 when it is not
    ///   the JSON expected.
    static func decode<Value: Decodable>(_ type: Value.Type, from request: Request, limit: Int, anyType: Bool = false) async throws -> Value {
        if !anyType, request.headers[.contentType]?.lowercased().hasPrefix("application/json") != true {
            throw HTTPError(.unsupportedMediaType, message: "Requests must be JSON.")
        }
        var request = request
        let buffer = try await request.collectBody(upTo: limit)
        do {
            return try JSONDecoder().decode(type, from: Data(buffer.readableBytesView))
        } catch {
            throw HTTPError(.badRequest, message: "The request could not be read.")
        }
    }

    /// Reads a form body (`application/x-www-form-urlencoded`) of at most `limit` bytes.
    static func form(from request: Request, limit: Int) async throws -> [String: String] {
        var request = request
        let buffer = try await request.collectBody(upTo: limit)
        var fields: [String: String] = [:]
        for pair in String(decoding: buffer.readableBytesView, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        return fields
    }

    /// A query parameter, percent-decoded.
    static func query(_ name: String, in request: Request) -> String? {
        URLComponents(string: "http://x" + request.uri.description)?.queryItems?.first { $0.name == name }?.value
    }
}
