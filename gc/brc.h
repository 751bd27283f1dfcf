// brc.h — the merge queues of biased reference counting (free-threaded
// build; the protocol itself is described in gc/refcount.h).
//
// When a non-owner thread's decrement would make an object's shared count
// negative, it marks the object queued and pushes it onto the owner's merge
// queue (a libcds lock-free queue: many producers, one consumer), then sets
// kRequestBrcMerge in the owner's eval breaker. The owner merges its queue
// at its next eval-breaker check and when it exits: it folds its local
// count into the shared count, gives the object up (ob_tid = 0, merged) and
// frees it if nothing is left. An object whose owner has already exited is
// merged at once by the thread that would have queued it.
#pragma once

#include <cstdint>

#include "gc/thread_memory.h"

namespace ftpy::gc {

void brc_init_queue(ThreadMemory* m);
void brc_free_queue(ThreadMemory* m);   // the queue must be empty
// The owner's exit: stops accepting pushes, waits for pushers in flight,
// merges what was queued.
void brc_thread_exit(ThreadMemory* m);
// Bumped (release) by every exiting thread after its last object access;
// orphan merges read it (acquire). Defined in gc/brc_ft.cpp.
extern std::atomic<uint64_t> g_thread_exits;
// The record of the live thread with owner id `tid`, or null (it exited).
// The pointer stays valid until the caller's next quiescent state.
ThreadMemory* find_thread_memory(uintptr_t tid);
// Counts for tests and the benchmark (relaxed, process-wide).
struct BrcStats {
  uint64_t queued;          // objects pushed to an owner's queue
  uint64_t merged_by_owner; // objects the owner merged from its queue
  uint64_t merged_orphans;  // objects merged at once because their owner had exited
};
BrcStats brc_stats();

}  // namespace ftpy::gc
