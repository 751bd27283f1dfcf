// tuple.h — Python tuple: an immutable array of references stored inline.
// Invariant: items[0..size) are non-null owned references once construction
// (by the creating thread) has finished. The empty tuple is a singleton.
// Concurrency: immutable after construction; safe to share.
#pragma once

#include <cstdint>
#include <initializer_list>

#include "objects/object.h"

namespace ftpy {

struct Tuple : Object {
  int64_t size = 0;
  Object* items[1];  // `size` entries allocated past the struct
  ~Tuple();          // releases items[0..size) (null slots allowed)
};

// A tuple of `size` null items, to be filled with tuple_set_steal before use.
Ref<Tuple> tuple_new(int64_t size);
// Fills slot i of a tuple under construction (takes ownership).
inline void tuple_set_steal(Tuple* t, int64_t i, Object* v) { t->items[i] = v; }
Ref<Tuple> tuple_pack(std::initializer_list<Object*> items);  // borrowed items
Ref<Tuple> tuple_from_array(Object* const* items, int64_t n);  // borrowed items
Tuple* empty_tuple();
inline int64_t tuple_size(const Object* t) { return static_cast<const Tuple*>(t)->size; }
inline Object* tuple_item(const Object* t, int64_t i) { return static_cast<const Tuple*>(t)->items[i]; }

// A tuple of `size` null items whose type is `type` (tuple or a subclass).
Ref<Tuple> tuple_new_of_type(Type* type, int64_t size);
// CPython's xxHash-based hash of a sequence of items (tuple's hash; slices
// use it without mixing in the length). Calls hash() on every item.
int64_t hash_items_xx(Object* const* items, int64_t n, bool mix_length);
// tuple.__new__ (tuple(iterable)), reusable by C++ subclasses.
Ref<> tuple_tp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames);
// Lexicographic comparison of two item arrays (tuple/list semantics).
Ref<> sequence_richcompare(Object* const* a, int64_t na, Object* const* b, int64_t nb,
                          CompareOp op);

extern Type TupleIterType;  // "tuple_iterator"

void init_tuple_type();  // tuple and its iterator type

}  // namespace ftpy
