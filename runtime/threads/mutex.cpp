// mutex.cpp — slow paths of the one-byte lock (mutex.h).
//
// Invariant: kMutexHasParked is set whenever a thread is in (or about to
// enter) park() on the word; park() re-validates "locked and has-parked"
// under the bucket lock, and unlock's decision runs under the same bucket
// lock, so an unlock can never miss a waiter that is about to sleep.
// A hand-off keeps kMutexLocked set and passes ownership in the wake-up
// token; the woken thread then owns the lock without touching the word.
#include "runtime/threads/mutex.h"

#include <thread>

#include "runtime/threads/attach.h"
#include "runtime/threads/parking_lot.h"

namespace ftpy {

namespace {

constexpr int kSpinTries = 40;
std::atomic<uint64_t> g_parks{0}, g_handoffs{0};
void* const kHandedOff = reinterpret_cast<void*>(1);

bool still_locked_with_waiters(const void* addr, void*) {
  auto* m = static_cast<const std::atomic<uint8_t>*>(addr);
  return m->load(std::memory_order_relaxed) == (kMutexLocked | kMutexHasParked);
}

void decide_unlock(const void* addr, parking::WaiterInfo* waiter, bool more, void*) {
  auto* m = static_cast<std::atomic<uint8_t>*>(const_cast<void*>(addr));
  uint8_t parked = more ? kMutexHasParked : 0;
  if (waiter && std::chrono::steady_clock::now() - waiter->since > kHandoffAfter) {
    // Fair hand-off: ownership passes to the waiter; the word stays locked.
    waiter->token = kHandedOff;
    g_handoffs.fetch_add(1, std::memory_order_relaxed);
    m->store(kMutexLocked | parked, std::memory_order_release);
  } else {
    // release: this unlock's critical section happens-before the next lock.
    m->store(parked, std::memory_order_release);
  }
}

}  // namespace

void mutex_lock_slow(std::atomic<uint8_t>* m, LockWait how) {
  int spins = 0;
  for (;;) {
    uint8_t v = m->load(std::memory_order_relaxed);
    if (!(v & kMutexLocked)) {
      if (m->compare_exchange_weak(v, v | kMutexLocked, std::memory_order_acquire,
                                   std::memory_order_relaxed))
        return;
      continue;
    }
    if (spins < kSpinTries) {
      ++spins;
      std::this_thread::yield();
      continue;
    }
    if (!(v & kMutexHasParked) &&
        !m->compare_exchange_weak(v, v | kMutexHasParked, std::memory_order_relaxed))
      continue;
    g_parks.fetch_add(1, std::memory_order_relaxed);
    void* token = nullptr;
    parking::ParkResult r;
    if (how == LockWait::kDetach) {
      ParkScope parked;  // detach + suspend critical sections while asleep
      r = parking::park(m, &still_locked_with_waiters, nullptr,
                        std::chrono::steady_clock::time_point::max(), &token);
    } else {
      r = parking::park(m, &still_locked_with_waiters, nullptr,
                        std::chrono::steady_clock::time_point::max(), &token);
    }
    if (r == parking::ParkResult::kUnparked && token == kHandedOff) {
      // acquire: pairs with decide_unlock's release store of the word.
      std::atomic_thread_fence(std::memory_order_acquire);
      return;
    }
    spins = 0;
  }
}

void mutex_unlock_slow(std::atomic<uint8_t>* m) {
  for (;;) {
    uint8_t v = m->load(std::memory_order_relaxed);
    if (v == kMutexLocked) {
      if (m->compare_exchange_weak(v, 0, std::memory_order_release, std::memory_order_relaxed))
        return;
      continue;
    }
    // Waiters may be parked: decide under the bucket lock.
    parking::unpark_one(m, &decide_unlock, nullptr);
    return;
  }
}

MutexStats mutex_stats() {
  return {g_parks.load(std::memory_order_relaxed), g_handoffs.load(std::memory_order_relaxed)};
}

}  // namespace ftpy
