// The heap's next megabytes on the kernel's transparent huge pages (docs/performance.md, "Start-up
// and compile: the heap on huge pages"). A page of the heap costs a page fault the first time it is
// written (the kernel clears it and charges it to the memory cgroup): about 450 of the 760 faults
// of a start-up, 2 µs each here. A huge page is one fault for 2 MiB. Swift cannot reach glibc's
// `mallinfo2` or the heap's break portably, so a static inline function does.
#ifndef ELBE_HEAP_PAGES_SHIM_H
#define ELBE_HEAP_PAGES_SHIM_H

#include <stddef.h>
#include <stdlib.h>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

/// Asks glibc's allocator to take its next `bytes` (rounded up to 2 MiB) from a part of the heap
/// that starts on a 2 MiB boundary, and asks the kernel to back that part with huge pages.
///
/// The allocator's free space at the top of the heap (its "top chunk") is found from the break and
/// `mallinfo2().keepcost`; a block that is never written nor freed fills the top up to the next
/// 2 MiB boundary (address space only: none of its pages is touched, so none is resident); the top
/// pad makes the break reach past the region, so that the kernel sees whole aligned 2 MiB ranges.
/// Blocks of up to 32 MiB are taken from the heap rather than mapped apart (the threshold glibc's
/// own dynamic rule would reach), and the heap is not trimmed below the region, so the region is
/// used rather than handed back. Nothing here changes what any allocation holds: at worst (no
/// huge pages in the kernel, or the top not where it was computed) pages stay 4 KiB.
///
/// Returns 0 when the region was set up, 1 when the allocator placed the filler elsewhere (the
/// advice not given), -1 when the break or the advice failed.
static inline int elbe_heap_on_huge_pages(size_t bytes) {
    const uintptr_t huge = (uintptr_t)2 << 20;
    if (bytes == 0) { return 0; }
    bytes = (bytes + huge - 1) & ~(huge - 1);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, (int)(bytes + 2 * huge));
    mallopt(M_TOP_PAD, (int)(bytes + huge));
    struct mallinfo2 info = mallinfo2();
    char *end = sbrk(0);
    if (end == (char *)-1) { return -1; }
    uintptr_t top = (uintptr_t)end - info.keepcost;
    uintptr_t start = (top + 64 + huge - 1) & ~(huge - 1);
    // A chunk of `start - 16 - top` bytes (its 8-byte header and the request, rounded up to 16):
    // the top's own 16-byte header then lies just below the region, whose first page is written
    // only after the advice (a page written before it would keep its 2 MiB range on small pages).
    void *filler = malloc(start - 16 - top - 8);
    mallopt(M_TOP_PAD, 128 * 1024);
    if (filler != (void *)(top + 16)) { return 1; }
    char *now = sbrk(0);
    if (now == (char *)-1 || (uintptr_t)now < start + bytes) { return -1; }
    return madvise((void *)start, bytes, MADV_HUGEPAGE);
}
#else
static inline int elbe_heap_on_huge_pages(size_t bytes) { (void)bytes; return -1; }
#endif

#endif
