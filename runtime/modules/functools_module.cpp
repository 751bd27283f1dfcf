// functools_module.cpp — the `functools` module: reduce, partial,
// update_wrapper/wraps, lru_cache/cache, total_ordering, cmp_to_key and
// cached_property, with CPython 3.13's behaviour and messages.
//
// Design notes:
//  * partial and the lru_cache wrapper carry an attribute dict (`attrs`,
//    created on first write) so update_wrapper can set __name__, __doc__,
//    __wrapped__...; their getattr checks data descriptors on the type,
//    then the attribute dict, then the type (instance-dict precedence).
//  * lru_cache keys are tuples: positional args, then (when keywords are
//    given) a unique marker object followed by the keyword names and values
//    in call order, then the argument types when typed=True — the same
//    hits/misses as CPython's _make_key. Bounded caches keep LRU order in
//    the cache dict itself (a hit re-inserts the key at the end; eviction
//    removes the first key).
//  * total_ordering installs OrderingMethod objects: callables that bind
//    like functions (tp_descr_get → bound method) and compute, e.g.,
//    __gt__ from __lt__ exactly as Lib/functools.py's _gt_from_lt.
//  * CacheInfo is a real namedtuple class built at import (collections).
//
// Concurrency: partial objects are immutable after creation (the attribute
// dict is a normal dict). Each lru wrapper guards its cache dict and LRU
// order with a std::recursive_mutex held only around dict operations (key
// hashing and comparison may run Python code and may re-enter the same
// cache; the user function is always called with the lock released). A
// thread that finds the lock taken detaches (DetachScope) while it waits,
// so in the GIL build it never blocks while holding the GIL. hits/misses
// are relaxed atomics (statistics only). The module-level globals below are
// written once while the module is created (under the import lock) and are
// read-only afterwards.
#include <atomic>
#include <mutex>
#include <string>
#include <vector>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/repr_guard.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/modules/builtin_modules.h"
#include "runtime/modules/collections_internal.h"
#include "runtime/modules/module_util.h"
#include "runtime/threads/attach.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

namespace {

Type PartialType;         // functools.partial
Type LruWrapperType;      // functools._lru_cache_wrapper
Type KeyWrapperType;      // functools.KeyWrapper
Type OrderingMethodType;  // functools._ordering_method
Type CachedPropertyType;  // functools.cached_property

Object* g_kwd_mark = nullptr;     // unique marker in lru keys (set once at import)
Object* g_cache_info = nullptr;   // the CacheInfo namedtuple class (set once at import)

// ------------------------------------------------------ attribute dicts

struct WithDict : Object {
  Ref<> attrs;  // Dict, created on first use; replaced only under the CS
};

Ref<> attrs_of(Object* self, bool create) {
  WithDict* w = static_cast<WithDict*>(self);
  CriticalSection cs(self);
  if (!w->attrs && create) w->attrs = dict_new();
  return w->attrs;
}

bool is_data_descriptor(Object* d) { return d && type_of(d)->tp_descr_set; }

Ref<> withdict_getattr(Object* self, Str* name) {
  if (!is_data_descriptor(type_lookup(type_of(self), name))) {
    if (Ref<> d = attrs_of(self, false))
      if (Ref<> v = dict_get(static_cast<Dict*>(d.get()), name)) return v;
  }
  return generic_getattr(self, name);
}

void withdict_setattr(Object* self, Str* name, Object* value) {
  if (is_data_descriptor(type_lookup(type_of(self), name))) return generic_setattr(self, name, value);
  Ref<> d = attrs_of(self, value != nullptr);
  if (!value) {
    if (!d || !dict_del(static_cast<Dict*>(d.get()), name)) raise_attribute_error(self, name);
    return;
  }
  dict_set(static_cast<Dict*>(d.get()), name, value);
}

Ref<> withdict_get_dict(Object* self) { return attrs_of(self, true); }
void withdict_set_dict(Object* self, Object* value) {
  if (!value || !is_dict(value)) raise(&exc::TypeError, "__dict__ must be set to a dictionary");
  WithDict* w = static_cast<WithDict*>(self);
  Ref<> old;
  CriticalSection cs(self);
  old = std::move(w->attrs);
  w->attrs = Ref<>::borrow(value);
}

// ------------------------------------------------------------------ reduce

Ref<> ft_reduce(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("reduce", kwnames);
  check_nargs("reduce", nargs, 2, 3);
  Ref<> it;
  try {
    it = get_iter(args[1]);
  } catch (PyException& e) {
    if (exception_matches(e.value.get(), &exc::TypeError))
      raise(&exc::TypeError, "reduce() arg 2 must support iteration");
    throw;
  }
  Ref<> acc = nargs == 3 ? Ref<>::borrow(args[2]) : Ref<>();
  while (Ref<> item = iter_next(it.get())) {
    if (!acc) acc = std::move(item);
    else acc = call2(args[0], acc.get(), item.get());
  }
  if (!acc) raise(&exc::TypeError, "reduce() of empty iterable with no initial value");
  return acc;
}

// ----------------------------------------------------------------- partial

struct Partial : WithDict {
  Ref<> func;
  Ref<> args;  // tuple
  Ref<> kw;    // dict
};

Ref<> partial_make(Type* type, Object* func, Object* const* args, size_t nargs, Object* kwnames) {
  if (!is_callable(func)) raise(&exc::TypeError, "the first argument must be callable");
  std::vector<Object*> all_args;
  Ref<Dict> kw = dict_new();
  Ref<> inner_func = Ref<>::borrow(func);
  if (is_type(func, &PartialType)) {
    Partial* inner = static_cast<Partial*>(func);
    inner_func = inner->func;
    for (int64_t i = 0; i < tuple_size(inner->args.get()); ++i) all_args.push_back(tuple_item(inner->args.get(), i));
    dict_update(kw.get(), inner->kw.get());
  }
  for (size_t i = 0; i < nargs; ++i) all_args.push_back(args[i]);
  size_t nk = kwnames_count(kwnames);
  for (size_t k = 0; k < nk; ++k) dict_set(kw.get(), tuple_item(kwnames, static_cast<int64_t>(k)), args[nargs + k]);
  Partial* p = new_object<Partial>(type);
  Ref<> result = Ref<>::steal(p);
  p->func = std::move(inner_func);
  p->args = tuple_from_array(all_args.data(), static_cast<int64_t>(all_args.size()));
  p->kw = std::move(kw);
  return result;
}

Ref<> partial_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs < 1) raise(&exc::TypeError, "type 'partial' takes at least one argument");
  return partial_make(type, args[0], args + 1, nargs - 1, kwnames);
}

Ref<> partial_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Partial* p = static_cast<Partial*>(self);
  int64_t npre = tuple_size(p->args.get());
  size_t nk = kwnames_count(kwnames);
  Dict* pkw = static_cast<Dict*>(p->kw.get());
  std::vector<Object*> argv;
  argv.reserve(static_cast<size_t>(npre) + nargs + nk + static_cast<size_t>(dict_size(pkw)));
  for (int64_t i = 0; i < npre; ++i) argv.push_back(tuple_item(p->args.get(), i));
  for (size_t i = 0; i < nargs; ++i) argv.push_back(args[i]);
  size_t npos = argv.size();
  if (dict_size(pkw) == 0) {
    for (size_t k = 0; k < nk; ++k) argv.push_back(args[nargs + k]);
    return call(p->func.get(), argv.data(), npos, kwnames);
  }
  Ref<Dict> merged = dict_copy(pkw);
  for (size_t k = 0; k < nk; ++k) dict_set(merged.get(), tuple_item(kwnames, static_cast<int64_t>(k)), args[nargs + k]);
  Ref<Tuple> names = tuple_new(dict_size(merged.get()));
  std::vector<Ref<>> keep;
  int64_t pos = 0, i = 0;
  Ref<> k, v;
  while (dict_next(merged.get(), &pos, &k, &v)) {
    argv.push_back(v.get());
    tuple_set_steal(names.get(), i++, k.release());
    keep.push_back(std::move(v));
  }
  return call(p->func.get(), argv.data(), npos, names.get());
}

Ref<> partial_repr(Object* self) {
  Partial* p = static_cast<Partial*>(self);
  std::string name = is_type(self, &PartialType)
                         ? "functools.partial"
                         : str_utf8(type_module(type_of(self)).get()) + "." + type_name_of(self);
  ReprGuard guard(self);
  if (guard.recursive()) return str_new("...");
  std::string out = name + "(" + repr_utf8(p->func.get());
  for (int64_t i = 0; i < tuple_size(p->args.get()); ++i) out += ", " + repr_utf8(tuple_item(p->args.get(), i));
  int64_t pos = 0;
  Ref<> k, v;
  while (dict_next(static_cast<Dict*>(p->kw.get()), &pos, &k, &v))
    out += ", " + str_utf8(k.get()) + "=" + repr_utf8(v.get());
  return str_new(out + ")");
}

void partial_traverse(Object* self, VisitFn visit, void* arg) {
  Partial* p = static_cast<Partial*>(self);
  for (Object* o : {p->func.get(), p->args.get(), p->kw.get(), p->attrs.get()})
    if (o) visit(o, arg);
}

Ref<> partial_get_func(Object* self) { return static_cast<Partial*>(self)->func; }
Ref<> partial_get_args(Object* self) { return static_cast<Partial*>(self)->args; }
Ref<> partial_get_keywords(Object* self) { return static_cast<Partial*>(self)->kw; }

const GetSetDef kPartialGetSets[] = {
    {"func", partial_get_func, nullptr, "function object to use in future partial calls"},
    {"args", partial_get_args, nullptr, "tuple of arguments to future partial calls"},
    {"keywords", partial_get_keywords, nullptr, "dictionary of keyword arguments to future partial calls"},
    {"__dict__", withdict_get_dict, withdict_set_dict, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ------------------------------------------------- update_wrapper / wraps

const char* const kWrapperAssignments[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                           "__annotations__"};

Ref<> update_wrapper_impl(Object* wrapper, Object* wrapped, Object* assigned, Object* updated) {
  auto check_name = [](Object* name_obj) {
    if (!is_str(name_obj))
      raisef(&exc::TypeError, "attribute name must be string, not '%s'", type_name_of(name_obj));
  };
  auto assign = [&](Object* name_obj) {
    check_name(name_obj);
    Str* name = intern(static_cast<Str*>(name_obj));
    Ref<> value = getattr_or_null(wrapped, name);
    if (value) setattr(wrapper, name, value.get());
  };
  if (assigned) {
    for_each(assigned, assign);
  } else {
    for (const char* n : kWrapperAssignments) assign(intern(n));
  }
  auto update = [&](Object* name_obj) {
    check_name(name_obj);
    Str* name = intern(static_cast<Str*>(name_obj));
    Ref<> target = getattr(wrapper, name);
    Ref<> source = getattr_or_null(wrapped, name);
    if (!source) source = dict_new();
    call_method1(target.get(), "update", source.get());
  };
  if (updated) for_each(updated, update);
  else update(intern("__dict__"));
  static Str* wrapped_name = intern("__wrapped__");
  setattr(wrapper, wrapped_name, wrapped);
  return Ref<>::borrow(wrapper);
}

Ref<> ft_update_wrapper(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[4] = {};
  parse_args("update_wrapper", args, nargs, kwnames, {"wrapper", "wrapped", "assigned", "updated"}, 2, a);
  return update_wrapper_impl(a[0], a[1], a[2], a[3]);
}

const MethodDef kUpdateWrapperDef = {"update_wrapper", ft_update_wrapper, 0,
                                     "Update a wrapper function to look like the wrapped function"};

Ref<> ft_wraps(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[3] = {};
  parse_args("wraps", args, nargs, kwnames, {"wrapped", "assigned", "updated"}, 1, a);
  Ref<> modname = str_new("functools");
  Ref<> uw = builtin_function_new(&kUpdateWrapperDef, nullptr, modname.get());
  std::vector<Object*> kwvals{a[0]};
  std::vector<Object*> names{intern("wrapped")};
  if (a[1]) { kwvals.push_back(a[1]); names.push_back(intern("assigned")); }
  if (a[2]) { kwvals.push_back(a[2]); names.push_back(intern("updated")); }
  Ref<> kwn = tuple_from_array(names.data(), static_cast<int64_t>(names.size()));
  return partial_make(&PartialType, uw.get(), kwvals.data(), 0, kwn.get());
}

// --------------------------------------------------------------- lru_cache

struct LruWrapper : WithDict {
  Ref<> func;
  int64_t maxsize = -1;  // -1: unbounded
  bool typed = false;
  Ref<Dict> cache;
  std::atomic<int64_t> hits{0}, misses{0};
  std::recursive_mutex mu;  // guards `cache` contents and order
};

class LruLock {
 public:
  explicit LruLock(LruWrapper* w) : mu_(w->mu) {
    if (!mu_.try_lock()) {
      DetachScope detached;  // never wait while holding the GIL
      mu_.lock();
    }
  }
  ~LruLock() { mu_.unlock(); }

 private:
  std::recursive_mutex& mu_;
};

Ref<> make_key(LruWrapper* w, Object* const* args, size_t nargs, Object* kwnames) {
  size_t nk = kwnames_count(kwnames);
  std::vector<Object*> parts(args, args + nargs);
  std::vector<Ref<>> keep;
  if (nk) {
    parts.push_back(g_kwd_mark);
    for (size_t k = 0; k < nk; ++k) {
      parts.push_back(tuple_item(kwnames, static_cast<int64_t>(k)));
      parts.push_back(args[nargs + k]);
    }
  }
  if (w->typed) {
    for (size_t i = 0; i < nargs; ++i) parts.push_back(type_of(args[i]));
    for (size_t k = 0; k < nk; ++k) parts.push_back(type_of(args[nargs + k]));
  }
  return tuple_from_array(parts.data(), static_cast<int64_t>(parts.size()));
}

Ref<> lru_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  LruWrapper* w = static_cast<LruWrapper*>(self);
  if (w->maxsize == 0) {
    w->misses.fetch_add(1, std::memory_order_relaxed);
    return call(w->func.get(), args, nargs, kwnames);
  }
  Ref<> key = make_key(w, args, nargs, kwnames);
  {
    LruLock lock(w);
    if (Ref<> v = dict_get(w->cache.get(), key.get())) {
      w->hits.fetch_add(1, std::memory_order_relaxed);
      if (w->maxsize > 0) {  // most recently used goes last
        dict_del(w->cache.get(), key.get());
        dict_set(w->cache.get(), key.get(), v.get());
      }
      return v;
    }
  }
  w->misses.fetch_add(1, std::memory_order_relaxed);
  Ref<> result = call(w->func.get(), args, nargs, kwnames);
  Ref<> evicted_key, evicted_value;
  {
    LruLock lock(w);
    if (!dict_contains(w->cache.get(), key.get())) {
      if (w->maxsize > 0 && dict_size(w->cache.get()) >= w->maxsize) {
        int64_t pos = 0;
        if (dict_next(w->cache.get(), &pos, &evicted_key, &evicted_value))
          dict_del(w->cache.get(), evicted_key.get());
      }
      dict_set(w->cache.get(), key.get(), result.get());
    }
  }
  return result;
}

LruWrapper* as_lru(Object* o) {
  if (!is_instance_of(o, &LruWrapperType))
    raise(&exc::TypeError, "descriptor requires a 'functools._lru_cache_wrapper' object");
  return static_cast<LruWrapper*>(o);
}

Ref<> lru_cache_info(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("cache_info", kwnames);
  check_nargs("cache_info", nargs, 0, 0);
  LruWrapper* w = as_lru(self);
  int64_t size;
  {
    LruLock lock(w);
    size = dict_size(w->cache.get());
  }
  Ref<> h = int_from(w->hits.load(std::memory_order_relaxed));
  Ref<> m = int_from(w->misses.load(std::memory_order_relaxed));
  Ref<> ms = w->maxsize < 0 ? none() : int_from(w->maxsize);
  Ref<> cs = int_from(size);
  Object* argv[4] = {h.get(), m.get(), ms.get(), cs.get()};
  return call(g_cache_info, argv, 4);
}

Ref<> lru_cache_clear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("cache_clear", kwnames);
  check_nargs("cache_clear", nargs, 0, 0);
  LruWrapper* w = as_lru(self);
  Ref<Dict> old;
  {
    LruLock lock(w);
    old = std::move(w->cache);
    w->cache = dict_new();
    w->hits.store(0, std::memory_order_relaxed);
    w->misses.store(0, std::memory_order_relaxed);
  }
  return none();  // `old` (and any __del__ of cached values) is released unlocked
}

Ref<> lru_cache_parameters(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("cache_parameters", kwnames);
  check_nargs("cache_parameters", nargs, 0, 0);
  LruWrapper* w = as_lru(self);
  Ref<Dict> d = dict_new();
  Ref<> ms = w->maxsize < 0 ? none() : int_from(w->maxsize);
  dict_set_str(d.get(), "maxsize", ms.get());
  dict_set_str(d.get(), "typed", w->typed ? kTrue : kFalse);
  return d;
}

Ref<> lru_copy(Object* self, Object* const*, size_t, Object*) { return Ref<>::borrow(self); }

Ref<> lru_descr_get(Object* self, Object* obj, Type*) {
  if (!obj) return Ref<>::borrow(self);
  return method_new(self, obj);
}

void lru_traverse(Object* self, VisitFn visit, void* arg) {
  LruWrapper* w = static_cast<LruWrapper*>(self);
  for (Object* o : {w->func.get(), static_cast<Object*>(w->cache.get()), w->attrs.get()})
    if (o) visit(o, arg);
}

Ref<> lru_wrap(Object* func, int64_t maxsize, bool typed) {
  LruWrapper* w = new_object<LruWrapper>(&LruWrapperType);
  Ref<> result = Ref<>::steal(w);
  w->func = Ref<>::borrow(func);
  w->maxsize = maxsize;
  w->typed = typed;
  w->cache = dict_new();
  update_wrapper_impl(w, func, nullptr, nullptr);
  return result;
}

const MethodDef kLruMethods[] = {
    {"cache_info", lru_cache_info, 0, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, 0, "Clear the cache and cache statistics"},
    {"cache_parameters", lru_cache_parameters, 0, "Report the cache parameters"},
    {"__copy__", lru_copy, 0, nullptr},
    {"__deepcopy__", lru_copy, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kLruGetSets[] = {
    {"__dict__", withdict_get_dict, withdict_set_dict, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// decorating_function(user_function), bound to the config (maxsize, typed).
Ref<> lru_decorate(Object* config, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("decorating_function", kwnames);
  check_nargs("decorating_function", nargs, 1, 1);
  Object* ms = tuple_item(config, 0);
  int64_t maxsize = ms == kNone ? -1 : index_as_int64(ms);
  return lru_wrap(args[0], maxsize, truthy(tuple_item(config, 1)));
}
const MethodDef kDecorateDef = {"decorating_function", lru_decorate, 0, nullptr};

Ref<> ft_lru_cache(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("lru_cache", args, nargs, kwnames, {"maxsize", "typed"}, 0, a);
  Object* maxsize = a[0] ? a[0] : nullptr;
  Object* typed = a[1] ? a[1] : kFalse;
  Ref<> ms;
  if (!maxsize) {
    ms = int_from(128);
  } else if (is_int(maxsize)) {
    int64_t v = index_as_int64_clamped(maxsize);
    ms = int_from(v < 0 ? 0 : v);
  } else if (is_callable(maxsize) && (typed == kTrue || typed == kFalse)) {
    return lru_wrap(maxsize, 128, typed == kTrue);
  } else if (maxsize != kNone) {
    raise(&exc::TypeError, "Expected first argument to be an integer, a callable, or None");
  } else {
    ms = none();
  }
  Ref<> config = tuple_pack({ms.get(), typed});
  Ref<> modname = str_new("functools");
  return builtin_function_new(&kDecorateDef, config.get(), modname.get());
}

Ref<> ft_cache(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("cache", kwnames);
  check_nargs("cache", nargs, 1, 1);
  return lru_wrap(args[0], -1, false);
}

// ---------------------------------------------------------- total_ordering

enum OrderKind {
  kGtFromLt, kLeFromLt, kGeFromLt, kGeFromLe, kLtFromLe, kGtFromLe,
  kLtFromGt, kGeFromGt, kLeFromGt, kLeFromGe, kGtFromGe, kLtFromGe,
};

struct OrderingMethod : Object {
  int kind = 0;
  Ref<> name;  // __name__
};

Ref<> ordering_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("ordering method", kwnames);
  if (nargs != 2) raisef(&exc::TypeError, "expected 2 arguments, got %zu", nargs);
  int kind = static_cast<OrderingMethod*>(self)->kind;
  Object* a = args[0];
  Object* b = args[1];
  static Str* const kRoots[] = {intern("__lt__"), intern("__le__"), intern("__gt__"), intern("__ge__")};
  Str* root = kRoots[kind / 3];
  Ref<> method = getattr(type_of(a), root);
  Ref<> r = call2(method.get(), a, b);
  if (r.get() == kNotImplemented) return r;
  bool t = truthy(r.get());
  switch (kind) {
    case kGtFromLt: case kLtFromGt:  // not op_result and self != other
      if (t) return py_bool(false);
      return richcompare(a, b, CompareOp::Ne);
    case kLeFromLt: case kGeFromGt:  // op_result or self == other
      if (t) return r;
      return richcompare(a, b, CompareOp::Eq);
    case kGeFromLt: case kGtFromLe: case kLeFromGt: case kLtFromGe:  // not op_result
      return py_bool(!t);
    case kGeFromLe: case kLeFromGe:  // not op_result or self == other
      if (!t) return py_bool(true);
      return richcompare(a, b, CompareOp::Eq);
    case kLtFromLe: case kGtFromGe:  // op_result and self != other
      if (!t) return r;
      return richcompare(a, b, CompareOp::Ne);
  }
  return not_implemented();
}

Ref<> ordering_descr_get(Object* self, Object* obj, Type*) {
  if (!obj) return Ref<>::borrow(self);
  return method_new(self, obj);
}

Ref<> ordering_get_name(Object* self) { return static_cast<OrderingMethod*>(self)->name; }

const GetSetDef kOrderingGetSets[] = {
    {"__name__", ordering_get_name, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Ref<> ft_total_ordering(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("total_ordering", kwnames);
  check_nargs("total_ordering", nargs, 1, 1);
  Object* cls = args[0];
  if (!is_type_object(cls)) raise(&exc::TypeError, "total_ordering() expects a class");
  // Roots in preference order (max() of the names): __lt__, __le__, __gt__, __ge__.
  const char* const names[] = {"__lt__", "__le__", "__gt__", "__ge__"};
  bool defined[4];
  int root = -1;
  for (int i = 0; i < 4; ++i) {
    Str* n = intern(names[i]);
    defined[i] = type_lookup(static_cast<Type*>(cls), n) != type_lookup(&ObjectType, n);
    if (defined[i] && root < 0) root = i;
  }
  if (root < 0) raise(&exc::ValueError, "must define at least one ordering operation: < > <= >=");
  // (name to fill, kind) for each root, in Lib/functools.py's order.
  struct Fill { int target; int kind; };
  static const Fill kFills[4][3] = {
      {{2, kGtFromLt}, {1, kLeFromLt}, {3, kGeFromLt}},
      {{3, kGeFromLe}, {0, kLtFromLe}, {2, kGtFromLe}},
      {{0, kLtFromGt}, {3, kGeFromGt}, {1, kLeFromGt}},
      {{1, kLeFromGe}, {2, kGtFromGe}, {0, kLtFromGe}},
  };
  for (const Fill& f : kFills[root]) {
    if (defined[f.target]) continue;
    OrderingMethod* m = new_object<OrderingMethod>(&OrderingMethodType);
    Ref<> method = Ref<>::steal(m);
    m->kind = f.kind;
    m->name = Ref<>::borrow(intern(names[f.target]));
    setattr(cls, intern(names[f.target]), method.get());
  }
  return Ref<>::borrow(cls);
}

// -------------------------------------------------------------- cmp_to_key

struct KeyWrapper : Object {
  Ref<> cmp;
  Ref<> obj;  // null for the factory returned by cmp_to_key
};

Ref<> ft_cmp_to_key(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args("cmp_to_key", args, nargs, kwnames, {"mycmp"}, 1, a);
  KeyWrapper* k = new_object<KeyWrapper>(&KeyWrapperType);
  Ref<> result = Ref<>::steal(k);
  k->cmp = Ref<>::borrow(a[0]);
  return result;
}

Ref<> key_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args("K", args, nargs, kwnames, {"obj"}, 1, a);
  KeyWrapper* k = new_object<KeyWrapper>(&KeyWrapperType);
  Ref<> result = Ref<>::steal(k);
  k->cmp = static_cast<KeyWrapper*>(self)->cmp;
  k->obj = Ref<>::borrow(a[0]);
  return result;
}

Ref<> key_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_type(b, &KeyWrapperType)) raise(&exc::TypeError, "other argument must be K instance");
  KeyWrapper* x = static_cast<KeyWrapper*>(a);
  KeyWrapper* y = static_cast<KeyWrapper*>(b);
  if (!x->obj || !y->obj) raise(&exc::AttributeError, "object");
  Ref<> r = call2(x->cmp.get(), x->obj.get(), y->obj.get());
  Ref<> zero = int_from(0);
  return richcompare(r.get(), zero.get(), op);
}

Ref<> key_get_obj(Object* self) {
  KeyWrapper* k = static_cast<KeyWrapper*>(self);
  if (!k->obj) raise(&exc::AttributeError, "obj");
  return k->obj;
}

void key_traverse(Object* self, VisitFn visit, void* arg) {
  KeyWrapper* k = static_cast<KeyWrapper*>(self);
  if (k->cmp) visit(k->cmp.get(), arg);
  if (k->obj) visit(k->obj.get(), arg);
}

const GetSetDef kKeyGetSets[] = {
    {"obj", key_get_obj, nullptr, "Value wrapped by a key function."},
    {nullptr, nullptr, nullptr, nullptr},
};

// --------------------------------------------------------- cached_property

struct CachedProperty : Object {
  Ref<> func;
  Ref<> attrname;  // set by __set_name__
};

Ref<> cp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args("cached_property", args, nargs, kwnames, {"func"}, 1, a);
  CachedProperty* cp = new_object<CachedProperty>(type);
  Ref<> result = Ref<>::steal(cp);
  cp->func = Ref<>::borrow(a[0]);
  return result;
}

Ref<> cp_set_name(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("__set_name__", kwnames);
  check_nargs("__set_name__", nargs, 2, 2);
  CachedProperty* cp = static_cast<CachedProperty*>(self);
  if (!cp->attrname) {
    cp->attrname = Ref<>::borrow(args[1]);
  } else if (!eq(cp->attrname.get(), args[1])) {
    raisef(&exc::TypeError,
           "Cannot assign the same cached_property to two different names (%s and %s).",
           repr_utf8(cp->attrname.get()).c_str(), repr_utf8(args[1]).c_str());
  }
  return none();
}

Ref<> cp_descr_get(Object* self, Object* obj, Type*) {
  if (!obj) return Ref<>::borrow(self);
  CachedProperty* cp = static_cast<CachedProperty*>(self);
  if (!cp->attrname)
    raise(&exc::TypeError, "Cannot use cached_property instance without calling __set_name__ on it.");
  Ref<> d = getattr_or_null(obj, id::dict);
  if (!d || !is_dict(d.get())) {
    raisef(&exc::TypeError, "No '__dict__' attribute on %s instance to cache %s property.",
           repr_utf8(type_qualname(type_of(obj)).get()).c_str(), repr_utf8(cp->attrname.get()).c_str());
  }
  if (Ref<> v = dict_get(static_cast<Dict*>(d.get()), cp->attrname.get())) return v;
  Ref<> value = call1(cp->func.get(), obj);
  setitem(d.get(), cp->attrname.get(), value.get());
  return value;
}

Ref<> cp_get_doc(Object* self) {
  CachedProperty* cp = static_cast<CachedProperty*>(self);
  Ref<> d = getattr_or_null(cp->func.get(), id::doc);
  return d ? d : none();
}

void cp_traverse(Object* self, VisitFn visit, void* arg) {
  CachedProperty* cp = static_cast<CachedProperty*>(self);
  if (cp->func) visit(cp->func.get(), arg);
  if (cp->attrname) visit(cp->attrname.get(), arg);
}

const MethodDef kCachedPropertyMethods[] = {
    {"__set_name__", cp_set_name, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const GetSetDef kCachedPropertyGetSets[] = {
    {"__doc__", cp_get_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ------------------------------------------------------------------ module

const MethodDef kFunctoolsFunctions[] = {
    {"reduce", ft_reduce, 0, "Apply a function of two arguments cumulatively to the items of an iterable."},
    {"update_wrapper", ft_update_wrapper, 0, "Update a wrapper function to look like the wrapped function"},
    {"wraps", ft_wraps, 0, "Decorator factory to apply update_wrapper() to a wrapper function"},
    {"lru_cache", ft_lru_cache, 0, "Least-recently-used cache decorator."},
    {"cache", ft_cache, 0, "Simple lightweight unbounded cache.  Sometimes called \"memoize\"."},
    {"total_ordering", ft_total_ordering, 0, "Class decorator that fills in missing ordering methods"},
    {"cmp_to_key", ft_cmp_to_key, 0, "Convert a cmp= function into a key= function."},
    {nullptr, nullptr, 0, nullptr},
};

void init_types() {
  Type* t = &PartialType;
  if (type_has_flag(t, kTypeReady)) return;
  t->name = "functools.partial";
  t->basicsize = sizeof(Partial);
  t->flags |= kTypeBaseType | kTypeHasGc;
  t->tp_new = partial_new;
  t->tp_dealloc = destroy_object<Partial>;
  t->tp_traverse = partial_traverse;
  t->tp_call = partial_call;
  t->tp_repr = partial_repr;
  t->tp_getattr = withdict_getattr;
  t->tp_setattr = withdict_setattr;
  t->getsets = kPartialGetSets;
  t->doc = "Create a new function with partial application of the given arguments\n"
           "and keywords.";
  type_ready(t);

  t = &LruWrapperType;
  t->name = "functools._lru_cache_wrapper";
  t->basicsize = sizeof(LruWrapper);
  t->flags |= kTypeHasGc;
  t->tp_dealloc = destroy_object<LruWrapper>;
  t->tp_traverse = lru_traverse;
  t->tp_call = lru_call;
  t->tp_descr_get = lru_descr_get;
  t->tp_getattr = withdict_getattr;
  t->tp_setattr = withdict_setattr;
  t->methods = kLruMethods;
  t->getsets = kLruGetSets;
  type_ready(t);

  t = &KeyWrapperType;
  t->name = "functools.KeyWrapper";
  t->basicsize = sizeof(KeyWrapper);
  t->flags |= kTypeHasGc;
  t->tp_dealloc = destroy_object<KeyWrapper>;
  t->tp_traverse = key_traverse;
  t->tp_call = key_call;
  t->tp_richcompare = key_richcompare;
  t->getsets = kKeyGetSets;
  type_ready(t);

  t = &OrderingMethodType;
  t->name = "functools._ordering_method";
  t->basicsize = sizeof(OrderingMethod);
  t->tp_dealloc = destroy_object<OrderingMethod>;
  t->tp_call = ordering_call;
  t->tp_descr_get = ordering_descr_get;
  t->getsets = kOrderingGetSets;
  type_ready(t);

  t = &CachedPropertyType;
  t->name = "functools.cached_property";
  t->basicsize = sizeof(CachedProperty);
  t->flags |= kTypeBaseType | kTypeHasGc;
  t->tp_new = cp_new;
  t->tp_dealloc = destroy_object<CachedProperty>;
  t->tp_traverse = cp_traverse;
  t->tp_descr_get = cp_descr_get;
  t->methods = kCachedPropertyMethods;
  t->getsets = kCachedPropertyGetSets;
  type_ready(t);
}

}  // namespace

Ref<> make_functools_module() {
  init_types();
  Ref<> m = make_module("functools", kFunctoolsFunctions, "Tools for working with functions and callable objects");
  module_add(m.get(), "partial", &PartialType);
  module_add(m.get(), "cached_property", &CachedPropertyType);
  module_add(m.get(), "_lru_cache_wrapper", &LruWrapperType);
  module_add(m.get(), "KeyWrapper", &KeyWrapperType);
  if (!g_kwd_mark) {
    g_kwd_mark = call0(&ObjectType).release();
    make_immortal(g_kwd_mark);  // kept for the process lifetime
  }
  if (!g_cache_info) {
    Ref<> name = str_new("CacheInfo");
    Ref<> fields = str_new("hits misses maxsize currsize");
    Ref<> mod = str_new("functools");
    Object* argv[3] = {name.get(), fields.get(), mod.get()};
    Ref<> kwn = tuple_pack({intern("module")});
    g_cache_info = collections_namedtuple(nullptr, argv, 2, kwn.get()).release();  // process lifetime
  }
  module_add(m.get(), "_CacheInfo", g_cache_info);
  std::vector<Object*> assigned;
  for (const char* n : kWrapperAssignments) assigned.push_back(intern(n));
  Ref<> wa = tuple_from_array(assigned.data(), static_cast<int64_t>(assigned.size()));
  module_add(m.get(), "WRAPPER_ASSIGNMENTS", wa.get());
  Ref<> wu = tuple_pack({intern("__dict__")});
  module_add(m.get(), "WRAPPER_UPDATES", wu.get());
  return m;
}

}  // namespace ftpy
