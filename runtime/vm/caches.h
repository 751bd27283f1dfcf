// caches.h — the eval loop's inline caches (one InlineCache per caching
// instruction, Code::caches[instr.cache]).
//
// An entry is a hint, never trusted without its guard:
//  * LOAD_GLOBAL: w0 = globals dict version, w1 = builtins dict version,
//    w2 = the value (borrowed: while both versions are unchanged the dict
//    still holds its reference), w3 = checksum of w0..w2.
//  * LOAD_ATTR / STORE_ATTR: w0 = the type's version_tag (or, for modules,
//    the module dict's version), w1 = the Type* with the entry kind in its
//    low 3 bits (types are 8-byte aligned), w2 = the descriptor or class
//    value found by type_lookup (borrowed: the type dict keeps it while the
//    version is unchanged), w3 = checksum.
//
// Dict versions come from one global counter and version tags change on
// every class mutation, so a stale entry fails its guard. Writers store w0
// last (release) after zeroing it; readers load w0 (acquire) first and
// verify the checksum, so an entry torn by two racing writers (possible in
// the free-threaded build) reads as a miss rather than a wrong value.
//
// Concurrency: any thread may read or fill any entry.
#pragma once

#include <atomic>
#include <cstdint>

#include "objects/api.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/module.h"
#include "objects/object.h"

namespace ftpy::vm {

inline constexpr uint64_t kCacheSalt = 0x9e3779b97f4a7c15ull;

struct CacheView {
  uint64_t w0, w1, w2;
};

// Loads an entry; false if it is empty or torn.
inline bool cache_load(const InlineCache& c, CacheView* out) {
  uint64_t w0 = c.w[0].load(std::memory_order_acquire);
  if (w0 == 0) return false;
  uint64_t w1 = c.w[1].load(std::memory_order_relaxed);
  uint64_t w2 = c.w[2].load(std::memory_order_relaxed);
  uint64_t w3 = c.w[3].load(std::memory_order_relaxed);
  if ((w0 ^ (w1 * 3) ^ (w2 * 5) ^ kCacheSalt) != w3) return false;
  out->w0 = w0;
  out->w1 = w1;
  out->w2 = w2;
  return true;
}

inline void cache_store(InlineCache& c, uint64_t w0, uint64_t w1, uint64_t w2) {
  if (w0 == 0) return;
  c.w[0].store(0, std::memory_order_relaxed);
  c.w[1].store(w1, std::memory_order_relaxed);
  c.w[2].store(w2, std::memory_order_relaxed);
  c.w[3].store(w0 ^ (w1 * 3) ^ (w2 * 5) ^ kCacheSalt, std::memory_order_relaxed);
  c.w[0].store(w0, std::memory_order_release);  // pairs with the acquire in cache_load
}

// ------------------------------------------------------------ attributes

enum AttrKind : uint64_t {
  kAttrInstanceDict = 1,  // no class attribute: the instance dict only
  kAttrMethod = 2,        // plain function / method descriptor on the type (method form)
  kAttrDataDescr = 3,     // property, slot member...: descr_get every time
  kAttrClassValue = 4,    // instance dict first, then the class attribute (bound if a descriptor)
  kAttrModule = 5,        // module attribute: w0 = module dict version, w2 = value
  kAttrStoreDict = 6,     // STORE_ATTR into the instance dict
  kAttrStoreMember = 7,   // STORE_ATTR into a __slots__ field: w2 = the member descriptor
};

inline uint64_t attr_key(Type* t, AttrKind kind) {
  return reinterpret_cast<uintptr_t>(t) | static_cast<uint64_t>(kind);
}
inline AttrKind attr_kind(uint64_t w1) { return static_cast<AttrKind>(w1 & 7); }
inline Type* attr_type(uint64_t w1) { return reinterpret_cast<Type*>(w1 & ~uint64_t{7}); }

// The instance dict of `o` if its type keeps one (kTypeManagedDict), else null.
inline Dict* instance_dict(Object* o) {
  if (!type_has_flag(type_of(o), kTypeManagedDict)) return nullptr;
  return static_cast<Dict*>(*managed_dict_slot(o));
}

// Classifies `name` on `o`'s type and fills the LOAD_ATTR entry when the
// result is cacheable (generic attribute lookup, known version tag).
inline void attr_cache_fill(InlineCache& c, Object* o, Str* name, bool method_form) {
  Type* t = type_of(o);
  if (t == &ModuleType) {
    Object* d = module_dict(o);
    if (!d || !is_exact_dict(d)) return;
    Ref<> v = dict_get_str(static_cast<Dict*>(d), name);
    if (!v) return;
    cache_store(c, dict_version(static_cast<Dict*>(d)), attr_key(t, kAttrModule),
                reinterpret_cast<uintptr_t>(v.get()));
    return;
  }
  if (t->tp_getattr != &generic_getattr) return;
  uint64_t version = __atomic_load_n(&t->version_tag, __ATOMIC_ACQUIRE);
  if (version == 0) return;
  Object* descr = type_lookup(t, name);
  AttrKind kind;
  if (!descr) {
    if (!type_has_flag(t, kTypeManagedDict)) return;
    kind = kAttrInstanceDict;
  } else {
    Type* dt = type_of(descr);
    if (dt->tp_descr_set) {
      if (!dt->tp_descr_get) return;
      kind = kAttrDataDescr;
    } else if (method_form && (dt == &FunctionType || dt == &MethodDescriptorType)) {
      kind = kAttrMethod;
    } else {
      kind = kAttrClassValue;
    }
  }
  cache_store(c, version, attr_key(t, kind), reinterpret_cast<uintptr_t>(descr));
}

// Fills a STORE_ATTR entry: plain instance-dict stores and __slots__ fields.
inline void store_attr_cache_fill(InlineCache& c, Object* o, Str* name) {
  Type* t = type_of(o);
  if (t->tp_setattr != &generic_setattr) return;
  uint64_t version = __atomic_load_n(&t->version_tag, __ATOMIC_ACQUIRE);
  if (version == 0) return;
  Object* descr = type_lookup(t, name);
  if (descr && type_of(descr) == &MemberDescriptorType) {
    cache_store(c, version, attr_key(t, kAttrStoreMember), reinterpret_cast<uintptr_t>(descr));
    return;
  }
  if (!type_has_flag(t, kTypeManagedDict)) return;
  if (descr && type_of(descr)->tp_descr_set) return;
  cache_store(c, version, attr_key(t, kAttrStoreDict), 0);
}

}  // namespace ftpy::vm
