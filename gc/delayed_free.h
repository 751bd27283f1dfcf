// delayed_free.h — free memory that a lock-free reader may still be reading.
//
//   free_delayed(p)           p came from alloc_object (gc/alloc.h)
//   free_delayed_fn(p, fn)    fn(p) frees it (e.g. a record with a destructor)
//
// GIL build: frees at once (no reader can run while the GIL holder frees).
// Free-threaded build: the pointer joins the calling thread's current batch;
// a full batch gets a QSBR goal (gc/qsbr.h) and is freed once every attached
// thread has passed a quiescent state after the goal was issued. While the
// calling thread is the only registered thread, memory is freed at once.
//
// Which memory goes through here: every object (objects/object.cpp's
// free_instance_memory: any object may be read lock-free from a list, dict or
// inline cache, then try_incref'ed), list item arrays and dict tables.
#pragma once

#include <cstddef>

#include "gc/alloc.h"
#include "gc/config.h"
#include "gc/thread_memory.h"

namespace ftpy {

void free_delayed_fn(void* p, void (*fn)(void*));

struct Object;
// Drops one reference to `o` once no thread can still hold a pointer to it
// that it read without counting (a namespace value found through an inline
// cache or type_lookup). Free-threaded: queued with a QSBR goal and released
// only at an eval-breaker check (never inside a free or a critical
// section), or at once while no other thread is online. GIL: at once.
// Call it outside any critical section.
void decref_delayed(Object* o);

#if FTPY_GIL
// Whether memory freed now may be reused at once (no reader can hold a
// pointer it did not count): always under a GIL.
inline bool memory_reusable_at_once() { return true; }
inline void free_delayed(void* p) {
  if (p) free_object(p);
}
#else
// Free-threaded: while the calling thread is the only registered one.
inline bool memory_reusable_at_once() { return gc::registered_thread_count() <= 1; }
void free_delayed_slow(void* p);
// The common single-threaded case inline: no other thread exists to read.
inline void free_delayed(void* p) {
  if (memory_reusable_at_once()) {
    if (p) free_object(p);
    return;
  }
  free_delayed_slow(p);
}
#endif

namespace gc {
// Frees the calling thread's batches whose goal every thread reached, and
// adopts orphaned batches of exited threads. Owner only.
void delayed_process(ThreadMemory* m);
// Releases the delayed decrefs that are due (the eval-breaker handler: a
// safe point, where deallocators may run). Owner only.
void delayed_decrefs_process(ThreadMemory* m);
// Thread exit: the thread's batches, and `self_free` for its own record,
// become orphans for the remaining threads to free.
void delayed_thread_exit(ThreadMemory* m, void (*self_free)(void*));
}  // namespace gc

}  // namespace ftpy
