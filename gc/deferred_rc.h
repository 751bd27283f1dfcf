// deferred_rc.h — per-thread counting of objects every thread touches
// (free-threaded build, FTPY_DEFERRED_RC=1).
//
// Module-level functions, code objects, modules and their dicts are read
// by every thread that runs their code; a count in the object would be one
// cache line written by all cores on every call. A kDeferred object instead
// owns a slot number (stored in ob_tid); incref/decref add +-1 to the
// calling thread's table entry for that slot (gc/refcount.h, no atomics).
// The true count, the object's ob_ref_shared plus every thread's entry, is
// only known with the world stopped, so such an object is freed only by
// deferred_reconcile(), run with the world stopped (gc collection, the
// reconcile request that enough new deferred objects raise, shutdown).
//
// GIL build, or FTPY_DEFERRED_RC=0: mark_deferred does nothing and these
// objects are counted like any other.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "gc/header.h"
#include "gc/thread_memory.h"

namespace ftpy {

struct Object;

// Makes `o` deferred-counted. `o` must be new and still private to the
// calling thread (its count is moved into the shared count).
void mark_deferred(Object* o);

namespace gc {

void deferred_thread_init(ThreadMemory* m);
// Adds the exiting thread's table into the objects' shared counts.
void deferred_thread_exit(ThreadMemory* m);
// World stopped: folds every thread's table into the objects, and returns
// the deferred objects whose count is zero, turned back into ordinary
// objects owned by the caller with one reference each; the caller releases
// them (decref) after restarting the world.
std::vector<Object*> deferred_reconcile_stopped();
// The calling thread's table entry for o (refcount_of).
intptr_t deferred_local_count(const ObjectHeader* o);

}  // namespace gc
}  // namespace ftpy
