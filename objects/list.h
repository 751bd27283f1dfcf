// list.h — Python list: a growable array of references.
//
// Invariant: items[0..size) are non-null owned references; capacity >= size.
// Concurrency: every mutation runs in the list's critical section
// (runtime/threads/critical_section.h); reads of single items are lock-free
// in the free-threaded build once its core lands. Code outside list*.cpp
// uses the functions below, not the fields, except for reading in the
// VM's fast paths through list_get_item.
#pragma once

#include <atomic>
#include <cstdint>

#include "objects/object.h"

namespace ftpy {

struct List : Object {
  int64_t size = 0;
  int64_t capacity = 0;
  Object** items = nullptr;
  ~List();  // releases the items and the array
};

Ref<List> list_new(int64_t size_hint = 0);          // empty list
Ref<List> list_from_array(Object* const* items, int64_t n);  // borrowed items
void list_append(List* l, Object* item);             // borrowed item
void list_extend(List* l, Object* iterable);
// Relaxed atomic: len() may race with a mutation in another thread.
inline int64_t list_size(const Object* l) {
  return std::atomic_ref<int64_t>(const_cast<List*>(static_cast<const List*>(l))->size)
      .load(std::memory_order_relaxed);
}
// New reference to item i (0 <= i < size checked by the caller; negative
// indices are not adjusted here). Empty Ref if i is out of range.
Ref<> list_get_item(List* l, int64_t i);
void list_set_item(List* l, int64_t i, Object* item);  // borrowed item; i in range
Ref<> list_as_tuple(List* l);
void list_sort(List* l, Object* key, bool reverse);     // stable; key may be null

// More of the list API (each call is one atomic operation on the list).
Ref<List> list_new_of_type(Type* type);              // empty list of a subclass
void list_insert(List* l, int64_t i, Object* item);  // i clamped like list.insert
Ref<> list_pop(List* l, int64_t i);                  // IndexError as list.pop
void list_clear(List* l);
void list_reverse(List* l);
// list.__new__ / list.__init__, reusable by C++ subclasses.
Ref<> list_tp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames);
void list_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames);

extern Type ListIterType;     // "list_iterator"
extern Type ListRevIterType;  // "list_reverseiterator"

void init_list_type();  // list and its two iterator types

}  // namespace ftpy
