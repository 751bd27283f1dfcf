// type_cache.cpp — type_lookup with a global method cache, version tags, and
// the subclass registry that invalidation walks.
//
// Version tags: every ready type has a tag from one global atomic counter, so
// a tag is never reused. Writing a class attribute (type_modified_name) gives
// the type and all its subclasses fresh tags *after* the dict write. A tag is
// read with acquire and written with release (std::atomic_ref on
// Type::version_tag), pairing so that a reader that sees the new tag also
// sees the dict write.
//
// The cache: 4096 direct-mapped entries keyed by (version tag, interned name
// pointer) holding the borrowed lookup result (null = "absent", cached too).
// Only interned names are cached: they are immortal, so a name pointer can
// never be recycled for different text. Each entry is a seqlock:
//   writer: CAS seq even->odd (skip if busy), release fence, relaxed stores of
//           the fields, seq = even+2 (release);
//   reader: seq (acquire; odd = miss), relaxed loads, acquire fence, re-load
//           seq (relaxed); a changed seq is a miss.
// Invariant: an entry's fields always come from one lookup made while the
// type had that version (the writer reads the tag before walking the MRO,
// and a modification bumps the tag after changing the dict), so a hit under
// the current tag returns what a fresh lookup would. The result is borrowed
// from the class dict, like CPython's _PyType_Lookup.
//
// Concurrency: any attached thread may look up; the registry is guarded by
// a mutex (taken only when classes are created or modified).
#include <atomic>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace ftpy {

namespace {

std::atomic<uint64_t> g_next_version{1};

struct CacheEntry {
  std::atomic<uint32_t> seq{0};
  std::atomic<uint64_t> version{0};
  std::atomic<Str*> name{nullptr};
  std::atomic<Object*> value{nullptr};
};
constexpr size_t kCacheSize = 4096;
CacheEntry g_cache[kCacheSize];

inline size_t cache_index(uint64_t version, const Str* name) {
  uint64_t h = version * 0x9E3779B97F4A7C15ull ^ (reinterpret_cast<uintptr_t>(name) >> 4);
  return static_cast<size_t>(h ^ (h >> 29)) & (kCacheSize - 1);
}

// Guards g_subclasses (written on class creation, read on modification).
std::mutex g_registry_mu;
std::unordered_map<Type*, std::vector<Type*>> g_subclasses;

Object* lookup_uncached(Type* type, Str* name, Type** owner) {
  Object* mro = type->mro.get();
  if (mro) {
    int64_t n = tuple_size(mro);
    for (int64_t i = 0; i < n; ++i) {
      Type* k = static_cast<Type*>(tuple_item(mro, i));
      if (!k->dict) continue;
      Ref<> v = dict_get_str(static_cast<Dict*>(k->dict.get()), name);
      if (v) {
        if (owner) *owner = k;
        return v.get();  // borrowed: the class dict keeps it alive
      }
    }
    return nullptr;
  }
  // Not ready yet: own dict, then the base chain.
  for (Type* k = type; k; k = k->base) {
    if (!k->dict) continue;
    Ref<> v = dict_get_str(static_cast<Dict*>(k->dict.get()), name);
    if (v) {
      if (owner) *owner = k;
      return v.get();
    }
  }
  return nullptr;
}

void set_version(Type* t, uint64_t v) {
  std::atomic_ref<uint64_t>(t->version_tag).store(v, std::memory_order_release);
}

}  // namespace

uint64_t type_version(const Type* t) {
  return std::atomic_ref<uint64_t>(const_cast<uint64_t&>(t->version_tag))
      .load(std::memory_order_acquire);
}

Object* type_lookup(Type* type, Str* name) {
  uint64_t version = type_version(type);
  if (version == 0 || !name->interned) return lookup_uncached(type, name, nullptr);
  CacheEntry& e = g_cache[cache_index(version, name)];
  uint32_t s1 = e.seq.load(std::memory_order_acquire);
  if (!(s1 & 1)) {
    uint64_t ev = e.version.load(std::memory_order_relaxed);
    Str* en = e.name.load(std::memory_order_relaxed);
    Object* val = e.value.load(std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_acquire);
    if (e.seq.load(std::memory_order_relaxed) == s1 && ev == version && en == name) return val;
  }
  Object* val = lookup_uncached(type, name, nullptr);
  uint32_t s = e.seq.load(std::memory_order_relaxed);
  if (!(s & 1) && e.seq.compare_exchange_strong(s, s + 1, std::memory_order_relaxed)) {
    std::atomic_thread_fence(std::memory_order_release);
    e.version.store(version, std::memory_order_relaxed);
    e.name.store(name, std::memory_order_relaxed);
    e.value.store(val, std::memory_order_relaxed);
    e.seq.store(s + 2, std::memory_order_release);
  }
  return val;
}

Object* type_lookup_owner(Type* type, Str* name, Type** owner) {
  *owner = nullptr;
  return lookup_uncached(type, name, owner);
}

void assign_version_tag(Type* t) {
  set_version(t, g_next_version.fetch_add(1, std::memory_order_relaxed));
  for (Type* sub : subclasses_of(t)) assign_version_tag(sub);
}

void register_subclass(Type* base, Type* sub) {
  std::lock_guard<std::mutex> lock(g_registry_mu);
  g_subclasses[base].push_back(sub);
}

std::vector<Type*> subclasses_of(Type* t) {
  std::lock_guard<std::mutex> lock(g_registry_mu);
  auto it = g_subclasses.find(t);
  if (it == g_subclasses.end()) return {};
  return it->second;
}

void type_modified(Type* t) {
  std::vector<Type*> todo{t};
  while (!todo.empty()) {
    Type* k = todo.back();
    todo.pop_back();
    if (type_has_flag(k, kTypeHeap)) update_all_slots(k);
    for (Type* sub : subclasses_of(k)) todo.push_back(sub);
  }
  assign_version_tag(t);
}

void type_modified_name(Type* t, Str* name) {
  // Slots first: a reader that sees the new tag must also see the new slot.
  std::string_view v = name->view();
  bool dunder = v.size() > 4 && v.substr(0, 2) == "__" && v.substr(v.size() - 2) == "__";
  if (dunder) {
    std::vector<Type*> todo{t};
    while (!todo.empty()) {
      Type* k = todo.back();
      todo.pop_back();
      if (type_has_flag(k, kTypeHeap)) update_slots_for_name(k, name);
      for (Type* sub : subclasses_of(k)) todo.push_back(sub);
    }
  }
  assign_version_tag(t);
}

namespace {

// Every heap type, each once: the subclass registry reaches all of them
// from `object`.
std::vector<Type*> all_heap_types() {
  std::vector<Type*> out, todo{&ObjectType};
  std::unordered_map<Type*, bool> seen;
  while (!todo.empty()) {
    Type* t = todo.back();
    todo.pop_back();
    if (seen[t]) continue;
    seen[t] = true;
    if (type_has_flag(t, kTypeHeap)) out.push_back(t);
    for (Type* sub : subclasses_of(t)) todo.push_back(sub);
  }
  return out;
}

}  // namespace

void heap_types_clear_namespaces() {
  std::vector<Type*> types = all_heap_types();
  for (Type* t : types) {
    if (!t->dict) continue;
    dict_clear(static_cast<Dict*>(t->dict.get()));
    type_modified(t);
  }
}

void heap_types_release_all() {
  for (Type* t : all_heap_types()) {
    t->dict.reset();
    t->mro.reset();
    t->bases.reset();
    t->ht_qualname.reset();
  }
}

}  // namespace ftpy
