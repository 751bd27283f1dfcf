// list_impl.h — internals shared by list.cpp (storage, iterators, type),
// list_ops.cpp (slots: subscript, slices, compare, repr, operators),
// list_methods.cpp (the Python methods) and list_sort.cpp. Not for use
// outside list*.cpp.
//
// Every function named *_locked expects the caller to hold the list's
// critical section.
//
// Stores that a lock-free reader may race with (list_get_item, the
// iterators, len()) go through the helpers below, which are atomic:
// a slot or the items pointer with release (a reader's acquire load then
// sees the object / array contents), the size relaxed (readers re-check the
// slot). Reads made while holding the critical section may be plain.
#pragma once

#include <atomic>
#include <vector>

#include "objects/list.h"

namespace ftpy {

inline void list_store_slot(Object** slot, Object* v) {
  std::atomic_ref<Object*>(*slot).store(v, std::memory_order_release);
}
inline void list_store_size(List* l, int64_t n) {
  std::atomic_ref<int64_t>(l->size).store(n, std::memory_order_relaxed);
}
// memmove of n slots with atomic stores (overlap allowed).
void list_move_slots(Object** dst, Object** src, int64_t n);

// Grows the array so that capacity >= min_capacity (CPython-like
// over-allocation: amortised O(1) append). Raises MemoryError for absurd sizes.
void list_reserve_locked(List* l, int64_t min_capacity);
// Items arrays: `cap` slots, preceded by one word holding cap (so that a
// lock-free reader can bound its index by the array it actually loaded),
// with every slot past the live items null. Freed QSBR-delayed
// (gc/delayed_free.h): lock-free readers may still be reading an old one.
Object** list_alloc_items(int64_t cap);
void list_free_items(Object** items);
inline int64_t list_items_capacity(Object* const* items) {
  return reinterpret_cast<const int64_t*>(items)[-1];
}
// Replaces items [lo, hi) with the n items of src (borrowed; n may be 0 to
// delete). The replaced references are appended to *dropped so the caller
// can release them after leaving the critical section (their destructors may
// run arbitrary code that touches the list).
void list_replace_locked(List* l, int64_t lo, int64_t hi, Object* const* src, int64_t n,
                         std::vector<Object*>* dropped);
// Releases references collected by list_replace_locked.
void release_all(std::vector<Object*>& dropped);
// A new list with items [lo, hi) (clamped by the caller).
Ref<> list_slice_copy(List* l, int64_t lo, int64_t hi);

// Slots (list_ops.cpp).
Ref<> list_repr(Object* self);
Ref<> list_richcompare(Object* a, Object* b, CompareOp op);
Ref<> list_subscript(Object* self, Object* key);
void list_ass_subscript(Object* self, Object* key, Object* value);
bool list_contains(Object* self, Object* item);
Ref<> list_add(Object* a, Object* b);
Ref<> list_mul(Object* a, Object* b);
Ref<> list_inplace_add(Object* a, Object* b);
Ref<> list_inplace_mul(Object* a, Object* b);

// reversed(list) / list.__reversed__() (list.cpp).
Ref<> list_reversed_iter(List* l);

extern const MethodDef kListMethods[];  // list_methods.cpp

}  // namespace ftpy
