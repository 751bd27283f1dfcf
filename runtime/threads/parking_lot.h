// parking_lot.h — threads waiting on an address (WebKit's and CPython's
// parking lot), the slow path of every one-byte lock (mutex.h).
//
//   park(addr, validate, deadline)   sleeps until unpark_one(addr) picks
//                                    this thread; validate() runs under the
//                                    bucket lock first, and a false result
//                                    returns kInvalid without sleeping
//   unpark_one(addr, decide)         wakes the longest-waiting thread on
//                                    addr; decide(waiter_or_null, more)
//                                    runs under the bucket lock, so the
//                                    caller can update the lock word
//                                    atomically with the wake-up
//
// Buckets (a fixed table keyed by address) each hold a std::mutex and a
// FIFO of waiters. A waiter sleeps on its own condition variable. The
// caller handles detaching (a parked thread must not hold up stop-the-world
// or QSBR); the lot itself never touches thread states. Any thread may call
// anything here concurrently.
#pragma once

#include <chrono>
#include <cstdint>

namespace ftpy::parking {

enum class ParkResult { kUnparked, kInvalid, kTimedOut };

struct WaiterInfo {
  std::chrono::steady_clock::time_point since;  // when it started waiting
  void* token = nullptr;                        // set by decide(): handed to the waiter
};

using ValidateFn = bool (*)(const void* addr, void* arg);
using DecideFn = void (*)(const void* addr, WaiterInfo* waiter, bool more_waiters, void* arg);

// deadline: time_point::max() = no limit. *token receives what decide() set.
ParkResult park(const void* addr, ValidateFn validate, void* arg,
                std::chrono::steady_clock::time_point deadline, void** token);
// Returns true if a waiter was woken.
bool unpark_one(const void* addr, DecideFn decide, void* arg);

}  // namespace ftpy::parking
