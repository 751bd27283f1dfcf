// stop_the_world_gil.cpp — stop_the_world.h in the GIL build: the caller
// holds the GIL, which already stops every other thread from running
// bytecode; nothing is deferred, so there is nothing to reconcile.
#include <atomic>

#include "runtime/threads/stop_the_world.h"

namespace ftpy {

namespace {
std::atomic<uint64_t> g_stw_count{0};
}

void stop_the_world() {}
void start_the_world() { g_stw_count.fetch_add(1, std::memory_order_relaxed); }
void stw_park(ThreadState*) {}
void stw_wait_until_released(ThreadState*) {}
void stw_notify_detached() {}
size_t reconcile_deferred_counts() { return 0; }
void stop_the_world_forever() {}
uint64_t stop_the_world_count() { return g_stw_count.load(std::memory_order_relaxed); }

}  // namespace ftpy
