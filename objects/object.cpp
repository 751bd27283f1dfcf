// object.cpp — the life cycle of every object: raw instance memory (with the
// managed-__dict__ prefix), header initialisation, and the dealloc entry
// point that gc/refcount.h calls when a count reaches zero.
//
// Layout of an instance of a type with kTypeManagedDict:
//     [Object* dict][Object header ... fields ... __slots__ fields]
//                   ^ the object pointer
// The prefix word is zeroed at allocation; free_instance_memory releases it.
// Heap-type instances are zero-filled entirely so __slots__ fields start null.
//
// Concurrency: allocation and header setup touch only the new object, which
// no other thread can see yet. free_instance_memory runs when the last
// reference is gone.
#include <cstring>

#include "gc/delayed_free.h"
#include "objects/object.h"
#include "objects/type.h"

namespace ftpy {

namespace {

// Only the free-threaded header has ob_tid (the owner id of biased counting,
// gc/refcount.h); the requires-expression keeps this file free of
// build-flag tests (config.h rule) while compiling in both builds.
template <class H>
inline void set_owner_thread(H* h) {
  if constexpr (requires { h->ob_tid; })
    h->ob_tid.store(gc::current_thread_id(), std::memory_order_relaxed);
}

inline size_t prefix_size(const Type* type) {
  return type_has_flag(type, kTypeManagedDict) ? sizeof(Object*) : 0;
}

}  // namespace

Type::Type() {
  ob_type = &TypeType;
  set_immortal(this);
}

void* alloc_instance_memory(Type* type, size_t size) {
  size_t pre = prefix_size(type);
  char* mem = static_cast<char*>(alloc_object(size + pre));
  if (type_has_flag(type, kTypeHeap)) {
    std::memset(mem, 0, size + pre);
  } else if (pre) {
    *reinterpret_cast<Object**>(mem) = nullptr;
  }
  return mem + pre;
}

void init_object_header(Object* o, Type* type) {
  o->ob_type = type;
  set_owner_thread(static_cast<ObjectHeader*>(o));
  if (type_has_flag(type, kTypeHeap)) incref(type);
}

void free_instance_memory(Object* o, Type* type) {
  size_t pre = prefix_size(type);
  if (pre) {
    Object** slot = managed_dict_slot(o);
    Object* d = *slot;
    *slot = nullptr;
    xdecref(d);
  }
  // Delayed: a lock-free reader may still be about to try_incref it.
  free_delayed(reinterpret_cast<char*>(o) - pre);
  if (type_has_flag(type, kTypeHeap)) decref(type);
}

void dealloc_object(Object* o) {
  Type* t = o->ob_type;
  if (t && t->tp_dealloc) {
    t->tp_dealloc(o);
  } else {
    free_instance_memory(o, t);
  }
}

}  // namespace ftpy
