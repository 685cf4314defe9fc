extension String {
    /// The parts one after another, as `"\(a)\(b)…"` would give them, made at once at their size:
    /// an interpolation appends each part to a growing string, about 490 instructions a part, and
    /// a `noun-not-here` warning's three texts had eleven parts (docs/performance.md, "Compile,
    /// eighteenth round").
    static func joining(_ parts: String...) -> String {
        var total = 0
        for part in parts { total += part.utf8.count }
        return String(unsafeUninitializedCapacity: total) { buffer in
            var at = 0
            for var part in parts {
                part.withUTF8 { bytes in
                    for index in 0..<bytes.count { buffer[at + index] = bytes[index] }
                    at += bytes.count
                }
            }
            return at
        }
    }
}
