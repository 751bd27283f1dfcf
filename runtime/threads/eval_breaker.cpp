// eval_breaker.cpp — vm::handle_eval_breaker: serving the bits of a thread's
// eval breaker (eval_breaker.h), called by the eval loop when the word is
// non-zero.
//
// Runs on the owning thread only, attached. Order: the GIL drop request
// first (another thread has waited a whole switch interval), then a pending
// interrupt (may throw KeyboardInterrupt, so it comes last). The bits
// reserved for the free-threaded core are acknowledged and cleared until
// issue 4 gives them work.
#include <atomic>

#include "runtime/threads/eval_breaker.h"
#include "runtime/threads/gil.h"
#include "runtime/threads/interrupt.h"
#include "runtime/vm/frame.h"

namespace ftpy::vm {

void handle_eval_breaker(ThreadState* ts) {
  // acquire: pairs with eval_breaker_set's release.
  uint32_t bits = ts->eval_breaker.load(std::memory_order_acquire);
  if (bits & kBreakerGilDropRequest) gil_yield(ts);
  constexpr uint32_t kReserved =
      kBreakerStopTheWorld | kBreakerBrcMerge | kBreakerQsbr | kBreakerAsyncException;
  if (bits & kReserved) eval_breaker_clear(ts, kReserved);
  if (bits & kBreakerInterrupt) {
    eval_breaker_clear(ts, kBreakerInterrupt);
    raise_pending_interrupt();  // throws KeyboardInterrupt in the main thread
  }
}

}  // namespace ftpy::vm
