// timed_lock.cpp — TimedLock (timed_lock.h).
//
// Invariants: locked_ and waiters_ change only under mu_. A blocked acquire
// holds mu_ only inside cv_.wait*, and the thread is DETACHED for the whole
// wait (it neither holds nor asks for the GIL while mu_ is held): the
// DetachScope is entered before mu_ is taken and left after it is dropped.
// release() notifies under mu_, so the lock object cannot be freed between
// the unlock and the notify (the releasing caller's reference keeps it).
#include "runtime/threads/timed_lock.h"

#include <chrono>

#include "runtime/threads/attach.h"
#include "runtime/threads/interrupt.h"

namespace ftpy {

namespace {
using Clock = std::chrono::steady_clock;

Clock::duration seconds(double s) {
  return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(s));
}
}  // namespace

bool TimedLock::try_acquire() {
  std::lock_guard<std::mutex> lk(mu_);
  if (locked_) return false;
  locked_ = true;
  return true;
}

TimedLock::Result TimedLock::acquire(double timeout_seconds, bool interruptible) {
  if (try_acquire()) return Result::kAcquired;
  if (timeout_seconds == 0) return Result::kTimedOut;
  const bool bounded = timeout_seconds > 0;
  // The longest timeout _thread accepts is TIMEOUT_MAX (~292 years): fits.
  const Clock::time_point deadline = bounded ? Clock::now() + seconds(timeout_seconds)
                                             : Clock::time_point::max();
  interruptible = interruptible && is_main_thread();
  Result result = Result::kAcquired;
  {
    DetachScope detached;
    std::unique_lock<std::mutex> lk(mu_);
    ++waiters_;
    while (locked_) {
      if (interruptible && interrupt_pending()) {
        result = Result::kInterrupted;
        break;
      }
      Clock::time_point now = Clock::now();
      if (bounded && now >= deadline) {
        result = Result::kTimedOut;
        break;
      }
      Clock::time_point wake = deadline;
      if (interruptible) {
        Clock::time_point poll = now + seconds(kInterruptPollSeconds);
        if (poll < wake) wake = poll;
      }
      if (wake == Clock::time_point::max()) {
        cv_.wait(lk);
      } else {
        cv_.wait_until(lk, wake);
      }
    }
    --waiters_;
    if (result == Result::kAcquired) locked_ = true;
  }
  // An interrupt that arrived while we waited wins over the lock: give it
  // back, so the caller raises without holding it.
  if (result == Result::kAcquired && interruptible && interrupt_pending()) {
    release();
    result = Result::kInterrupted;
  }
  return result;
}

void TimedLock::release() {
  std::lock_guard<std::mutex> lk(mu_);
  locked_ = false;
  if (waiters_ > 0) cv_.notify_one();
}

bool TimedLock::locked() {
  std::lock_guard<std::mutex> lk(mu_);
  return locked_;
}

}  // namespace ftpy
