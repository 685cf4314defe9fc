import Foundation
import SaveGames
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The signal handler may only do what is safe in a signal handler: it writes the signal's number
// to a pipe. A thread of its own reads the pipe and ends the game.
nonisolated(unsafe) private var signalPipe: (read: Int32, write: Int32) = (-1, -1)
nonisolated(unsafe) private var terminalAtStart: termios?

/// Ends the game cleanly when it is told to stop: `SIGTERM` (kill, shutdown), `SIGHUP` (the
/// terminal window closed, the SSH connection dropped) and `SIGQUIT` (Ctrl-\\, which would
/// otherwise start Swift's crash reporter, which waits on a terminal and spins when piped).
///
/// Every move is already autosaved; on a signal the game waits for a save under way to finish,
/// puts the terminal back as it found it (echo and line editing on), says so, and exits with
/// 128 + the signal's number. It never waits for anything that could hang.
public enum SignalHandling {
    /// The signals that end a game cleanly.
    public static let endingSignals: [Int32] = [SIGTERM, SIGHUP, SIGQUIT]

    /// Remembers the terminal's state and installs the handlers. Call once, before play starts.
    public static func install() {
        guard signalPipe.read < 0 else { return }
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { return }
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        signalPipe = (descriptors[0], descriptors[1])
        terminalAtStart = TerminalState.current()
        // Writing to a closed pipe or hung-up terminal must fail, not kill the game mid-save.
        signal(SIGPIPE, SIG_IGN)
        for number in endingSignals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(signalPipe.write, &byte, 1)
            }
            #else
            action.__sigaction_u.__sa_handler = { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(signalPipe.write, &byte, 1)
            }
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(number, &action, nil)
        }
        // A parent (a test runner, a service manager) may have left these signals blocked.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in endingSignals { sigaddset(&unblocked, number) }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        #if os(Linux)
        // A plain thread: Foundation's `Thread` would set up CoreFoundation and its own state at
        // every start for this (docs/performance.md, "Start-up, fifth round").
        var thread = pthread_t()
        if pthread_create(&thread, nil, { _ in
            SignalHandling.waitForSignal()
            return nil
        }, nil) == 0 {
            pthread_detach(thread)
        }
        #else
        let thread = Thread { waitForSignal() }
        thread.name = "elbe-signals"
        thread.start()
        #endif
    }

    private static func waitForSignal() {
        var byte: UInt8 = 0
        while true {
            let count = read(signalPipe.read, &byte, 1)
            if count == 1 { break }
            if count < 0 && errno == EINTR { continue }
            return
        }
        leave(signal: Int32(byte))
    }

    /// Waits for a save under way, restores the terminal, says goodbye and exits.
    static func leave(signal number: Int32) -> Never {
        SaveGate.closeForExit()
        if let terminalAtStart { TerminalState.restore(terminalAtStart) }
        let name = number == SIGHUP ? "the terminal closed" : number == SIGQUIT ? "Ctrl-\\ (quit)" : "a request to stop"
        let message = "\n(The game stopped: \(name). Your game is saved; start again to continue.)\n"
        _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        _exit(128 + number)
    }
}

/// The terminal's settings on standard input (echo, line editing), to put back on leaving.
enum TerminalState {
    static func current() -> termios? {
        guard isatty(STDIN_FILENO) != 0 else { return nil }
        var state = termios()
        return tcgetattr(STDIN_FILENO, &state) == 0 ? state : nil
    }

    static func restore(_ state: termios) {
        var state = state
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &state)
        if isatty(STDOUT_FILENO) != 0 {
            // Colours and attributes off, cursor shown, in case the game stopped in the middle of a styled line.
            let reset = "\u{1B}[0m\u{1B}[?25h"
            _ = reset.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
        }
    }
}
