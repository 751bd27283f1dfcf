// attach_ft.cpp — attach()/detach() in the free-threaded build (attach.h).
//
// Status transitions of a thread state (only these):
//   owner:      ATTACHED -> DETACHED (detach), DETACHED -> ATTACHED (attach,
//               compare-and-swap: fails while a stop-the-world holds it),
//               ATTACHED -> SUSPENDED (parking at a stop-the-world request)
//   requester:  DETACHED -> SUSPENDED (stop_the_world, compare-and-swap),
//               SUSPENDED -> DETACHED (start_the_world)
// so a thread that is not ATTACHED never touches objects, and one that a
// stop-the-world suspended cannot attach until the world restarts.
#include "gc/qsbr.h"
#include "runtime/threads/attach.h"
#include "runtime/threads/critical_section.h"
#include "runtime/threads/stop_the_world.h"
#include "runtime/threads/thread_state.h"

namespace ftpy {

namespace {

bool detach_thread(bool suspend_sections) {
  ThreadState* ts = current_thread_state();
  if (!ts || ts->status.load(std::memory_order_relaxed) != ThreadStatus::Attached) return false;
  if (suspend_sections) critical_sections_suspend_all();
  if (ts->memory) {
    gc::qsbr_quiescent(ts->memory);
    gc::qsbr_offline(ts->memory);
  }
  // release: everything this thread did happens-before a stop-the-world
  // requester's acquire of the status.
  ts->status.store(ThreadStatus::Detached, std::memory_order_release);
  stw_notify_detached();
  return true;
}

bool attach_thread() {
  ThreadState* ts = current_thread_state();
  if (!ts || ts->status.load(std::memory_order_relaxed) == ThreadStatus::Attached) return false;
  for (;;) {
    ThreadStatus expected = ThreadStatus::Detached;
    // acquire: pairs with start_the_world's release (the collector's
    // writes are visible before this thread touches objects again).
    if (ts->status.compare_exchange_strong(expected, ThreadStatus::Attached,
                                           std::memory_order_acquire))
      break;
    stw_wait_until_released(ts);  // SUSPENDED by a stop-the-world
  }
  if (ts->memory) gc::qsbr_online(ts->memory);
  return true;
}

}  // namespace

bool detach() { return detach_thread(true); }

void attach() {
  if (attach_thread()) critical_sections_resume_top();
}

ParkScope::ParkScope() : detached_(detach_thread(true)) {}
ParkScope::~ParkScope() {
  if (detached_) attach_thread();
}

}  // namespace ftpy
