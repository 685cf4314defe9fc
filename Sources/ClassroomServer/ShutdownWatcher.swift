import ServiceLifecycle

/// Marks the classroom as stopping the moment a graceful shutdown begins (Ctrl-C, SIGTERM), before
/// the HTTP server waits for its open requests: the teacher's live table is a request that never
/// ends by itself, so it must see the flag and close, or the server would wait for it while every
/// student's game stayed locked.
struct ShutdownWatcher: Service {
    let classroom: Classroom

    func run() async throws {
        try? await gracefulShutdown()
        await classroom.beginStopping()
    }
}
