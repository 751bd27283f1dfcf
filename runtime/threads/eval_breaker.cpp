// eval_breaker.cpp — vm::handle_eval_breaker: serving the bits of a thread's
// eval breaker (eval_breaker.h), called by the eval loop when the word is
// non-zero.
//
// Runs on the owning thread only, attached. Order: the GIL drop request
// first (another thread has waited a whole switch interval), then a
// stop-the-world request (others are waiting for us), the memory requests
// (merge queue, QSBR report: an eval-breaker check is a quiescent state),
// a deferred-count reconcile, a pending interrupt (may throw
// KeyboardInterrupt), and last the step limit (may throw RuntimeError).
#include <atomic>

#include "gc/collector.h"
#include "runtime/threads/eval_breaker.h"
#include "runtime/threads/gil.h"
#include "runtime/threads/interrupt.h"
#include "runtime/threads/stop_the_world.h"
#include "runtime/vm/frame.h"
#include "runtime/vm/step_limit.h"

namespace ftpy::vm {

void handle_eval_breaker(ThreadState* ts) {
  // acquire: pairs with eval_breaker_set's release.
  uint32_t bits = ts->eval_breaker.load(std::memory_order_acquire);
  if (bits & kBreakerGilDropRequest) gil_yield(ts);
  if (bits & kBreakerStopTheWorld) stw_park(ts);
  if ((bits & (kBreakerBrcMerge | kBreakerQsbr)) && ts->memory) gc::serve_memory_requests(ts->memory);
  if (bits & kBreakerReconcile) {
    eval_breaker_clear(ts, kBreakerReconcile);
    reconcile_deferred_counts();
  }
  if (bits & kBreakerGc) {
    eval_breaker_clear(ts, kBreakerGc);
    gc::gc_run_requested();
  }
  if (bits & kBreakerAsyncException) eval_breaker_clear(ts, kBreakerAsyncException);
  if (bits & kBreakerInterrupt) {
    eval_breaker_clear(ts, kBreakerInterrupt);
    raise_pending_interrupt();  // throws KeyboardInterrupt in the main thread
  }
  if (bits & kBreakerStepLimit) step_limit_spend();  // may throw RuntimeError
}

}  // namespace ftpy::vm
