// delayed_free_gil.cpp — gc/delayed_free.h in the GIL build: no reader runs
// while the GIL holder frees, so every free happens at once.
#include "gc/alloc.h"
#include "gc/delayed_free.h"
#include "objects/object.h"

namespace ftpy {

void free_delayed_fn(void* p, void (*fn)(void*)) {
  if (p) fn(p);
}

void decref_delayed(Object* o) { xdecref(o); }

namespace gc {
void delayed_process(ThreadMemory*) {}
void delayed_decrefs_process(ThreadMemory*) {}
void delayed_thread_exit(ThreadMemory* m, void (*self_free)(void*)) { self_free(m); }
}  // namespace gc

}  // namespace ftpy
