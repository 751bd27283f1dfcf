// parking_lot.cpp — see parking_lot.h.
//
// Invariant: a waiter is in its bucket's list exactly while it sleeps in
// park(); only unpark_one (or the waiter itself on time-out) removes it,
// always under the bucket mutex, and sets `woken` before notifying, so a
// wake-up is never lost (the waiter re-checks `woken` under the same mutex).
#include "runtime/threads/parking_lot.h"

#include <condition_variable>
#include <mutex>

namespace ftpy::parking {

namespace {

struct Waiter {
  const void* addr = nullptr;
  Waiter* next = nullptr;
  std::condition_variable cv;
  bool woken = false;  // guarded by the bucket mutex
  WaiterInfo info;
};

struct alignas(64) Bucket {
  std::mutex mu;
  Waiter* head = nullptr;  // guarded by mu; FIFO
  Waiter* tail = nullptr;
};

constexpr size_t kBuckets = 257;
Bucket g_buckets[kBuckets];

Bucket& bucket_for(const void* addr) {
  auto a = reinterpret_cast<uintptr_t>(addr);
  return g_buckets[(a >> 3) % kBuckets];
}

void remove_locked(Bucket& b, Waiter* w) {
  Waiter* prev = nullptr;
  for (Waiter* it = b.head; it; prev = it, it = it->next) {
    if (it != w) continue;
    if (prev) prev->next = it->next; else b.head = it->next;
    if (b.tail == it) b.tail = prev;
    it->next = nullptr;
    return;
  }
}

}  // namespace

ParkResult park(const void* addr, ValidateFn validate, void* arg,
                std::chrono::steady_clock::time_point deadline, void** token) {
  Bucket& b = bucket_for(addr);
  Waiter w;
  w.addr = addr;
  std::unique_lock<std::mutex> lock(b.mu);
  if (validate && !validate(addr, arg)) return ParkResult::kInvalid;
  w.info.since = std::chrono::steady_clock::now();
  if (b.tail) b.tail->next = &w; else b.head = &w;
  b.tail = &w;
  while (!w.woken) {
    if (deadline == std::chrono::steady_clock::time_point::max()) {
      w.cv.wait(lock);
    } else if (w.cv.wait_until(lock, deadline) == std::cv_status::timeout && !w.woken) {
      remove_locked(b, &w);
      return ParkResult::kTimedOut;
    }
  }
  if (token) *token = w.info.token;
  return ParkResult::kUnparked;
}

bool unpark_one(const void* addr, DecideFn decide, void* arg) {
  Bucket& b = bucket_for(addr);
  std::lock_guard<std::mutex> lock(b.mu);
  Waiter* w = b.head;
  while (w && w->addr != addr) w = w->next;
  bool more = false;
  if (w) {
    for (Waiter* it = w->next; it; it = it->next) {
      if (it->addr == addr) {
        more = true;
        break;
      }
    }
  }
  decide(addr, w ? &w->info : nullptr, more, arg);
  if (!w) return false;
  remove_locked(b, w);
  w->woken = true;
  // Notify under the lock: the waiter's Waiter lives on its stack and may
  // return as soon as it can re-take the mutex.
  w->cv.notify_one();
  return true;
}

}  // namespace ftpy::parking
