// step_limit.h — an optional per-thread budget of eval-loop checkpoints, so
// that untrusted short programs (fuzz/fuzz_run.cpp) cannot run forever.
//
// A checkpoint is every place the eval loop polls its eval breaker: RESUME
// (each frame start), backward jumps and calls. set_step_limit gives the
// calling thread a budget of `steps` checkpoints and sets kBreakerStepLimit
// in its eval breaker; the bit stays set while the limit is on, so every
// checkpoint takes the breaker's slow path, which spends one step. Once the
// budget is spent, every further checkpoint raises RuntimeError("step limit
// exceeded"): a program that catches it still cannot loop or call again
// without raising, so it unwinds to the caller of eval_code.
//
// Cost: none while no limit is set (the breaker word is tested anyway; no
// new load on the fast path); with a limit, one call per checkpoint.
// Native loops (e.g. sum over a huge range) pass no checkpoint and are not
// bounded.
//
// Concurrency: owner thread only. The budget is a thread_local of
// step_limit.cpp; the bit is set and cleared by the owner with the
// breaker's atomic helpers, so other threads' bits are not disturbed.
// Threads the program starts get no limit.
#pragma once

#include <cstdint>

#include "runtime/threads/thread_state.h"

namespace ftpy::vm {

// Gives ts (the calling thread's state) `steps` > 0 checkpoints.
void set_step_limit(ThreadState* ts, int64_t steps);
// Switches the limit off; the loop is back to its usual speed.
void clear_step_limit(ThreadState* ts);
// Checkpoints left on the calling thread (0 when spent or off).
int64_t step_limit_remaining();

// Called by handle_eval_breaker while kBreakerStepLimit is set: spends one
// step, or raises RuntimeError when none is left.
void step_limit_spend();

}  // namespace ftpy::vm
