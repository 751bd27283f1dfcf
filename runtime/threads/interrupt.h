// interrupt.h — Ctrl-C: SIGINT becomes KeyboardInterrupt in the main thread.
//
// SIGINT is delivered to the main thread only (other threads block it, see
// main.cpp and thread_module.cpp), so it also ends the main thread's
// blocking system calls (EINTR: time.sleep).
// The signal handler only stores a pending flag and sets kBreakerInterrupt
// in the main thread's eval breaker (both lock-free atomics, so the handler
// is async-signal-safe). The main thread raises KeyboardInterrupt at its
// next eval-breaker check; its blocking lock waits poll the flag (timed_lock.h)
// so Ctrl-C also ends a wait. Any thread may run the handler.
#pragma once

namespace ftpy {

// Installs the SIGINT handler (the CLI calls it once after runtime_init).
void install_interrupt_handler();
// Marks an interrupt pending, as SIGINT would (_thread.interrupt_main).
void request_interrupt();
// True when an interrupt is pending (relaxed load; cheap enough to poll).
bool interrupt_pending();
// In the main thread: consumes a pending interrupt and raises
// KeyboardInterrupt. Elsewhere, or with none pending: returns.
void raise_pending_interrupt();
// True when the caller is the main thread (the one runtime_init ran on).
bool is_main_thread();

}  // namespace ftpy
