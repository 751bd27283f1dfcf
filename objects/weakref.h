// weakref.h — weak references (weakref.ref) and their clearing, for the
// deallocators and the cycle collector. Implemented in objects/weakref.cpp.
//
// The weak references to an object live in a side table keyed by its
// address, split into stripes with one mutex each (no space in the header);
// kGcHasWeakrefs tells a dying object to look there. A reference is
// resolved under its referent's stripe lock with try_incref, which fails
// once the referent's count reached zero; in the free-threaded build a
// weakly referenced object is marked maybe-shared when the first reference
// to it is made, so that try_incref also succeeds while another thread owns
// it (gc/refcount.h).
#pragma once

#include <vector>

#include "objects/object.h"

namespace ftpy {

extern Type WeakRefType;
void init_weakref_type();

// weakref.ref(o, callback): TypeError for types without weak references.
Ref<> weakref_new(Type* type, Object* referent, Object* callback);
// The referent, or None when it is gone.
Ref<> weakref_resolve(Object* ref);
int64_t weakref_count(Object* o);
Ref<> weakref_list(Object* o);

// Deallocators: clears the weak references to a dying object (count zero)
// and calls their callbacks.
void weakrefs_object_dying(Object* o);

namespace gc {
// Cycle collector, world stopped: clears the weak references to the
// unreachable objects in `garbage` and queues the callbacks of those
// references that are not garbage themselves.
void clear_weakrefs_stopped(const std::vector<Object*>& garbage);
// World running again: calls the queued callbacks.
void run_weakref_callbacks();
}  // namespace gc

}  // namespace ftpy
