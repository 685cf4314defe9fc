/// Holds what compiling and linting built on the way to their results (the outline's lines, the
/// syntax tree, the resolver's tables, the lint rules' indexes), for a process about to end.
///
/// Without one, each piece is freed object by object when the compiler drops it: about 4 % of
/// `check` (docs/performance.md, "Compile, seventh round"). `check` passes one and ends with the
/// C library's `exit`, so the memory goes back with the process. `play` and `serve`, which live
/// on, pass none and free the pieces at once.
///
///     let leftovers = BuildLeftovers()
///     let result = StoryCompiler.compile(path: path, keepingIn: leftovers)
///     withExtendedLifetime(leftovers) { exit(0) }
public final class BuildLeftovers {
    private var kept: [Any] = []

    public init() {}

    /// Keeps `value` alive as long as this object lives.
    public func keep(_ value: Any) {
        kept.append(value)
    }
}
