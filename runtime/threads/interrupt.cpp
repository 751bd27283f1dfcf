// interrupt.cpp — SIGINT to KeyboardInterrupt (interrupt.h).
//
// Shared state: g_pending (atomic<bool>) is set by the signal handler or
// request_interrupt() and consumed by the main thread (exchange, acq_rel).
// The handler also sets kBreakerInterrupt in the main thread's eval breaker,
// found through main_thread_state() (an atomic pointer published once at
// start-up). Only lock-free atomics are touched in the handler.
#include "runtime/threads/interrupt.h"

#include <signal.h>

#include <atomic>

#include "objects/errors.h"
#include "runtime/threads/eval_breaker.h"
#include "runtime/threads/thread_state.h"

namespace ftpy {

namespace {

std::atomic<bool> g_pending{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler needs a lock-free flag");
static_assert(std::atomic<uint32_t>::is_always_lock_free, "the signal handler needs a lock-free word");

void mark_pending() {
  g_pending.store(true, std::memory_order_release);
  if (ThreadState* main = main_thread_state()) eval_breaker_set(main, kBreakerInterrupt);
}

extern "C" void on_sigint(int) { mark_pending(); }

}  // namespace

void install_interrupt_handler() {
  // As CPython: a SIGINT ignored by the parent (e.g. a background job of a
  // non-interactive shell) stays ignored.
  struct sigaction old {};
  if (sigaction(SIGINT, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) return;
  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sigaction(SIGINT, &sa, nullptr);
}

void request_interrupt() { mark_pending(); }

bool interrupt_pending() { return g_pending.load(std::memory_order_relaxed); }

bool is_main_thread() {
  ThreadState* ts = current_thread_state();
  return ts != nullptr && ts == main_thread_state();
}

void raise_pending_interrupt() {
  if (!is_main_thread()) return;
  // acq_rel: consumes the handler's store; only one check raises.
  if (!g_pending.exchange(false, std::memory_order_acq_rel)) return;
  raise_empty(&exc::KeyboardInterrupt);
}

}  // namespace ftpy
