// thread_mode.h — whether another thread can touch objects yet.
//
//   if (!other_threads_may_run()) { ... the plain single-thread path ... }
//   become_multithreaded();   // before starting a thread that runs Python
//
// Until a process starts its second thread nothing can race with the one
// thread it has, so the free-threaded build skips what only guards against
// other threads: critical sections push their frame but take no lock
// (critical_section.h), collector-list links take no lock (gc_list_ft.cpp)
// and container reads skip the load/try_incref/re-check protocol
// (objects/list.cpp, dict.cpp). glibc does the same for its own locks
// (SINGLE_THREAD_P). The GIL build answers false always (nothing ever races
// there: kConcurrentReaders).
//
// become_multithreaded() is called by the thread that is about to start
// another while it is still the only one (spawn_thread in _thread): it turns
// its own lock-free critical-section frames into held locks (it may be
// inside one: a sort key or __eq__ that starts a thread), then sets the flag.
// The new thread is created after that store, and pthread_create orders it
// before everything the new thread does. thread_state_create sets the flag
// too, for threads registered some other way (the unit tests'
// std::threads); their creator must not be inside a critical section.
// Once set, the flag stays set. FTPY_MULTITHREADED=1 in the environment
// sets it at start-up, to measure the single-thread cost of the locks.
//
// Concurrency: written only as described above; read relaxed. A thread that
// reads false is the only thread that exists: any other was created after
// the store, which the creator itself then reads.
#pragma once

#include <atomic>

#include "gc/lockfree_reads.h"

namespace ftpy {

extern std::atomic<bool> g_multithreaded;

FTPY_ALWAYS_INLINE bool other_threads_may_run() {
  return kConcurrentReaders && g_multithreaded.load(std::memory_order_relaxed);
}

// The calling thread is the only one and is about to start another.
void become_multithreaded();

}  // namespace ftpy
