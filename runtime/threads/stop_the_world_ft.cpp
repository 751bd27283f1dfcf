// stop_the_world_ft.cpp — stop-the-world in the free-threaded build
// (stop_the_world.h).
//
// sync().stw_mu serialises requesters and is held for the whole pause; the
// thread registry lock is held too, so no thread registers or unregisters
// meanwhile (threads take it only while detached). park_mu + park_cv
// carry every wake-up: a parked thread waits for its status to leave
// SUSPENDED, the requester waits for "every other thread stopped".
#include <condition_variable>
#include <mutex>

#include "gc/deferred_rc.h"
#include "gc/qsbr.h"
#include "runtime/threads/attach.h"
#include "runtime/threads/eval_breaker.h"
#include "runtime/threads/stop_the_world.h"

namespace ftpy {

namespace {

// Never destroyed: at exit, daemon threads stay parked on them for good
// (stop_the_world_forever), so their destructors must never run.
struct Sync {
  std::mutex stw_mu;                 // one requester at a time
  std::mutex park_mu;                // guards the waits below
  std::condition_variable park_cv;
};
Sync& sync() {
  static Sync* s = new Sync();
  return *s;
}

std::atomic<bool> g_stw_active{false};  // written under sync().park_mu
std::atomic<uint64_t> g_stw_count{0};

// Requester: true when every other registered thread is stopped; moves
// detached ones to SUSPENDED.
bool all_others_stopped(ThreadState* self) {
  bool all = true;
  for (ThreadState* ts : thread_registry_locked()) {
    if (ts == self) continue;
    ThreadStatus s = ts->status.load(std::memory_order_acquire);
    if (s == ThreadStatus::Detached) {
      // acquire: the detached thread's last writes are visible to us.
      if (ts->status.compare_exchange_strong(s, ThreadStatus::Suspended,
                                             std::memory_order_acquire))
        continue;
    }
    if (s != ThreadStatus::Suspended) all = false;
  }
  return all;
}

}  // namespace

void stop_the_world() {
  ThreadState* self = current_thread_state();
  {
    DetachScope waiting;  // another requester may be pausing us right now
    sync().stw_mu.lock();
  }
  thread_registry_lock();
  {
    std::lock_guard<std::mutex> lock(sync().park_mu);
    g_stw_active.store(true, std::memory_order_relaxed);
  }
  for (ThreadState* ts : thread_registry_locked()) {
    if (ts != self) eval_breaker_set(ts, kBreakerStopTheWorld);
  }
  std::unique_lock<std::mutex> lock(sync().park_mu);
  while (!all_others_stopped(self)) {
    // Attached threads notify when they park; detached ones are caught by
    // the re-scan (they notify too, but a time-out keeps this robust).
    sync().park_cv.wait_for(lock, std::chrono::milliseconds(1));
  }
}



void start_the_world() {
  ThreadState* self = current_thread_state();
  {
    std::lock_guard<std::mutex> lock(sync().park_mu);
    g_stw_active.store(false, std::memory_order_relaxed);
    for (ThreadState* ts : thread_registry_locked()) {
      if (ts == self) continue;
      eval_breaker_clear(ts, kBreakerStopTheWorld);
      ThreadStatus s = ThreadStatus::Suspended;
      // release: our writes during the pause happen-before the thread attaches.
      ts->status.compare_exchange_strong(s, ThreadStatus::Detached, std::memory_order_release);
    }
  }
  sync().park_cv.notify_all();
  g_stw_count.fetch_add(1, std::memory_order_relaxed);
  thread_registry_unlock();
  sync().stw_mu.unlock();
}

void stw_park(ThreadState* ts) {
  eval_breaker_clear(ts, kBreakerStopTheWorld);
  std::unique_lock<std::mutex> lock(sync().park_mu);
  if (!g_stw_active.load(std::memory_order_relaxed)) return;
  if (ts->memory) {
    gc::qsbr_quiescent(ts->memory);
    gc::qsbr_offline(ts->memory);
  }
  ts->status.store(ThreadStatus::Suspended, std::memory_order_release);
  sync().park_cv.notify_all();
  while (ts->status.load(std::memory_order_acquire) == ThreadStatus::Suspended) sync().park_cv.wait(lock);
  lock.unlock();
  // Back from the pause: DETACHED now; attach as usual.
  for (;;) {
    ThreadStatus expected = ThreadStatus::Detached;
    if (ts->status.compare_exchange_strong(expected, ThreadStatus::Attached,
                                           std::memory_order_acquire))
      break;
    stw_wait_until_released(ts);
  }
  if (ts->memory) gc::qsbr_online(ts->memory);
}

void stw_wait_until_released(ThreadState* ts) {
  std::unique_lock<std::mutex> lock(sync().park_mu);
  while (ts->status.load(std::memory_order_acquire) == ThreadStatus::Suspended) sync().park_cv.wait(lock);
}

void stw_notify_detached() {
  if (!g_stw_active.load(std::memory_order_relaxed)) return;
  { std::lock_guard<std::mutex> lock(sync().park_mu); }
  sync().park_cv.notify_all();
}

size_t reconcile_deferred_counts() {
  std::vector<Object*> dead;
  {
    StopTheWorld stw;
    dead = gc::deferred_reconcile_stopped();
  }
  for (Object* o : dead) decref(o);
  return dead.size();
}

void stop_the_world_forever() { stop_the_world(); }

uint64_t stop_the_world_count() { return g_stw_count.load(std::memory_order_relaxed); }

}  // namespace ftpy
