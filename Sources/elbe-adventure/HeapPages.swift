import CHeapPages
import Glibc

/// The heap's first megabytes on huge pages.
///
/// Every 4 KiB page of the heap costs a page fault the first time it is written: a start-up of
/// the bundled story wrote about 440 of them, a `check` of the catalogue world at N = 5,000 about
/// 8,200, a fifth of its CPU time. On the kernel's transparent huge pages one fault brings 2 MiB
/// (docs/performance.md, "Start-up and compile: the heap on huge pages"). It changes no
/// behaviour; where the kernel or the C library has no huge pages it does nothing.
enum HeapPages {
    /// How much heap a command grows to for each byte of its stories' source, beyond the 2 MiB of
    /// a start-up: `check` keeps every story's tree and lint tables to its end (the catalogue
    /// world at N = 5,000, 1.9 MB, reached about 30 MB); `play` and the other commands keep only
    /// the story (at N = 1,000, 4 took the walkthrough's faults from 1,721 to 444 for 0.3 MiB more
    /// at its peak, 8 to 419 for 2 MiB more). Beyond the reckoning the heap grows on 4 KiB pages as
    /// before; a huge page is resident whole once written, so `play`'s is kept small (the peak at
    /// N = 1,000 is a target, docs/performance.md).
    enum Growth: Int {
        case check = 16
        case play = 4
    }

    /// Puts the heap's next `bytes` (rounded up to 2 MiB) on huge pages.
    static func reserve(_ bytes: Int) {
        _ = elbe_heap_on_huge_pages(max(0, bytes))
    }

    /// Room for reading the stories at `paths` (none: the bundled story) and then playing or
    /// checking them, before they are read: 2 MiB and `growth` for every byte of their files.
    static func reserve(forStoriesAt paths: [String], growth: Growth) {
        var sourceBytes = 0
        for path in paths {
            var status = stat()
            if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG { sourceBytes += Int(status.st_size) }
        }
        reserve(2 << 20 + growth.rawValue * sourceBytes)
    }
}
