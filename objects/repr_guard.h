// repr_guard.h — recursion guard for container reprs: `l = [1]; l.append(l)`
// prints `[1, [...]]`, as CPython's Py_ReprEnter/Py_ReprLeave.
//
//   ReprGuard guard(self);
//   if (guard.recursive()) return str_new("[...]");
//
// Each thread keeps its own stack of objects whose repr is in progress
// (thread_local), so no lock is needed and two threads printing the same list
// do not see each other's entries. The guard pops its entry in its destructor,
// so an element repr that throws leaves the stack consistent.
#pragma once

#include "objects/object.h"

namespace ftpy {

class ReprGuard {
 public:
  explicit ReprGuard(Object* o);
  ~ReprGuard();
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  // True when `o` was already being repr'd on this thread (the caller prints
  // its placeholder, e.g. "[...]", "{...}", "set(...)").
  bool recursive() const { return recursive_; }

 private:
  Object* obj_;
  bool recursive_;
};

}  // namespace ftpy
