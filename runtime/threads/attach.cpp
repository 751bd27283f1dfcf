// attach.cpp — attach()/detach() around blocking calls.
//
// For now both are bookkeeping only: they flip the calling thread's status
// (ATTACHED <-> DETACHED) so that the future stop-the-world and QSBR code can
// count detached threads as stopped, and so the GIL build has the call sites
// where it will release and retake the lock. Only the owning thread writes
// its status (release); other threads read it (acquire).
#include "runtime/threads/attach.h"

#include "runtime/threads/thread_state.h"

namespace ftpy {

void attach() {
  ThreadState* ts = current_thread_state();
  if (ts) ts->status.store(ThreadStatus::Attached, std::memory_order_release);
}

void detach() {
  ThreadState* ts = current_thread_state();
  if (ts) ts->status.store(ThreadStatus::Detached, std::memory_order_release);
}

}  // namespace ftpy
