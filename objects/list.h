// list.h — Python list: a growable array of references.
//
// Invariant: items[0..size) are non-null owned references; capacity >= size.
// Concurrency: every mutation runs in the list's critical section
// (runtime/threads/critical_section.h); reads of single items are lock-free
// in the free-threaded build (load, try_incref, re-check: list.cpp). While
// one thread runs nothing can race, and list_get_item / list_set_item below
// read and store the fields inline, for the VM's subscript fast paths. Code
// outside list*.cpp uses the functions below, not the fields.
#pragma once

#include <atomic>
#include <cstdint>

#include "objects/object.h"
#include "runtime/threads/thread_mode.h"

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
// The forms of list_get_item / list_set_item for when other threads may run
// (list.cpp: a lock-free read with re-check; a store in the list's critical
// section, which also raises the IndexError).
Ref<> list_get_item_concurrent(List* l, int64_t i);
void list_set_item_in_critical_section(List* l, int64_t i, Object* item);

// New reference to item i (negative indices are not adjusted here). Empty
// Ref if i is out of range. Inline: the VM's subscript fast path; while one
// thread runs nothing can race (thread_mode.h; always so under a GIL).
FTPY_ALWAYS_INLINE Ref<> list_get_item(List* l, int64_t i) {
  if (__builtin_expect(other_threads_may_run(), 0)) return list_get_item_concurrent(l, i);
  if (i < 0 || i >= l->size) return nullptr;
  return Ref<>::borrow(l->items[i]);
}
// l[i] = item (borrowed item; IndexError if i is out of range). The old
// item is dropped after the store (its deallocator may run any code).
FTPY_ALWAYS_INLINE void list_set_item(List* l, int64_t i, Object* item) {
  if (__builtin_expect(other_threads_may_run() || i < 0 || i >= l->size, 0)) {
    list_set_item_in_critical_section(l, i, item);
    return;
  }
  incref(item);
  Object* old = l->items[i];
  // release, as every slot store (list_impl.h); a plain move on x86-64.
  std::atomic_ref<Object*>(l->items[i]).store(item, std::memory_order_release);
  decref(old);
}
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
