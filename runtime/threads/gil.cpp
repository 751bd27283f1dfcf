// gil.cpp — the GIL hand-off (design and protocol in gil.h).
//
// State, all guarded by Gil::mu (no field is read without it, so no atomics
// are needed here; the only cross-thread signal outside the mutex is the
// drop-request bit in the holder's eval breaker, set with release order by a
// waiter and read relaxed by the holder at its checks — the holder then takes
// mu, which orders everything after):
//   locked          the GIL is taken
//   holder          the ThreadState that took it (valid while locked: a state
//                   is destroyed only after its thread released the GIL)
//   switch_number   bumped at every take; a waiter compares it across its
//                   timed wait to tell "nobody got it" from "it moved on", and
//                   a yielding thread waits for it to change (forced switching)
//   waiters         threads inside gil_acquire's wait loop
//   stats           GilStats, for _thread._gil_stats()
// Concurrency: any thread may call any function; the Gil object is never
// destroyed (daemon threads may still wait on it while the process exits).
#include "runtime/threads/gil.h"

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "runtime/modules/sys_module.h"
#include "runtime/threads/eval_breaker.h"

namespace ftpy {

namespace {

using Clock = std::chrono::steady_clock;

struct Gil {
  std::mutex mu;
  std::condition_variable released;  // notified when the GIL becomes free
  std::condition_variable switched;  // notified when a thread takes it
  bool locked = false;                // guarded by mu
  ThreadState* holder = nullptr;      // guarded by mu
  uint64_t switch_number = 0;         // guarded by mu
  int waiters = 0;                    // guarded by mu
  GilStats stats;                     // guarded by mu
};

// Leaked on purpose: never destroyed, so a daemon thread still blocked in it
// at exit never touches a destroyed mutex.
Gil& the_gil() {
  static Gil* gil = new Gil();
  return *gil;
}

Clock::duration interval_duration() {
  double s = switch_interval();
  if (!(s > 0)) s = 0.005;
  if (s > 1e6) s = 1e6;
  return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(s));
}

// Takes the free GIL for ts. Caller holds mu and saw !locked.
void take_locked(Gil& g, ThreadState* ts) {
  g.locked = true;
  g.holder = ts;
  ++g.switch_number;
  ++g.stats.acquisitions;
  // A request addressed to ts during an earlier tenure is stale now.
  eval_breaker_clear(ts, kBreakerGilDropRequest);
  g.switched.notify_all();
}

// Waits until the GIL is free and takes it; asks the holder to drop it after
// every switch interval in which it did not change hands.
void acquire_locked(Gil& g, ThreadState* ts, std::unique_lock<std::mutex>& lk) {
  if (!g.locked) {
    take_locked(g, ts);
    return;
  }
  Clock::time_point start = Clock::now();
  ++g.waiters;
  while (g.locked) {
    uint64_t seen = g.switch_number;
    std::cv_status st = g.released.wait_for(lk, interval_duration());
    if (st == std::cv_status::timeout && g.locked && g.switch_number == seen && g.holder) {
      // release: pairs with the holder's load in the eval loop; the holder
      // then synchronises through mu in gil_yield.
      eval_breaker_set(g.holder, kBreakerGilDropRequest);
      ++g.stats.drop_requests;
    }
  }
  --g.waiters;
  take_locked(g, ts);
  double waited = std::chrono::duration<double>(Clock::now() - start).count();
  ++g.stats.contended;
  g.stats.total_wait_seconds += waited;
  if (waited > g.stats.max_wait_seconds) g.stats.max_wait_seconds = waited;
}

// Gives the GIL up. Caller holds mu and is the holder.
void release_locked(Gil& g, ThreadState* ts) {
  g.locked = false;
  g.holder = nullptr;
  eval_breaker_clear(ts, kBreakerGilDropRequest);
  g.released.notify_one();
}

}  // namespace

void gil_acquire(ThreadState* ts) {
  if constexpr (!kGilActive) return;
  Gil& g = the_gil();
  std::unique_lock<std::mutex> lk(g.mu);
  if (g.locked && g.holder == ts) return;
  acquire_locked(g, ts, lk);
}

void gil_release(ThreadState* ts) {
  if constexpr (!kGilActive) return;
  Gil& g = the_gil();
  std::lock_guard<std::mutex> lk(g.mu);
  if (!g.locked || g.holder != ts) return;
  release_locked(g, ts);
}

bool gil_drop_requested(const ThreadState* ts) {
  return (ts->eval_breaker.load(std::memory_order_relaxed) & kBreakerGilDropRequest) != 0;
}

void gil_yield(ThreadState* ts) {
  if constexpr (!kGilActive) {
    eval_breaker_clear(ts, kBreakerGilDropRequest);
    return;
  }
  Gil& g = the_gil();
  std::unique_lock<std::mutex> lk(g.mu);
  if (!g.locked || g.holder != ts) {  // stale request: nothing to give up
    eval_breaker_clear(ts, kBreakerGilDropRequest);
    return;
  }
  ts->status.store(ThreadStatus::Detached, std::memory_order_release);
  release_locked(g, ts);
  if (g.waiters > 0) {
    // Forced switching: do not compete until someone else has had it.
    uint64_t seen = g.switch_number;
    while (g.switch_number == seen) g.switched.wait(lk);
    ++g.stats.forced_switches;
  }
  acquire_locked(g, ts, lk);
  ts->status.store(ThreadStatus::Attached, std::memory_order_release);
}

bool gil_held_by(const ThreadState* ts) {
  if constexpr (!kGilActive) return false;
  Gil& g = the_gil();
  std::lock_guard<std::mutex> lk(g.mu);
  return g.locked && g.holder == ts;
}

GilStats gil_stats() {
  Gil& g = the_gil();
  std::lock_guard<std::mutex> lk(g.mu);
  return g.stats;
}

void gil_stats_reset() {
  Gil& g = the_gil();
  std::lock_guard<std::mutex> lk(g.mu);
  g.stats = GilStats{};
}

}  // namespace ftpy
