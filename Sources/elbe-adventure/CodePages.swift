import CCodePages

/// The binary's code pages, let go of between the phases of `play`.
///
/// The kernel maps a code page together with its neighbours (64 KiB around it, or the whole
/// folio the page cache holds it in), so the resident set holds every block of code the process
/// has run since it started: start-up, the compiler, the vocabulary and then play. Handing the
/// pages back when a phase ends keeps only those the next phase runs, which come back at their
/// first use as minor faults from the page cache (docs/performance.md, "Peak memory, sixteenth
/// round"). It changes no behaviour; on other systems it does nothing.
enum CodePages {
    /// Lets go of the code pages touched so far.
    static func release() {
        _ = elbe_release_code_pages()
    }
}
