// set.cpp — the set/frozenset hash table (see set_impl.h) and the C++ set
// API of set.h: add, discard, contains, update / intersection / difference /
// symmetric difference, pop, clear, copy, iteration by position.
//
// Invariants: used = active entries; fill = active + dummy; the table is
// resized (to the smallest power of two > 4*used, or 2*used past 50000)
// when fill reaches 3/5 of the size. A null table is an empty set of size 8.
//
// Concurrency: mutations of a set run in its critical section (two-set
// operations lock both); in the free-threaded build, reads of a (mutable)
// set take it too (sets have no lock-free read path). Frozensets are
// immutable once built, so their reads need no lock. Lookups may call
// __eq__, which can mutate the set: a changed table or entry restarts the
// lookup, as CPython. `used` is stored atomically (len() reads it without
// the lock) and old tables are freed QSBR-delayed.
#include <cstring>

#include "gc/delayed_free.h"
#include "gc/lockfree_reads.h"
#include "objects/api.h"
#include "objects/dict.h"
#include "objects/dict_impl.h"
#include "objects/set_impl.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

namespace {

constexpr int64_t kMinSize = 8;
constexpr int64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// The deleted-entry marker: an address no real key can have. Never counted.
Object g_dummy;

SetTable* table_alloc(int64_t size) {
  if (size > (int64_t{1} << 58)) raise_empty(&exc::MemoryError);
  size_t bytes = sizeof(SetTable) + static_cast<size_t>(size) * sizeof(SetEntry);
  auto* t = static_cast<SetTable*>(alloc_object(bytes));
  t->mask = size - 1;
  t->fill = 0;
  t->finger = 0;
  t->hash_cache = -1;
  std::memset(t->entries(), 0, static_cast<size_t>(size) * sizeof(SetEntry));
  return t;
}

// Frees a table QSBR-delayed (a thread iterating a frozenset-like snapshot
// may still read it).
void table_free(SetTable* t) {
  if (t) free_delayed(t);
}

SetTable* ensure_table(Set* s) {
  if (!s->table) s->table = table_alloc(kMinSize);
  return set_table(s);
}

// Places a key known to be absent into a table without dummies.
void insert_clean(SetTable* t, Object* key, int64_t hash) {
  uint64_t mask = static_cast<uint64_t>(t->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  SetEntry* e = t->entries();
  for (;;) {
    if (!e[i].key) break;
    bool found = false;
    if (i + kLinearProbes <= mask) {
      for (uint64_t j = 1; j <= kLinearProbes; ++j) {
        if (!e[i + j].key) {
          i += j;
          found = true;
          break;
        }
      }
    }
    if (found) break;
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  e[i].key = key;
  e[i].hash = hash;
  ++t->fill;
}

void table_resize(Set* s, int64_t minused) {
  int64_t size = kMinSize;
  while (size <= minused) size <<= 1;
  SetTable* old = set_table(s);
  SetTable* t = table_alloc(size);
  if (old) {
    SetEntry* e = old->entries();
    for (int64_t i = 0; i <= old->mask; ++i) {
      if (e[i].key && e[i].key != &g_dummy) insert_clean(t, e[i].key, e[i].hash);
    }
  }
  s->table = t;
  table_free(old);
}

bool keys_equal(Object* stored, Object* key) {
  if (stored == key) return true;
  if (is_exact_str(stored) && is_exact_str(key)) {
    return str_equal(static_cast<Str*>(stored), static_cast<Str*>(key));
  }
  return false;
}

// Finds the active entry for key; null if absent. May restart after __eq__.
SetEntry* lookup(Set* s, Object* key, int64_t hash) {
restart:
  SetTable* t = set_table(s);
  if (!t) return nullptr;
  uint64_t mask = static_cast<uint64_t>(t->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  for (;;) {
    SetEntry* e = &t->entries()[i];
    int64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;; ++e) {
      if (!e->key) return nullptr;
      if (e->hash == hash && e->key != &g_dummy) {
        if (keys_equal(e->key, key)) return e;
        if (!(is_exact_str(e->key) && is_exact_str(key))) {
          Ref<> start = Ref<>::borrow(e->key);
          bool equal = richcompare_bool(start.get(), key, CompareOp::Eq);
          if (s->table != t || e->key != start.get()) goto restart;
          if (equal) return e;
        }
      }
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

}  // namespace

Object* set_dummy() { return &g_dummy; }

Set::~Set() {
  SetTable* t = set_table(this);
  table = nullptr;
  used = 0;
  if (!t) return;
  SetEntry* e = t->entries();
  for (int64_t i = 0; i <= t->mask; ++i) {
    if (e[i].key && e[i].key != &g_dummy) decref(e[i].key);
  }
  table_free(t);
}

bool set_add_hashed(Set* s, Object* key, int64_t hash) {
restart:
  SetTable* t = ensure_table(s);
  uint64_t mask = static_cast<uint64_t>(t->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  SetEntry* freeslot = nullptr;
  SetEntry* e;
  for (;;) {
    e = &t->entries()[i];
    int64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;; ++e) {
      if (!e->key) goto found_unused;
      if (e->hash == hash && e->key != &g_dummy) {
        if (keys_equal(e->key, key)) return false;
        if (!(is_exact_str(e->key) && is_exact_str(key))) {
          Ref<> start = Ref<>::borrow(e->key);
          bool equal = richcompare_bool(start.get(), key, CompareOp::Eq);
          if (s->table != t || e->key != start.get()) goto restart;
          if (equal) return false;
        }
      } else if (e->key == &g_dummy && !freeslot) {
        freeslot = e;
      }
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused:
  incref(key);
  t->hash_cache = -1;
  set_store_used(s, s->used + 1);
  if (freeslot) {
    freeslot->key = key;
    freeslot->hash = hash;
    return true;
  }
  e->key = key;
  e->hash = hash;
  ++t->fill;
  if (t->fill * 5 >= t->mask * 3) table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
  return true;
}

bool set_discard_hashed(Set* s, Object* key, int64_t hash, Ref<>* removed) {
  SetEntry* e = lookup(s, key, hash);
  if (!e) return false;
  *removed = Ref<>::steal(e->key);
  e->key = &g_dummy;
  e->hash = -1;
  set_store_used(s, s->used - 1);
  set_table(s)->hash_cache = -1;
  return true;
}

bool set_contains_hashed(Set* s, Object* key, int64_t hash) {
  if (kConcurrentReaders && type_of(s) != &FrozenSetType) {
    CriticalSection cs(s);
    return lookup(s, key, hash) != nullptr;
  }
  return lookup(s, key, hash) != nullptr;
}

void set_merge_locked(Set* s, Set* other) {
  if (s == other || other->used == 0) return;
  SetTable* ot = set_table(other);
  SetTable* t = ensure_table(s);
  if ((t->fill + other->used) * 5 >= t->mask * 3) {
    table_resize(s, (s->used + other->used) * 2);
    t = set_table(s);
  }
  SetEntry* oe = ot->entries();
  if (t->fill == 0 && t->mask == ot->mask && ot->fill == other->used) {
    // Same size, no dummies: copy slot for slot.
    SetEntry* e = t->entries();
    for (int64_t i = 0; i <= ot->mask; ++i) {
      if (oe[i].key) {
        incref(oe[i].key);
        e[i] = oe[i];
      }
    }
    t->fill = other->used;
    set_store_used(s, other->used);
    t->hash_cache = -1;
    return;
  }
  if (t->fill == 0) {
    for (int64_t i = 0; i <= ot->mask; ++i) {
      if (oe[i].key && oe[i].key != &g_dummy) {
        incref(oe[i].key);
        insert_clean(t, oe[i].key, oe[i].hash);
      }
    }
    set_store_used(s, other->used);
    t->hash_cache = -1;
    return;
  }
  for (int64_t i = 0; i <= ot->mask; ++i) {
    // Re-read: an __eq__ run by set_add_hashed may have changed `other`.
    SetTable* cur = set_table(other);
    if (!cur || i > cur->mask) break;
    SetEntry oi = cur->entries()[i];
    if (oi.key && oi.key != &g_dummy) {
      Ref<> k = Ref<>::borrow(oi.key);
      set_add_hashed(s, k.get(), oi.hash);
    }
  }
}

void set_swap_bodies(Set* a, Set* b) {
  std::swap(a->table, b->table);
  int64_t au = a->used;
  set_store_used(a, b->used);
  set_store_used(b, au);
}

int64_t set_key_hash(Object* key, Ref<>* alt) {
  if (is_instance_of(key, &SetType)) {
    try {
      return hash(key);
    } catch (PyException& e) {
      if (!exception_matches(e.value.get(), &exc::TypeError)) throw;
    }
    *alt = set_from_iterable(&FrozenSetType, key);
    return hash(alt->get());
  }
  return hash_of(key);
}

Type* set_result_type(Object* o) {
  return is_instance_of(o, &FrozenSetType) ? &FrozenSetType : &SetType;
}

// ------------------------------------------------------------------ C++ API

Ref<Set> set_new(Type* type) { return Ref<Set>::steal(new_object<Set>(type)); }

void set_add(Set* s, Object* key) {
  int64_t h = hash_of(key);
  CriticalSection cs(s);
  set_add_hashed(s, key, h);
}

bool set_discard(Set* s, Object* key) {
  Ref<> alt, removed;  // released after the critical section
  int64_t h = set_key_hash(key, &alt);
  CriticalSection cs(s);
  return set_discard_hashed(s, alt ? alt.get() : key, h, &removed);
}

bool set_remove_key(Set* s, Object* key) {
  if (!set_discard(s, key)) raise_key_error(key);
  return true;
}

bool set_contains(Set* s, Object* key) {
  Ref<> alt;
  int64_t h = set_key_hash(key, &alt);
  return set_contains_hashed(s, alt ? alt.get() : key, h);
}

void set_update(Set* s, Object* iterable) {
  if (is_anyset(iterable)) {
    CriticalSection2 cs(s, iterable);
    set_merge_locked(s, static_cast<Set*>(iterable));
    return;
  }
  if (is_exact_dict(iterable)) {
    Dict* d = static_cast<Dict*>(iterable);
    {
      CriticalSection cs(s);
      SetTable* t = ensure_table(s);
      if ((t->fill + d->used) * 5 >= t->mask * 3) table_resize(s, (s->used + d->used) * 2);
    }
    int64_t pos = 0;
    Ref<> k;
    while (dict_next(d, &pos, &k, nullptr)) set_add(s, k.get());
    return;
  }
  Ref<> it = get_iter(iterable);
  while (Ref<> k = iter_next(it.get())) set_add(s, k.get());
}

Ref<Set> set_from_iterable(Type* type, Object* iterable) {
  Ref<Set> s = set_new(type);
  if (iterable) set_update(s.get(), iterable);
  return s;
}

Ref<Set> set_copy(Set* s, Type* type) { return set_from_iterable(type, s); }

Ref<Set> set_intersection_new(Set* s, Object* iterable, Type* type) {
  Ref<Set> result = set_new(type);
  if (is_anyset(iterable)) {
    Set* a = s;
    Set* b = static_cast<Set*>(iterable);
    CriticalSection2 cs(a, b);  // one atomic operation on both sets
    if (b->used > a->used) std::swap(a, b);  // iterate the smaller set
    int64_t pos = 0;
    Ref<> k;
    while (set_next(b, &pos, &k)) {
      if (set_contains(a, k.get())) set_add(result.get(), k.get());
    }
  } else {
    Ref<> it = get_iter(iterable);
    while (Ref<> k = iter_next(it.get())) {
      if (set_contains(s, k.get())) set_add(result.get(), k.get());
    }
  }
  return result;
}

void set_intersection_update(Set* s, Object* iterable) {
  Ref<Set> result = set_intersection_new(s, iterable, &SetType);
  CriticalSection cs(s);
  set_swap_bodies(s, result.get());
}

void set_difference_update(Set* s, Object* iterable) {
  if (iterable == s) {
    set_clear(s);
    return;
  }
  if (is_anyset(iterable)) {
    int64_t pos = 0;
    Ref<> k;
    while (set_next(static_cast<Set*>(iterable), &pos, &k)) set_discard(s, k.get());
    return;
  }
  Ref<> it = get_iter(iterable);
  while (Ref<> k = iter_next(it.get())) set_discard(s, k.get());
}

void set_symmetric_difference_update(Set* s, Object* iterable) {
  if (iterable == s) {
    set_clear(s);
    return;
  }
  Ref<> other = is_anyset(iterable) ? Ref<>::borrow(iterable)
                                    : Ref<>(set_from_iterable(&SetType, iterable));
  int64_t pos = 0;
  Ref<> k;
  while (set_next(static_cast<Set*>(other.get()), &pos, &k)) {
    int64_t h = hash_of(k.get());
    Ref<> removed;
    CriticalSection cs(s);
    if (!set_discard_hashed(s, k.get(), h, &removed)) set_add_hashed(s, k.get(), h);
  }
}

Ref<> set_pop(Set* s) {
  Object* key;
  {
    CriticalSection cs(s);
    SetTable* t = set_table(s);
    if (!t || s->used == 0) {
      Ref<> msg = str_new("pop from an empty set");
      raise_key_error(msg.get());
    }
    SetEntry* e = t->entries();
    int64_t i = t->finger & t->mask;
    while (!e[i].key || e[i].key == &g_dummy) i = (i + 1) & t->mask;
    key = e[i].key;
    e[i].key = &g_dummy;
    e[i].hash = -1;
    set_store_used(s, s->used - 1);
    t->finger = i + 1;
    t->hash_cache = -1;
  }
  return Ref<>::steal(key);
}

void set_clear(Set* s) {
  SetTable* t;
  {
    CriticalSection cs(s);
    t = set_table(s);
    s->table = nullptr;
    set_store_used(s, 0);
  }
  if (!t) return;
  SetEntry* e = t->entries();
  for (int64_t i = 0; i <= t->mask; ++i) {
    if (e[i].key && e[i].key != &g_dummy) decref(e[i].key);
  }
  table_free(t);
}

bool set_next(Set* s, int64_t* pos, Ref<>* key) {
  CriticalSection cs(s);
  for (;;) {
    SetTable* t = set_table(s);
    if (!t || *pos > t->mask) return false;
    SetEntry& e = t->entries()[(*pos)++];
    if (e.key && e.key != &g_dummy) {
      if (key) *key = Ref<>::borrow(e.key);
      return true;
    }
  }
}

}  // namespace ftpy
