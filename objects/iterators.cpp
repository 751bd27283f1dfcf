// iterators.cpp — enumerate, zip (strict=), map, filter, reversed, the
// sequence iterator (iter() over __getitem__) and the callable iterator
// (iter(f, sentinel)), with CPython 3.13's argument checks and messages.
//
// Each object owns the iterators it pulls from; `tp_iternext` returns an
// empty Ref at the end (never raises StopIteration). Once exhausted, an
// iterator drops its sources so they can be freed early.
//
// Concurrency: an iterator object is advanced by one thread at a time
// (sharing one between threads gives unspecified interleavings, as in
// CPython, but no memory errors: every field is owned via Ref).
#include "objects/iterators.h"

#include <string>
#include <string_view>
#include <vector>

#include "objects/api.h"
#include "objects/dict.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/iterators_common.h"
#include "objects/list.h"
#include "objects/list_impl.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace ftpy {

Type EnumerateType;
Type ZipType;
Type MapType;
Type FilterType;
Type ReversedType;
Type SeqIterType;
Type CallableIterType;

Ref<> iter_self(Object* o) { return Ref<>::borrow(o); }

namespace {

size_t nkw(Object* kwnames) { return kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0; }
std::string_view kwname(Object* kwnames, size_t i) {
  return str_view(tuple_item(kwnames, static_cast<int64_t>(i)));
}

// A tuple of iter(x) for each x in args[0..n).
Ref<Tuple> iterators_of(Object* const* args, size_t n) {
  Ref<Tuple> its = tuple_new(static_cast<int64_t>(n));
  for (size_t i = 0; i < n; ++i) {
    its->items[i] = get_iter(args[i]).release();
  }
  return its;
}

void visit_ref(const Ref<>& r, VisitFn visit, void* arg) {
  if (r) visit(r.get(), arg);
}

// ------------------------------------------------------------------ enumerate

struct Enumerate : Object {
  Ref<> it;
  int64_t count = 0;
  Ref<> big_count;  // used once count no longer fits in int64 (or start was big)
};

Ref<> enumerate_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  Object* bound[2] = {nullptr, nullptr};
  if (nargs + nkw(kwnames) > 2) {
    raisef(&exc::TypeError, "enumerate() takes at most 2 arguments (%zu given)",
           nargs + nkw(kwnames));
  }
  for (size_t i = 0; i < nargs; ++i) bound[i] = args[i];
  for (size_t i = 0; i < nkw(kwnames); ++i) {
    std::string_view name = kwname(kwnames, i);
    int slot = name == "iterable" ? 0 : name == "start" ? 1 : -1;
    if (slot < 0) {
      raisef(&exc::TypeError, "'%.*s' is an invalid keyword argument for enumerate()",
             static_cast<int>(name.size()), name.data());
    }
    if (bound[slot]) {
      raisef(&exc::TypeError, "argument for enumerate() given by name ('%.*s') and position (%d)",
             static_cast<int>(name.size()), name.data(), slot + 1);
    }
    bound[slot] = args[nargs + i];
  }
  if (!bound[0]) raise(&exc::TypeError, "enumerate() missing required argument 'iterable'");
  Ref<> start;
  if (bound[1]) start = is_int(bound[1]) && is_exact_int(bound[1]) ? Ref<>::borrow(bound[1])
                                                                   : index(bound[1]);
  Ref<> it = get_iter(bound[0]);
  Enumerate* e = new_object<Enumerate>(type);
  Ref<> owner = Ref<>::steal(e);
  e->it = std::move(it);
  if (start && !int_to_int64(start.get(), &e->count)) e->big_count = start;
  return owner;
}

Ref<> enumerate_next(Object* self) {
  auto* e = static_cast<Enumerate*>(self);
  if (!e->it) return nullptr;
  Ref<> item = iter_next(e->it.get());
  if (!item) {
    e->it.reset();
    return nullptr;
  }
  Ref<> index;
  if (!e->big_count) {
    index = int_from(e->count);
    if (e->count == INT64_MAX) {
      e->big_count = int_from_mpz(int_to_mpz(index.get()) + 1);
    } else {
      ++e->count;
    }
  } else {
    index = e->big_count;
    e->big_count = int_from_mpz(int_to_mpz(index.get()) + 1);
  }
  return tuple_pack({index.get(), item.get()});
}

void enumerate_traverse(Object* o, VisitFn visit, void* arg) {
  auto* e = static_cast<Enumerate*>(o);
  visit_ref(e->it, visit, arg);
  visit_ref(e->big_count, visit, arg);
}

// ------------------------------------------------------------------ zip

struct Zip : Object {
  Ref<Tuple> its;  // null once exhausted
  bool strict = false;
};

Ref<> zip_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  bool strict = false;
  for (size_t i = 0; i < nkw(kwnames); ++i) {
    std::string_view name = kwname(kwnames, i);
    if (name != "strict") {
      raisef(&exc::TypeError, "zip() got an unexpected keyword argument '%.*s'",
             static_cast<int>(name.size()), name.data());
    }
    strict = truthy(args[nargs + i]);
  }
  Ref<Tuple> its = iterators_of(args, nargs);
  Zip* z = new_object<Zip>(type);
  z->its = std::move(its);
  z->strict = strict;
  return Ref<>::steal(z);
}

[[noreturn]] void zip_length_error(size_t which, bool shorter) {
  // which: 0-based index of the argument that differs from arguments 1..which.
  if (which == 1) {
    raisef(&exc::ValueError, "zip() argument 2 is %s than argument 1",
           shorter ? "shorter" : "longer");
  }
  raisef(&exc::ValueError, "zip() argument %zu is %s than arguments 1-%zu", which + 1,
         shorter ? "shorter" : "longer", which);
}

Ref<> zip_next(Object* self) {
  auto* z = static_cast<Zip*>(self);
  if (!z->its) return nullptr;
  int64_t n = z->its->size;
  if (n == 0) return nullptr;
  Ref<Tuple> result = tuple_new(n);
  for (int64_t i = 0; i < n; ++i) {
    Ref<> item = iter_next(z->its->items[i]);
    if (!item) {
      Ref<Tuple> its = std::move(z->its);  // exhausted from now on
      if (z->strict) {
        if (i > 0) zip_length_error(static_cast<size_t>(i), true);
        for (int64_t j = 1; j < n; ++j) {
          if (Ref<> extra = iter_next(its->items[j])) zip_length_error(static_cast<size_t>(j), false);
        }
      }
      return nullptr;
    }
    result->items[i] = item.release();
  }
  return result;
}

void zip_traverse(Object* o, VisitFn visit, void* arg) {
  auto* z = static_cast<Zip*>(o);
  if (z->its) visit(z->its.get(), arg);
}

// ------------------------------------------------------------------ map

struct Map : Object {
  Ref<> func;
  Ref<Tuple> its;  // null once exhausted
};

Ref<> map_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (type == &MapType && nkw(kwnames)) raise(&exc::TypeError, "map() takes no keyword arguments");
  if (nargs < 2) raise(&exc::TypeError, "map() must have at least two arguments.");
  Ref<Tuple> its = iterators_of(args + 1, nargs - 1);
  Map* m = new_object<Map>(type);
  m->func = Ref<>::borrow(args[0]);
  m->its = std::move(its);
  return Ref<>::steal(m);
}

Ref<> map_next(Object* self) {
  auto* m = static_cast<Map*>(self);
  if (!m->its) return nullptr;
  int64_t n = m->its->size;
  constexpr int64_t kSmall = 8;
  Ref<> small[kSmall];
  Object* argv_small[kSmall];
  std::vector<Ref<>> big;
  std::vector<Object*> argv_big;
  Object** argv = argv_small;
  if (n > kSmall) {
    big.resize(static_cast<size_t>(n));
    argv_big.resize(static_cast<size_t>(n));
    argv = argv_big.data();
  }
  for (int64_t i = 0; i < n; ++i) {
    Ref<> item = iter_next(m->its->items[i]);
    if (!item) {
      m->its.reset();
      return nullptr;
    }
    argv[i] = item.get();
    if (n > kSmall) big[i] = std::move(item); else small[i] = std::move(item);
  }
  return call(m->func.get(), argv, static_cast<size_t>(n));
}

void map_traverse(Object* o, VisitFn visit, void* arg) {
  auto* m = static_cast<Map*>(o);
  visit_ref(m->func, visit, arg);
  if (m->its) visit(m->its.get(), arg);
}

// ------------------------------------------------------------------ filter

struct Filter : Object {
  Ref<> func;  // null means None (truth test)
  Ref<> it;    // null once exhausted
};

Ref<> filter_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (type == &FilterType && nkw(kwnames)) {
    raise(&exc::TypeError, "filter() takes no keyword arguments");
  }
  arity_range("filter", nargs, 2, 2, nullptr);
  Ref<> it = get_iter(args[1]);
  Filter* f = new_object<Filter>(type);
  if (args[0] != kNone && args[0] != &BoolType) f->func = Ref<>::borrow(args[0]);
  f->it = std::move(it);
  return Ref<>::steal(f);
}

Ref<> filter_next(Object* self) {
  auto* f = static_cast<Filter*>(self);
  while (f->it) {
    Ref<> item = iter_next(f->it.get());
    if (!item) break;
    bool keep;
    if (!f->func) {
      keep = truthy(item.get());
    } else {
      Ref<> r = call1(f->func.get(), item.get());
      keep = truthy(r.get());
    }
    if (keep) return item;
  }
  f->it.reset();
  return nullptr;
}

void filter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* f = static_cast<Filter*>(o);
  visit_ref(f->func, visit, arg);
  visit_ref(f->it, visit, arg);
}

// ------------------------------------------------------------------ reversed

struct Reversed : Object {
  Ref<> seq;          // null once exhausted
  int64_t index = 0;  // next index to fetch
};

bool is_index_stop(const PyException& e) {
  return exception_matches(e.value.get(), &exc::IndexError) ||
         exception_matches(e.value.get(), &exc::StopIteration);
}

Ref<> reversed_next(Object* self) {
  auto* r = static_cast<Reversed*>(self);
  if (!r->seq || r->index < 0) {
    r->seq.reset();
    return nullptr;
  }
  Ref<> i = int_from(r->index);
  try {
    Ref<> item = getitem(r->seq.get(), i.get());
    --r->index;
    return item;
  } catch (PyException& e) {
    if (!is_index_stop(e)) throw;
  }
  r->seq.reset();
  return nullptr;
}

Ref<> reversed_length_hint(Object* self, Object* const*, size_t, Object*) {
  auto* r = static_cast<Reversed*>(self);
  if (!r->seq) return int_from(0);
  int64_t n = length(r->seq.get());
  return int_from(r->index + 1 > n ? 0 : r->index + 1);
}

Ref<> reversed_tp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (type == &ReversedType && nkw(kwnames)) {
    raise(&exc::TypeError, "reversed() takes no keyword arguments");
  }
  arity_range("reversed", nargs, 1, 1, nullptr);
  if (type == &ReversedType) return reversed_of(args[0]);
  Ref<> r = reversed_of(args[0]);
  if (r->ob_type != &ReversedType) return r;
  Reversed* sub = new_object<Reversed>(type);
  sub->seq = static_cast<Reversed*>(r.get())->seq;
  sub->index = static_cast<Reversed*>(r.get())->index;
  return Ref<>::steal(sub);
}

void reversed_traverse(Object* o, VisitFn visit, void* arg) {
  visit_ref(static_cast<Reversed*>(o)->seq, visit, arg);
}

// ------------------------------------------------------------------ seq / callable iterators

struct SeqIter : Object {
  Ref<> seq;  // null once exhausted
  int64_t index = 0;
};

Ref<> seq_iter_next(Object* self) {
  auto* s = static_cast<SeqIter*>(self);
  if (!s->seq) return nullptr;
  Ref<> i = int_from(s->index);
  try {
    Ref<> item = getitem(s->seq.get(), i.get());
    ++s->index;
    return item;
  } catch (PyException& e) {
    if (!is_index_stop(e)) throw;
  }
  s->seq.reset();
  return nullptr;
}

void seq_iter_traverse(Object* o, VisitFn visit, void* arg) {
  visit_ref(static_cast<SeqIter*>(o)->seq, visit, arg);
}

struct CallableIter : Object {
  Ref<> callable;  // null once exhausted
  Ref<> sentinel;
};

Ref<> callable_iter_next(Object* self) {
  auto* c = static_cast<CallableIter*>(self);
  if (!c->callable) return nullptr;
  Ref<> v;
  try {
    v = call0(c->callable.get());
  } catch (PyException& e) {
    if (!exception_matches(e.value.get(), &exc::StopIteration)) throw;
  }
  if (v && !eq(v.get(), c->sentinel.get())) return v;
  c->callable.reset();
  c->sentinel.reset();
  return nullptr;
}

void callable_iter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* c = static_cast<CallableIter*>(o);
  visit_ref(c->callable, visit, arg);
  visit_ref(c->sentinel, visit, arg);
}

const MethodDef kReversedMethods[] = {
    {"__length_hint__", reversed_length_hint, kMethodPlain,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

template <class T>
void init_iter_type(Type* t, const char* name, NewFn tp_new, IterNextFn next,
                    TraverseFn traverse, bool subclassable, const char* doc) {
  t->name = name;
  t->basicsize = sizeof(T);
  t->flags |= kTypeHasGc | (subclassable ? uint64_t{kTypeBaseType} : uint64_t{0});
  t->tp_new = tp_new;
  t->tp_dealloc = [](Object* o) { destroy_object<T>(o); };
  t->tp_traverse = traverse;
  t->tp_iter = iter_self;
  t->tp_iternext = next;
  t->doc = doc;
  type_ready(t);
}

}  // namespace

Ref<> seq_iter_new(Object* seq) {
  SeqIter* s = new_object<SeqIter>(&SeqIterType);
  s->seq = Ref<>::borrow(seq);
  return Ref<>::steal(s);
}

Ref<> callable_iter_new(Object* callable, Object* sentinel) {
  CallableIter* c = new_object<CallableIter>(&CallableIterType);
  c->callable = Ref<>::borrow(callable);
  c->sentinel = Ref<>::borrow(sentinel);
  return Ref<>::steal(c);
}

Ref<> reversed_of(Object* seq) {
  if (is_exact_list(seq)) return list_reversed_iter(static_cast<List*>(seq));
  if (is_exact_dict(seq)) return dict_iter_new(static_cast<Dict*>(seq), &DictRevKeyIterType);
  if (Object* method = type_lookup(seq->ob_type, id::reversed)) {
    if (method == kNone) {
      raisef(&exc::TypeError, "'%s' object is not reversible", type_name_of(seq));
    }
    Object* argv[1] = {seq};
    // Bind through the descriptor protocol when there is one (functions,
    // method descriptors); plain callables get `seq` as their argument.
    if (method->ob_type->tp_descr_get) {
      Ref<> bound = method->ob_type->tp_descr_get(method, seq, seq->ob_type);
      return call0(bound.get());
    }
    return call(method, argv, 1);
  }
  Type* t = seq->ob_type;
  bool is_sequence = t->mp_subscript && !is_dict(seq) &&
                     (t->mp_length || type_lookup(t, id::len));
  if (!is_sequence) {
    raisef(&exc::TypeError, "'%s' object is not reversible", type_name_of(seq));
  }
  int64_t n = length(seq);
  Reversed* r = new_object<Reversed>(&ReversedType);
  r->seq = Ref<>::borrow(seq);
  r->index = n - 1;
  return Ref<>::steal(r);
}

void init_iterator_types() {
  init_iter_type<Enumerate>(&EnumerateType, "enumerate", enumerate_new, enumerate_next,
                            enumerate_traverse, true,
                            "Return an enumerate object.\n\n  iterable\n    an object "
                            "supporting iteration\n\nThe enumerate object yields pairs "
                            "containing a count (from start, which\ndefaults to zero) and a "
                            "value yielded by the iterable argument.");
  init_iter_type<Zip>(&ZipType, "zip", zip_new, zip_next, zip_traverse, true,
                      "zip(*iterables, strict=False)\n--\n\nThe zip object yields n-length "
                      "tuples, where n is the number of iterables\npassed as positional "
                      "arguments to zip().");
  init_iter_type<Map>(&MapType, "map", map_new, map_next, map_traverse, true,
                      "map(function, iterable, /, *iterables)\n--\n\nMake an iterator that "
                      "computes the function using arguments from\neach of the iterables.  "
                      "Stops when the shortest iterable is exhausted.");
  init_iter_type<Filter>(&FilterType, "filter", filter_new, filter_next, filter_traverse, true,
                         "filter(function, iterable, /)\n--\n\nReturn an iterator yielding "
                         "those items of iterable for which function(item)\nis true. If "
                         "function is None, return the items that are true.");
  ReversedType.methods = kReversedMethods;
  init_iter_type<Reversed>(&ReversedType, "reversed", reversed_tp_new, reversed_next,
                           reversed_traverse, true,
                           "Return a reverse iterator over the values of the given sequence.");
  init_iter_type<SeqIter>(&SeqIterType, "iterator", nullptr, seq_iter_next, seq_iter_traverse,
                          false, nullptr);
  init_iter_type<CallableIter>(&CallableIterType, "callable_iterator", nullptr,
                               callable_iter_next, callable_iter_traverse, false, nullptr);
}

}  // namespace ftpy
