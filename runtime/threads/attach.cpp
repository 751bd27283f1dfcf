// attach.cpp — attach()/detach() around blocking calls (attach.h).
//
// detach: mark the calling thread DETACHED (release: stop-the-world and QSBR,
// issue 4, read it with acquire and count the thread as stopped), then give
// up the GIL. attach: take the GIL, then mark the thread ATTACHED. The GIL
// (gil.h) is a no-op where it is not active, so these are the only two
// functions a blocking call needs in either build. Only the owning thread
// writes its status. Both are no-ops on a thread without a ThreadState and
// tolerate nesting (detach when detached / attach when attached do nothing).
#include "runtime/threads/attach.h"

#include "runtime/threads/gil.h"
#include "runtime/threads/thread_state.h"

namespace ftpy {

void attach() {
  ThreadState* ts = current_thread_state();
  if (!ts) return;
  gil_acquire(ts);
  ts->status.store(ThreadStatus::Attached, std::memory_order_release);
}

void detach() {
  ThreadState* ts = current_thread_state();
  if (!ts) return;
  ts->status.store(ThreadStatus::Detached, std::memory_order_release);
  gil_release(ts);
}

}  // namespace ftpy
