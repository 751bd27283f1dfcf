// stop_the_world.h — pause every other thread at a safe point.
//
//   { StopTheWorld stw;  ... every other thread is parked or detached ... }
//
// Free-threaded build: the requester (attached) sets kBreakerStopTheWorld in
// every other thread's eval breaker; an attached thread parks at its next
// eval-breaker check (status SUSPENDED); a detached one is moved
// DETACHED -> SUSPENDED by the requester, so it cannot attach until the
// world restarts. One stop-the-world at a time (a second requester waits,
// detached). While the world is stopped no thread registers or exits. Used
// by the deferred-count reconcile pass, the cycle collector and shutdown.
//
// GIL build: holding the GIL already excludes every other thread, so these
// do nothing.
#pragma once

#include "runtime/threads/thread_state.h"

namespace ftpy {

void stop_the_world();
void start_the_world();

class StopTheWorld {
 public:
  StopTheWorld() { stop_the_world(); }
  ~StopTheWorld() { start_the_world(); }
  StopTheWorld(const StopTheWorld&) = delete;
  StopTheWorld& operator=(const StopTheWorld&) = delete;
};

// Eval-breaker handler: park until the world restarts (kBreakerStopTheWorld).
void stw_park(ThreadState* ts);
// attach(): wait while a stop-the-world keeps ts SUSPENDED.
void stw_wait_until_released(ThreadState* ts);
// detach(): wake a requester that waits for this thread to stop.
void stw_notify_detached();
// Stops the world, reconciles deferred counts (gc/deferred_rc.h), restarts
// it and frees what died; returns how many deferred objects were freed.
size_t reconcile_deferred_counts();
// Process exit: stops the world for good (daemon threads stay parked).
void stop_the_world_forever();
// How many stop-the-world pauses completed (tests).
uint64_t stop_the_world_count();

}  // namespace ftpy
