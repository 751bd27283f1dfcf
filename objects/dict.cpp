// dict.cpp — the dict hash table: lookup, insert, delete, resize, ordered
// iteration by position, and the C++ dict API of dict.h.
//
// Algorithm (see dict_impl.h for the layout): open addressing over the index
// array with CPython's perturbation probe, i = (5*i + 1 + perturb) & mask,
// perturb >>= 5 each step, so every slot is eventually visited. Entries are
// appended in insertion order; deletion leaves a dummy index and a hole in
// the entries, both reclaimed by the next resize. The table grows to the
// next power of two >= 3*used when the entries array is full (2/3 of size).
//
// Invariants: used == number of live entries; index values are kEmpty,
// kDummy or a position < nentries; every live entry is reachable from its
// hash's probe sequence; all_str is true only if every key ever inserted in
// this table was an exact str (then lookups never call __eq__).
//
// Concurrency: every mutation runs inside CriticalSection(d) and bumps
// `version` (dict.h). A lookup whose __eq__ mutated the dict notices the
// table or entry changed and restarts, as CPython. A store whose lookup
// compares only strs runs no Python code, so it takes a LeafCriticalSection
// (nothing at all while one thread runs).
//
// Lock-free reads (free-threaded build, FTPY_LOCKFREE_READS): a lookup of a
// key whose equality is plain C++ (exact str, int, float) loads the table
// (acquire), probes the index (acquire), loads the entry's key; if it is
// not the same object it try_increfs it before comparing contents; then it
// loads the value, try_increfs it, and re-checks that the entry still holds
// that key and value and the dict still that table. Anything else (another
// key type, a failed try_incref or re-check) does the lookup under the
// critical section. So every field a reader may load without the lock is
// written with an atomic store: the table pointer and index slots with
// release, after the entry they lead to; entry keys and values with release;
// `used` relaxed. Old tables are freed QSBR-delayed (dict_free_table), and
// so are the objects a reader may still be comparing.
#include "objects/dict.h"

#include <cstring>
#include <vector>

#include "gc/deferred_rc.h"
#include "gc/delayed_free.h"
#include "gc/lockfree_reads.h"
#include "objects/dict_impl.h"
#include "objects/list.h"
#include "runtime/threads/critical_section.h"
#include "runtime/threads/thread_mode.h"

namespace ftpy {

namespace {

constexpr int64_t kEmpty = -1;
constexpr int64_t kDummy = -2;
constexpr int64_t kMinSize = 8;
constexpr int kPerturbShift = 5;

// Source of dict versions: each thread reserves kVersionBatch at a time
// from the global counter (relaxed: only uniqueness matters), so that dict
// mutations in different threads do not all write one cache line. The
// value is published by the release store in bump_version.
constexpr uint64_t kVersionBatch = 1 << 12;
std::atomic<uint64_t> g_dict_version{0};
thread_local constinit uint64_t t_version_next = 0;  // this thread's batch: [next, end)
thread_local constinit uint64_t t_version_end = 0;

void bump_version(Dict* d) {
  if (t_version_next == t_version_end) {
    t_version_next = g_dict_version.fetch_add(kVersionBatch, std::memory_order_relaxed) + 1;
    t_version_end = t_version_next + kVersionBatch;
  }
  d->version.store(t_version_next++, std::memory_order_release);
}

template <class T>
inline int64_t load_slot(char* base, int64_t i) {
  return std::atomic_ref<T>(reinterpret_cast<T*>(base)[i]).load(std::memory_order_acquire);
}
template <class T>
inline void store_slot(char* base, int64_t i, int64_t ix) {
  std::atomic_ref<T>(reinterpret_cast<T*>(base)[i]).store(static_cast<T>(ix),
                                                          std::memory_order_release);
}

inline int64_t get_index(DictTable* t, int64_t i) {
  char* base = reinterpret_cast<char*>(t + 1);
  switch (t->index_shift) {
    case 0: return load_slot<int8_t>(base, i);
    case 1: return load_slot<int16_t>(base, i);
    case 2: return load_slot<int32_t>(base, i);
    default: return load_slot<int64_t>(base, i);
  }
}

inline void set_index(DictTable* t, int64_t i, int64_t ix) {
  char* base = reinterpret_cast<char*>(t + 1);
  switch (t->index_shift) {
    case 0: store_slot<int8_t>(base, i, ix); break;
    case 1: store_slot<int16_t>(base, i, ix); break;
    case 2: store_slot<int32_t>(base, i, ix); break;
    default: store_slot<int64_t>(base, i, ix); break;
  }
}

// Atomic accessors of the fields lock-free readers load (see the top).
inline Object* load_ptr(Object* const& field) {
  return std::atomic_ref<Object*>(const_cast<Object*&>(field)).load(std::memory_order_acquire);
}
inline void store_ptr(Object*& field, Object* v) {
  std::atomic_ref<Object*>(field).store(v, std::memory_order_release);
}
inline DictTable* load_table(Dict* d) {
  return static_cast<DictTable*>(std::atomic_ref<void*>(d->table).load(std::memory_order_acquire));
}
inline void store_table(Dict* d, DictTable* t) {
  std::atomic_ref<void*>(d->table).store(t, std::memory_order_release);
}
inline void store_used(Dict* d, int64_t n) {
  std::atomic_ref<int64_t>(d->used).store(n, std::memory_order_relaxed);
}

DictTable* table_alloc(int64_t size) {
  uint8_t shift = size <= 128 ? 0 : size <= 0x8000 ? 1 : size <= 0x80000000LL ? 2 : 3;
  int64_t usable = size * 2 / 3;
  if (size > (int64_t{1} << 58)) raise_empty(&exc::MemoryError);
  size_t bytes = sizeof(DictTable) + (static_cast<size_t>(size) << shift) +
                 static_cast<size_t>(usable) * sizeof(DictEntry);
  auto* t = static_cast<DictTable*>(alloc_object(bytes));
  t->size = size;
  t->usable = usable;
  t->nentries = 0;
  t->index_shift = shift;
  t->all_str = true;
  std::memset(t + 1, 0xff, static_cast<size_t>(size) << shift);  // all kEmpty
  return t;
}

void dict_free_table(DictTable* t) {
  if (t) free_delayed(t);  // a lock-free reader may still be probing it
}

// First index slot on `hash`'s probe sequence that holds no entry.
int64_t find_free_slot(DictTable* t, int64_t hash) {
  uint64_t mask = static_cast<uint64_t>(t->size - 1);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  while (get_index(t, static_cast<int64_t>(i)) >= 0) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return static_cast<int64_t>(i);
}

// The index slot that points at entry position `pos` (which must be live).
int64_t slot_of_entry(DictTable* t, int64_t hash, int64_t pos) {
  uint64_t mask = static_cast<uint64_t>(t->size - 1);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  while (get_index(t, static_cast<int64_t>(i)) != pos) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return static_cast<int64_t>(i);
}

int64_t size_for(int64_t minsize) {
  int64_t size = kMinSize;
  while (size < minsize) size <<= 1;
  return size;
}

// Rebuilds the table with `size` index slots, compacting the entries.
void resize(Dict* d, int64_t size) {
  DictTable* old = dict_table(d);
  DictTable* t = table_alloc(size);
  if (old) {
    DictEntry* src = old->entries();
    DictEntry* dst = t->entries();
    int64_t n = 0;
    for (int64_t i = 0; i < old->nentries; ++i) {
      if (!src[i].key) continue;
      dst[n] = src[i];
      set_index(t, find_free_slot(t, src[i].hash), n);
      ++n;
    }
    t->nentries = n;
    t->all_str = old->all_str;
  }
  store_table(d, t);  // release: the copied entries are visible first
  dict_free_table(old);
}

// Finds `key`; returns its entry position (and index slot) or -1.
int64_t lookup(Dict* d, Object* key, int64_t hash, int64_t* slot_out) {
restart:
  DictTable* t = dict_table(d);
  if (!t) return -1;
  uint64_t mask = static_cast<uint64_t>(t->size - 1);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  bool str_only = t->all_str && is_exact_str(key);
  for (;;) {
    int64_t ix = get_index(t, static_cast<int64_t>(i));
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      DictEntry* e = &t->entries()[ix];
      if (e->key == key) {
        *slot_out = static_cast<int64_t>(i);
        return ix;
      }
      if (e->hash == hash) {
        if (str_only || (is_exact_str(e->key) && is_exact_str(key))) {
          if (str_equal(static_cast<Str*>(e->key), static_cast<Str*>(key))) {
            *slot_out = static_cast<int64_t>(i);
            return ix;
          }
        } else {
          Ref<> start = Ref<>::borrow(e->key);
          bool equal = richcompare_bool(start.get(), key, CompareOp::Eq);
          // __eq__ may have mutated the dict: start over if our entry moved.
          if (d->table != t || t->entries()[ix].key != start.get()) goto restart;
          if (equal) {
            *slot_out = static_cast<int64_t>(i);
            return ix;
          }
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// Inserts a new entry (the key is known to be absent). Caller holds the CS.
void insert_new(Dict* d, Object* key, int64_t hash, Object* value) {
  DictTable* t = dict_table(d);
  if (!t || t->nentries >= t->usable) {
    resize(d, size_for(d->used * 3 + 1));
    t = dict_table(d);
  }
  int64_t pos = t->nentries++;
  incref(key);
  incref(value);
  DictEntry* e = &t->entries()[pos];
  std::atomic_ref<int64_t>(e->hash).store(hash, std::memory_order_relaxed);
  store_ptr(e->value, value);
  store_ptr(e->key, key);
  set_index(t, find_free_slot(t, hash), pos);  // release: the entry is complete
  if (!is_exact_str(key)) t->all_str = false;
  store_used(d, d->used + 1);
  bump_version(d);
}

// Removes the live entry at `pos` found through index slot `slot`; returns
// the key and value references for the caller to release outside the CS.
void remove_entry(Dict* d, int64_t slot, int64_t pos, Ref<>* key, Ref<>* value) {
  DictTable* t = dict_table(d);
  DictEntry* e = &t->entries()[pos];
  set_index(t, slot, kDummy);
  *key = Ref<>::steal(e->key);
  *value = Ref<>::steal(e->value);
  store_ptr(e->key, nullptr);
  store_ptr(e->value, nullptr);
  store_used(d, d->used - 1);
  bump_version(d);
}

}  // namespace

namespace {

inline bool shared_namespace(Dict* d) { return d->ob_flags & kSharedNamespace; }

// Drops a reference the dict held: through QSBR for a shared namespace.
// Called after the critical section ends.
void release_dropped(Dict* d, Ref<>& r) {
  if (shared_namespace(d)) {
    decref_delayed(r.release());
  } else {
    r.reset();
  }
}

}  // namespace

void dict_mark_shared_namespace(Dict* d) {
  d->ob_flags |= kSharedNamespace;
  mark_deferred(d);  // read by every thread: counted per thread (gc/deferred_rc.h)
}

Dict::~Dict() {
  DictTable* t = dict_table(this);
  table = nullptr;
  used = 0;
  if (!t) return;
  DictEntry* e = t->entries();
  for (int64_t i = 0; i < t->nentries; ++i) {
    if (e[i].key) {
      decref(e[i].key);
      decref(e[i].value);
    }
  }
  dict_free_table(t);
}

Ref<Dict> dict_new_of_type(Type* type) { return Ref<Dict>::steal(new_object<Dict>(type)); }
Ref<Dict> dict_new() { return dict_new_of_type(&DictType); }

namespace {

Ref<> get_locked(Dict* d, Object* key, int64_t hash) {
  CriticalSection cs(d);
  int64_t slot;
  int64_t ix = lookup(d, key, hash, &slot);
  if (ix < 0) return nullptr;
  DictEntry* e = &dict_table(d)->entries()[ix];
  // The next lock-free read may then succeed: it try_increfs the stored key
  // (to compare it) and the value.
  mark_maybe_shared(e->key);
  mark_maybe_shared(e->value);
  return Ref<>::borrow(e->value);
}

// Keys whose equality is plain C++ on immutable data, so a lock-free
// reader may compare them (holding a reference to the stored key).
inline bool plain_key_type(Type* t) { return t == &StrType || t == &IntType || t == &FloatType; }

bool plain_keys_equal(Object* a, Object* b) {
  if (is_exact_str(a)) return str_equal(static_cast<Str*>(a), static_cast<Str*>(b));
  return richcompare_bool(a, b, CompareOp::Eq);
}

enum class Found { kYes, kNo, kRetryLocked };

// The lock-free lookup described at the top of the file.
Found get_lockfree(Dict* d, Object* key, int64_t hash, Ref<>* out) {
  DictTable* t = load_table(d);
  if (!t) return Found::kNo;
  uint64_t mask = static_cast<uint64_t>(t->size - 1);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  for (;;) {
    int64_t ix = get_index(t, static_cast<int64_t>(i));
    if (ix == kEmpty) return Found::kNo;
    if (ix >= 0) {
      DictEntry* e = &t->entries()[ix];
      Object* k = load_ptr(e->key);
      bool match = k == key;
      if (!match && k &&
          std::atomic_ref<int64_t>(e->hash).load(std::memory_order_relaxed) == hash) {
        if (!plain_key_type(type_of(key)) || !try_incref(k)) return Found::kRetryLocked;
        Ref<> held = Ref<>::steal(k);
        // Mixed types (1 == 1.0) or another key type: the locked path decides.
        if (type_of(k) != type_of(key)) return Found::kRetryLocked;
        match = plain_keys_equal(k, key);
      }
      if (match) {
        Object* v = load_ptr(e->value);
        if (!v || !try_incref(v)) return Found::kRetryLocked;
        Ref<> value = Ref<>::steal(v);
        if (load_ptr(e->key) != k || load_ptr(e->value) != v || load_table(d) != t)
          return Found::kRetryLocked;
        *out = std::move(value);
        return Found::kYes;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

}  // namespace

namespace {

// A look-up that other threads may race: lock-free when the key allows,
// else under the dict's lock. Out of line, so that the single-thread path
// of dict_get_hashed stays a plain look-up.
FTPY_NOINLINE Ref<> get_concurrent(Dict* d, Object* key, int64_t hash) {
  if (kLockFreeReads && plain_key_type(type_of(key))) {
    Ref<> v;
    Found f = get_lockfree(d, key, hash, &v);
    if (f == Found::kYes) return v;
    if (f == Found::kNo) return nullptr;
  }
  return get_locked(d, key, hash);
}

}  // namespace

Ref<> dict_get_hashed(Dict* d, Object* key, int64_t hash) {
  if (other_threads_may_run()) return get_concurrent(d, key, hash);
  // Nothing can race (thread_mode.h; always so under a GIL).
  int64_t slot;
  int64_t ix = lookup(d, key, hash, &slot);
  if (ix < 0) return nullptr;
  return Ref<>::borrow(dict_table(d)->entries()[ix].value);
}

Ref<> dict_get(Dict* d, Object* key) {
  int64_t h = hash_of(key);
  return dict_get_hashed(d, key, h);
}

Ref<> dict_get_str(Dict* d, Str* key) {
  if (!load_table(d)) return nullptr;
  return dict_get_hashed(d, key, hash_of(key));
}

Ref<> dict_get_str(Dict* d, std::string_view key) {
  Ref<Str> s = str_new(key);
  return dict_get_str(d, s.get());
}

bool dict_contains(Dict* d, Object* key) {
  int64_t h = hash_of(key);
  if (other_threads_may_run()) return static_cast<bool>(dict_get_hashed(d, key, h));
  int64_t slot;
  return lookup(d, key, h, &slot) >= 0;
}

namespace {

// Whether looking `key` up in d compares only exact strs, so runs no Python
// code (an instance __dict__ or a namespace, set with a str name). Reads
// the table unlocked: only while one thread runs.
bool compares_only_str(Dict* d, Object* key) {
  DictTable* t = dict_table(d);
  return is_exact_str(key) && (!t || t->all_str);
}

}  // namespace

void dict_set_hashed(Dict* d, Object* key, int64_t hash, Object* value) {
  Ref<> old;
  {
    LeafCriticalSection cs(d, !other_threads_may_run() && compares_only_str(d, key));
    int64_t slot;
    int64_t ix = lookup(d, key, hash, &slot);
    if (ix >= 0) {
      DictEntry* e = &dict_table(d)->entries()[ix];
      if (e->value == value) return;
      incref(value);
      old = Ref<>::steal(e->value);
      store_ptr(e->value, value);
      bump_version(d);
    } else {
      insert_new(d, key, hash, value);
    }
  }
  release_dropped(d, old);
}

void dict_set(Dict* d, Object* key, Object* value) {
  int64_t h = hash_of(key);
  dict_set_hashed(d, key, h, value);
}

void dict_set_str(Dict* d, std::string_view key, Object* value) {
  // Interned, as CPython interns namespace keys: a look-up with the
  // interned identifier (id::name...) then finds the key by identity, and a
  // lock-free reader never try_increfs (writes the count of) a key object
  // that every thread's look-ups would share.
  dict_set(d, intern(key), value);
}

bool dict_del(Dict* d, Object* key) {
  int64_t h = hash_of(key);
  Ref<> k, v;  // released after the critical section
  {
    CriticalSection cs(d);
    int64_t slot;
    int64_t ix = lookup(d, key, h, &slot);
    if (ix < 0) return false;
    remove_entry(d, slot, ix, &k, &v);
  }
  release_dropped(d, k);
  release_dropped(d, v);
  return true;
}

Ref<> dict_pop(Dict* d, Object* key) {
  int64_t h = hash_of(key);
  Ref<> k, v;
  {
    CriticalSection cs(d);
    int64_t slot;
    int64_t ix = lookup(d, key, h, &slot);
    if (ix < 0) return nullptr;
    remove_entry(d, slot, ix, &k, &v);
  }
  release_dropped(d, k);
  if (shared_namespace(d)) {
    // The caller gets a reference of its own; the dict's goes through QSBR.
    Ref<> mine = v;
    release_dropped(d, v);
    return mine;
  }
  return v;
}

Ref<> dict_setdefault(Dict* d, Object* key, Object* dflt) {
  int64_t h = hash_of(key);
  CriticalSection cs(d);
  int64_t slot;
  int64_t ix = lookup(d, key, h, &slot);
  if (ix >= 0) return Ref<>::borrow(dict_table(d)->entries()[ix].value);
  insert_new(d, key, h, dflt);
  return Ref<>::borrow(dflt);
}

bool dict_pop_last(Dict* d, Ref<>* key, Ref<>* value) {
  CriticalSection cs(d);
  DictTable* t = dict_table(d);
  if (!t || d->used == 0) return false;
  int64_t pos = t->nentries - 1;
  DictEntry* e = t->entries();
  while (!e[pos].key) --pos;
  int64_t slot = slot_of_entry(t, e[pos].hash, pos);
  remove_entry(d, slot, pos, key, value);
  t->nentries = pos;  // the last live entry's position can be reused
  if (shared_namespace(d)) {
    // The caller gets references of its own; the dict's go through QSBR
    // (never the last ones here, so nothing is freed inside the section).
    incref(key->get());
    incref(value->get());
    decref_delayed(key->get());
    decref_delayed(value->get());
  }
  return true;
}

int64_t dict_nentries(Dict* d) {
  DictTable* t = dict_table(d);
  return t ? t->nentries : 0;
}

bool dict_entry_at(Dict* d, int64_t pos, Object** key, Object** value) {
  DictTable* t = dict_table(d);
  if (!t || pos < 0 || pos >= t->nentries) return false;
  DictEntry* e = &t->entries()[pos];
  if (!e->key) return false;
  *key = e->key;
  *value = e->value;
  return true;
}

bool dict_next_hashed(Dict* d, int64_t* pos, Ref<>* key, Ref<>* value, int64_t* hash) {
  CriticalSection cs(d);
  for (;;) {
    DictTable* t = dict_table(d);
    if (!t || *pos >= t->nentries) return false;
    DictEntry* e = &t->entries()[(*pos)++];
    if (!e->key) continue;
    if (key) *key = Ref<>::borrow(e->key);
    if (value) *value = Ref<>::borrow(e->value);
    if (hash) *hash = e->hash;
    return true;
  }
}

bool dict_next(Dict* d, int64_t* pos, Ref<>* key, Ref<>* value) {
  return dict_next_hashed(d, pos, key, value, nullptr);
}

Ref<Dict> dict_copy(Dict* d) {
  Ref<Dict> out = dict_new();
  CriticalSection cs(d);
  DictTable* t = dict_table(d);
  if (!t || d->used == 0) return out;
  resize(out.get(), size_for((d->used * 3 + 1) / 2));
  DictEntry* e = t->entries();
  for (int64_t i = 0; i < t->nentries; ++i) {
    if (e[i].key) insert_new(out.get(), e[i].key, e[i].hash, e[i].value);
  }
  return out;
}

Ref<> dict_keys_list(Dict* d) {
  Ref<List> out = list_new(dict_size(d));
  int64_t pos = 0;
  Ref<> k;
  while (dict_next(d, &pos, &k, nullptr)) list_append(out.get(), k.get());
  return out;
}

void dict_clear(Dict* d) {
  DictTable* t;
  {
    CriticalSection cs(d);
    t = dict_table(d);
    if (!t && d->used == 0) return;
    store_table(d, nullptr);
    store_used(d, 0);
    bump_version(d);
  }
  if (!t) return;
  DictEntry* e = t->entries();
  bool delayed = shared_namespace(d);
  for (int64_t i = 0; i < t->nentries; ++i) {
    if (e[i].key) {
      if (delayed) {
        decref_delayed(e[i].key);
        decref_delayed(e[i].value);
      } else {
        decref(e[i].key);
        decref(e[i].value);
      }
    }
  }
  dict_free_table(t);
}

}  // namespace ftpy
