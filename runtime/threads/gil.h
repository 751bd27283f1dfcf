// gil.h — the global interpreter lock, CPython's "new GIL" (3.2+), one API for both builds.
//
//   gil_acquire(ts)  take the GIL (attach); waits, and after each switch
//                    interval without a hand-off asks the holder to drop it
//   gil_release(ts)  give it back (detach)
//   gil_drop_requested(ts)  a waiter asked ts to drop it (the eval breaker's
//                    kBreakerGilDropRequest bit)
//   gil_yield(ts)    serve that request at an eval-breaker check: release,
//                    wait until another thread has taken it (forced
//                    switching, so the yielding thread cannot win it straight
//                    back), then take it again
//
// Protocol (gil.cpp): a mutex guards {locked, holder, switch_number,
// waiters}. A waiter sleeps on a condition variable for
// sys.getswitchinterval(); if it wakes by timeout and no hand-off happened
// meanwhile (switch_number unchanged), it sets the drop-request bit in the
// holder's eval breaker. The holder yields at its next check. A thread that
// runs bytecode therefore keeps the GIL at most about one switch interval
// while another waits, and no thread starves.
//
// Build flag: the GIL build (FTPY_GIL=1) runs this; in the free-threaded
// build every gil_* function is a no-op (kGilActive is false) and threads
// run bytecode in parallel, protected by per-object critical sections,
// biased counting and QSBR instead.
#pragma once

#include <cstdint>

#include "gc/config.h"
#include "runtime/threads/thread_state.h"

namespace ftpy {

// Whether gil_acquire/gil_release do anything in this build.
inline constexpr bool kGilActive = config::kGil;

// Takes the GIL for ts (no-op if ts already holds it). Blocks.
void gil_acquire(ThreadState* ts);
// Releases the GIL if ts holds it (no-op otherwise) and clears any drop
// request addressed to ts.
void gil_release(ThreadState* ts);
// True when a waiter asked ts to drop the GIL (one relaxed load).
bool gil_drop_requested(const ThreadState* ts);
// Serves a drop request (eval breaker): release, wait for a hand-off to
// another thread when one is waiting, re-acquire. ts's status is DETACHED
// meanwhile.
void gil_yield(ThreadState* ts);
// True when ts holds the GIL (always false when the GIL is not active).
bool gil_held_by(const ThreadState* ts);

// Counters for the benchmark and tests (_thread._gil_stats()).
struct GilStats {
  double max_wait_seconds = 0;   // longest single contended gil_acquire
  double total_wait_seconds = 0; // sum over contended acquisitions
  uint64_t acquisitions = 0;     // every successful gil_acquire
  uint64_t contended = 0;        // acquisitions that had to wait
  uint64_t drop_requests = 0;    // times a waiter set the drop-request bit
  uint64_t forced_switches = 0;  // gil_yield calls that handed the GIL over
};
GilStats gil_stats();
void gil_stats_reset();

}  // namespace ftpy
