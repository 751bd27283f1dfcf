// repr_guard.cpp — the per-thread "repr in progress" stack behind ReprGuard.
//
// Invariant: the stack holds borrowed pointers to objects whose repr is
// running on this thread, innermost last; entries are pushed and popped in
// LIFO order by ReprGuard's constructor/destructor. Thread-local: no locking.
#include "objects/repr_guard.h"

#include <vector>

namespace ftpy {

namespace {
thread_local std::vector<Object*> t_in_progress;
}  // namespace

ReprGuard::ReprGuard(Object* o) : obj_(o), recursive_(false) {
  for (Object* p : t_in_progress) {
    if (p == o) {
      recursive_ = true;
      return;
    }
  }
  t_in_progress.push_back(o);
}

ReprGuard::~ReprGuard() {
  if (recursive_) return;
  // LIFO in practice; search from the back to stay correct otherwise.
  for (size_t i = t_in_progress.size(); i-- > 0;) {
    if (t_in_progress[i] == obj_) {
      t_in_progress.erase(t_in_progress.begin() + static_cast<std::ptrdiff_t>(i));
      return;
    }
  }
}

}  // namespace ftpy
