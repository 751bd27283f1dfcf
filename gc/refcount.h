// refcount.h — incref / decref / try_incref / immortality, for both variants.
//
// Call sites never test FTPY_GIL; this header gives each build its meaning.
//
// GIL build: ob_refcnt is a plain integer; only the GIL holder touches it.
//
// Free-threaded build, FTPY_RC_BIASED=1 (biased reference counting: Choi,
// Shull, Torrellas, PACT 2018; PEP 703). The owner thread (ob_tid) changes
// ob_ref_local with a plain load + store; every other thread does atomic
// arithmetic on ob_ref_shared, whose low two bits hold the merge state:
//   kStateDefault  owned; the shared count is >= 0
//   kStateMaybeShared  owned, and another thread has read the object from a
//                  container: lock-free readers may add references even
//                  while the shared count is 0 (they may not in
//                  kStateDefault with count 0, which lets the owner free
//                  such an object without a compare-and-swap)
//   kStateQueued   a non-owner's decrement would have made the shared count
//                  negative: instead of subtracting, it handed its reference
//                  to the owner's merge queue (gc/brc.h); later decrements
//                  may drive the shared count below zero
//   kStateMerged   owned by nobody (ob_tid == 0, ob_ref_local == 0): the
//                  shared count is the whole count; whoever takes it to zero
//                  frees the object
// Invariant: references = ob_ref_local + shared count - (1 if queued and
// not yet merged). An object is freed exactly once: by its owner when the
// local count reaches 0 with ob_ref_shared exactly 0 (no other thread counts
// it, and no reader may try_incref it from there), or by the thread whose
// compare-and-swap moves ob_ref_shared to kStateMerged with count 0. A freed
// object's ob_ref_shared is 0 or merged-0, on which try_incref fails; its
// memory stays valid until QSBR says no reader can hold it
// (gc/delayed_free.h).
//
// FTPY_RC_BIASED=0 (the ablation): ob_ref_local stays 1 and every change is
// an atomic add on ob_ref_shared; the object dies when the shared count
// reaches -1.
//
// kDeferred objects (FTPY_DEFERRED_RC=1: module-level functions, code,
// module dicts; gc/deferred_rc.h) are counted in per-thread tables and freed
// only by a reconcile pass with the world stopped, so that threads sharing
// them never write one cache line.
//
// Immortal objects (kImmortal) are never counted and never freed, in both builds.
//
// Memory order: increments are relaxed (the caller already holds a
// reference, so the object stays alive); decrements are release and the
// one that frees also acquires (acq_rel compare-and-swap), so every write
// made through other references happens-before the free.
#pragma once

#include <cstdint>

#include "gc/config.h"
#include "gc/header.h"

namespace ftpy {

struct Object;
// Frees an object whose count reached zero (calls its type's dealloc).
// Defined in objects/object.cpp.
void dealloc_object(Object* o);
namespace gc {
// A counted object became immortal (gc/gc_counts.cpp).
void count_object_immortalized();
}  // namespace gc

inline bool is_immortal(const ObjectHeader* o) { return o->ob_flags & kImmortal; }

#if FTPY_GIL

namespace gc {
// No owners under a GIL (the header has no ob_tid); kept for shared code.
inline uintptr_t current_thread_id() { return 0; }
}  // namespace gc

inline void incref(ObjectHeader* o) {
  if (__builtin_expect(is_immortal(o), 0)) return;
  ++o->ob_refcnt;
}
inline void decref_header(ObjectHeader* o, Object* obj) {
  if (__builtin_expect(is_immortal(o), 0)) return;
  if (__builtin_expect(--o->ob_refcnt == 0, 0)) dealloc_object(obj);
}
inline bool try_incref(ObjectHeader* o) {
  if (is_immortal(o)) return true;
  if (o->ob_refcnt == 0) return false;
  ++o->ob_refcnt;
  return true;
}
inline intptr_t refcount_of(const ObjectHeader* o) { return o->ob_refcnt; }
inline void set_immortal(ObjectHeader* o) {
  if ((o->ob_flags & (kImmortal | kCountedLive)) == kCountedLive) gc::count_object_immortalized();
  o->ob_flags |= kImmortal;
  o->ob_refcnt = INT32_MAX;
}
// No merge queues under a GIL.
inline bool is_queued_for_merge(const ObjectHeader*) { return false; }
// Code constants: nothing to do under a GIL (free-threaded: immortal).
inline void share_constant(ObjectHeader*) {}
inline void mark_maybe_shared(ObjectHeader*) {}
inline void mark_weakly_referenced(ObjectHeader*) {}

#else

namespace gc {

// The calling thread's owner id (never 0, never reused: gc/brc.cpp assigns
// it when the thread registers); kNoThread in a thread that never did.
inline constexpr uintptr_t kNoThread = ~uintptr_t{0};
extern thread_local constinit uintptr_t t_thread_id;
inline uintptr_t current_thread_id() { return t_thread_id; }

// ob_ref_shared encoding.
inline constexpr intptr_t kSharedUnit = 4;
inline constexpr intptr_t kStateMask = 3;
inline constexpr intptr_t kStateDefault = 0;
inline constexpr intptr_t kStateMaybeShared = 1;
inline constexpr intptr_t kStateQueued = 2;
inline constexpr intptr_t kStateMerged = 3;
inline intptr_t shared_count(intptr_t s) { return s >> 2; }  // arithmetic shift

// Slow paths (gc/brc.cpp).
void decref_shared(Object* o);       // a non-owner's decrement
void merge_zero_local(Object* o);    // the owner's local count reached zero

// Per-thread tables of kDeferred objects' counts (gc/deferred_rc.cpp).
struct DeferredCounts {
  intptr_t* counts = nullptr;  // indexed by the object's slot (ob_tid)
  size_t size = 0;
};
extern thread_local constinit DeferredCounts t_deferred;
void deferred_add_slow(ObjectHeader* o, intptr_t delta);
FTPY_ALWAYS_INLINE void deferred_add(ObjectHeader* o, intptr_t delta) {
  size_t slot = o->ob_tid.load(std::memory_order_relaxed);
  DeferredCounts& c = t_deferred;
  if (slot < c.size) {
    c.counts[slot] += delta;
  } else {
    deferred_add_slow(o, delta);
  }
}

// Objects whose flags send them off the fast path.
inline constexpr uint16_t kUncounted = FTPY_DEFERRED_RC ? (kImmortal | kDeferred) : kImmortal;

}  // namespace gc

// The immortal test comes first and alone: immortal objects (small ints,
// None, bools, code constants) are the most frequent uncounted operands, and
// one test-and-branch on them is what the GIL build pays too.
FTPY_ALWAYS_INLINE void incref(ObjectHeader* o) {
  uint16_t f = o->ob_flags;
  if (__builtin_expect(f & kImmortal, 0)) return;
  if (__builtin_expect(FTPY_DEFERRED_RC && (f & kDeferred), 0)) {
    gc::deferred_add(o, 1);
    return;
  }
#if FTPY_RC_BIASED
  if (__builtin_expect(o->ob_tid.load(std::memory_order_relaxed) == gc::current_thread_id(), 1)) {
    o->ob_ref_local.store(o->ob_ref_local.load(std::memory_order_relaxed) + 1,
                          std::memory_order_relaxed);
    return;
  }
#endif
  // relaxed: the caller already holds a reference, so the object stays alive.
  o->ob_ref_shared.fetch_add(gc::kSharedUnit, std::memory_order_relaxed);
}

FTPY_ALWAYS_INLINE void decref_header(ObjectHeader* o, Object* obj) {
  uint16_t f = o->ob_flags;
  if (__builtin_expect(f & kImmortal, 0)) return;  // first and alone: see incref
  if (__builtin_expect(FTPY_DEFERRED_RC && (f & kDeferred), 0)) {
    gc::deferred_add(o, -1);  // freed only by a reconcile pass
    return;
  }
#if FTPY_RC_BIASED
  if (__builtin_expect(o->ob_tid.load(std::memory_order_relaxed) == gc::current_thread_id(), 1)) {
    uint32_t local = o->ob_ref_local.load(std::memory_order_relaxed) - 1;
    o->ob_ref_local.store(local, std::memory_order_relaxed);
    if (__builtin_expect(local == 0, 0)) {
      // Nobody else counts it (merge_zero_local's first case, inline: most
      // objects die unshared). acquire: pairs with the release of the last
      // non-owner decrement.
      if (o->ob_ref_shared.load(std::memory_order_acquire) == gc::kStateDefault) {
        dealloc_object(obj);
      } else {
        gc::merge_zero_local(obj);
      }
    }
    return;
  }
  gc::decref_shared(obj);
#else
  // acq_rel: releases this thread's writes; the final decrement acquires all
  // others' before dealloc runs.
  intptr_t before = o->ob_ref_shared.fetch_sub(gc::kSharedUnit, std::memory_order_acq_rel);
  if (gc::shared_count(before) == 0) dealloc_object(obj);
#endif
}

// Adds a reference unless the object is already dying (used by lock-free
// readers that found the object in a shared container or cache: they
// re-check the slot afterwards). Fails for a live object that another thread
// owns and nobody else counts (shared word exactly 0); the reader then reads
// under the container's lock and calls mark_maybe_shared, so that later
// lock-free reads succeed.
FTPY_ALWAYS_INLINE bool try_incref(ObjectHeader* o) {
  uint16_t f = o->ob_flags;
  if (f & gc::kUncounted) {
    if (f & kImmortal) return true;
    gc::deferred_add(o, 1);  // a deferred object dies only with the world stopped
    return true;
  }
#if FTPY_RC_BIASED
  if (o->ob_tid.load(std::memory_order_relaxed) == gc::current_thread_id()) {
    // The owner's local count is >= 1 while ob_tid names it.
    o->ob_ref_local.store(o->ob_ref_local.load(std::memory_order_relaxed) + 1,
                          std::memory_order_relaxed);
    return true;
  }
  intptr_t s = o->ob_ref_shared.load(std::memory_order_relaxed);
  for (;;) {
    if (s == gc::kStateDefault) return false;  // the owner may free it without a CAS
    if ((s & gc::kStateMask) == gc::kStateMerged && gc::shared_count(s) <= 0) return false;
    // relaxed on success: the reader re-checks the slot it read the pointer from.
    if (o->ob_ref_shared.compare_exchange_weak(s, s + gc::kSharedUnit,
                                               std::memory_order_relaxed))
      return true;
  }
#else
  intptr_t s = o->ob_ref_shared.load(std::memory_order_relaxed);
  while (gc::shared_count(s) + 1 > 0) {
    if (o->ob_ref_shared.compare_exchange_weak(s, s + gc::kSharedUnit,
                                               std::memory_order_relaxed))
      return true;
  }
  return false;
#endif
}

// A reader that had to take a container's lock to get a reference to `o`
// (its lock-free try_incref failed) marks it, so that the next lock-free
// reads succeed (kStateMaybeShared). Only the exact value 0 changes.
inline void mark_maybe_shared(ObjectHeader* o) {
#if FTPY_RC_BIASED
  intptr_t expected = gc::kStateDefault;
  if (o->ob_ref_shared.load(std::memory_order_relaxed) == expected &&
      !(o->ob_flags & gc::kUncounted) &&
      o->ob_tid.load(std::memory_order_relaxed) != gc::current_thread_id())
    o->ob_ref_shared.compare_exchange_strong(expected, gc::kStateMaybeShared,
                                             std::memory_order_relaxed);
#else
  (void)o;
#endif
}

// A weak reference to `o` now exists (objects/weakref.h): lock-free
// resolvers must be able to try_incref it whoever owns it, so its merge
// state leaves kStateDefault for good (the owner's last decrement then
// merges with a compare-and-swap, which a racing try_incref can win).
inline void mark_weakly_referenced(ObjectHeader* o) {
#if FTPY_RC_BIASED
  if (o->ob_flags & gc::kUncounted) return;
  intptr_t s = o->ob_ref_shared.load(std::memory_order_relaxed);
  while ((s & gc::kStateMask) == gc::kStateDefault &&
         !o->ob_ref_shared.compare_exchange_weak(s, s | gc::kStateMaybeShared,
                                                 std::memory_order_relaxed)) {
  }
#else
  (void)o;
#endif
}

// The count as far as this thread can tell (exact with the world stopped
// and the merge queues drained; sys.getrefcount).
intptr_t refcount_of(const ObjectHeader* o);  // gc/brc.cpp

inline void set_immortal(ObjectHeader* o) {
  if ((o->ob_flags & (kImmortal | kCountedLive)) == kCountedLive) gc::count_object_immortalized();
  o->ob_flags |= kImmortal;
}
// Whether a non-owner handed a reference to the owner's merge queue that the
// owner has not merged yet (the queue still points at the object). Exact
// with the world stopped (the cycle collector).
inline bool is_queued_for_merge(const ObjectHeader* o) {
  return !(o->ob_flags & kDeferred) &&
         (o->ob_ref_shared.load(std::memory_order_relaxed) & gc::kStateMask) == gc::kStateQueued;
}
// Code constants are read by every thread that runs the code: immortal, so
// that loading one never writes its count (CPython's free-threaded build
// does the same). Called on a constant that is still private to the compiler.
// An already immortal constant (a small int, an interned str) may be in use
// by other threads: its flags are not written again.
inline void share_constant(ObjectHeader* o) {
  if (!(o->ob_flags & kImmortal)) set_immortal(o);
}

#endif

}  // namespace ftpy
