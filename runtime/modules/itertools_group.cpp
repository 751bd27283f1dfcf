// itertools_group.cpp — the itertools that share one input between several
// consumers: groupby (+ its _grouper sub-iterators), tee, and zip_longest.
//
// groupby follows CPython's C algorithm: the groupby object owns the input
// iterator and the current (key, value); each _grouper remembers its target
// key and the groupby's group serial number, and stops as soon as the
// groupby has moved on to another group.
//
// tee: the tees made by one call share a TeeData (input iterator + every
// item read so far); each tee has its own position. Items are kept until the
// data is freed (simple and correct; a lagging tee costs memory, as in
// CPython).
//
// Concurrency: each next() holds the critical section of the object whose
// state it changes (the groupby for _grouper too; the shared TeeData for
// tee), see itertools_internal.h.
#include <vector>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/modules/itertools_internal.h"
#include "runtime/modules/module_util.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

namespace {

using itertools_detail::init_iter_type;
using itertools_detail::visit_ref;

Type GroupByType, GrouperType, TeeType, TeeDataType, ZipLongestType;

// ----------------------------------------------------------------- groupby

struct GroupBy : Object {
  Ref<> it, keyfunc, tgtkey, currkey, currvalue;
  uint64_t serial = 0;  // bumped whenever a new group starts
  void traverse(VisitFn v, void* a) {
    visit_ref(it, v, a); visit_ref(keyfunc, v, a); visit_ref(tgtkey, v, a);
    visit_ref(currkey, v, a); visit_ref(currvalue, v, a);
  }
};

struct Grouper : Object {
  Ref<> parent, tgtkey;
  uint64_t serial = 0;
  void traverse(VisitFn v, void* a) { visit_ref(parent, v, a); visit_ref(tgtkey, v, a); }
};

Ref<> groupby_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("groupby", args, nargs, kwnames, {"iterable", "key"}, 1, a);
  Ref<> it = get_iter(a[0]);
  GroupBy* g = new_object<GroupBy>(type);
  Ref<> r = Ref<>::steal(g);
  g->it = std::move(it);
  if (a[1] && a[1] != kNone) g->keyfunc = Ref<>::borrow(a[1]);
  return r;
}

// Reads the next value and its key; false at the end of the input.
bool groupby_step(GroupBy* g) {
  Ref<> value = iter_next(g->it.get());
  if (!value) return false;
  Ref<> key = g->keyfunc ? call1(g->keyfunc.get(), value.get()) : value;
  g->currvalue = std::move(value);
  g->currkey = std::move(key);
  return true;
}

Ref<> groupby_next(Object* self) {
  GroupBy* g = static_cast<GroupBy*>(self);
  CriticalSection cs(self);
  ++g->serial;  // detaches the previous grouper
  for (;;) {
    if (!g->currkey) {
      // need a value
    } else if (!g->tgtkey) {
      break;
    } else if (!eq(g->tgtkey.get(), g->currkey.get())) {
      break;
    }
    if (!groupby_step(g)) return nullptr;
  }
  g->tgtkey = g->currkey;
  Grouper* gr = new_object<Grouper>(&GrouperType);
  Ref<> grouper = Ref<>::steal(gr);
  gr->parent = Ref<>::borrow(self);
  gr->tgtkey = g->tgtkey;
  gr->serial = g->serial;
  return tuple_pack({g->currkey.get(), grouper.get()});
}

Ref<> grouper_next(Object* self) {
  Grouper* gr = static_cast<Grouper*>(self);
  GroupBy* g = static_cast<GroupBy*>(gr->parent.get());
  CriticalSection cs(g);
  if (g->serial != gr->serial) return nullptr;
  if (!g->currvalue) {
    if (!groupby_step(g)) return nullptr;
  }
  if (!eq(gr->tgtkey.get(), g->currkey.get())) return nullptr;
  return std::move(g->currvalue);
}

Ref<> grouper_new(Type*, Object* const*, size_t, Object*) {
  raise(&exc::TypeError, "cannot create 'itertools._grouper' instances");
}

// --------------------------------------------------------------------- tee

struct TeeData : Object {
  Ref<> it;                  // null once the input is exhausted
  std::vector<Ref<>> items;  // everything read so far
  void traverse(VisitFn v, void* a) {
    visit_ref(it, v, a);
    for (auto& r : items) visit_ref(r, v, a);
  }
};

struct Tee : Object {
  Ref<> data;
  size_t pos = 0;
  void traverse(VisitFn v, void* a) { visit_ref(data, v, a); }
};

Ref<> new_tee(Object* data, size_t pos) {
  Tee* t = new_object<Tee>(&TeeType);
  Ref<> r = Ref<>::steal(t);
  t->data = Ref<>::borrow(data);
  t->pos = pos;
  return r;
}

Ref<> tee_next(Object* self) {
  Tee* t = static_cast<Tee*>(self);
  TeeData* d = static_cast<TeeData*>(t->data.get());
  CriticalSection cs(d);
  if (t->pos < d->items.size()) return d->items[t->pos++];
  if (!d->it) return nullptr;
  Ref<> item = iter_next(d->it.get());
  if (!item) {
    d->it.reset();
    return nullptr;
  }
  d->items.push_back(item);
  ++t->pos;
  return item;
}

Ref<> tee_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("__copy__", kwnames);
  check_nargs("__copy__", nargs, 0, 0);
  Tee* t = static_cast<Tee*>(self);
  return new_tee(t->data.get(), t->pos);
}

// tee(iterable) as the _tee type's constructor: a tee over a fresh TeeData,
// or a copy when given a tee.
Ref<> tee_from_iterable(Object* iterable) {
  if (is_type(iterable, &TeeType)) {
    Tee* t = static_cast<Tee*>(iterable);
    return new_tee(t->data.get(), t->pos);
  }
  Ref<> it = get_iter(iterable);
  TeeData* d = new_object<TeeData>(&TeeDataType);
  Ref<> data = Ref<>::steal(d);
  d->it = std::move(it);
  return new_tee(d, 0);
}

Ref<> tee_type_new(Type*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("_tee", kwnames);
  check_nargs("_tee", nargs, 1, 1);
  return tee_from_iterable(args[0]);
}

Ref<> teedata_next(Object*) { return nullptr; }

Ref<> itertools_tee(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("tee", kwnames);
  check_nargs("tee", nargs, 1, 2);
  int64_t n = nargs == 2 ? index_as_int64(args[1]) : 2;
  if (n < 0) raise(&exc::ValueError, "n must be >= 0");
  Ref<Tuple> result = tuple_new(n);
  if (n == 0) return result;
  Ref<> first = tee_from_iterable(args[0]);
  Tee* t = static_cast<Tee*>(first.get());
  for (int64_t i = 1; i < n; ++i) tuple_set_steal(result.get(), i, new_tee(t->data.get(), t->pos).release());
  tuple_set_steal(result.get(), 0, first.release());
  return result;
}

const MethodDef kTeeMethods[] = {
    {"__copy__", tee_copy, 0, "Returns an independent iterator."},
    {nullptr, nullptr, 0, nullptr},
};

// ------------------------------------------------------------- zip_longest

struct ZipLongest : Object {
  std::vector<Ref<>> iters;  // null entries are exhausted
  Ref<> fillvalue;
  int64_t active = 0;
  void traverse(VisitFn v, void* a) {
    for (auto& r : iters) visit_ref(r, v, a);
    visit_ref(fillvalue, v, a);
  }
};

Ref<> zip_longest_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  Ref<> fill = none();
  size_t nk = kwnames_count(kwnames);
  for (size_t k = 0; k < nk; ++k) {
    Object* name = tuple_item(kwnames, static_cast<int64_t>(k));
    if (str_view(name) != "fillvalue")
      raisef(&exc::TypeError, "zip_longest() got an unexpected keyword argument '%s'",
             std::string(str_view(name)).c_str());
    fill = Ref<>::borrow(args[nargs + k]);
  }
  std::vector<Ref<>> iters;
  for (size_t i = 0; i < nargs; ++i) iters.push_back(get_iter(args[i]));
  ZipLongest* z = new_object<ZipLongest>(type);
  Ref<> r = Ref<>::steal(z);
  z->iters = std::move(iters);
  z->fillvalue = std::move(fill);
  z->active = static_cast<int64_t>(nargs);
  return r;
}

Ref<> zip_longest_next(Object* self) {
  ZipLongest* z = static_cast<ZipLongest*>(self);
  CriticalSection cs(self);
  if (z->iters.empty() || z->active == 0) return nullptr;
  int64_t n = static_cast<int64_t>(z->iters.size());
  Ref<Tuple> result = tuple_new(n);
  for (int64_t i = 0; i < n; ++i) {
    Ref<> item;
    Ref<>& it = z->iters[static_cast<size_t>(i)];
    if (it) {
      item = iter_next(it.get());
      if (!item) {
        it.reset();
        if (--z->active == 0) return nullptr;
      }
    }
    if (!item) item = z->fillvalue;
    tuple_set_steal(result.get(), i, item.release());
  }
  return result;
}

const MethodDef kGroupFunctions[] = {
    {"tee", itertools_tee, 0, "Returns a tuple of n independent iterators."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void itertools_add_group(Object* module) {
  init_iter_type<GroupBy>(&GroupByType, "itertools.groupby", groupby_new, groupby_next,
                          "make an iterator that returns consecutive keys and groups from the iterable");
  init_iter_type<Grouper>(&GrouperType, "itertools._grouper", grouper_new, grouper_next, nullptr);
  init_iter_type<TeeData>(&TeeDataType, "itertools._tee_dataobject", nullptr, teedata_next,
                          "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.");
  init_iter_type<Tee>(&TeeType, "itertools._tee", tee_type_new, tee_next,
                      "Iterator wrapped to make it copyable.", nullptr, kTeeMethods);
  init_iter_type<ZipLongest>(&ZipLongestType, "itertools.zip_longest", zip_longest_new, zip_longest_next,
                             "Return a zip_longest object whose .__next__() method returns a tuple "
                             "where\nthe i-th element comes from the i-th iterable argument.");
  module_add(module, "groupby", &GroupByType);
  module_add(module, "_grouper", &GrouperType);
  module_add(module, "_tee", &TeeType);
  module_add(module, "_tee_dataobject", &TeeDataType);
  module_add(module, "zip_longest", &ZipLongestType);
  module_add_functions(module, kGroupFunctions);
}

}  // namespace ftpy
