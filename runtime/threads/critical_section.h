// critical_section.h — per-object critical sections, one API for both builds.
//
//   CriticalSection cs(obj);        // locks obj's mutex for this scope
//   CriticalSection2 cs(a, b);      // locks both, in address order
//
// GIL build: compiles to nothing (the GIL already serialises bytecode).
//
// Free-threaded build (CPython's Py_BEGIN_CRITICAL_SECTION design): each
// scope is a frame on a per-thread stack (t_critical_section). When the
// thread detaches (a blocking call, or waiting for another object's lock)
// every frame's locks are released ("suspended"); on attach only the
// innermost frame re-takes its locks, and an outer frame re-takes its own
// when the frames above it end. So a thread blocked inside a critical section
// never holds a per-object lock, and per-object locks cannot deadlock with
// each other or with Python-level locks. The price, as in CPython: an
// operation that blocks half-way (e.g. a comparison that waits on a lock)
// is atomic only up to that point.
//
// Re-entry: a frame for a mutex that a frame below already holds takes
// nothing (it does not own the lock word) until a suspension makes it
// re-take the lock itself.
//
// While the process has one thread (runtime/threads/thread_mode.h) a
// frame takes no lock: it is pushed as held, owning nothing. The thread
// that starts the second thread first locks what its own frames cover
// (critical_sections_lock_elided), so no frame runs unlocked once another
// thread exists.
//
// LeafCriticalSection is for bodies that run no Python code, never wait and
// never start a thread (copy, store or take items of one list): while the
// process has one thread it does nothing at all, not even push a frame,
// since no thread can start before it ends; with more threads it is a
// CriticalSection. Debug builds check that become_multithreaded() never
// runs inside one.
//
// Only the owning thread touches its frames.
#pragma once

#include "gc/config.h"
#include "objects/object.h"
#include "runtime/threads/thread_mode.h"

#if !FTPY_GIL
#include <optional>

#include "runtime/threads/mutex.h"
#endif

namespace ftpy {

#if FTPY_GIL

class CriticalSection {
 public:
  explicit CriticalSection(Object* o) { (void)o; }
  CriticalSection(const CriticalSection&) = delete;
  CriticalSection& operator=(const CriticalSection&) = delete;
};

class CriticalSection2 {
 public:
  CriticalSection2(Object* a, Object* b) { (void)a; (void)b; }
  CriticalSection2(const CriticalSection2&) = delete;
  CriticalSection2& operator=(const CriticalSection2&) = delete;
};

class LeafCriticalSection {
 public:
  explicit LeafCriticalSection(Object* o, bool leaf = true) { (void)o; (void)leaf; }
  LeafCriticalSection(const LeafCriticalSection&) = delete;
  LeafCriticalSection& operator=(const LeafCriticalSection&) = delete;
};

inline void critical_sections_suspend_all() {}
inline void critical_sections_resume_top() {}
inline void critical_sections_lock_elided() {}
inline bool inside_leaf_critical_section() { return false; }

#else

struct CriticalSectionFrame {
  std::atomic<uint8_t>* mutex[2] = {nullptr, nullptr};  // [0] < [1] by address; [1] may be null
  bool owns[2] = {false, false};  // this frame locked mutex[i] and must unlock it
  bool held = false;              // the frame's mutexes are locked (by it or below)
  CriticalSectionFrame* prev = nullptr;
};

extern thread_local constinit CriticalSectionFrame* t_critical_section;

void critical_section_begin_slow(CriticalSectionFrame* f);
void critical_section_resume(CriticalSectionFrame* f);
void critical_sections_suspend_all();
void critical_sections_resume_top();
// The calling thread's held frames take the locks they elided while it was
// the only thread (become_multithreaded; nobody else can hold them).
void critical_sections_lock_elided();

inline void critical_section_end(CriticalSectionFrame* f) {
  if (f->owns[1]) mutex_unlock(f->mutex[1]);
  if (f->owns[0]) mutex_unlock(f->mutex[0]);
  t_critical_section = f->prev;
  CriticalSectionFrame* top = f->prev;
  if (top && !top->held) critical_section_resume(top);
}

class CriticalSection {
 public:
  explicit CriticalSection(Object* o) {
    f_.mutex[0] = &o->ob_mutex;
    if (!other_threads_may_run()) {
      f_.held = true;  // alone: nothing to exclude
    } else if (mutex_try_lock(f_.mutex[0])) {
      f_.owns[0] = true;
      f_.held = true;
    } else {
      critical_section_begin_slow(&f_);
      return;
    }
    f_.prev = t_critical_section;
    t_critical_section = &f_;
  }
  ~CriticalSection() { critical_section_end(&f_); }
  CriticalSection(const CriticalSection&) = delete;
  CriticalSection& operator=(const CriticalSection&) = delete;

 private:
  CriticalSectionFrame f_;
};

#ifndef NDEBUG
extern thread_local constinit int t_leaf_sections;  // debug builds: open leaf sections
inline bool inside_leaf_critical_section() { return t_leaf_sections != 0; }
#else
inline bool inside_leaf_critical_section() { return false; }
#endif

class LeafCriticalSection {
 public:
  // leaf = false (the body may run Python code after all, e.g. a dict
  // lookup that may call __eq__) makes it a plain CriticalSection.
  explicit LeafCriticalSection(Object* o, bool leaf = true) {
    if (__builtin_expect(other_threads_may_run() || !leaf, 0)) {
      cs_.emplace(o);
      return;
    }
#ifndef NDEBUG
    ++t_leaf_sections;  // alone, and the body cannot start a thread
#endif
  }
  ~LeafCriticalSection() {
#ifndef NDEBUG
    if (!cs_) --t_leaf_sections;
#endif
  }
  LeafCriticalSection(const LeafCriticalSection&) = delete;
  LeafCriticalSection& operator=(const LeafCriticalSection&) = delete;

 private:
  std::optional<CriticalSection> cs_;
};

class CriticalSection2 {
 public:
  CriticalSection2(Object* a, Object* b) {
    std::atomic<uint8_t>* ma = &a->ob_mutex;
    std::atomic<uint8_t>* mb = &b->ob_mutex;
    if (ma == mb) {
      mb = nullptr;
    } else if (mb < ma) {
      std::swap(ma, mb);
    }
    f_.mutex[0] = ma;
    f_.mutex[1] = mb;
    critical_section_begin_slow(&f_);
  }
  ~CriticalSection2() { critical_section_end(&f_); }
  CriticalSection2(const CriticalSection2&) = delete;
  CriticalSection2& operator=(const CriticalSection2&) = delete;

 private:
  CriticalSectionFrame f_;
};

#endif

}  // namespace ftpy
