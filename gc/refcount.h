// refcount.h — incref / decref / try_incref / immortality, for both variants.
//
// Call sites never test FTPY_GIL; this header gives each build its meaning.
//
// GIL build: ob_refcnt is a plain integer; only the GIL holder touches it.
//
// Free-threaded build: until the biased-counting core lands (issue 4), every
// object is counted with atomic read-modify-writes on ob_ref_shared, and
// ob_ref_local stays at its initial 1 — i.e. the `FTPY_RC=atomic` ablation.
// The total count is ob_ref_local + ob_ref_shared. Ordering: increments are
// relaxed (a thread can only add a reference to an object it already holds a
// reference to); the decrement that may reach zero is acq_rel so that every
// write made through other references happens-before the free.
//
// Immortal objects (kImmortal) are never counted and never freed, in both builds.
#pragma once

#include <cstdint>

#include "gc/config.h"
#include "gc/header.h"

namespace ftpy {

struct Object;
// Frees an object whose count reached zero (calls its type's dealloc).
// Defined in objects/object.cpp.
void dealloc_object(Object* o);

inline bool is_immortal(const ObjectHeader* o) { return o->ob_flags & kImmortal; }

#if FTPY_GIL

inline void incref(ObjectHeader* o) {
  if (is_immortal(o)) return;
  ++o->ob_refcnt;
}
inline void decref_header(ObjectHeader* o, Object* obj) {
  if (is_immortal(o)) return;
  if (--o->ob_refcnt == 0) dealloc_object(obj);
}
inline bool try_incref(ObjectHeader* o) {
  if (is_immortal(o)) return true;
  if (o->ob_refcnt == 0) return false;
  ++o->ob_refcnt;
  return true;
}
inline intptr_t refcount_of(const ObjectHeader* o) { return o->ob_refcnt; }
inline void set_immortal(ObjectHeader* o) {
  o->ob_flags |= kImmortal;
  o->ob_refcnt = INT32_MAX;
}

#else

inline void incref(ObjectHeader* o) {
  if (is_immortal(o)) return;
  // relaxed: the caller already holds a reference, so the object stays alive.
  o->ob_ref_shared.fetch_add(1, std::memory_order_relaxed);
}
inline void decref_header(ObjectHeader* o, Object* obj) {
  if (is_immortal(o)) return;
  // acq_rel: releases this thread's writes; the final decrement acquires all
  // others' before dealloc runs.
  intptr_t before = o->ob_ref_shared.fetch_sub(1, std::memory_order_acq_rel);
  if (before + static_cast<intptr_t>(o->ob_ref_local) == 1) dealloc_object(obj);
}
// Adds a reference unless the object is already dying (count zero). Used by
// lock-free readers that found the object in a shared container.
inline bool try_incref(ObjectHeader* o) {
  if (is_immortal(o)) return true;
  intptr_t cur = o->ob_ref_shared.load(std::memory_order_relaxed);
  while (cur + static_cast<intptr_t>(o->ob_ref_local) > 0) {
    // relaxed on success is enough: the reader re-checks the container slot.
    if (o->ob_ref_shared.compare_exchange_weak(cur, cur + 1, std::memory_order_relaxed))
      return true;
  }
  return false;
}
inline intptr_t refcount_of(const ObjectHeader* o) {
  return static_cast<intptr_t>(o->ob_ref_local) + o->ob_ref_shared.load(std::memory_order_relaxed);
}
inline void set_immortal(ObjectHeader* o) { o->ob_flags |= kImmortal; }

#endif

}  // namespace ftpy
