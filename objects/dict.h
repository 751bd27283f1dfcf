// dict.h — Python dict: a hash table that keeps insertion order.
//
// Layout and probing are private to dict*.cpp. `version` changes on every
// mutation (taken from one global counter, so a value is never reused): the
// VM's global/builtin caches compare it to skip the lookup. The counter is
// bumped with a relaxed fetch_add (only uniqueness matters); the new value
// is stored into `version` with release, pairing with dict_version's acquire.
//
// Concurrency: every mutation runs in the dict's critical section; lookups
// are lock-free in the free-threaded build (dict.cpp says how); iteration
// takes the critical section for each step.
#pragma once

#include <atomic>
#include <cstdint>
#include <string_view>

#include "objects/object.h"

namespace ftpy {

struct Dict : Object {
  std::atomic<uint64_t> version{0};
  // Private to dict*.cpp from here on.
  int64_t used = 0;
  void* table = nullptr;
  ~Dict();  // releases the keys, values and the table
};

Ref<Dict> dict_new();
// Returns the value or an empty Ref if the key is absent (may throw if the
// key's __hash__/__eq__ throws or it is unhashable).
Ref<> dict_get(Dict* d, Object* key);
// Fast path for str keys (hash cached, interned identity first).
Ref<> dict_get_str(Dict* d, Str* key);
Ref<> dict_get_str(Dict* d, std::string_view key);
void dict_set(Dict* d, Object* key, Object* value);   // borrowed key/value
void dict_set_str(Dict* d, std::string_view key, Object* value);
bool dict_del(Dict* d, Object* key);                  // false if absent
// Relaxed atomic: len() may race with a mutation in another thread.
inline int64_t dict_size(const Object* d) {
  return std::atomic_ref<int64_t>(const_cast<Dict*>(static_cast<const Dict*>(d))->used)
      .load(std::memory_order_relaxed);
}
// Iteration by position: returns false at the end. *pos starts at 0.
bool dict_next(Dict* d, int64_t* pos, Ref<>* key, Ref<>* value);
void dict_update(Dict* d, Object* other);              // dict or iterable of pairs / keys()
void dict_merge(Dict* d, Object* mapping, bool override_existing);  // for **kwargs merging
Ref<Dict> dict_copy(Dict* d);
Ref<> dict_keys_list(Dict* d);
void dict_clear(Dict* d);
inline uint64_t dict_version(Dict* d) { return d->version.load(std::memory_order_acquire); }

// Marks a new dict as a namespace whose values other threads may hold as
// borrowed pointers (module globals, class dicts: the VM's inline caches and
// type_lookup): values and keys it drops are then released through QSBR
// (decref_delayed), never freed under a reader; the dict itself is counted
// per thread (mark_deferred). Call while still private.
void dict_mark_shared_namespace(Dict* d);

// More of the dict API (each call one atomic operation on the dict).
Ref<Dict> dict_new_of_type(Type* type);           // empty dict of a subclass
bool dict_contains(Dict* d, Object* key);
// Removes `key` and returns its value; empty Ref if absent.
Ref<> dict_pop(Dict* d, Object* key);
// d.setdefault(key, dflt): the existing value, or dflt after inserting it.
Ref<> dict_setdefault(Dict* d, Object* key, Object* dflt);
// d[key] as the subscript operator: dict_get, then type(d).__missing__ for
// subclasses, then KeyError(key).
Ref<> dict_subscript(Object* d, Object* key);
// dict.__new__ (empty dict of `type`) and dict.__init__ (update from one
// positional mapping/iterable of pairs plus keywords): for C++ subclasses
// such as defaultdict and Counter.
Ref<> dict_tp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames);
void dict_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames);
// The body of dict.update(*args, **kwargs) / dict.__init__; `fname` names
// the function in arity errors ("update", "dict").
void dict_update_from_args(Dict* d, const char* fname, Object* const* args, size_t nargs,
                           Object* kwnames);
// dict.__repr__ for exact dicts and subclasses ("{'a': 1}", "{...}" when recursive).
Ref<> dict_repr(Object* d);

// The view and iterator types (objects/dict_views.cpp).
extern Type DictKeysType;        // dict_keys
extern Type DictValuesType;      // dict_values
extern Type DictItemsType;       // dict_items
extern Type DictKeyIterType;     // dict_keyiterator
extern Type DictValueIterType;   // dict_valueiterator
extern Type DictItemIterType;    // dict_itemiterator
extern Type DictRevKeyIterType;  // dict_reversekeyiterator
extern Type DictRevValueIterType;
extern Type DictRevItemIterType;
// iter(d) / reversed(d) and the views d.keys() / d.values() / d.items().
Ref<> dict_iter_new(Dict* d, Type* iter_type);
Ref<> dict_view_new(Dict* d, Type* view_type);

void init_dict_type();  // dict, its views and iterators

}  // namespace ftpy
