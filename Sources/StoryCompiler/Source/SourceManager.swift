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
    /// For each line of each file, whether it is ASCII without a carriage return (its final one
    /// aside), so that a byte is a Character: found once per file, so quoting a line under each of
    /// its diagnostics does not scan the whole line again.
    private var plainASCII: [String: [Bool]] = [:]

    public init() {}

    /// How many lines a file has (0 for a file not read).
    public func lineCount(of file: String) -> Int {
        files[file]?.count ?? 0
    }

    /// Records a file's decoded text.
    public mutating func add(file: String, text: String) {
        let lines = text.linesAtLineFeeds()
        files[file] = lines
        plainASCII[file] = text.plainASCIILineFlags()
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

    /// The bytes of a line (1-based) as `line(_:of:)` gives it, without copying them, when the
    /// line is ASCII without a carriage return (a byte is a Character); nil otherwise.
    func plainASCIILine(_ number: Int, of file: String) -> Substring.UTF8View? {
        guard let lines = files[file], let plain = plainASCII[file], number >= 1, number <= lines.count,
              plain[number - 1] else { return nil }
        var line = lines[number - 1]
        if line.utf8.last == 0x0D { line = line.dropLast() }
        return line.utf8
    }
}
