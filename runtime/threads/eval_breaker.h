// eval_breaker.h — the per-thread word the eval loop polls (ThreadState::eval_breaker).
//
// The loop tests the whole word with one relaxed load at backward jumps,
// calls and RESUME (runtime/vm/eval.cpp); only when it is non-zero does it
// call vm::handle_eval_breaker (eval_breaker.cpp), which serves each bit.
// Any thread may set a bit (fetch_or, release); the owner clears the bits it
// serves (fetch_and). Handling a bit may switch threads (GIL drop) or raise
// (KeyboardInterrupt), so the eval loop calls it only where its state is
// consistent for an exception.
#pragma once

#include <atomic>
#include <cstdint>

#include "gc/thread_memory.h"
#include "runtime/threads/thread_state.h"

namespace ftpy {

enum EvalBreakerBit : uint32_t {
  // Another thread has waited one switch interval for the GIL: release it,
  // wait until someone else took it, take it back (gil.h, forced switching).
  // Set and cleared under the GIL's mutex (gil.cpp).
  kBreakerGilDropRequest = 1u << 0,
  // A SIGINT (or _thread.interrupt_main) is pending: the main thread raises
  // KeyboardInterrupt at its next check (interrupt.h). Other threads ignore it.
  kBreakerInterrupt = 1u << 1,
  // A stop-the-world requester waits for this thread to park
  // (stop_the_world.h). Set by the requester, cleared by either side.
  kBreakerStopTheWorld = 1u << 2,
  // Objects wait in this thread's biased-count merge queue (gc/brc.h).
  kBreakerBrcMerge = gc::kRequestBrcMerge,
  // A delayed free waits for this thread's QSBR quiescent report (gc/qsbr.h).
  kBreakerQsbr = gc::kRequestQsbr,
  // Reserved: asynchronous exception delivery.
  kBreakerAsyncException = 1u << 5,
  // Enough deferred-counted objects were created that their counts should
  // be reconciled (gc/deferred_rc.h); set by the creating thread itself.
  kBreakerReconcile = gc::kRequestReconcile,
  // The tracked-allocation count passed the collector's threshold
  // (gc/collector.h); set by the allocating thread itself.
  kBreakerGc = gc::kRequestGc,
  // A step limit is on (runtime/vm/step_limit.h): set by the owner for as
  // long as the limit lasts, so every check spends one step.
  kBreakerStepLimit = 1u << 8,
};

// Sets `bits` in ts's eval breaker (release: whatever the setter wrote before
// is visible to the owner once it sees the bit). Async-signal-safe.
inline void eval_breaker_set(ThreadState* ts, uint32_t bits) {
  ts->eval_breaker.fetch_or(bits, std::memory_order_release);
}
// Clears `bits` (relaxed: the owner re-reads the state the bit guarded under
// that state's own synchronization).
inline void eval_breaker_clear(ThreadState* ts, uint32_t bits) {
  ts->eval_breaker.fetch_and(~bits, std::memory_order_relaxed);
}

}  // namespace ftpy
