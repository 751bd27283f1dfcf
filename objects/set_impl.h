// set_impl.h — the set/frozenset hash table layout and primitives, shared by
// set.cpp (table + C++ API) and set_type.cpp (the two Python types). Not for
// use outside set*.cpp.
//
// Layout (the scheme CPython's setobject.c documents, written afresh): one
// block `SetTable | entries[mask + 1]`. An entry is unused (key null, hash
// 0), dummy (key == set_dummy(), hash -1: a deleted key, probing continues
// past it) or active. A probe looks at slot i and, while it stays inside
// the table, the next LINEAR_PROBES (9) slots, then jumps with
// i = (5*i + 1 + perturb) & mask, perturb >>= 5. Using the same table sizes,
// growth rule and probe sequence as CPython makes iteration order (and so
// printed sets of small ints) match CPython's.
#pragma once

#include <cstdint>

#include "objects/set.h"

namespace ftpy {

struct SetEntry {
  Object* key;   // null = unused; set_dummy() = deleted; else owned
  int64_t hash;
};

struct SetTable {
  int64_t mask;        // size - 1; size is a power of two >= 8
  int64_t fill;        // active + dummy entries
  int64_t finger;      // where pop() starts looking
  int64_t hash_cache;  // frozenset hash, -1 until computed
  SetEntry* entries() { return reinterpret_cast<SetEntry*>(this + 1); }
};

inline SetTable* set_table(Set* s) { return static_cast<SetTable*>(s->table); }
Object* set_dummy();

// Primitives; the caller holds the set's critical section.
bool set_add_hashed(Set* s, Object* key, int64_t hash);       // true if newly added
// True if it was there; *removed receives the dropped reference so the
// caller releases it after leaving the critical section.
bool set_discard_hashed(Set* s, Object* key, int64_t hash, Ref<>* removed);
bool set_contains_hashed(Set* s, Object* key, int64_t hash);
// Adds every key of `other` (a set/frozenset) to `s`, as CPython's set_merge.
void set_merge_locked(Set* s, Set* other);
// A new set of `type` with the items of s that are also in iterable.
Ref<Set> set_intersection_new(Set* s, Object* iterable, Type* type);
// Exchanges the tables of two sets (intersection_update builds a new set).
void set_swap_bodies(Set* a, Set* b);
// The set's type for results of binary operations: set or frozenset.
Type* set_result_type(Object* o);
// hash(key), or for an unhashable set key retried as a frozenset (CPython
// lets `set() in {frozenset()}` work): *alt then owns the frozenset.
int64_t set_key_hash(Object* key, Ref<>* alt);

}  // namespace ftpy
