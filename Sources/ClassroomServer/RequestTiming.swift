/// Where the time of one command went, sent back as the response's `Server-Timing` header for the
/// load test (`Tests/Load/classroom_load.py`), which reports each part's percentiles.
///
/// - `queue`: from the handler having the request to the student's game taking it up (waiting for
///   a thread, and for the student's previous command);
/// - `move`: the engine's move with its autosave and transcript;
/// - `page`: the reply's HTML and the journal panel;
/// - `game`: from asking the game to having its answer (queue, move and page);
/// - `total`: the whole handler, reading the request and encoding the answer included.
struct RequestTiming: Sendable {
    var queue: Duration = .zero
    var move: Duration = .zero
    var page: Duration = .zero
    var game: Duration = .zero
    var total: Duration = .zero

    var header: String {
        [("queue", queue), ("move", move), ("page", page), ("game", game), ("total", total)]
            .map { "\($0.0);dur=" + Self.milliseconds($0.1) }.joined(separator: ", ")
    }

    /// Milliseconds with two decimals, as `Server-Timing` gives them.
    static func milliseconds(_ duration: Duration) -> String {
        let microseconds = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        let hundredths = (microseconds + 5) / 10
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
