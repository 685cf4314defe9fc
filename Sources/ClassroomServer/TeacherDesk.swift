import Foundation

/// The teacher code and the browsers that gave it (kept in the saves folder, so a restarted
/// server still knows them).
actor TeacherDesk {
    private let code: String
    private var logins: TeacherLogins
    private var cachedReport: (version: Int, json: String)?
    /// When the next report may be read: reading every student's saves takes a while (about
    /// half a second for 60 students), so it is done at most a fifth of the time, and the live
    /// table follows a busy class every few seconds instead of taking the cores from the students.
    private var nextReport = ContinuousClock.now

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

    /// True when a new report may be read now.
    func reportIsDue(now: ContinuousClock.Instant = .now) -> Bool {
        now >= nextReport
    }

    /// Keeps a report read for `version`, which took `duration` to read.
    func keep(report json: String, version: Int, took duration: Duration = .zero, now: ContinuousClock.Instant = .now) {
        cachedReport = (version, json)
        nextReport = now + duration * 4
    }
}
