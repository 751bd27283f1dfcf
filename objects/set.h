// set.h — Python set and frozenset (one hash table type, two Python types).
// Concurrency: a set's mutations run in its critical section; frozenset is
// immutable after construction.
#pragma once

#include <atomic>
#include <cstdint>

#include "objects/object.h"

namespace ftpy {

struct Set : Object {
  int64_t used = 0;
  void* table = nullptr;  // private to set*.cpp
  ~Set();  // releases the keys and the table
};

// True if `t` derives from set or frozenset (walks the MRO; the exact types
// are checked inline by is_anyset first).
bool set_type_is_subclass(const Type* t);

Ref<Set> set_new(Type* type = &SetType);  // set or frozenset
void set_add(Set* s, Object* key);
bool set_discard(Set* s, Object* key);
bool set_contains(Set* s, Object* key);
void set_update(Set* s, Object* iterable);
// Relaxed atomic: len() may race with a mutation in another thread.
inline int64_t set_size(const Object* s) {
  return std::atomic_ref<int64_t>(const_cast<Set*>(static_cast<const Set*>(s))->used)
      .load(std::memory_order_relaxed);
}
inline void set_store_used(Set* s, int64_t n) {
  std::atomic_ref<int64_t>(s->used).store(n, std::memory_order_relaxed);
}
bool set_next(Set* s, int64_t* pos, Ref<>* key);

// More of the set API. The *_update functions accept any iterable, like the
// Python methods of the same names; each is atomic on `s`.
Ref<Set> set_from_iterable(Type* type, Object* iterable);  // iterable may be null
void set_intersection_update(Set* s, Object* iterable);
void set_difference_update(Set* s, Object* iterable);
void set_symmetric_difference_update(Set* s, Object* iterable);
bool set_remove_key(Set* s, Object* key);  // set.remove: KeyError if absent
Ref<> set_pop(Set* s);                     // KeyError "pop from an empty set"
void set_clear(Set* s);
Ref<Set> set_copy(Set* s, Type* type);     // shallow copy as `type`
// set.__new__ / set.__init__ / frozenset.__new__, for C++ subclasses.
Ref<> set_tp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames);
void set_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Ref<> frozenset_tp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames);

extern Type SetIterType;  // "set_iterator"

inline bool is_anyset(const Object* o) {
  return o->ob_type == &SetType || o->ob_type == &FrozenSetType ||
         set_type_is_subclass(o->ob_type);
}

void init_set_types();

}  // namespace ftpy
