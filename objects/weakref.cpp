// weakref.cpp — weakref.ref objects and the striped side table of weak
// references (objects/weakref.h).
//
// Invariants:
//  - A WeakRef with a live referent is in the referent's table entry; its
//    `referent` is set to null, and it leaves the entry, in one step under
//    the stripe lock (when the referent dies, or the WeakRef does).
//  - Resolving loads the referent under the same lock and try_increfs it,
//    which fails from the moment the referent's count reached zero, so a
//    dying object is never handed out.
//  - Callbacks run with no lock held, on the thread that cleared the
//    reference, with a reference to the WeakRef taken under the lock.
// Concurrency: any thread may create, resolve, hash or drop a WeakRef while
// another kills its referent.
#include "objects/weakref.h"

#include <array>
#include <cstdio>
#include <mutex>
#include <unordered_map>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/vm/interp.h"

namespace ftpy {

Type WeakRefType;

namespace {

struct WeakRef : Object {
  std::atomic<Object*> referent{nullptr};  // borrowed; written under the stripe lock
  Ref<> callback;                          // immutable until tp_clear
  std::atomic<int64_t> hash{-1};           // cached hash of the referent
};

struct Stripe {
  std::mutex mu;
  std::unordered_map<Object*, std::vector<WeakRef*>> refs;  // oldest first
};
constexpr size_t kStripes = 64;
// Never destroyed: objects may die while static destructors run.
std::array<Stripe, kStripes>& stripes() {
  static auto* s = new std::array<Stripe, kStripes>();
  return *s;
}
Stripe& stripe_of(const Object* o) {
  return stripes()[(reinterpret_cast<uintptr_t>(o) >> 4) % kStripes];
}

bool supports_weakrefs(Type* t) {
  if (type_has_flag(t, kTypeHeap)) return type_lookup(t, intern("__weakref__")) != nullptr;
  return t == &FunctionType || t == &MethodType || t == &BuiltinFunctionType ||
         t == &SetType || t == &FrozenSetType || t == &GeneratorType || t == &ModuleType ||
         t == &WeakRefType || type_has_flag(t, kTypeTypeSubclass);
}

// Removes `r` from its referent's entry (the WeakRef dies or is cleared).
void unregister(WeakRef* r) {
  Object* o = r->referent.load(std::memory_order_acquire);
  if (!o) return;
  Stripe& s = stripe_of(o);
  std::lock_guard<std::mutex> lock(s.mu);
  if (r->referent.load(std::memory_order_relaxed) != o) return;  // cleared meanwhile
  auto it = s.refs.find(o);
  if (it != s.refs.end()) {
    std::erase(it->second, r);
    if (it->second.empty()) s.refs.erase(it);
  }
  r->referent.store(nullptr, std::memory_order_relaxed);
}

// Detaches every reference to `o` (under its stripe lock, held by the
// caller) and returns new references to those whose callback should run.
std::vector<WeakRef*> detach_all_locked(Stripe& s, Object* o) {
  std::vector<WeakRef*> with_callbacks;
  auto it = s.refs.find(o);
  if (it == s.refs.end()) return with_callbacks;
  for (WeakRef* r : it->second) {
    r->referent.store(nullptr, std::memory_order_relaxed);
    if (r->callback && try_incref(r)) with_callbacks.push_back(r);
  }
  s.refs.erase(it);
  return with_callbacks;
}

void call_callbacks(std::vector<WeakRef*>& refs) {
  // Newest first, as CPython.
  for (auto it = refs.rbegin(); it != refs.rend(); ++it) {
    Ref<> r = Ref<>::steal(*it);
    Ref<> cb = static_cast<WeakRef*>(r.get())->callback;
    if (!cb) continue;
    try {
      call1(cb.get(), r.get());
    } catch (PyException& e) {
      vm::print_unraisable("in: ", cb.get(), "", e.value.get());
    }
  }
}

// ------------------------------------------------------------- the type

void weakref_dealloc(Object* self) {
  unregister(static_cast<WeakRef*>(self));
  destroy_object<WeakRef>(self);
}

void weakref_traverse(Object* self, VisitFn visit, void* arg) {
  if (Object* cb = static_cast<WeakRef*>(self)->callback.get()) visit(cb, arg);
}

void weakref_clear(Object* self) {
  auto* r = static_cast<WeakRef*>(self);
  unregister(r);
  r->callback.reset();
}

Ref<> weakref_tp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("ref", kwnames);
  if (nargs < 1 || nargs > 2)
    raisef(&exc::TypeError, "__new__ expected at most 2 arguments, got %zu", nargs);
  Object* cb = nargs == 2 && args[1] != kNone ? args[1] : nullptr;
  return weakref_new(type, args[0], cb);
}

Ref<> weakref_call(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("weakref", kwnames);
  if (nargs) raisef(&exc::TypeError, "weakref() takes no arguments (%zu given)", nargs);
  return weakref_resolve(self);
}

int64_t weakref_hash(Object* self) {
  auto* r = static_cast<WeakRef*>(self);
  int64_t h = r->hash.load(std::memory_order_relaxed);
  if (h != -1) return h;
  Ref<> o = weakref_resolve(self);
  if (o.get() == kNone) raise(&exc::TypeError, "weak object has gone away");
  h = hash(o.get());
  r->hash.store(h, std::memory_order_relaxed);
  return h;
}

Ref<> weakref_richcompare(Object* a, Object* b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_instance_of(b, &WeakRefType))
    return not_implemented();
  Ref<> x = weakref_resolve(a), y = weakref_resolve(b);
  bool equal;
  if (x.get() == kNone || y.get() == kNone)
    equal = a == b;
  else
    equal = eq(x.get(), y.get());
  return py_bool(op == CompareOp::Eq ? equal : !equal);
}

Ref<> weakref_repr(Object* self) {
  char buf[160];
  Ref<> o = weakref_resolve(self);
  if (o.get() == kNone) {
    std::snprintf(buf, sizeof buf, "<weakref at %p; dead>", static_cast<void*>(self));
  } else {
    std::snprintf(buf, sizeof buf, "<weakref at %p; to '%s' at %p>", static_cast<void*>(self),
                  type_name_of(o.get()), static_cast<void*>(o.get()));
  }
  return str_new(buf);
}

Ref<> weakref_get_callback(Object* self) {
  Ref<> cb = static_cast<WeakRef*>(self)->callback;
  return cb ? cb : none();
}

const GetSetDef kWeakRefGetSets[] = {
    {"__callback__", weakref_get_callback, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// Callbacks the collector queued (guarded by g_pending_mu).
std::mutex g_pending_mu;
std::vector<WeakRef*>& pending_callbacks() {
  static auto* v = new std::vector<WeakRef*>();
  return *v;
}

}  // namespace

void init_weakref_type() {
  Type* t = &WeakRefType;
  if (type_has_flag(t, kTypeReady)) return;
  t->name = "weakref.ReferenceType";
  t->basicsize = sizeof(WeakRef);
  t->flags |= kTypeBaseType | kTypeHasGc;
  t->tp_new = weakref_tp_new;
  t->tp_dealloc = weakref_dealloc;
  t->tp_traverse = weakref_traverse;
  t->tp_clear = weakref_clear;
  t->tp_call = weakref_call;
  t->tp_hash = weakref_hash;
  t->tp_richcompare = weakref_richcompare;
  t->tp_repr = weakref_repr;
  t->getsets = kWeakRefGetSets;
  t->doc = "ref(object[, callback]) -- create a weak reference";
  type_ready(t);
}

Ref<> weakref_new(Type* type, Object* o, Object* callback) {
  if (!supports_weakrefs(type_of(o)))
    raisef(&exc::TypeError, "cannot create weak reference to '%s' object", type_name_of(o));
  Stripe& s = stripe_of(o);
  if (!callback && type == &WeakRefType) {
    // ref(o) without a callback is shared, as CPython's.
    std::lock_guard<std::mutex> lock(s.mu);
    auto it = s.refs.find(o);
    if (it != s.refs.end())
      for (WeakRef* r : it->second)
        if (!r->callback && type_of(r) == &WeakRefType && try_incref(r)) return Ref<>::steal(r);
  }
  Ref<> made = Ref<>::steal(new_object<WeakRef>(type));
  auto* r = static_cast<WeakRef*>(made.get());
  if (callback) {
    r->callback = Ref<>::borrow(callback);
    mark_weakly_referenced(r);  // the clearing thread must be able to try_incref it
  }
  mark_weakly_referenced(o);
  std::lock_guard<std::mutex> lock(s.mu);
  o->ob_gc_bits |= kGcHasWeakrefs;
  r->referent.store(o, std::memory_order_relaxed);
  s.refs[o].push_back(r);
  return made;
}

Ref<> weakref_resolve(Object* ref) {
  auto* r = static_cast<WeakRef*>(ref);
  Object* o = r->referent.load(std::memory_order_acquire);
  if (!o) return none();
  Stripe& s = stripe_of(o);
  std::lock_guard<std::mutex> lock(s.mu);
  o = r->referent.load(std::memory_order_relaxed);
  if (o && try_incref(o)) return Ref<>::steal(o);
  return none();
}

int64_t weakref_count(Object* o) {
  if (!(o->ob_gc_bits & kGcHasWeakrefs)) return 0;
  Stripe& s = stripe_of(o);
  std::lock_guard<std::mutex> lock(s.mu);
  auto it = s.refs.find(o);
  return it == s.refs.end() ? 0 : static_cast<int64_t>(it->second.size());
}

Ref<> weakref_list(Object* o) {
  std::vector<Object*> held;
  if (o->ob_gc_bits & kGcHasWeakrefs) {
    Stripe& s = stripe_of(o);
    std::lock_guard<std::mutex> lock(s.mu);
    auto it = s.refs.find(o);
    if (it != s.refs.end())
      for (WeakRef* r : it->second)
        if (try_incref(r)) held.push_back(r);
  }
  Ref<> list = list_new(0);
  for (Object* r : held) {
    list_append(static_cast<List*>(list.get()), r);
    decref(r);
  }
  return list;
}

void weakrefs_object_dying(Object* o) {
  if (!(o->ob_gc_bits & kGcHasWeakrefs)) return;
  std::vector<WeakRef*> cbs;
  {
    Stripe& s = stripe_of(o);
    std::lock_guard<std::mutex> lock(s.mu);
    cbs = detach_all_locked(s, o);
  }
  call_callbacks(cbs);
}

namespace gc {

void clear_weakrefs_stopped(const std::vector<Object*>& garbage) {
  // Which weak references are garbage themselves: their callbacks never run.
  constexpr uint8_t kInGarbage = 1u << 1;
  for (Object* o : garbage) o->ob_gc_bits |= kInGarbage;
  std::vector<WeakRef*> queued;
  for (Object* o : garbage) {
    if (!(o->ob_gc_bits & kGcHasWeakrefs)) continue;
    Stripe& s = stripe_of(o);
    std::lock_guard<std::mutex> lock(s.mu);
    auto it = s.refs.find(o);
    if (it == s.refs.end()) continue;
    for (WeakRef* r : it->second) {
      r->referent.store(nullptr, std::memory_order_relaxed);
      if (r->callback && !(r->ob_gc_bits & kInGarbage) && refcount_of(r) > 0) {
        incref(r);
        queued.push_back(r);
      }
    }
    s.refs.erase(it);
  }
  for (Object* o : garbage) o->ob_gc_bits &= static_cast<uint8_t>(~kInGarbage);
  std::lock_guard<std::mutex> lock(g_pending_mu);
  auto& p = pending_callbacks();
  p.insert(p.end(), queued.begin(), queued.end());
}

void run_weakref_callbacks() {
  std::vector<WeakRef*> todo;
  {
    std::lock_guard<std::mutex> lock(g_pending_mu);
    todo.swap(pending_callbacks());
  }
  call_callbacks(todo);
}

}  // namespace gc

}  // namespace ftpy
