// collector.cpp — the cycle collector (gc/collector.h), shared by both
// builds: the variant differences live behind stop_the_world (a no-op under
// a GIL), deferred_reconcile_stopped (nothing under a GIL) and
// is_queued_for_merge (always false under a GIL).
//
// Bookkeeping: while the world is stopped, a candidate's GcLink::prev holds
// (index << 1) | 1 instead of a pointer (links are 8-aligned, so a real
// pointer has bit 0 clear); restore_prev_links() rebuilds every list's prev
// pointers from the next pointers before the world restarts.
#include "gc/collector.h"

#include <atomic>

#include "gc/deferred_rc.h"
#include "gc/gc_counts.h"
#include "gc/gc_list.h"
#include "gc/refcount.h"
#include "gc/thread_memory.h"
#include "objects/api.h"
#include "objects/errors.h"
#include "objects/object.h"
#include "objects/type.h"
#include "objects/weakref.h"
#include "runtime/threads/mutex.h"
#include "runtime/threads/stop_the_world.h"
#include "runtime/vm/interp.h"

namespace ftpy::gc {

namespace {

constexpr uint8_t kGcFrozen = 1u << 0;  // ob_gc_bits: gc.freeze() moved it out

std::atomic<bool> g_enabled{true};
std::atomic<int64_t> g_threshold[3] = {FTPY_STRESS_GC ? 64 : 2000, 10, 10};  // CPython 3.13.0: 2000
std::atomic<bool> g_requested{false};
std::atomic<uint64_t> g_collections{0};
std::atomic<GcCallbackHook> g_callback_hook{nullptr};
Mutex g_collect_mu;                         // one collection at a time
thread_local bool t_collecting = false;     // this thread is inside one

GcLink* link_of(Object* o) {
  size_t dict = type_has_flag(o->ob_type, kTypeManagedDict) ? sizeof(Object*) : 0;
  return link_of_object(o, dict);
}

// A set of candidates with their gc_refs, indexed through the links.
struct Analysis {
  std::vector<Object*> objects;
  std::vector<intptr_t> refs;
  std::vector<uint8_t> reachable;

  void add(Object* o, intptr_t count) {
    link_of(o)->prev = reinterpret_cast<GcLink*>((objects.size() << 1) | 1);
    objects.push_back(o);
    refs.push_back(count);
  }
  // The candidate index of o, or -1 when o is not a candidate.
  static intptr_t index_of(Object* o) {
    if (!(o->ob_flags & kGcTracked)) return -1;
    auto bits = reinterpret_cast<uintptr_t>(link_of(o)->prev);
    return (bits & 1) ? static_cast<intptr_t>(bits >> 1) : -1;
  }
};

void visit_subtract(Object* o, void* arg) {
  auto* a = static_cast<Analysis*>(arg);
  intptr_t i = Analysis::index_of(o);
  if (i >= 0) --a->refs[static_cast<size_t>(i)];
}

struct MarkState {
  Analysis* a;
  std::vector<size_t> stack;
};
void visit_mark(Object* o, void* arg) {
  auto* m = static_cast<MarkState*>(arg);
  intptr_t i = Analysis::index_of(o);
  if (i < 0 || m->a->reachable[static_cast<size_t>(i)]) return;
  m->a->reachable[static_cast<size_t>(i)] = 1;
  m->stack.push_back(static_cast<size_t>(i));
}

void traverse(Object* o, VisitFn fn, void* arg) {
  if (TraverseFn t = o->ob_type->tp_traverse) t(o, fn, arg);
}

// Subtracts the candidates' references to each other, marks what the
// roots (gc_refs > 0; < 0 would mean a traverse visited a reference it
// does not own: kept, to be safe) reach, and returns the rest.
std::vector<Object*> find_unreachable(Analysis& a) {
  for (Object* o : a.objects) traverse(o, visit_subtract, &a);
  a.reachable.assign(a.objects.size(), 0);
  MarkState m{&a, {}};
  for (size_t i = 0; i < a.objects.size(); ++i) {
    if (a.refs[i] != 0) {
      a.reachable[i] = 1;
      m.stack.push_back(i);
    }
  }
  while (!m.stack.empty()) {
    size_t i = m.stack.back();
    m.stack.pop_back();
    traverse(a.objects[i], visit_mark, &m);
  }
  std::vector<Object*> out;
  for (size_t i = 0; i < a.objects.size(); ++i)
    if (!a.reachable[i]) out.push_back(a.objects[i]);
  return out;
}

void restore_prev_links() {
  for (GcLink* head : gc_list_heads_stopped()) {
    GcLink* prev = head;
    for (GcLink* l = head->next; l != head; l = l->next) {
      l->prev = prev;
      prev = l;
    }
    head->prev = prev;
  }
}

bool is_candidate(Object* o) {
  return !is_immortal(o) && !(o->ob_gc_bits & kGcFrozen) && !is_queued_for_merge(o);
}

// Phase 4: the finalizer (__del__, a suspended generator's close) of every
// unreachable object that has one and has not run it yet. Returns whether
// any ran.
bool run_finalizers(const std::vector<Object*>& garbage) {
  bool any = false;
  for (Object* o : garbage) {
    FinalizeFn finalize = o->ob_type->tp_finalize;
    if (!finalize || (o->ob_gc_bits & kGcFinalized)) continue;
    o->ob_gc_bits |= kGcFinalized;
    finalize(o);  // reports its own exceptions
    any = true;
  }
  return any;
}

// With the world stopped: which of `garbage` (each held once by the
// collector) is still unreachable after the finalizers ran.
std::vector<Object*> still_unreachable(const std::vector<Object*>& garbage) {
  Analysis a;
  for (Object* o : garbage) a.add(o, refcount_of(o) - 1);
  std::vector<Object*> out = find_unreachable(a);
  restore_prev_links();
  return out;
}

size_t collect_locked() {
  if (GcCallbackHook hook = g_callback_hook.load(std::memory_order_acquire)) hook("start", 0);
  std::vector<Object*> dead_deferred;
  std::vector<Object*> garbage;
  int64_t survivors = 0;
  {
    StopTheWorld stw;
    dead_deferred = deferred_reconcile_stopped();
    Analysis a;
    for_each_tracked([&](GcLink* l) {
      Object* o = object_of_link(l);
      if (is_candidate(o)) a.add(o, refcount_of(o));
    });
    garbage = find_unreachable(a);
    restore_prev_links();
    survivors = static_cast<int64_t>(a.objects.size() - garbage.size());
    for (Object* o : garbage) incref(o);
    clear_weakrefs_stopped(garbage);  // no thread may resolve one from here on
    gc_young_reset();
  }
  for (Object* o : dead_deferred) decref(o);
  run_weakref_callbacks();

  std::vector<Object*> to_clear = garbage;
  if (run_finalizers(garbage)) {
    StopTheWorld stw;
    to_clear = still_unreachable(garbage);
  }
  for (Object* o : to_clear) {
    if (ClearFn clear = o->ob_type->tp_clear) {
      try {
        clear(o);
      } catch (PyException& e) {
        vm::print_unraisable("in garbage collection:", nullptr, "", e.value.get());
      }
    }
  }
  for (Object* o : garbage) decref(o);
  gc_set_long_lived(survivors);
  g_collections.fetch_add(1, std::memory_order_relaxed);
  if (GcCallbackHook hook = g_callback_hook.load(std::memory_order_acquire))
    hook("stop", garbage.size());
  return garbage.size();
}

// Holds g_collect_mu (taken by the caller) and t_collecting for one
// collection, releasing both however it ends.
class CollectingScope {
 public:
  CollectingScope() { t_collecting = true; }
  ~CollectingScope() {
    t_collecting = false;
    g_collect_mu.unlock();
  }
  CollectingScope(const CollectingScope&) = delete;
  CollectingScope& operator=(const CollectingScope&) = delete;
};

}  // namespace

size_t gc_collect() {
  if (t_collecting) return 0;  // from a finalizer of the running collection
  // The caller's merge queue and deferred frees first (a safe point, as any
  // eval-breaker check): what other threads dropped last, say a thread that
  // has just been joined, is freed now instead of being skipped as queued.
  if (ThreadMemory* m = current_thread_memory()) serve_memory_requests(m);
  g_collect_mu.lock();         // detached while waiting: never blocks a stop-the-world
  CollectingScope scope;
  return collect_locked();
}

bool gc_is_enabled() { return g_enabled.load(std::memory_order_relaxed); }
void gc_set_enabled(bool on) { g_enabled.store(on, std::memory_order_relaxed); }
void gc_get_thresholds(int64_t out[3]) {
  for (int i = 0; i < 3; ++i) out[i] = g_threshold[i].load(std::memory_order_relaxed);
}
void gc_set_thresholds(const int64_t t[3]) {
  for (int i = 0; i < 3; ++i) g_threshold[i].store(t[i], std::memory_order_relaxed);
}
uint64_t gc_collection_count() { return g_collections.load(std::memory_order_relaxed); }

bool gc_is_tracked(const Object* o) { return (o->ob_flags & kGcTracked) && !is_immortal(o); }

void gc_freeze() {
  StopTheWorld stw;
  for_each_tracked([](GcLink* l) { object_of_link(l)->ob_gc_bits |= kGcFrozen; });
}
void gc_unfreeze() {
  StopTheWorld stw;
  for_each_tracked([](GcLink* l) {
    object_of_link(l)->ob_gc_bits &= static_cast<uint8_t>(~kGcFrozen);
  });
}
size_t gc_freeze_count() {
  StopTheWorld stw;
  size_t n = 0;
  for_each_tracked([&](GcLink* l) { n += (object_of_link(l)->ob_gc_bits & kGcFrozen) != 0; });
  return n;
}

std::vector<Object*> gc_all_objects() {
  std::vector<Object*> out;
  StopTheWorld stw;
  for_each_tracked([&](GcLink* l) {
    Object* o = object_of_link(l);
    if (is_immortal(o) || refcount_of(o) <= 0) return;
    incref(o);
    out.push_back(o);
  });
  return out;
}

void gc_note_young(int64_t young, int64_t long_lived) {
  int64_t t0 = g_threshold[0].load(std::memory_order_relaxed);
  if (t0 <= 0 || young <= t0 || !g_enabled.load(std::memory_order_relaxed)) return;
  if (!FTPY_STRESS_GC && young <= long_lived / 4) return;
  if (g_requested.exchange(true, std::memory_order_relaxed)) return;
  if (ThreadMemory* m = current_thread_memory())
    m->eval_breaker->fetch_or(kRequestGc, std::memory_order_release);
  else
    g_requested.store(false, std::memory_order_relaxed);
}

void gc_run_requested() {
  g_requested.store(false, std::memory_order_relaxed);
  if (!g_enabled.load(std::memory_order_relaxed) || t_collecting) return;
  if (!g_collect_mu.try_lock()) return;  // another thread is collecting now
  CollectingScope scope;
  collect_locked();
}

void gc_set_callback_hook(GcCallbackHook hook) {
  g_callback_hook.store(hook, std::memory_order_release);
}

}  // namespace ftpy::gc
