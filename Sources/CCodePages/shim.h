// The binary's own read-only pages, handed back to the kernel between the phases of a run
// (docs/performance.md, "Peak memory, sixteenth round"). Swift cannot name the linker's symbols
// for where the program's image starts and its code ends, so a static inline function does.
#ifndef ELBE_CODE_PAGES_SHIM_H
#define ELBE_CODE_PAGES_SHIM_H

#if defined(__linux__)
#include <stdint.h>
#include <sys/mman.h>

// Defined by the linker (GNU ld, gold and lld alike); weak, so that a link without them still
// succeeds and the function below does nothing.
extern const char __executable_start[] __attribute__((weak));
extern const char etext[] __attribute__((weak));

/// Lets go of this process's mappings of the executable from its first byte to the end of its
/// code: the ELF headers, the read-only Swift metadata and unwinding tables, and the code, none
/// of it ever written, so nothing is lost. The pages stay in the page cache; those the process
/// runs again are mapped again at their first use (a minor fault each). The writable data after
/// `etext` is never touched. Returns madvise's result, or -1 when the symbols are missing.
static inline int elbe_release_code_pages(void) {
    if (__executable_start == 0 || etext == 0) { return -1; }
    const uintptr_t page = 4096;
    uintptr_t start = ((uintptr_t)__executable_start + page - 1) & ~(page - 1);
    uintptr_t end = (uintptr_t)etext & ~(page - 1);
    if (end <= start) { return -1; }
    return madvise((void *)start, end - start, MADV_DONTNEED);
}
#else
static inline int elbe_release_code_pages(void) { return -1; }
#endif

#endif
