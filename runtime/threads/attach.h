// attach.h — attach()/detach() around every blocking call, both builds.
//
//   { DetachScope d; blocking_syscall(); }   // the thread may not touch objects inside
//
// GIL build: detach releases the GIL, attach retakes it (gil.h).
// Free-threaded build: detach suspends the thread's critical sections
// (critical_section.h), reports a QSBR quiescent state and goes offline,
// and marks the thread DETACHED, so stop-the-world and QSBR do not wait for
// it; attach waits out any stop-the-world in progress, marks the thread
// ATTACHED, comes back online and re-takes the innermost critical section.
// A detached thread must not touch objects.
//
// detach() returns whether the thread was attached; attach() on an attached
// thread does nothing. DetachScope re-attaches only if it detached, so it
// nests safely inside code that is already detached.
#pragma once

namespace ftpy {

bool detach();
void attach();

class DetachScope {
 public:
  DetachScope() : detached_(detach()) {}
  ~DetachScope() {
    if (detached_) attach();
  }
  DetachScope(const DetachScope&) = delete;
  DetachScope& operator=(const DetachScope&) = delete;

 private:
  bool detached_;
};

// For the per-object lock's slow path only (mutex.cpp): like DetachScope,
// but re-attaching does not re-take suspended critical sections (the lock
// being waited for is taken first; the critical sections resume lazily,
// when the innermost one ends).
class ParkScope {
 public:
  ParkScope();
  ~ParkScope();
  ParkScope(const ParkScope&) = delete;
  ParkScope& operator=(const ParkScope&) = delete;

 private:
  bool detached_;
};

}  // namespace ftpy
