// object.cpp — the life cycle of every object: raw instance memory (with the
// managed-__dict__ prefix), header initialisation, and the dealloc entry
// point that gc/refcount.h calls when a count reaches zero.
//
// Layout of an instance:
//     [GcLink][Object* dict][Object header ... fields ... __slots__ fields]
//                           ^ the object pointer
// The GcLink (gc/gc_list.h) is there when the type has a tp_traverse at
// allocation: the object is tracked by the cycle collector (kGcTracked in
// ob_flags, set once by init_object_header and never changed, tells the
// free). The dict word is there when the type has kTypeManagedDict; it is
// zeroed at allocation and free_instance_memory releases it. Heap-type
// instances are zero-filled entirely so __slots__ fields start null.
//
// Concurrency: allocation and header setup touch only the new object, which
// no other thread can see yet. dealloc_object and free_instance_memory run
// when the last reference is gone; dealloc_object first takes the object
// off the collector's list (gc/gc_list.h), so a collection that starts while
// its destructor runs Python code never sees it.
#include <cstring>

#include "gc/delayed_free.h"
#include "gc/gc_counts.h"
#include "gc/gc_list.h"
#include "objects/object.h"
#include "objects/type.h"
#include "objects/weakref.h"

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

inline size_t dict_prefix_size(const Type* type) {
  return type_has_flag(type, kTypeManagedDict) ? sizeof(Object*) : 0;
}
inline bool tracked_at_allocation(const Type* type) { return type->tp_traverse != nullptr; }

}  // namespace

Type::Type() {
  ob_type = &TypeType;
  set_immortal(this);
}

void* alloc_instance_memory(Type* type, size_t size) {
  size_t dict_pre = dict_prefix_size(type);
  size_t link_pre = tracked_at_allocation(type) ? sizeof(gc::GcLink) : 0;
  char* mem = static_cast<char*>(alloc_object(size + dict_pre + link_pre)) + link_pre;
  if (type_has_flag(type, kTypeHeap)) {
    std::memset(mem, 0, size + dict_pre);
  } else if (dict_pre) {
    *reinterpret_cast<Object**>(mem) = nullptr;
  }
  return mem + dict_pre;
}

void init_object_header(Object* o, Type* type) {
  o->ob_type = type;
  set_owner_thread(static_cast<ObjectHeader*>(o));
  if (type_has_flag(type, kTypeHeap)) incref(type);
  gc::count_object_allocated();
  if (o->ob_flags & kImmortal) gc::count_object_immortalized();  // its constructor made it so (Type)
  o->ob_flags |= kCountedLive;
  if (tracked_at_allocation(type)) {
    // The constructor has run (it reset ob_flags): the flag goes on now.
    o->ob_flags |= kGcTracked;
    size_t dict_pre = dict_prefix_size(type);
    gc::gc_link(gc::link_of_object(o, dict_pre), dict_pre != 0);
  }
}

void free_instance_memory(Object* o, Type* type) {
  size_t dict_pre = dict_prefix_size(type);
  if (dict_pre) {
    Object** slot = managed_dict_slot(o);
    Object* d = *slot;
    *slot = nullptr;
    xdecref(d);
  }
  char* block = reinterpret_cast<char*>(o) - dict_pre;
  if (o->ob_flags & kGcTracked) {
    gc::GcLink* link = gc::link_of_object(o, dict_pre);
    if (gc::gc_is_linked(link)) gc::gc_unlink(link);  // freed without dealloc_object
    block = reinterpret_cast<char*>(link);
  }
  gc::count_object_freed();
  // Delayed: a lock-free reader may still be about to try_incref it.
  free_delayed(block);
  if (type_has_flag(type, kTypeHeap)) decref(type);
}

// The count reached zero: off the collector's list before anything is dropped.
static void gc_untrack_dying(Object* o) {
  if (!(o->ob_flags & kGcTracked)) return;
  gc::GcLink* link = gc::link_of_object(o, dict_prefix_size(o->ob_type));
  if (gc::gc_is_linked(link)) gc::gc_unlink(link);
}

void gc_retrack_for_finalizer(Object* o) {
  if (!(o->ob_flags & kGcTracked)) return;
  size_t dict_pre = dict_prefix_size(o->ob_type);
  gc::GcLink* link = gc::link_of_object(o, dict_pre);
  if (!gc::gc_is_linked(link)) gc::gc_link(link, dict_pre != 0);
}

void dealloc_object(Object* o) {
  Type* t = o->ob_type;
  gc_untrack_dying(o);
  // Heap types clear weak references after their finalizer (subtype_dealloc).
  if ((o->ob_gc_bits & kGcHasWeakrefs) && !type_has_flag(t, kTypeHeap)) weakrefs_object_dying(o);
  if (t && t->tp_dealloc) {
    t->tp_dealloc(o);
  } else {
    free_instance_memory(o, t);
  }
}

}  // namespace ftpy
