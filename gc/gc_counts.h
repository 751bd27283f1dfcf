// gc_counts.h — counters the memory subsystem keeps for the cycle collector
// and for leak checks, in both builds.
//
// Young count: tracked allocations minus tracked frees since the last
// collection. Each thread counts in a thread_local and adds its count to the
// global atomic every kYoungBatch changes, so creating objects from many
// threads does not write one shared cache line per object.
//
// Live objects: every object allocated by objects/object.cpp minus every
// one freed (immortal ones included: they are never freed). Counted per
// thread in a thread_local pair that only its thread writes (relaxed load +
// store) and that sums read (relaxed); an exiting thread folds its pair into
// the global base. sys.getallocatedblocks() and the exit report
// (-X showrefcount, runtime/teardown.h) read the sum; it is exact only when
// one thread runs. Immortalised objects are counted apart (one atomic:
// immortalisation is rare).
#pragma once

#include <atomic>
#include <cstdint>

namespace ftpy::gc {

inline constexpr int64_t kYoungBatch = 32;

struct ThreadCounts {
  int64_t young_delta = 0;                 // owner only
  std::atomic<int64_t> allocated{0};       // owner writes, summers read
  std::atomic<int64_t> freed{0};
  // Owner only: 0 = not yet in the sum, 1 = in it, 2 = its thread exited
  // (later changes go straight to the global base).
  uint8_t state = 0;
};
extern thread_local constinit ThreadCounts t_counts;

void young_flush(int64_t delta);
// Registers the pair (state 0) or counts into the global base (state 2).
void count_object_slow(int64_t delta);

inline void count_young(int64_t d) {
  ThreadCounts& c = t_counts;
  c.young_delta += d;
  if (c.young_delta >= kYoungBatch || c.young_delta <= -kYoungBatch) {
    int64_t delta = c.young_delta;
    c.young_delta = 0;
    young_flush(delta);
  }
}

inline void count_object_allocated() {
  ThreadCounts& c = t_counts;
  if (c.state != 1) return count_object_slow(+1);
  c.allocated.store(c.allocated.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}
inline void count_object_freed() {
  ThreadCounts& c = t_counts;
  if (c.state != 1) return count_object_slow(-1);
  c.freed.store(c.freed.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

// Folds the calling thread's counts into the globals (thread exit).
void thread_counts_exit();
// Objects allocated and not yet freed, over all threads.
int64_t live_object_count();
// How many of those were made immortal (interned strs, shared code
// constants, classes, the contents of built-in types' dicts): they are never
// freed, and the exit report (runtime/teardown.h) counts them apart.
int64_t immortal_object_count();

}  // namespace ftpy::gc
