// timed_lock.h — a binary lock with timed, detaching, interruptible waits:
// the body of _thread.lock, _thread.RLock and so of every threading
// primitive (Condition, Event, Semaphore, Barrier, Queue build on them).
//
//   TimedLock l;
//   l.try_acquire();                    // never blocks, never detaches
//   l.acquire(-1.0);                    // forever; detaches while it waits
//   l.acquire(0.25);                    // at most 0.25 s -> kTimedOut
//   l.release();                        // caller checked locked()
//
// Not owned by a thread: any thread may release it (as _thread.lock allows).
// An interruptible waiter in the main thread wakes every
// kInterruptPollSeconds to check for Ctrl-C and returns kInterrupted without
// the lock (the caller then raises KeyboardInterrupt with
// raise_pending_interrupt()); so does one that got the lock after blocking
// while an interrupt arrived (it gives the lock back first), so the
// interrupt surfaces in the blocking call itself, never just after it. Waiting never holds the GIL, and the GIL
// is never requested while mu_ is held, so a Python-level lock cannot
// deadlock with the GIL.
#pragma once

#include <condition_variable>
#include <mutex>

namespace ftpy {

class TimedLock {
 public:
  enum class Result { kAcquired, kTimedOut, kInterrupted };
  static constexpr double kInterruptPollSeconds = 0.05;

  TimedLock() = default;
  TimedLock(const TimedLock&) = delete;
  TimedLock& operator=(const TimedLock&) = delete;

  bool try_acquire();
  // timeout_seconds < 0: no limit; 0: same as try_acquire. Detaches the
  // calling thread while it blocks (attach.h) and re-attaches before
  // returning. `interruptible` = false ignores Ctrl-C (RLock's
  // _acquire_restore, which must not fail half-way, as in CPython).
  Result acquire(double timeout_seconds, bool interruptible = true);
  void release();
  bool locked();

 private:
  std::mutex mu_;
  std::condition_variable cv_;  // notified (one waiter) by release
  bool locked_ = false;         // guarded by mu_
  int waiters_ = 0;             // guarded by mu_: threads blocked in acquire
};

}  // namespace ftpy
