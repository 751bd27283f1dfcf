// qsbr.h — quiescent-state-based reclamation (free-threaded build).
//
// A lock-free reader may hold a pointer it has not counted (a list's item
// array, a dict's table, an object it found in a slot and has not yet
// try_incref'ed) only between two quiescent states of its thread.
// Quiescent states are the eval-breaker checks that serve kRequestQsbr and
// every detach (a detached thread holds no such pointer). So memory
// unlinked before sequence number `goal` was issued may be freed once every
// attached thread has reported a sequence >= goal.
//
//   writer: unlink; goal = qsbr_advance(); ...; if (qsbr_poll(goal)) free
//   reader: (any attached code)            qsbr_quiescent() at safe points
//
// Memory order: the global sequence and the per-thread sequences are
// accessed seq_cst where a thread goes online (the store-load pair with a
// poller's unlink-then-read must not reorder), acquire/release elsewhere.
#pragma once

#include <cstdint>

#include "gc/thread_memory.h"

namespace ftpy::gc {

// Issues a new goal (after the caller unlinked what it will free) and asks
// every thread, the caller included, to report at its next eval-breaker check.
uint64_t qsbr_advance();
// True when every online thread has reported a sequence >= goal.
bool qsbr_poll(uint64_t goal);
// The calling thread (m) holds no uncounted pointer now.
void qsbr_quiescent(ThreadMemory* m);
// True when the calling (online) thread is the only online one: memory it
// has already unlinked cannot be reached by anyone else, so it may be freed
// at once. Costs one full fence.
bool qsbr_only_self_online();
// The same without the fence (a relaxed load that may be stale either way):
// a cheap filter before qsbr_only_self_online, which alone decides.
bool qsbr_only_self_online_hint();
// Detach / attach: an offline thread is not waited for.
void qsbr_offline(ThreadMemory* m);
void qsbr_online(ThreadMemory* m);

}  // namespace ftpy::gc
