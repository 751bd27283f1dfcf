// gc_module.cpp — the `gc` module over the cycle collector (gc/collector.h).
//
// The collector has no generations: collect(generation) accepts 0..2 as
// CPython does and always collects everything; get_count() reports the
// young count as generation 0; get_threshold()/set_threshold() keep three
// numbers, of which only the first triggers collections. is_tracked() is
// true for objects on the collector's lists (every instance of a type with
// a traverse function: unlike CPython, dicts and tuples of atomic values
// are not untracked lazily).
//
// Concurrency: every function may be called from any thread; gc.callbacks
// is a list (its own locks), called by the collecting thread.
#include "gc/collector.h"
#include "gc/gc_list.h"
#include "objects/api.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/modules/builtin_modules.h"
#include "runtime/modules/module_util.h"
#include "runtime/vm/interp.h"

namespace ftpy {

namespace {

Object* g_callbacks = nullptr;  // gc.callbacks, kept for the process lifetime

void run_callbacks(const char* phase, size_t collected) {
  if (!g_callbacks) return;
  Ref<> snapshot = sequence_to_list(g_callbacks);
  if (length(snapshot.get()) == 0) return;
  Ref<> info = dict_new();
  Dict* d = static_cast<Dict*>(info.get());
  Ref<> gen = int_from(2), n = int_from(static_cast<int64_t>(collected)), zero = int_from(0);
  dict_set(d, intern("generation"), gen.get());
  dict_set(d, intern("collected"), n.get());
  dict_set(d, intern("uncollectable"), zero.get());
  Ref<> ph = str_new(phase);
  for_each(snapshot.get(), [&](Object* cb) {
    try {
      call2(cb, ph.get(), info.get());
    } catch (PyException& e) {
      vm::print_unraisable("in garbage collector callback:", nullptr, "", e.value.get());
    }
  });
}

Ref<> gc_collect_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* gen = nullptr;
  parse_args("collect", args, nargs, kwnames, {"generation"}, 0, &gen);
  if (gen) {
    int64_t g = index_as_int64(gen);
    if (g < 0 || g > 2) raise(&exc::ValueError, "invalid generation");
  }
  return int_from(static_cast<int64_t>(gc::gc_collect()));
}

Ref<> gc_enable(Object*, Object* const*, size_t nargs, Object*) {
  check_nargs("enable", nargs, 0, 0);
  gc::gc_set_enabled(true);
  return none();
}
Ref<> gc_disable(Object*, Object* const*, size_t nargs, Object*) {
  check_nargs("disable", nargs, 0, 0);
  gc::gc_set_enabled(false);
  return none();
}
Ref<> gc_isenabled(Object*, Object* const*, size_t nargs, Object*) {
  check_nargs("isenabled", nargs, 0, 0);
  return py_bool(gc::gc_is_enabled());
}

Ref<> gc_get_threshold(Object*, Object* const*, size_t nargs, Object*) {
  check_nargs("get_threshold", nargs, 0, 0);
  int64_t t[3];
  gc::gc_get_thresholds(t);
  Ref<> a = int_from(t[0]), b = int_from(t[1]), c = int_from(t[2]);
  return tuple_pack({a.get(), b.get(), c.get()});
}
Ref<> gc_set_threshold(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("set_threshold", kwnames);
  check_nargs("set_threshold", nargs, 1, 3);
  int64_t t[3];
  gc::gc_get_thresholds(t);
  for (size_t i = 0; i < nargs; ++i) t[i] = index_as_int64(args[i]);
  gc::gc_set_thresholds(t);
  return none();
}
Ref<> gc_get_count(Object*, Object* const*, size_t nargs, Object*) {
  check_nargs("get_count", nargs, 0, 0);
  int64_t young = gc::gc_young_count();
  Ref<> a = int_from(young < 0 ? 0 : young), z = int_from(0);
  return tuple_pack({a.get(), z.get(), z.get()});
}
Ref<> gc_is_tracked(Object*, Object* const* args, size_t nargs, Object*) {
  check_nargs("is_tracked", nargs, 1, 1);
  return py_bool(gc::gc_is_tracked(args[0]));
}
Ref<> gc_freeze(Object*, Object* const*, size_t nargs, Object*) {
  check_nargs("freeze", nargs, 0, 0);
  gc::gc_freeze();
  return none();
}
Ref<> gc_unfreeze(Object*, Object* const*, size_t nargs, Object*) {
  check_nargs("unfreeze", nargs, 0, 0);
  gc::gc_unfreeze();
  return none();
}
Ref<> gc_get_freeze_count(Object*, Object* const*, size_t nargs, Object*) {
  check_nargs("get_freeze_count", nargs, 0, 0);
  return int_from(static_cast<int64_t>(gc::gc_freeze_count()));
}

Ref<List> list_of_owned(std::vector<Object*>& objs) {
  Ref<List> out = list_new(static_cast<int64_t>(objs.size()));
  for (Object* o : objs) {
    list_append(out.get(), o);
    decref(o);
  }
  return out;
}

Ref<> gc_get_objects(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* gen = nullptr;
  parse_args("get_objects", args, nargs, kwnames, {"generation"}, 0, &gen);
  std::vector<Object*> objs = gc::gc_all_objects();
  return list_of_owned(objs);
}

void collect_referent(Object* o, void* arg) {
  static_cast<std::vector<Object*>*>(arg)->push_back(o);
}

Ref<> gc_get_referents(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("get_referents", kwnames);
  std::vector<Object*> found;
  for (size_t i = 0; i < nargs; ++i) {
    std::vector<Object*> here;
    if (TraverseFn t = type_of(args[i])->tp_traverse) t(args[i], collect_referent, &here);
    for (Object* o : here) {
      incref(o);
      found.push_back(o);
    }
  }
  return list_of_owned(found);
}

const MethodDef kGcFunctions[] = {
    {"collect", gc_collect_fn, 0, "Run the garbage collector."},
    {"enable", gc_enable, 0, "Enable automatic garbage collection."},
    {"disable", gc_disable, 0, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, 0, "Returns true if automatic garbage collection is enabled."},
    {"get_threshold", gc_get_threshold, 0, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, 0, "Set the collection thresholds."},
    {"get_count", gc_get_count, 0, "Return a three-tuple of the current collection counts."},
    {"is_tracked", gc_is_tracked, 0, "Returns true if the object is tracked by the garbage collector."},
    {"freeze", gc_freeze, 0, "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze, 0, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, 0, "Return the number of objects in the permanent generation."},
    {"get_objects", gc_get_objects, 0, "Return a list of objects tracked by the collector."},
    {"get_referents", gc_get_referents, 0, "Return the list of objects that are directly referred to by 'objs'."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void gc_module_clear_callbacks() {
  if (g_callbacks) list_clear(static_cast<List*>(g_callbacks));
}

Ref<> make_gc_module() {
  Ref<> m = make_module("gc", kGcFunctions, "This module provides access to the garbage collector.");
  if (!g_callbacks) {
    g_callbacks = list_new(0).release();
    make_immortal(g_callbacks);  // the collector's hook reads it until the process ends
  }
  module_add(m.get(), "callbacks", g_callbacks);
  Ref<> garbage = list_new(0);
  module_add(m.get(), "garbage", garbage.get());
  gc::gc_set_callback_hook(run_callbacks);
  return m;
}

}  // namespace ftpy
