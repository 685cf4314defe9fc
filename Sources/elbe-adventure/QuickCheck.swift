/// The plain `check` command lines, read without the argument parser.
///
/// swift-argument-parser learns the commands' options by reflection the first time it parses:
/// 18 M instructions, a tenth of `check` of a 600-room story (docs/performance.md, "Compile,
/// sixth round"). `check STORY… [--no-color] [--warnings-as-errors] [--format text|json]` is read
/// here; anything else (help, `--option=value`, a repeated or unknown option, a missing or unknown
/// format, no story, a story named like a command or starting with `-`) is left to the argument
/// parser, so what an author sees, errors and help included, is the parser's.
struct QuickCheck {
    var stories: [String] = []
    var noColor = false
    var warningsAsErrors = false
    var format: CheckCommand.Format = .text

    /// The check options of a plain command line (without the program's name), or nil when the
    /// argument parser must read it.
    static func options<Arguments: Collection<String>>(_ arguments: Arguments) -> QuickCheck? {
        var rest = arguments[...]
        guard rest.popFirst() == "check" else { return nil }
        var options = QuickCheck()
        // The options met, compared in a list rather than a set: a set of strings would cost its
        // first-use instantiation (0.55 M instructions).
        var seen: [String] = []
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else {
                // `help` the argument parser might read as asking for help.
                guard !argument.isEmpty, argument != "help" else { return nil }
                options.stories.append(argument)
                continue
            }
            guard !seen.contains(argument) else { return nil }
            seen.append(argument)
            switch argument {
            case "--no-color": options.noColor = true
            case "--warnings-as-errors": options.warningsAsErrors = true
            case "--format":
                guard let value = rest.popFirst(), let format = CheckCommand.Format(rawValue: value) else { return nil }
                options.format = format
            default: return nil
            }
        }
        return options.stories.isEmpty ? nil : options
    }

    func run() -> Never {
        CheckCommand.check(stories, noColor: noColor, warningsAsErrors: warningsAsErrors, format: format)
    }
}
