// attach.h — attach()/detach() around every blocking call, both builds.
//
//   { DetachScope d; blocking_syscall(); }   // the thread may not touch objects inside
//
// GIL build: detach releases the GIL, attach retakes it (gil.h). Free-threaded:
// detach marks the thread DETACHED so stop-the-world and QSBR do not wait for
// it (and, until issue 4 lands, also releases the temporary coarse GIL, see
// gil.h kTemporaryGilInFreeThreadedBuild). A detached thread must not touch
// objects. Nesting is harmless (the inner pair does nothing).
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
