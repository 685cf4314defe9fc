/// The text of every file a compilation read, so diagnostics can quote their lines.
public struct SourceManager: Sendable {
    private var files: [String: [Substring]] = [:]
    /// The decoded text of each file, in the order the files were read.
    public private(set) var texts: [String] = []
    /// The path of each file, in the order the files were read (the main file first).
    public private(set) var fileNames: [String] = []
    /// Lines the compiler read as text though they start like an effect (`set bored`), so a
    /// check that finds the flag never set can point at them.
    public var textLikeEffects: [TextReadLikeEffect] = []

    public init() {}

    /// How many lines a file has (0 for a file not read).
    public func lineCount(of file: String) -> Int {
        files[file]?.count ?? 0
    }

    /// Records a file's decoded text.
    public mutating func add(file: String, text: String) {
        files[file] = text.linesAtLineFeeds()
        texts.append(text)
        fileNames.append(file)
    }

    /// The text of a line (1-based) without its line break, or nil if unknown.
    public func line(_ number: Int, of file: String) -> String? {
        guard let lines = files[file], number >= 1, number <= lines.count else { return nil }
        var line = lines[number - 1]
        if line.last == "\r" { line = line.dropLast() }
        return String(line)
    }
}
