// header.h — the fields every heap object starts with, per build variant.
//
// This is one of the few headers allowed to test FTPY_GIL (see config.h).
// objects/object.h derives `Object` from `ObjectHeader` and adds `ob_type`.
//
// GIL build: one plain count, changed only by the thread holding the GIL.
// Free-threaded build (PEP 703 layout, biased reference counting):
//   ob_tid        owner thread id (the allocating thread); 0 = owned by nobody
//   ob_flags      kImmortal / kDeferred / gc bits; written only while the object
//                 is private to one thread or the world is stopped
//   ob_mutex      the per-object lock byte (runtime/threads/mutex.h)
//   ob_gc_bits    reserved for the cycle collector
//   ob_ref_local  owner-only count: plain loads and stores by ob_tid only
//   ob_ref_shared count of every other thread: atomic; the low two bits hold
//                 the merge state (see gc/refcount.h)
#pragma once

#include <atomic>
#include <cstdint>

#include "gc/config.h"

namespace ftpy {

// Bits of ob_flags.
enum ObjectFlag : uint16_t {
  kImmortal = 1u << 0,  // never counted, never freed (None, small ints, types)
  kDeferred = 1u << 1,  // stack references are not counted (functions, code)
  kGcTracked = 1u << 2, // on the cycle collector's list
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
  uintptr_t ob_tid = 0;
  uint16_t ob_flags = 0;
  std::atomic<uint8_t> ob_mutex{0};
  uint8_t ob_gc_bits = 0;
  uint32_t ob_ref_local = 1;
  std::atomic<intptr_t> ob_ref_shared{0};
};
#endif

}  // namespace ftpy
