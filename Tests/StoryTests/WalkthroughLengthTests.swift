import Foundation
import Testing
import TestSupport

/// The best walkthrough is a first play that fits a class period: at most 5,000 printed words,
/// and no reply taller than a 24-row screen at 80 columns, except the journal.
@Suite struct WalkthroughLengthTests {
    static let path = Fixtures.repositoryRoot() + "/Tests/TranscriptTests/Walkthroughs/elbe-best.transcript"

    /// Each command of the golden transcript with the reply printed to it; the opening comes
    /// first, with an empty command.
    static func replies() throws -> [(command: String, reply: [String])] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")[...]
        while let line = lines.first, !line.isEmpty { lines = lines.dropFirst() }
        var replies: [(command: String, reply: [String])] = [("", [])]
        for line in lines.dropFirst() {
            if line.hasPrefix("> ") {
                replies.append((String(line.dropFirst(2)), []))
            } else {
                replies[replies.count - 1].reply.append(line)
            }
        }
        return replies.map { ($0.command, Array($0.reply.reversed().drop { $0.isEmpty }.reversed())) }
    }

    static func isJournal(_ command: String) -> Bool {
        command.split(separator: " ").first.map { ["journal", "j", "facts", "notes"].contains($0) } ?? false
    }

    @Test("the best walkthrough prints at most 5,000 words, not counting the journal")
    func wordCount() throws {
        let words = try Self.replies().filter { !Self.isJournal($0.command) }
            .reduce(0) { $0 + $1.reply.joined(separator: " ").split(whereSeparator: \.isWhitespace).count }
        #expect(words <= 5_000, "the best walkthrough prints \(words) words")
        #expect(words > 1_000, "the walkthrough was read: \(words) words")
    }

    @Test("no reply on the best walkthrough is taller than 24 lines, except the journal")
    func replyHeight() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        #expect(text.contains("\nwidth: 80\n"), "the walkthrough is recorded at 80 columns")
        for (command, reply) in try Self.replies() where !Self.isJournal(command) {
            #expect(reply.count <= 24, "'\(command)' prints \(reply.count) lines")
            #expect(reply.allSatisfy { $0.count <= 80 }, "'\(command)' prints a line wider than 80 columns")
        }
    }

    @Test("the walkthrough numbers facts 1 to 42 in order, and journal N and score agree")
    func factNumbers() throws {
        let replies = try Self.replies()
        let labels = replies.flatMap(\.reply).compactMap { line -> Int? in
            guard line.hasPrefix("[Fact "), let slash = line.firstIndex(of: "/") else { return nil }
            return Int(line[line.index(line.startIndex, offsetBy: 6)..<slash])
        }
        #expect(labels == Array(1...42))
        let journal9 = try #require(replies.first { $0.command == "journal 9" })
        #expect(journal9.reply.first == "Journal: fact 9 of the 42 you have found (42 in the story)")
        let labelled9 = try #require(replies.flatMap(\.reply).first { $0.hasPrefix("[Fact 9/42] ") })
        let title = labelled9.dropFirst("[Fact 9/42] ".count)
        #expect(journal9.reply.contains("9. " + title), "journal 9 shows the fact labelled 9")
        let score = try #require(replies.first { $0.command == "score" })
        #expect(score.reply.first?.hasPrefix("You have unlocked 42 of 42 facts") == true)
    }
}
