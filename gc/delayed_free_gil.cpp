// delayed_free_gil.cpp — gc/delayed_free.h in the GIL build: no reader runs
// while the GIL holder frees, so every free happens at once.
#include "gc/alloc.h"
#include "gc/delayed_free.h"

namespace ftpy {

void free_delayed_fn(void* p, void (*fn)(void*)) {
  if (p) fn(p);
}

namespace gc {
void delayed_process(ThreadMemory*) {}
void delayed_thread_exit(ThreadMemory* m, void (*self_free)(void*)) { self_free(m); }
void delayed_flush_all() {}
size_t delayed_pending_count() { return 0; }
}  // namespace gc

}  // namespace ftpy
