// config.h — every compile-time switch of ftpy, in one place.
//
// CMake sets these (see CMakeLists.txt and the README's options table); the
// defaults below apply when a file is compiled outside CMake (e.g. a quick
// unit-test build by hand). Only the per-concern headers may test them:
// gc/refcount.h, gc/header.h, gc/alloc.h, gc/delayed_free.h,
// runtime/threads/critical_section.h, runtime/threads/attach.h. objects/ never
// does (a CI check keeps it that way).
#pragma once

// FTPY_GIL: 1 = one global interpreter lock (CPython's classic design);
// 0 = free-threaded (biased counting, per-object locks, QSBR, stop-the-world).
#ifndef FTPY_GIL
#define FTPY_GIL 0
#endif

// FTPY_ALLOC_MIMALLOC: 1 = mimalloc with per-thread heaps; 0 = the system
// malloc (ThreadSanitizer presets, and the allocator ablation).
#ifndef FTPY_ALLOC_MIMALLOC
#define FTPY_ALLOC_MIMALLOC 0
#endif

// FTPY_RC_BIASED: free-threaded build only. 1 = biased reference counting
// (owner thread counts without atomics); 0 = every count change is an atomic
// read-modify-write (the ablation that shows what biasing buys).
#ifndef FTPY_RC_BIASED
#define FTPY_RC_BIASED 1
#endif

// FTPY_LOCKFREE_READS: free-threaded only. 1 = list/dict reads without the
// per-object lock (try_incref + re-check, QSBR reclamation); 0 = reads lock.
#ifndef FTPY_LOCKFREE_READS
#define FTPY_LOCKFREE_READS 1
#endif

// FTPY_DEFERRED_RC: free-threaded only. 1 = functions, code, classes and
// module dicts are counted deferred so shared ones do not bounce one cache
// line between cores; 0 = counted like every other object.
#ifndef FTPY_DEFERRED_RC
#define FTPY_DEFERRED_RC 1
#endif

// Stress knobs (off in every normal build; a preset turns them on).
// FTPY_STRESS_GC: run the cycle collector every few allocations.
#ifndef FTPY_STRESS_GC
#define FTPY_STRESS_GC 0
#endif
// FTPY_STRESS_BRC_QUEUE: send every non-owner decrement through the owner's
// merge queue, to exercise the biased-count merge path.
#ifndef FTPY_STRESS_BRC_QUEUE
#define FTPY_STRESS_BRC_QUEUE 0
#endif

// The reference-counting fast paths (gc/refcount.h) must inline into the
// eval loop, whose size makes the compiler's heuristics give up otherwise.
#define FTPY_ALWAYS_INLINE inline __attribute__((always_inline))
// Keeps a rarely taken path out of its caller, so the caller's common path
// does not pay for the registers and stack the rare one needs.
#define FTPY_NOINLINE __attribute__((noinline))

namespace ftpy::config {
inline constexpr bool kGil = FTPY_GIL;
inline constexpr const char* kVariantName = FTPY_GIL ? "gil" : "free-threaded";
}  // namespace ftpy::config
