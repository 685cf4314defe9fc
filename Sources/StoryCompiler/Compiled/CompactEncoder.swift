/// Writes any `Encodable` value in the compact compiled form (`CompactText`), through the value's
/// own `Codable` conformance, so the form follows the model when fields are added.
///
/// A keyed container is written as its length in bytes, then each present entry as its key (a
/// string) and its value; an unkeyed container as its count, then its values. Optional values
/// that are nil are left out of keyed containers, as synthesized `Codable` expects.
///
///     var encoder = CompactEncoder()
///     try encoder.append(story)
///     let bytes = encoder.bytes
struct CompactEncoder {
    private(set) var bytes: [UInt8] = []
    private var strings: [String: Int] = [:]

    /// Appends one value to the form.
    mutating func append<T: Encodable>(_ value: T) throws {
        let slot = CompactSlot()
        try value.encode(to: CompactValueEncoder(slot: slot))
        var out = bytes
        bytes = []
        write(slot, into: &out)
        bytes = out
    }

    private mutating func write(_ slot: CompactSlot, into out: inout [UInt8]) {
        switch slot.content {
        case nil, .nilValue?:
            out.append(CompactText.nilMarker)
        case .number(let value)?:
            CompactText.appendNumber(value, to: &out)
        case .string(let value)?:
            writeString(value, into: &out)
        case .keyed(let node)?:
            var body: [UInt8] = []
            for (key, value) in node.entries {
                writeString(key, into: &body)
                write(value, into: &body)
            }
            CompactText.appendNumber(UInt64(body.count), to: &out)
            out += body
        case .unkeyed(let node)?:
            CompactText.appendNumber(UInt64(node.items.count), to: &out)
            for item in node.items { write(item, into: &out) }
        }
    }

    private mutating func writeString(_ value: String, into out: inout [UInt8]) {
        if let index = strings[value] {
            CompactText.appendNumber(UInt64(index) << 1 | 1, to: &out)
            return
        }
        strings[value] = strings.count
        let utf8 = Array(value.utf8)
        CompactText.appendNumber(UInt64(utf8.count) << 1, to: &out)
        out += utf8
    }
}

/// One value being encoded: filled by the container that the value asks for.
final class CompactSlot {
    enum Content {
        case nilValue
        case number(UInt64)
        case string(String)
        case keyed(CompactKeyedNode)
        case unkeyed(CompactUnkeyedNode)
    }

    var content: Content?
}

final class CompactKeyedNode {
    var entries: [(String, CompactSlot)] = []

    func slot(for key: String) -> CompactSlot {
        let slot = CompactSlot()
        entries.append((key, slot))
        return slot
    }
}

final class CompactUnkeyedNode {
    var items: [CompactSlot] = []

    func nextSlot() -> CompactSlot {
        let slot = CompactSlot()
        items.append(slot)
        return slot
    }
}

/// The `Encoder` handed to each value's `encode(to:)`.
struct CompactValueEncoder: Encoder {
    let slot: CompactSlot
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .keyed(let node)? = slot.content { return KeyedEncodingContainer(CompactKeyedEncoder(node: node)) }
        let node = CompactKeyedNode()
        slot.content = .keyed(node)
        return KeyedEncodingContainer(CompactKeyedEncoder(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unkeyed(let node)? = slot.content { return CompactUnkeyedEncoder(node: node) }
        let node = CompactUnkeyedNode()
        slot.content = .unkeyed(node)
        return CompactUnkeyedEncoder(node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CompactSingleValueEncoder(slot: slot)
    }
}

/// Stores scalars in a slot; every number type is kept as 64 bits (signed ones zigzagged).
protocol CompactScalarStore {
    func store(_ content: CompactSlot.Content, key: String?) throws
}

extension CompactScalarStore {
    func storeNil(key: String? = nil) throws { try store(.nilValue, key: key) }
    func storeBool(_ value: Bool, key: String? = nil) throws { try store(.number(value ? 1 : 0), key: key) }
    func storeString(_ value: String, key: String? = nil) throws { try store(.string(value), key: key) }
    func storeDouble(_ value: Double, key: String? = nil) throws { try store(.number(value.bitPattern), key: key) }
    func storeSigned<T: FixedWidthInteger & SignedInteger>(_ value: T, key: String? = nil) throws {
        try store(.number(CompactText.zigzag(Int64(value))), key: key)
    }
    func storeUnsigned<T: FixedWidthInteger & UnsignedInteger>(_ value: T, key: String? = nil) throws {
        try store(.number(UInt64(value)), key: key)
    }
}

struct CompactKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol, CompactScalarStore {
    let node: CompactKeyedNode
    var codingPath: [any CodingKey] { [] }

    func store(_ content: CompactSlot.Content, key: String?) throws {
        node.slot(for: key ?? "").content = content
    }

    mutating func encodeNil(forKey key: Key) throws { try storeNil(key: key.stringValue) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try storeBool(value, key: key.stringValue) }
    mutating func encode(_ value: String, forKey key: Key) throws { try storeString(value, key: key.stringValue) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try storeDouble(value, key: key.stringValue) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try storeDouble(Double(value), key: key.stringValue) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try storeSigned(value, key: key.stringValue) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try storeSigned(value, key: key.stringValue) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try storeSigned(value, key: key.stringValue) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try storeSigned(value, key: key.stringValue) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try storeSigned(value, key: key.stringValue) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try storeUnsigned(value, key: key.stringValue) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try storeUnsigned(value, key: key.stringValue) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try storeUnsigned(value, key: key.stringValue) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try storeUnsigned(value, key: key.stringValue) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try storeUnsigned(value, key: key.stringValue) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: CompactValueEncoder(slot: node.slot(for: key.stringValue)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        CompactValueEncoder(slot: node.slot(for: key.stringValue)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        CompactValueEncoder(slot: node.slot(for: key.stringValue)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { CompactValueEncoder(slot: node.slot(for: "super")) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { CompactValueEncoder(slot: node.slot(for: key.stringValue)) }
}

struct CompactUnkeyedEncoder: UnkeyedEncodingContainer, CompactScalarStore {
    let node: CompactUnkeyedNode
    var codingPath: [any CodingKey] { [] }
    var count: Int { node.items.count }

    func store(_ content: CompactSlot.Content, key: String?) throws {
        node.nextSlot().content = content
    }

    mutating func encodeNil() throws { try storeNil() }
    mutating func encode(_ value: Bool) throws { try storeBool(value) }
    mutating func encode(_ value: String) throws { try storeString(value) }
    mutating func encode(_ value: Double) throws { try storeDouble(value) }
    mutating func encode(_ value: Float) throws { try storeDouble(Double(value)) }
    mutating func encode(_ value: Int) throws { try storeSigned(value) }
    mutating func encode(_ value: Int8) throws { try storeSigned(value) }
    mutating func encode(_ value: Int16) throws { try storeSigned(value) }
    mutating func encode(_ value: Int32) throws { try storeSigned(value) }
    mutating func encode(_ value: Int64) throws { try storeSigned(value) }
    mutating func encode(_ value: UInt) throws { try storeUnsigned(value) }
    mutating func encode(_ value: UInt8) throws { try storeUnsigned(value) }
    mutating func encode(_ value: UInt16) throws { try storeUnsigned(value) }
    mutating func encode(_ value: UInt32) throws { try storeUnsigned(value) }
    mutating func encode(_ value: UInt64) throws { try storeUnsigned(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: CompactValueEncoder(slot: node.nextSlot()))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        CompactValueEncoder(slot: node.nextSlot()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactValueEncoder(slot: node.nextSlot()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { CompactValueEncoder(slot: node.nextSlot()) }
}

struct CompactSingleValueEncoder: SingleValueEncodingContainer, CompactScalarStore {
    let slot: CompactSlot
    var codingPath: [any CodingKey] { [] }

    func store(_ content: CompactSlot.Content, key: String?) throws {
        slot.content = content
    }

    mutating func encodeNil() throws { try storeNil() }
    mutating func encode(_ value: Bool) throws { try storeBool(value) }
    mutating func encode(_ value: String) throws { try storeString(value) }
    mutating func encode(_ value: Double) throws { try storeDouble(value) }
    mutating func encode(_ value: Float) throws { try storeDouble(Double(value)) }
    mutating func encode(_ value: Int) throws { try storeSigned(value) }
    mutating func encode(_ value: Int8) throws { try storeSigned(value) }
    mutating func encode(_ value: Int16) throws { try storeSigned(value) }
    mutating func encode(_ value: Int32) throws { try storeSigned(value) }
    mutating func encode(_ value: Int64) throws { try storeSigned(value) }
    mutating func encode(_ value: UInt) throws { try storeUnsigned(value) }
    mutating func encode(_ value: UInt8) throws { try storeUnsigned(value) }
    mutating func encode(_ value: UInt16) throws { try storeUnsigned(value) }
    mutating func encode(_ value: UInt32) throws { try storeUnsigned(value) }
    mutating func encode(_ value: UInt64) throws { try storeUnsigned(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: CompactValueEncoder(slot: slot))
    }
}
