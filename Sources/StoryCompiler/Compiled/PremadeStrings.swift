#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The strings of a compiled form that are not made in place (`SmallASCII`: longer than 15 bytes,
/// or not ASCII), in the order `CompactReader` first reads them, made at build time as string
/// literals of the binary (`EmbedStoriesTool`, `BundledStoryFiles.premadeStrings`): a literal is a
/// `String` already, with its bytes where the literal lies, so reading the form takes it instead of
/// checking the bytes as UTF-8 and copying them to the heap. For the Elbe story about 1,760 strings
/// and 0.9 M instructions at every start (docs/performance.md, "Start-up, twenty-second round").
///
/// Each is taken only when its bytes are the very bytes of the form (a comparison of memory): a
/// list made for another form, or cut short, is left at its first mismatch and the rest decoded as
/// usual, so a wrong list costs time, never a wrong story.
package struct PremadeStrings {
    private var strings: [String]
    private var next = 0
    /// The strings decoded because none was premade, in order: what `record` was asked to keep.
    private(set) var recorded: [String]?

    /// None: every string decoded.
    package init() {
        strings = []
    }

    /// `strings`, taken in order.
    package init(_ strings: [String]) {
        self.strings = strings
    }

    /// None, and every string decoded kept in `recorded` (how `EmbedStoriesTool` makes the list).
    static func recording() -> PremadeStrings {
        var made = PremadeStrings()
        made.recorded = []
        return made
    }

    /// The next premade string when its bytes are `stored`; else `stored` decoded, and no premade
    /// string taken after this one.
    mutating func next(matching stored: UnsafeBufferPointer<UInt8>) -> String {
        if next < strings.count {
            let made = strings[next]
            if Self.bytes(of: made, are: stored) {
                next += 1
                return made
            }
            strings = []
        }
        let string = String(decoding: stored, as: UTF8.self)
        recorded?.append(string)
        return string
    }

    private static func bytes(of string: String, are stored: UnsafeBufferPointer<UInt8>) -> Bool {
        guard string.utf8.count == stored.count else { return false }
        return string.utf8.withContiguousStorageIfAvailable { own in
            guard let ownBase = own.baseAddress, let storedBase = stored.baseAddress else { return own.count == stored.count }
            return memcmp(ownBase, storedBase, stored.count) == 0
        } ?? false
    }
}
