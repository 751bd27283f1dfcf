// deferred_rc_ft.cpp — per-thread counts of deferred objects
// (gc/deferred_rc.h), free-threaded build.
//
// g_slots maps a slot number to its object; slots are handed out and taken
// back under g_slots_mu (object creation and the reconcile pass only, never
// on the counting fast path). A thread's table (t_deferred) is written by
// its owner without synchronisation; other threads read it only with the
// world stopped (deferred_reconcile_stopped), or not at all. A slot is
// reused only after a reconcile pass zeroed every table's entry for it.
#include <cstring>
#include <mutex>
#include <new>

#include "gc/deferred_rc.h"
#include "gc/refcount.h"
#include "objects/object.h"

namespace ftpy {

namespace gc {

thread_local constinit DeferredCounts t_deferred;

namespace {

// A reconcile is requested after this many new deferred objects, so that
// programs which keep creating them (classes in a loop, exec) stay bounded.
constexpr size_t kReconcileEvery = 4096;

// Never destroyed (threads still exiting while the process ends use them).
std::mutex& g_slots_mu = *new std::mutex();  // guards the two below
std::vector<Object*>& g_slots = *new std::vector<Object*>();  // slot -> object, null when free
std::vector<size_t>& g_free_slots = *new std::vector<size_t>();
std::atomic<size_t> g_created_since_reconcile{0};

// Tables are cache-line aligned and padded, so that two threads' tables
// never share a line (every call writes its thread's entries).
constexpr size_t kLine = 64;
intptr_t* alloc_table(size_t entries) {
  size_t bytes = (entries * sizeof(intptr_t) + kLine - 1) / kLine * kLine + kLine;
  auto* t = static_cast<intptr_t*>(::operator new(bytes, std::align_val_t{kLine}));
  std::memset(t, 0, bytes);
  return t;
}
void free_table(intptr_t* t) { ::operator delete(t, std::align_val_t{kLine}); }

}  // namespace

void deferred_add_slow(ObjectHeader* o, intptr_t delta) {
  ThreadMemory* m = current_thread_memory();
  size_t slot = o->ob_tid.load(std::memory_order_relaxed);
  if (!m) {
    // Not a registered thread (start-up, exit): count in the object.
    o->ob_ref_shared.fetch_add(delta * kSharedUnit, std::memory_order_relaxed);
    return;
  }
  DeferredCounts& c = t_deferred;
  size_t size = c.size ? c.size : 64;
  while (size <= slot) size *= 2;
  intptr_t* grown = alloc_table(size);
  if (c.counts) {
    std::memcpy(grown, c.counts, c.size * sizeof(intptr_t));
    free_table(c.counts);
  }
  c.counts = grown;
  c.size = size;
  c.counts[slot] += delta;
}

void deferred_thread_init(ThreadMemory* m) { m->deferred = &t_deferred; }

void deferred_thread_exit(ThreadMemory* m) {
  DeferredCounts& c = *m->deferred;
  {
    std::lock_guard<std::mutex> lock(g_slots_mu);
    for (size_t i = 0; i < c.size && i < g_slots.size(); ++i) {
      if (c.counts[i] != 0 && g_slots[i]) {
        // relaxed: the reconciler reads the sum with the world stopped.
        g_slots[i]->ob_ref_shared.fetch_add(c.counts[i] * kSharedUnit, std::memory_order_relaxed);
      }
    }
  }
  if (c.counts) free_table(c.counts);
  c.counts = nullptr;
  c.size = 0;
  m->deferred = nullptr;
}

std::vector<Object*> deferred_reconcile_stopped() {
  std::vector<Object*> dead;
  std::lock_guard<std::mutex> lock(g_slots_mu);
  for_each_thread_memory([&](ThreadMemory* m) {
    DeferredCounts* c = m->deferred;
    if (!c) return;
    for (size_t i = 0; i < c->size && i < g_slots.size(); ++i) {
      if (c->counts[i] != 0 && g_slots[i]) {
        g_slots[i]->ob_ref_shared.fetch_add(c->counts[i] * kSharedUnit, std::memory_order_relaxed);
      }
      c->counts[i] = 0;
    }
  });
  for (size_t i = 0; i < g_slots.size(); ++i) {
    Object* o = g_slots[i];
    if (!o || shared_count(o->ob_ref_shared.load(std::memory_order_relaxed)) != 0) continue;
    g_slots[i] = nullptr;
    g_free_slots.push_back(i);
    // An ordinary object again, holding the one reference the caller drops.
    o->ob_flags &= static_cast<uint16_t>(~kDeferred);
    o->ob_ref_shared.store(0, std::memory_order_relaxed);
    o->ob_ref_local.store(1, std::memory_order_relaxed);
    o->ob_tid.store(current_thread_id(), std::memory_order_relaxed);
    dead.push_back(o);
  }
  g_created_since_reconcile.store(0, std::memory_order_relaxed);
  return dead;
}

intptr_t deferred_local_count(const ObjectHeader* o) {
  size_t slot = o->ob_tid.load(std::memory_order_relaxed);
  return slot < t_deferred.size ? t_deferred.counts[slot] : 0;
}

}  // namespace gc

void mark_deferred(Object* o) {
#if FTPY_DEFERRED_RC
  if (o->ob_flags & (kImmortal | kDeferred)) return;
  size_t slot;
  {
    std::lock_guard<std::mutex> lock(gc::g_slots_mu);
    if (!gc::g_free_slots.empty()) {
      slot = gc::g_free_slots.back();
      gc::g_free_slots.pop_back();
      gc::g_slots[slot] = o;
    } else {
      slot = gc::g_slots.size();
      gc::g_slots.push_back(o);
    }
  }
  // The object is private: move its whole count into the shared field.
  intptr_t count = refcount_of(o);
  o->ob_ref_local.store(0, std::memory_order_relaxed);
  o->ob_ref_shared.store(count * gc::kSharedUnit, std::memory_order_relaxed);
  o->ob_tid.store(slot, std::memory_order_relaxed);
  o->ob_flags |= kDeferred;
  size_t created = gc::g_created_since_reconcile.fetch_add(1, std::memory_order_relaxed) + 1;
  if (created == gc::kReconcileEvery) {
    if (gc::ThreadMemory* m = gc::current_thread_memory())
      m->eval_breaker->fetch_or(gc::kRequestReconcile, std::memory_order_release);
  }
#else
  (void)o;
#endif
}

}  // namespace ftpy
