import Foundation
import TestSupport

/// Runs the built `elbe-adventure` binary as a user would, with piped input.
enum CLIRunner {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static var binary: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().path + "/elbe-adventure"
    }

    static let root = Fixtures.repositoryRoot()

    /// Runs the binary with arguments and standard input; waits for it to finish.
    static func run(_ arguments: [String], input: String = "", in directory: String? = nil,
                    environment: [String: String] = [:], executable: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? root)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["ELBE_SAVES"] = nil
        env["COLUMNS"] = nil
        env["TZ"] = "UTC"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                      errors: String(decoding: errors, as: UTF8.self))
    }

    static func temporaryFolder() -> String {
        TestFolders.make("elbe-cli-tests")
    }
}
