// attach.h — attach()/detach() around every blocking call, both builds.
//
//   { DetachScope d; blocking_syscall(); }   // the thread may not touch objects inside
//
// GIL build: detach releases the GIL, attach retakes it. Free-threaded:
// detach marks the thread DETACHED so stop-the-world and QSBR do not wait for
// it. Until the threads issue lands both are bookkeeping only.
#pragma once

namespace ftpy {

void attach();
void detach();

class DetachScope {
 public:
  DetachScope() { detach(); }
  ~DetachScope() { attach(); }
  DetachScope(const DetachScope&) = delete;
  DetachScope& operator=(const DetachScope&) = delete;
};

}  // namespace ftpy
