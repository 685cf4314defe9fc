@testable import AdventureEngine
import Testing
import TestSupport

/// `ByteWriter`, which writes a save's long lines straight into memory, writes every number as
/// `String(value)` does, so the files stay byte for byte what they were.
@Suite struct ByteWriterTests {
    @Test func numbersAreWrittenAsStringWritesThem() {
        var random = SplitMix(seed: 1_945)
        var numbers = [0, 1, 9, 10, 11, 99, 100, 999, 1_000, 65_535, -1, -9, -10, -100, Int.max, Int.min, Int.max - 1, Int.min + 1]
        for _ in 0..<2_000 {
            // Every length of number, both signs.
            let value = Int(bitPattern: UInt(random.next())) >> Int(random.next() % 64)
            numbers.append(value)
        }
        var bytes: [UInt8] = Array("places".utf8)
        bytes.appendWritten(atMost: numbers.count * (1 + ByteWriter.intWidth)) { line in
            for number in numbers {
                line.byte(UInt8(ascii: " "))
                line.int(number)
            }
        }
        #expect(String(decoding: bytes, as: UTF8.self) == "places" + numbers.map { " \($0)" }.joined())
    }

    @Test func unsignedNumbersAreWrittenAsStringWritesThem() {
        var random = SplitMix(seed: 1_990)
        let numbers: [UInt64] = [0, 9, 10, UInt64.max, UInt64.max - 1, 1 << 63] + (0..<500).map { _ in random.next() >> (random.next() % 64) }
        var bytes: [UInt8] = []
        bytes.appendWritten(atMost: numbers.count * (1 + ByteWriter.intWidth)) { line in
            for number in numbers {
                line.byte(UInt8(ascii: " "))
                line.unsigned(number)
            }
        }
        #expect(String(decoding: bytes, as: UTF8.self) == numbers.map { " \($0)" }.joined())
    }

    @Test func nothingWrittenAppendsNothing() {
        var bytes: [UInt8] = [1, 2, 3]
        bytes.appendWritten(atMost: 0) { _ in }
        bytes.appendWritten(atMost: 40) { _ in }
        #expect(bytes == [1, 2, 3])
    }
}
