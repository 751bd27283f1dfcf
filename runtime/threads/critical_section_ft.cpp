// critical_section_ft.cpp — slow paths of per-object critical sections
// (critical_section.h), free-threaded build. Only the owning thread runs
// these on its own frames.
#include "runtime/threads/critical_section.h"

#include <vector>

namespace ftpy {

thread_local constinit CriticalSectionFrame* t_critical_section = nullptr;
#ifndef NDEBUG
thread_local constinit int t_leaf_sections = 0;
#endif

namespace {

// Whether a frame below (or at) `from` owns the lock word m right now.
bool owned_by_this_thread(CriticalSectionFrame* from, std::atomic<uint8_t>* m) {
  for (CriticalSectionFrame* f = from; f; f = f->prev) {
    if (!f->held) continue;
    for (int i = 0; i < 2; ++i)
      if (f->owns[i] && f->mutex[i] == m) return true;
  }
  return false;
}

void lock_frame(CriticalSectionFrame* f) {
  if (!other_threads_may_run()) {  // alone: held without locking (thread_mode.h)
    f->held = true;
    return;
  }
  for (int i = 0; i < 2; ++i) {
    std::atomic<uint8_t>* m = f->mutex[i];
    if (!m || f->owns[i]) continue;
    if (owned_by_this_thread(f->prev, m)) continue;  // re-entry: a frame below holds it
    // Waiting detaches and suspends the frames below; this frame is not on
    // the stack yet (begin) or not held (resume), so it is not touched.
    mutex_lock(m);
    f->owns[i] = true;
  }
  f->held = true;
}

}  // namespace

void critical_section_begin_slow(CriticalSectionFrame* f) {
  f->prev = t_critical_section;
  lock_frame(f);
  t_critical_section = f;
}

void critical_section_resume(CriticalSectionFrame* f) {
  // Push nothing: f is already on the stack, and lock_frame looks below it.
  lock_frame(f);
}

void critical_sections_suspend_all() {
  for (CriticalSectionFrame* f = t_critical_section; f; f = f->prev) {
    if (!f->held) continue;
    for (int i = 1; i >= 0; --i) {
      if (f->owns[i]) {
        mutex_unlock(f->mutex[i]);
        f->owns[i] = false;
      }
    }
    f->held = false;
  }
}

void critical_sections_lock_elided() {
  std::vector<CriticalSectionFrame*> frames;
  for (CriticalSectionFrame* f = t_critical_section; f; f = f->prev) frames.push_back(f);
  // Bottom first: a lock re-entered higher up is owned by the lowest frame.
  for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
    CriticalSectionFrame* f = *it;
    if (!f->held) continue;  // suspended: it locks when it resumes
    for (int i = 0; i < 2; ++i) {
      std::atomic<uint8_t>* m = f->mutex[i];
      if (!m || f->owns[i] || owned_by_this_thread(f->prev, m)) continue;
      // No other thread exists yet, so the lock is free; kStayAttached
      // only because waiting here would be a bug, not a detach point.
      mutex_lock(m, LockWait::kStayAttached);
      f->owns[i] = true;
    }
  }
}

void critical_sections_resume_top() {
  CriticalSectionFrame* top = t_critical_section;
  if (top && !top->held) critical_section_resume(top);
}

}  // namespace ftpy
