import Foundation

/// The teacher code and the browsers that gave it (kept in the saves folder, so a restarted
/// server still knows them).
actor TeacherDesk {
    private let code: String
    private var logins: TeacherLogins
    private var cachedReport: (version: Int, json: String)?

    /// - Parameter folder: the saves folder, where the logins are kept; nil keeps them in memory.
    init(code: String, folder: String? = nil) {
        self.code = code
        logins = TeacherLogins(folder: folder, code: code)
    }

    /// A new token for a browser that gave the right code; nil for a wrong one. The code is
    /// compared in constant time.
    func logIn(code attempt: String) -> String? {
        guard Secrets.constantTimeEqual(attempt, code) else { return nil }
        let token = Secrets.token()
        logins.add(token)
        return token
    }

    func isTeacher(_ token: String?) -> Bool {
        guard let token else { return false }
        return logins.contains(token)
    }

    func report(version: Int) -> String? {
        cachedReport.flatMap { $0.version == version ? $0.json : nil }
    }

    func keep(report json: String, version: Int) {
        cachedReport = (version, json)
    }
}
