// mutex.h — the one-byte lock of every object (ObjectHeader::ob_mutex) and
// of small runtime structures, modeled on WebKit's WTF::Lock and CPython's
// PyMutex.
//
//   mutex_lock(&o->ob_mutex);  ...;  mutex_unlock(&o->ob_mutex);
//   Mutex m;  m.lock();  m.unlock();      // the same, as a standalone member
//
// Lock word (one byte):
//   bit 0 kMutexLocked     held by some thread
//   bit 1 kMutexHasParked  some thread may be parked on the word
// Fast paths: one compare-and-swap 0 -> locked (acquire) to lock, locked -> 0
// (release) to unlock. Slow path: spin briefly (yield), then park in the
// parking lot (parking_lot.h), detached, so a blocked thread never holds up
// stop-the-world or QSBR, and with its critical sections suspended, so
// per-object locks cannot deadlock (critical_section.h).
//
// Fairness: an unlock that finds a waiter parked for more than
// kHandoffAfter hands the lock straight to it (the locked bit stays set),
// so a thread that keeps re-locking cannot starve a parked one. Otherwise
// the woken waiter competes again (throughput first).
//
// Not recursive: locking a mutex the thread already holds deadlocks (the
// critical sections detect that case themselves). Any thread may contend.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace ftpy {

inline constexpr uint8_t kMutexLocked = 1;
inline constexpr uint8_t kMutexHasParked = 2;
inline constexpr std::chrono::microseconds kHandoffAfter{1000};

// How a slow-path lock behaves while it waits.
enum class LockWait : uint8_t {
  kDetach,       // detach (and suspend critical sections) while parked
  kStayAttached, // for locks taken while detached, or that never wrap Python code
};

void mutex_lock_slow(std::atomic<uint8_t>* m, LockWait how);
void mutex_unlock_slow(std::atomic<uint8_t>* m);

inline bool mutex_try_lock(std::atomic<uint8_t>* m) {
  uint8_t expected = 0;
  // acquire: pairs with the release in mutex_unlock.
  return m->compare_exchange_strong(expected, kMutexLocked, std::memory_order_acquire,
                                    std::memory_order_relaxed);
}
inline void mutex_lock(std::atomic<uint8_t>* m, LockWait how = LockWait::kDetach) {
  if (!mutex_try_lock(m)) mutex_lock_slow(m, how);
}
inline void mutex_unlock(std::atomic<uint8_t>* m) {
  uint8_t expected = kMutexLocked;
  if (!m->compare_exchange_strong(expected, 0, std::memory_order_release,
                                  std::memory_order_relaxed))
    mutex_unlock_slow(m);
}
inline bool mutex_is_locked(const std::atomic<uint8_t>* m) {
  return m->load(std::memory_order_relaxed) & kMutexLocked;
}

class Mutex {
 public:
  void lock(LockWait how = LockWait::kDetach) { mutex_lock(&bits_, how); }
  bool try_lock() { return mutex_try_lock(&bits_); }
  void unlock() { mutex_unlock(&bits_); }
  bool is_locked() const { return mutex_is_locked(&bits_); }
  std::atomic<uint8_t>* word() { return &bits_; }

 private:
  std::atomic<uint8_t> bits_{0};
};

// Counters for tests and benchmarks (relaxed, process-wide).
struct MutexStats {
  uint64_t parks;     // times a locker went to sleep
  uint64_t handoffs;  // unlocks that handed the lock to a parked waiter
};
MutexStats mutex_stats();

}  // namespace ftpy
