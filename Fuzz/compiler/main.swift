// Fuzz target: the story compiler on arbitrary bytes. It must never crash, hang or read out of
// bounds, whatever the bytes; every problem is a diagnostic, and rendering it must work too.
import StoryCompiler

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let result = StoryCompiler.compile(bytes: Array(UnsafeBufferPointer(start: data, count: size)), name: "fuzz.story")
    _ = DiagnosticRenderer().render(result.diagnostics, sources: result.sources)
    return 0
}
