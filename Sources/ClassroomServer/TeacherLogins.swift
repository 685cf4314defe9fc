import Foundation

/// The teacher's browsers that gave the code, kept in the saves folder (`.teacher-logins`, readable
/// by its owner only) so that restarting the server does not log the teacher out.
///
/// Each login is kept with the fingerprint of the code it was given for: starting the server with
/// another `--teacher-code` logs every browser out. A login lasts `lifetime` (a week); at most
/// `limit` are kept. A file that cannot be read or written is treated as empty: the teacher types
/// the code again, nothing else changes.
struct TeacherLogins {
    struct Login: Codable, Equatable {
        var token: String
        var since: Date
    }

    private struct Document: Codable {
        var code: String
        var logins: [Login]
    }

    let path: String?
    let codeFingerprint: String
    private(set) var logins: [Login] = []

    static let fileName = ".teacher-logins"
    static let lifetime: TimeInterval = 7 * 24 * 3600
    static let limit = 100

    /// Reads the logins kept for this code; `folder` nil keeps them in memory only.
    init(folder: String?, code: String, now: Date = Date()) {
        path = folder.map { $0 + "/" + Self.fileName }
        codeFingerprint = Self.fingerprint(code)
        guard let path, let data = PrivateFile.read(path),
              let document = try? Self.decoder.decode(Document.self, from: data),
              document.code == codeFingerprint else { return }
        logins = document.logins.filter { now.timeIntervalSince($0.since) < Self.lifetime && $0.token.count == 32 }
    }

    func contains(_ token: String) -> Bool {
        logins.contains { Secrets.constantTimeEqual($0.token, token) }
    }

    /// Adds a login and writes the file (temporary file and rename, so it is never torn).
    mutating func add(_ token: String, now: Date = Date()) {
        logins.append(Login(token: token, since: now))
        if logins.count > Self.limit { logins.removeFirst(logins.count - Self.limit) }
        guard let path, let data = try? Self.encoder.encode(Document(code: codeFingerprint, logins: logins)) else { return }
        PrivateFile.write(data, to: path)
    }

    /// A stable fingerprint of the code (64-bit FNV-1a), so the file never holds the code itself.
    static func fingerprint(_ code: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ("elbe-teacher:" + code).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
