/// Reads values written by `CompactEncoder`, strictly in the order they were written.
///
/// Decoding walks the bytes once, front to back, checking each key against the one the value's
/// `init(from:)` asks for, so a form written by an older model (a field added, renamed or
/// reordered) fails with a `CompactFormError` instead of producing a different value. Keyed
/// containers must be read in the order they were written, which synthesized `Codable` does.
///
/// - Complexity: O(n) in the length of the form.
final class CompactDecoder {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    private var strings: [String] = []

    /// A reader over `bytes`, which must stay valid while it is used.
    init(bytes: UnsafeBufferPointer<UInt8>, position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// Reads the next value.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: CompactValueDecoder(reader: self))
    }

    /// Checks that the next bytes are `literal` and skips them.
    func expect(_ literal: String) throws {
        for byte in literal.utf8 {
            guard position < bytes.count, bytes[position] == byte else { throw failure("expected '\(literal)'") }
            position += 1
        }
    }

    func failure(_ what: String) -> CompactFormError {
        CompactFormError("the compiled form is unreadable at byte \(position): \(what)")
    }

    func readNumber() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if CompactText.lastDigit.contains(byte) {
                return result | UInt64(byte - 0x30) << shift
            }
            guard CompactText.moreDigit.contains(byte), shift < 60 else { throw failure("expected a number") }
            result |= UInt64(byte - 0x50) << shift
            shift += 5
        }
        throw failure("the form ends inside a number")
    }

    func readInt() throws -> Int {
        let value = CompactText.unzigzag(try readNumber())
        guard let int = Int(exactly: value) else { throw failure("number out of range") }
        return int
    }

    func readInteger<T: FixedWidthInteger & SignedInteger>(_ type: T.Type) throws -> T {
        guard let value = T(exactly: CompactText.unzigzag(try readNumber())) else { throw failure("number out of range") }
        return value
    }

    func readUnsigned<T: FixedWidthInteger & UnsignedInteger>(_ type: T.Type) throws -> T {
        guard let value = T(exactly: try readNumber()) else { throw failure("number out of range") }
        return value
    }

    func readBool() throws -> Bool {
        switch try readNumber() {
        case 0: return false
        case 1: return true
        default: throw failure("expected true or false")
        }
    }

    func readString() throws -> String {
        let number = try readNumber()
        if number & 1 == 1 {
            let index = Int(number >> 1)
            guard index < strings.count else { throw failure("unknown repeated string") }
            return strings[index]
        }
        let length = Int(number >> 1)
        guard length <= bytes.count - position else { throw failure("the form ends inside a string") }
        let string = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
        position += length
        strings.append(string)
        return string
    }

    /// True, consuming it, when the next value is nil.
    func readNil() -> Bool {
        guard position < bytes.count, bytes[position] == CompactText.nilMarker else { return false }
        position += 1
        return true
    }

    /// Where the reader is, to come back to with `rewind(to:)`.
    var mark: (position: Int, strings: Int) { (position, strings.count) }

    /// Goes back to a mark, forgetting the strings read since.
    func rewind(to mark: (position: Int, strings: Int)) {
        position = mark.position
        strings.removeLast(strings.count - mark.strings)
    }

    /// Reads the key of the next entry of a keyed container without consuming it.
    func peekKey(before end: Int) throws -> String? {
        guard position < end else { return nil }
        let mark = self.mark
        defer { rewind(to: mark) }
        return try readString()
    }

    /// Consumes the key of the next entry, which must be `key`.
    func readKey(_ key: String, before end: Int) throws {
        guard position < end else { throw failure("missing '\(key)'") }
        let found = try readString()
        guard found == key else { throw failure("expected '\(key)' but found '\(found)'") }
    }
}

/// The `Decoder` handed to each value's `init(from:)`: a view of the shared reader.
struct CompactValueDecoder: Decoder {
    let reader: CompactDecoder
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let length = Int(try reader.readNumber())
        guard length <= Int.max - reader.position else { throw reader.failure("container too long") }
        return KeyedDecodingContainer(CompactKeyedDecoder<Key>(reader: reader, end: reader.position + length))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        CompactUnkeyedDecoder(reader: reader, count: Int(try reader.readNumber()))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        CompactSingleValueDecoder(reader: reader)
    }
}

struct CompactKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: CompactDecoder
    /// The offset just past the last entry.
    let end: Int
    var codingPath: [any CodingKey] { [] }

    /// The key of the next entry: enough for synthesized enum decoding, which asks for one key.
    var allKeys: [Key] {
        guard let next = try? reader.peekKey(before: end), let key = Key(stringValue: next) else { return [] }
        return [key]
    }

    func contains(_ key: Key) -> Bool {
        (try? reader.peekKey(before: end)) == key.stringValue
    }

    private func at(_ key: Key) throws -> CompactDecoder {
        try reader.readKey(key.stringValue, before: end)
        return reader
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard contains(key) else { return true }
        let mark = reader.mark
        try reader.readKey(key.stringValue, before: end)
        if reader.readNil() { return true }
        reader.rewind(to: mark)
        return false
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try at(key).readBool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try at(key).readString() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { Double(bitPattern: try at(key).readNumber()) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(Double(bitPattern: try at(key).readNumber())) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try at(key).readInt() }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try at(key).readInteger(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try at(key).readInteger(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try at(key).readInteger(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try at(key).readInteger(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try at(key).readUnsigned(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try at(key).readUnsigned(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try at(key).readUnsigned(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try at(key).readUnsigned(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try at(key).readUnsigned(type) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: CompactValueDecoder(reader: at(key)))
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        contains(key) ? try decode(type, forKey: key) : nil
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        contains(key) ? try decode(type, forKey: key) : nil
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        contains(key) ? try decode(type, forKey: key) : nil
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard contains(key) else { return nil }
        let reader = try at(key)
        return reader.readNil() ? nil : try T(from: CompactValueDecoder(reader: reader))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try CompactValueDecoder(reader: at(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try CompactValueDecoder(reader: at(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        try reader.readKey("super", before: end)
        return CompactValueDecoder(reader: reader)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { CompactValueDecoder(reader: try at(key)) }
}

struct CompactUnkeyedDecoder: UnkeyedDecodingContainer {
    let reader: CompactDecoder
    let count: Int?
    var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    init(reader: CompactDecoder, count: Int) {
        self.reader = reader
        self.count = count
    }

    private mutating func next() throws -> CompactDecoder {
        guard !isAtEnd else { throw reader.failure("a list is shorter than expected") }
        currentIndex += 1
        return reader
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, reader.readNil() else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().readBool() }
    mutating func decode(_ type: String.Type) throws -> String { try next().readString() }
    mutating func decode(_ type: Double.Type) throws -> Double { Double(bitPattern: try next().readNumber()) }
    mutating func decode(_ type: Float.Type) throws -> Float { Float(Double(bitPattern: try next().readNumber())) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().readInt() }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().readInteger(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().readInteger(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().readInteger(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().readInteger(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next().readUnsigned(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().readUnsigned(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().readUnsigned(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().readUnsigned(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().readUnsigned(type) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: CompactValueDecoder(reader: next()))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try CompactValueDecoder(reader: next()).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try CompactValueDecoder(reader: next()).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { CompactValueDecoder(reader: try next()) }
}

struct CompactSingleValueDecoder: SingleValueDecodingContainer {
    let reader: CompactDecoder
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { reader.readNil() }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.readBool() }
    func decode(_ type: String.Type) throws -> String { try reader.readString() }
    func decode(_ type: Double.Type) throws -> Double { Double(bitPattern: try reader.readNumber()) }
    func decode(_ type: Float.Type) throws -> Float { Float(Double(bitPattern: try reader.readNumber())) }
    func decode(_ type: Int.Type) throws -> Int { try reader.readInt() }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.readInteger(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.readInteger(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.readInteger(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.readInteger(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.readUnsigned(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.readUnsigned(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.readUnsigned(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.readUnsigned(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.readUnsigned(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: CompactValueDecoder(reader: reader)) }
}
