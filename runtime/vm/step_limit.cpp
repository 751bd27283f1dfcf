// step_limit.cpp — the checkpoint budget of step_limit.h.
//
// Invariant: kBreakerStepLimit is set in a thread's eval breaker exactly
// while its t_step_budget >= 0; the budget is -1 when no limit is on. Owner
// thread only: the functions take the caller's own ThreadState.
#include "runtime/vm/step_limit.h"

#include "objects/errors.h"
#include "runtime/threads/eval_breaker.h"

namespace ftpy::vm {

namespace {
// Checkpoints left on this thread, -1 when no limit is on.
thread_local int64_t t_step_budget = -1;
}  // namespace

void set_step_limit(ThreadState* ts, int64_t steps) {
  t_step_budget = steps > 0 ? steps : 0;
  eval_breaker_set(ts, kBreakerStepLimit);
}

void clear_step_limit(ThreadState* ts) {
  eval_breaker_clear(ts, kBreakerStepLimit);
  t_step_budget = -1;
}

int64_t step_limit_remaining() {
  return t_step_budget > 0 ? t_step_budget : 0;
}

void step_limit_spend() {
  if (t_step_budget < 0) return;  // cleared while the bit was being served
  if (t_step_budget == 0) raisef(&exc::RuntimeError, "step limit exceeded");
  --t_step_budget;
}

}  // namespace ftpy::vm
