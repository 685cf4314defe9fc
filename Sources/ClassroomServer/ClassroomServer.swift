import Foundation
import Hummingbird
import ServiceLifecycle
import Logging
import SaveGames
import StoryModel

/// `elbe-adventure serve`: the class's game server. Students play in their browsers with the same
/// engine, saves folder and save format as the terminal game; the teacher watches at `/teacher`.
public struct ClassroomServer: Sendable {
    public struct Configuration: Sendable {
        public var story: Story
        /// The story's source files, for the stamp that tells a revised story from the saved one.
        public var sourceTexts: [String]
        public var saves: SavesFolder
        public var host: String
        /// The port; 0 picks a free one (for tests).
        public var port: Int
        public var teacherCode: String
        public var limits: Limits
        /// Whether the server's own errors are logged on standard error (tests turn it off).
        public var logsErrors = true
        /// Whether SIGINT and SIGTERM stop the server gracefully. Signals belong to the process:
        /// `serve` takes them; a server run inside another program (the tests) must leave them
        /// alone, or a signal meant for anything else in that process would stop every server in it.
        public var stopsOnSignals = true

        public init(story: Story, sourceTexts: [String], saves: SavesFolder, host: String = "127.0.0.1", port: Int = 8080,
                    teacherCode: String, limits: Limits = Limits()) {
            self.story = story
            self.sourceTexts = sourceTexts
            self.saves = saves
            self.host = host
            self.port = port
            self.teacherCode = teacherCode
            self.limits = limits
        }
    }

    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// A teacher code for when none is given.
    public static func generateTeacherCode() -> String {
        Secrets.teacherCode()
    }

    /// The code for when none is given: the one made at the last start with this saves folder
    /// (kept there as `.teacher-code`, readable by its owner only), so a restart keeps the code
    /// and the teacher's login; else a new one, kept for next time. The saves folder is made first
    /// when it is not there yet, so the code of the very first start is kept too.
    public static func rememberedTeacherCode(in saves: SavesFolder) -> String {
        try? saves.ensureExists()
        let path = saves.path + "/.teacher-code"
        if let text = PrivateFile.read(path, limit: 200).map({ String(decoding: $0, as: UTF8.self) }) {
            let code = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if (6...100).contains(code.count), !code.contains(where: \.isWhitespace) { return code }
        }
        return keptTeacherCode(Secrets.teacherCode(), in: saves)
    }

    /// A code given with `--teacher-code`, kept as the saves folder's code, so that a later start
    /// without one uses it rather than an older code (a blind teacher changed a code the class had
    /// seen on the projector, and the next plain restart brought the old one back).
    @discardableResult
    public static func keptTeacherCode(_ code: String, in saves: SavesFolder) -> String {
        try? saves.ensureExists()
        PrivateFile.write(Data((code + "\n").utf8), to: saves.path + "/.teacher-code")
        return code
    }

    /// Serves until the task is cancelled or (with `stopsOnSignals`) the process gets SIGINT or
    /// SIGTERM; every game is autosaved as the server stops.
    /// - Parameter onRunning: called with the port once the server listens.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let classroom = Classroom(story: configuration.story, sourceTexts: configuration.sourceTexts,
                                  saves: configuration.saves, limits: configuration.limits)
        let teachers = TeacherDesk(code: configuration.teacherCode, folder: configuration.saves.path)
        let router = Router()
        router.add(middleware: SecurityHeaders())
        StudentRoutes(classroom: classroom, limits: configuration.limits).add(to: router)
        TeacherRoutes(classroom: classroom, desk: teachers, limits: configuration.limits,
                      records: StudentRecords(saves: configuration.saves, story: configuration.story,
                                              stamp: StoryStamp(story: configuration.story, sourceTexts: configuration.sourceTexts)))
            .add(to: router)
        var logger = Logger(label: "elbe-adventure.serve")
        logger.logLevel = configuration.logsErrors ? .error : .critical
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
        let sweeper = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(2))
                await classroom.closeIdle(now: Date())
            }
        }
        defer { sweeper.cancel() }
        do {
            // The watcher comes last, so it is told of the shutdown first (a service group stops its
            // services in reverse order) and the live streams end before the server waits on them.
            let group = ServiceGroup(configuration: .init(
                services: [app, ShutdownWatcher(classroom: classroom)],
                gracefulShutdownSignals: configuration.stopsOnSignals ? [.sigterm, .sigint] : [], logger: logger))
            try await group.run()
        } catch {
            await classroom.closeAll()
            throw error
        }
        await classroom.closeAll()
    }
}
