// deferred_rc_gil.cpp — gc/deferred_rc.h in the GIL build: under one lock a
// shared count is no contended cache line, so nothing is deferred.
#include "gc/deferred_rc.h"

namespace ftpy {

void mark_deferred(Object*) {}

namespace gc {
void deferred_thread_init(ThreadMemory*) {}
void deferred_thread_exit(ThreadMemory*) {}
std::vector<Object*> deferred_reconcile_stopped() { return {}; }
intptr_t deferred_local_count(const ObjectHeader*) { return 0; }
}  // namespace gc

}  // namespace ftpy
