// attach_gil.cpp — attach()/detach() in the GIL build (attach.h): give up
// and retake the GIL. Only the owning thread writes its status. No-ops on a
// thread without a ThreadState.
#include "runtime/threads/attach.h"
#include "runtime/threads/gil.h"
#include "runtime/threads/thread_state.h"

namespace ftpy {

bool detach() {
  ThreadState* ts = current_thread_state();
  if (!ts || ts->status.load(std::memory_order_relaxed) != ThreadStatus::Attached) return false;
  ts->status.store(ThreadStatus::Detached, std::memory_order_release);
  gil_release(ts);
  return true;
}

void attach() {
  ThreadState* ts = current_thread_state();
  if (!ts || ts->status.load(std::memory_order_relaxed) == ThreadStatus::Attached) return;
  gil_acquire(ts);
  ts->status.store(ThreadStatus::Attached, std::memory_order_release);
}

ParkScope::ParkScope() : detached_(detach()) {}
ParkScope::~ParkScope() {
  if (detached_) attach();
}

}  // namespace ftpy
