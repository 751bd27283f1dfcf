// header.h — the fields every heap object starts with, per build variant.
//
// This is one of the few headers allowed to test FTPY_GIL (see config.h).
// objects/object.h derives `Object` from `ObjectHeader` and adds `ob_type`.
//
// GIL build: one plain count, changed only by the thread holding the GIL.
//
// Free-threaded build (PEP 703 layout, biased reference counting, see
// gc/refcount.h for the protocol):
//   ob_tid        owner thread id (gc::current_thread_id() of the allocating
//                 thread); 0 = owned by nobody (merged). For a kDeferred
//                 object: its slot in the per-thread count tables
//                 (gc/deferred_rc.h). Relaxed atomic: the owner clears it when
//                 it gives the object up; others only compare it with their
//                 own id, and a stale value never equals theirs.
//   ob_flags      kImmortal / kDeferred / kGcTracked / ...; written only while the
//                 object is private to one thread or the world is stopped
//   ob_mutex      the per-object lock byte (runtime/threads/mutex.h)
//   ob_gc_bits    the cycle collector's bits, kGcFinalized and
//                 kGcHasWeakrefs (objects/object.h); atomic (fetch_or /
//                 fetch_and, relaxed loads): the first weak reference may be
//                 made by any thread while the owner finalizes
//   ob_ref_local  the owner's count: only ob_tid writes it (relaxed load +
//                 store, no read-modify-write); other threads may read it
//                 (relaxed) to tell a live object from a dying one
//   ob_ref_shared every other thread's count, atomic, in units of
//                 kSharedUnit; the low two bits hold the merge state
//                 (kShared*, gc/refcount.h)
#pragma once

#include <atomic>
#include <cstdint>

#include "gc/config.h"

namespace ftpy {

// Bits of ob_flags.
enum ObjectFlag : uint16_t {
  kImmortal = 1u << 0,  // never counted, never freed (None, small ints, types)
  kDeferred = 1u << 1,  // free-threaded: counted in per-thread tables, freed by a reconcile pass
  kGcTracked = 1u << 2, // on the cycle collector's list
  // A namespace dict (module globals, class dict) whose values other threads
  // use as borrowed pointers (inline caches, type_lookup): a value it drops
  // is released through QSBR (decref_delayed, gc/delayed_free.h).
  kSharedNamespace = 1u << 3,
  // Allocated through objects/object.cpp and counted live (gc/gc_counts.h),
  // as opposed to a static object (built-in types, None, small ints); set
  // by init_object_header. Tells set_immortal to count it as immortal.
  kCountedLive = 1u << 4,
};

#if FTPY_GIL
struct ObjectHeader {
  intptr_t ob_refcnt = 1;
  uint16_t ob_flags = 0;
  uint8_t ob_gc_bits = 0;
  uint8_t ob_pad = 0;
};
#else
struct ObjectHeader {
  std::atomic<uintptr_t> ob_tid{0};
  uint16_t ob_flags = 0;
  std::atomic<uint8_t> ob_mutex{0};
  std::atomic<uint8_t> ob_gc_bits{0};
  std::atomic<uint32_t> ob_ref_local{1};
  std::atomic<intptr_t> ob_ref_shared{0};
};
#endif

}  // namespace ftpy
