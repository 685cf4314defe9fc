import ArgumentParser
import ClassroomServer
import Dispatch
import Foundation
import SaveGames
import TerminalFrontEnd

/// `elbe-adventure serve [STORY]`: the classroom server.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the game to a class: students play in their browsers, the teacher watches at /teacher.",
        discussion: "Students use the same saves folder and save format as the terminal game, so a game begun in one continues in the other. Stop the server with Ctrl-C: every game is saved first."
    )

    @Argument(help: "A story file to serve instead of the bundled one.", completion: .file(extensions: ["story"]))
    var story: String?

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "The address to listen on: 127.0.0.1 (this computer only, the default) or 0.0.0.0 (the classroom's network).")
    var bind: String = "127.0.0.1"

    @Option(help: "The saves folder (default as for play).", completion: .directory)
    var saves: String?

    @Option(name: .customLong("teacher-code"), help: "The code for the teacher's view, kept for later starts (default: the code of the last start with this saves folder, else a new random one; printed at start).")
    var teacherCode: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        if let teacherCode, teacherCode.count < 6 || teacherCode.count > 100 || teacherCode.contains(where: \.isWhitespace) {
            throw ValidationError("--teacher-code must be 6 to 100 characters with no spaces")
        }
    }

    func run() throws {
        let result = try loadStory(story)
        guard let compiled = result.story else { return }
        let folder = SavesFolder.resolve(option: saves)
        // A forgotten or mistyped --saves served an empty class without a word, and open tabs
        // joined it (session 35's teacher): an empty folder is said at once, with where saves are.
        let emptyClass = FileSystemListing.playerFolders(in: folder).isEmpty
            ? "No student has saves in this folder yet. \(ClassFolder.elsewhere(than: folder))" : nil
        let code = teacherCode.map { ClassroomServer.keptTeacherCode($0, in: folder) } ?? ClassroomServer.rememberedTeacherCode(in: folder)
        let server = ClassroomServer(configuration: .init(
            story: compiled, sourceTexts: result.sources.texts, saves: folder, host: bind, port: port, teacherCode: code))
        let host = bind
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        let registration = RegistrationBox()
        defer { registration.value?.end() }
        Task {
            do {
                try await server.run { port in
                    let everywhere = host == "0.0.0.0" || host == "::"
                    let shown = everywhere ? (NetworkAddresses.local().first ?? "THIS-COMPUTER") : (host.contains(":") ? "[\(host)]" : host)
                    var lines = ["Serving '\(compiled.metadata.title)'. Students open: http://\(shown):\(port)/",
                                 "Teacher's view: http://\(shown):\(port)/teacher  (teacher code: \(code))",
                                 "Saves folder: \(folder.path)"]
                    if everywhere {
                        let others = NetworkAddresses.local().dropFirst().map { "http://\($0):\(port)/" }
                        lines.append("Listening on every network interface: the whole classroom network can connect."
                                     + (others.isEmpty ? "" : " This computer can also be reached at " + others.joined(separator: ", ") + "."))
                    } else if host == "127.0.0.1" || host == "::1" || host == "localhost" {
                        lines.append("Only this computer can connect. To serve a classroom, start with --bind 0.0.0.0.")
                    }
                    if let emptyClass { lines.insert(emptyClass, at: 3) }
                    // A second server on the same class splits the students between two addresses:
                    // said right under the saves folder, not after the last line (session 35's teacher).
                    let others = RunningServers.others(in: folder)
                    if !others.isEmpty {
                        lines.insert("Note: another server is already serving this saves folder, at " + others.joined(separator: " and ")
                                     + ". Students who open that address play there (both keep their games in this folder);"
                                     + " unless you mean to run two, stop one of them with Ctrl-C in its window.", at: 3)
                    }
                    lines.append("Press Ctrl-C to stop; every game is saved first.")
                    registration.value = RunningServers.register(address: "http://\(shown):\(port)/", in: folder)
                    writeAll(lines.joined(separator: "\n") + "\n", to: STDOUT_FILENO)
                }
            } catch {
                failure.message = "\(error)".contains("Address already in use")
                    ? "Port \(port) is already in use on \(host): another server is running there. Choose another port with --port."
                    : "The server could not run on \(host):\(port): \(error)"
            }
            finished.signal()
        }
        finished.wait()
        if let message = failure.message {
            var standardError = StandardError()
            print(message, to: &standardError)
            throw ExitCode(1)
        }
        writeAll("The server has stopped; every game is saved.\n", to: STDOUT_FILENO)
    }
}

/// Holds the note that this server runs on its saves folder (`RunningServers`) until it stops.
private final class RegistrationBox: @unchecked Sendable {
    var value: RunningServers.Registration?
}

/// Carries a failure out of the server's task.
private final class FailureBox: @unchecked Sendable {
    var message: String?
}
