import Foundation

/// The teacher code and the browsers that gave it.
actor TeacherDesk {
    private let code: String
    private var tokens: Set<String> = []
    private var cachedReport: (version: Int, json: String)?

    init(code: String) {
        self.code = code
    }

    /// A new token for a browser that gave the right code; nil for a wrong one. The code is
    /// compared in constant time.
    func logIn(code attempt: String) -> String? {
        guard Secrets.constantTimeEqual(attempt, code) else { return nil }
        let token = Secrets.token()
        tokens.insert(token)
        return token
    }

    func isTeacher(_ token: String?) -> Bool {
        guard let token else { return false }
        return tokens.contains { Secrets.constantTimeEqual($0, token) }
    }

    func report(version: Int) -> String? {
        cachedReport.flatMap { $0.version == version ? $0.json : nil }
    }

    func keep(report json: String, version: Int) {
        cachedReport = (version, json)
    }
}
