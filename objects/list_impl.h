// list_impl.h — internals shared by list.cpp (storage, iterators, type),
// list_ops.cpp (slots: subscript, slices, compare, repr, operators),
// list_methods.cpp (the Python methods) and list_sort.cpp. Not for use
// outside list*.cpp.
//
// Every function named *_locked expects the caller to hold the list's
// critical section.
#pragma once

#include <vector>

#include "objects/list.h"

namespace ftpy {

// Grows the array so that capacity >= min_capacity (CPython-like
// over-allocation: amortised O(1) append). Raises MemoryError for absurd sizes.
void list_reserve_locked(List* l, int64_t min_capacity);
// Frees an items array that lock-free readers may still be reading. Today
// an immediate free; the free-threaded core turns it into a QSBR-delayed free
// (gc/delayed_free.h) — this is the only place to change.
void list_free_items(Object** items);
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
