// set.h — Python set and frozenset (one hash table type, two Python types).
// Concurrency: a set's mutations run in its critical section; frozenset is
// immutable after construction.
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace ftpy {

struct Set : Object {
  int64_t used = 0;
  void* table = nullptr;  // private to set.cpp
};

Ref<Set> set_new(Type* type = &SetType);  // set or frozenset
void set_add(Set* s, Object* key);
bool set_discard(Set* s, Object* key);
bool set_contains(Set* s, Object* key);
void set_update(Set* s, Object* iterable);
inline int64_t set_size(const Object* s) { return static_cast<const Set*>(s)->used; }
bool set_next(Set* s, int64_t* pos, Ref<>* key);

void init_set_types();

}  // namespace ftpy
