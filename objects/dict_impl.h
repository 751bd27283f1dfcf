// dict_impl.h — the dict's private table layout and helpers, shared by
// dict.cpp (the hash table), dict_type.cpp (the type's slots and methods)
// and dict_views.cpp (views and iterators). Also used by set*.cpp for the
// hashing fast path. Not for use outside dict*/set*.
//
// Layout (CPython 3.6+ "compact dict" design, written afresh): one block
//   DictTable header | indices[size] (int8/16/32/64) | entries[usable]
// indices map hash slots to positions in `entries`, which are kept in
// insertion order. An index is kEmpty (never used), kDummy (deleted: probing
// continues past it) or an entry position. A deleted entry keeps its slot in
// `entries` with key == nullptr until the next resize compacts the array.
#pragma once

#include <cstdint>

#include "objects/api.h"
#include "objects/dict.h"
#include "objects/str.h"

namespace ftpy {

struct DictEntry {
  int64_t hash;
  Object* key;    // owned; nullptr = deleted entry
  Object* value;  // owned; nullptr iff key == nullptr
};

struct DictTable {
  int64_t size;       // number of index slots, a power of two (>= 8)
  int64_t usable;     // capacity of entries (2/3 of size)
  int64_t nentries;   // entries[0..nentries) are used or deleted
  uint8_t index_shift;  // log2 of the index width in bytes (0..3)
  bool all_str;       // every key ever inserted is an exact str (lookup fast path)

  DictEntry* entries() {
    return reinterpret_cast<DictEntry*>(reinterpret_cast<char*>(this + 1) +
                                        (size << index_shift));
  }
};

inline DictTable* dict_table(Dict* d) { return static_cast<DictTable*>(d->table); }

// hash(key), with the cached-hash fast path for exact str (no call, no
// allocation once the str's hash has been computed).
inline int64_t hash_of(Object* key) {
  if (is_exact_str(key)) {
    int64_t h = static_cast<Str*>(key)->cached_hash.load(std::memory_order_relaxed);
    return h != -1 ? h : str_hash(static_cast<Str*>(key));
  }
  return hash(key);
}

// Looks up with a precomputed hash; value Ref empty when absent.
Ref<> dict_get_hashed(Dict* d, Object* key, int64_t hash);
void dict_set_hashed(Dict* d, Object* key, int64_t hash, Object* value);
// Number of entry positions (live or deleted) and the entry at a position:
// false if the position is deleted or out of range. Borrowed pointers; the
// caller holds the dict's critical section (or the world is stopped) and
// takes references before running any Python code.
int64_t dict_nentries(Dict* d);
bool dict_entry_at(Dict* d, int64_t pos, Object** key, Object** value);
// dict_next that also returns the entry's stored hash.
bool dict_next_hashed(Dict* d, int64_t* pos, Ref<>* key, Ref<>* value, int64_t* hash);
// popitem(): removes the last inserted item; false if the dict is empty.
bool dict_pop_last(Dict* d, Ref<>* key, Ref<>* value);
// Readies the view and iterator types (dict_views.cpp); called by init_dict_type.
void init_dict_views();

}  // namespace ftpy
