// Fuzz target: the reader of the compact compiled form on arbitrary bytes. It must refuse what it
// cannot read with a CompactFormError, never crash, hang or read out of bounds. The bytes are the
// story's layout alone (no magic line, checksum or source digest, which would refuse almost all
// of them before the reader sees them).
import StoryCompiler

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? CompiledStory.story(fromLayout: UnsafeBufferPointer(start: data, count: size))
    return 0
}
