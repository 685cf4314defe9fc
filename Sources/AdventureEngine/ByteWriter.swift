/// Writes a run of bytes and decimal numbers straight into memory, for a save's long lines (the
/// places of 1,190 things, the 1,000 scenes visited, the whole last-seen memory at 1,000 rooms).
///
/// Appending to an array byte by byte checks that the array is not shared and has room at every
/// byte: about a third of encoding a save went into the digits of its numbers so. A line is
/// written here into memory sized for its longest form, then appended to the save at once
/// (`[UInt8].appendWritten(atMost:_:)`).
package struct ByteWriter {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    package private(set) var count = 0

    /// The most bytes `int` writes: a sign and 20 digits.
    package static let intWidth = 21

    fileprivate init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    package mutating func byte(_ byte: UInt8) {
        precondition(count < capacity, "a save's line was written past the room made for it")
        base[count] = byte
        count += 1
    }

    /// Bytes copied as they are.
    package mutating func bytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(capacity - count >= bytes.count, "a save's line was written past the room made for it")
        guard let source = bytes.baseAddress else { return }
        UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    /// A number in decimal, as `String(value)` writes it.
    package mutating func int(_ value: Int) {
        precondition(capacity - count >= Self.intWidth, "a save's line was written past the room made for it")
        if value < 0 {
            base[count] = UInt8(ascii: "-")
            count += 1
        }
        unsigned(UInt64(value.magnitude))
    }

    /// A number in decimal, as `String(value)` writes it.
    package mutating func unsigned(_ value: UInt64) {
        precondition(capacity - count >= Self.intWidth - 1, "a save's line was written past the room made for it")
        var rest = value
        var digits = 1
        var probe = rest
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        var position = count + digits
        count = position
        repeat {
            position -= 1
            base[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while rest > 0
    }
}

extension [UInt8] {
    /// Appends what `body` writes, at most `bound` bytes (past them it stops the program rather
    /// than write outside its memory), in one step.
    package mutating func appendWritten(atMost bound: Int, _ body: (inout ByteWriter) -> Void) {
        let written = [UInt8](unsafeUninitializedCapacity: Swift.max(bound, 0)) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            var writer = ByteWriter(base: base, capacity: buffer.count)
            body(&writer)
            initialized = writer.count
        }
        append(contentsOf: written)
    }
}
