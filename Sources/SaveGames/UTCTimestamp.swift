import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A moment as a save records it: "2026-11-30T21:05:07Z" (ISO 8601, UTC, whole seconds), what
/// Foundation's `ISO8601DateFormatter` writes, made from the calendar fields of `gmtime_r` and a
/// few bytes (the formatter costs about 1.6 M instructions a save).
enum UTCTimestamp {
    static func string(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        var time = tm()
        var whole = time_t(exactly: seconds) ?? 0
        guard seconds.isFinite, abs(seconds) < 1e15, gmtime_r(&whole, &time) != nil,
              (0...9999).contains(Int(time.tm_year) + 1900) else {
            return formatted(date)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        func put(_ value: Int32, digits: Int) {
            var divisor: Int32 = 1
            for _ in 1..<digits { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
                rest %= divisor
                divisor /= 10
            }
        }
        put(time.tm_year + 1900, digits: 4); bytes.append(UInt8(ascii: "-"))
        put(time.tm_mon + 1, digits: 2); bytes.append(UInt8(ascii: "-"))
        put(time.tm_mday, digits: 2); bytes.append(UInt8(ascii: "T"))
        put(time.tm_hour, digits: 2); bytes.append(UInt8(ascii: ":"))
        put(time.tm_min, digits: 2); bytes.append(UInt8(ascii: ":"))
        put(time.tm_sec, digits: 2); bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Through the formatter, for moments outside the years 0–9999.
    static func formatted(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
