/// The text of every file a compilation read, so diagnostics can quote their lines.
public struct SourceManager: Sendable {
    private var files: [String: SourceLines] = [:]
    /// The decoded text of each file, in the order the files were read.
    public private(set) var texts: [String] = []
    /// The path of each file, in the order the files were read (the main file first).
    public private(set) var fileNames: [String] = []
    /// Lines the compiler read as text though they start like an effect (`set bored`), so a
    /// check that finds the flag never set can point at them.
    public var textLikeEffects: [TextReadLikeEffect] = []

    public init() {}

    /// Where each line of a file ends, as `String.lineEndsAndPlainASCII(marking:)` finds them
    /// (none for a file not read).
    func lineEnds(of file: String) -> [Int] {
        files[file]?.split.ends ?? []
    }

    /// For each line of a file, whether it is ASCII without a carriage return (its final one
    /// aside), as `String.lineEndsAndPlainASCII(marking:)` found it beside the line ends.
    func plainASCII(of file: String) -> [Bool] {
        files[file]?.split.plainASCII ?? []
    }

    /// How many lines a file has (0 for a file not read).
    public func lineCount(of file: String) -> Int {
        files[file]?.split.ends.count ?? 0
    }

    /// Records a file's decoded text, split into lines at once (the compiler reads them next).
    public mutating func add(file: String, text: String) {
        let lines = SourceLines(text)
        _ = lines.split
        record(lines, file: file, text: text)
    }

    /// Records a file's decoded text whose lines are split only when one is first asked for: a
    /// story read from its compiled form quotes a line only for a diagnostic, and splitting the
    /// bundled story's 3,000 lines was 1.7 M of the 20.6 M instructions from start to the first
    /// prompt (docs/performance.md, "Start-up, eighth round").
    public mutating func addUnsplit(file: String, text: String) {
        record(SourceLines(text), file: file, text: text)
    }

    private mutating func record(_ lines: SourceLines, file: String, text: String) {
        files[file] = lines
        texts.append(text)
        fileNames.append(file)
    }

    /// The text of a line (1-based) without its line break, or nil if unknown.
    public func line(_ number: Int, of file: String) -> String? {
        guard var line = files[file]?.line(number) else { return nil }
        if line.last == "\r" { line = line.dropLast() }
        return String(line)
    }

    /// A file's text, where its lines end and which are plain ASCII (`SourceLines.split`), for
    /// reading many lines of one file on their bytes (`LintContext.find`): the file looked up and
    /// its lines' table reached once, not for every line. Nil for a file not read.
    package func lineTable(of file: String) -> (text: String, ends: [Int], plainASCII: [Bool])? {
        guard let lines = files[file] else { return nil }
        let split = lines.split
        return (lines.text, split.ends, split.plainASCII)
    }

    /// The bytes of a line (1-based) as `line(_:of:)` gives it, without copying them, when the
    /// line is ASCII without a carriage return (a byte is a Character); nil otherwise.
    func plainASCIILine(_ number: Int, of file: String) -> Substring.UTF8View? {
        guard let lines = files[file], number >= 1, number <= lines.split.plainASCII.count,
              lines.split.plainASCII[number - 1], var line = lines.line(number) else { return nil }
        if line.utf8.last == 0x0D { line = line.dropLast() }
        return line.utf8
    }
}
