// collector.h — the cycle collector (both builds) and the switches the `gc`
// module exposes.
//
// Algorithm (CPython's, without generations; gc/collector.cpp):
//  1. Stop the world (free-threaded; under a GIL holding it is enough) and
//     fold the deferred-count tables into their objects, so every count is
//     exact.
//  2. Candidates: every tracked object that is not immortal, not frozen and
//     not waiting in a biased-count merge queue (those count as referenced
//     from outside). gc_refs = count - references from other candidates
//     (found with tp_traverse). gc_refs > 0: referenced from outside, a root.
//  3. Everything reachable from a root survives; the rest is unreachable.
//     The collector takes a reference to each unreachable object, clears the
//     weak references to them, and restarts the world.
//  4. Finalizers (__del__) run once per object (PEP 442, kGcFinalized).
//     If any ran, the unreachable set is analysed again with the world
//     stopped: objects that a finalizer made reachable again, and all they
//     reach, are resurrected and survive.
//  5. The rest are cleared (tp_clear breaks their references); dropping the
//     collector's references frees them.
//
// Automatic collections: the tracked-allocation count (gc/gc_counts.h)
// raises a request on the allocating thread's eval breaker once it passes
// threshold0 and a quarter of the objects that survived the last
// collection; the collection runs at that thread's next eval-breaker check.
//
// Concurrency: one collection at a time (a second caller waits, detached,
// then runs its own); a finalizer or clear that calls gc.collect() on the
// collecting thread gets 0. Everything else may run concurrently with the
// world-running phases 4 and 5: the objects they touch are unreachable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ftpy {

struct Object;

namespace gc {

// One full collection; returns the number of unreachable objects found.
size_t gc_collect();

bool gc_is_enabled();
void gc_set_enabled(bool on);
void gc_get_thresholds(int64_t out[3]);
void gc_set_thresholds(const int64_t t[3]);
uint64_t gc_collection_count();

// Whether the object is on a collector list (gc.is_tracked).
bool gc_is_tracked(const Object* o);

// gc.freeze / gc.unfreeze / gc.get_freeze_count: frozen objects are never
// candidates (taken as referenced from outside).
void gc_freeze();
void gc_unfreeze();
size_t gc_freeze_count();

// gc.get_objects(): new references to every tracked, live object.
std::vector<Object*> gc_all_objects();

// Called with a fresh young count (gc_counts.cpp); may raise the request.
void gc_note_young(int64_t young, int64_t long_lived);
// Eval-breaker handler for kRequestGc: collects if still wanted.
void gc_run_requested();

// Called by a collection around its work (gc.callbacks): phase "start" or
// "stop", with the number collected. Set by the gc module.
using GcCallbackHook = void (*)(const char* phase, size_t collected);
void gc_set_callback_hook(GcCallbackHook hook);

}  // namespace gc
}  // namespace ftpy
