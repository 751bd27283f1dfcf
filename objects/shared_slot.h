// shared_slot.h — a field holding one owned reference that several threads
// may read and write (a cell's contents; any such slot of a mutable object).
//
//   Ref<> v = shared_slot_load(owner, field.raw_slot());
//   Ref<> old = shared_slot_exchange(owner, field.raw_slot(), new_ref.release());
//
// Reads are lock-free where readers may race (the free-threaded build,
// FTPY_LOCKFREE_READS): load (acquire), try_incref, re-check the slot; on a
// failed try_incref or re-check they read again inside owner's critical
// section. Writes run inside owner's critical section and store with
// release; the old reference is returned so the caller drops it after the
// critical section (its deallocator may run arbitrary code). The objects a
// reader may still be looking at are freed QSBR-delayed (gc/delayed_free.h).
#pragma once

#include <atomic>

#include "gc/lockfree_reads.h"
#include "objects/object.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

inline Object* shared_slot_peek(Object* const* slot) {
  return std::atomic_ref<Object*>(const_cast<Object*&>(*slot)).load(std::memory_order_acquire);
}

// A read that other threads may race (out of line: shared_slot_load's common
// path stays a load and an incref).
FTPY_NOINLINE inline Ref<> shared_slot_load_concurrent(Object* owner, Object** slot) {
  if constexpr (kConcurrentReaders && kLockFreeReads) {
    Object* v = shared_slot_peek(slot);
    if (!v) return nullptr;
    if (try_incref(v)) {
      if (shared_slot_peek(slot) == v) return Ref<>::steal(v);
      decref(v);
    }
    CriticalSection cs(owner);
    if (*slot) mark_maybe_shared(*slot);  // the next lock-free read may then succeed
    return Ref<>::borrow(*slot);
  } else {
    CriticalSection cs(owner);
    return Ref<>::borrow(*slot);
  }
}

inline Ref<> shared_slot_load(Object* owner, Object** slot) {
  // Nothing can race while one thread runs (thread_mode.h; always so under a GIL).
  if (__builtin_expect(!other_threads_may_run(), 1)) return Ref<>::borrow(*slot);
  return shared_slot_load_concurrent(owner, slot);
}

// Stores `steal_value` (an owned reference, or null) and returns the old one.
inline Ref<> shared_slot_exchange(Object* owner, Object** slot, Object* steal_value) {
  LeafCriticalSection cs(owner);  // a store: no Python code runs inside
  Object* old = *slot;
  std::atomic_ref<Object*>(*slot).store(steal_value, std::memory_order_release);
  return Ref<>::steal(old);
}

}  // namespace ftpy
