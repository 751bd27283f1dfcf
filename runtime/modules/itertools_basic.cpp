// itertools_basic.cpp — the single-stream itertools: count, cycle, repeat,
// accumulate, chain (+ chain.from_iterable), compress, dropwhile, takewhile,
// filterfalse, starmap, islice, pairwise, batched. Each follows the
// equivalent Python code in the itertools documentation and CPython 3.13's
// messages; see itertools_internal.h for the shared shape and locking.
#include <climits>
#include <string>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/modules/itertools_internal.h"
#include "runtime/modules/module_util.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

namespace {

using itertools_detail::init_iter_type;
using itertools_detail::visit_ref;

Type CountType, CycleType, RepeatType, AccumulateType, ChainType, CompressType, DropWhileType,
    TakeWhileType, FilterFalseType, StarMapType, ISliceType, PairwiseType, BatchedType;

template <class T>
T* make(Type* type) {
  return new_object<T>(type);
}

bool is_number(Object* o) {
  Type* t = type_of(o);
  return is_int(o) || is_float(o) || t->nb_index || t->nb_float || t->nb_int;
}

// ------------------------------------------------------------------- count

struct Count : Object {
  Ref<> cnt, step;
  void traverse(VisitFn v, void* a) { visit_ref(cnt, v, a); visit_ref(step, v, a); }
};

Ref<> count_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("count", args, nargs, kwnames, {"start", "step"}, 0, a);
  if ((a[0] && !is_number(a[0])) || (a[1] && !is_number(a[1])))
    raise(&exc::TypeError, "a number is required");
  Count* c = make<Count>(type);
  Ref<> r = Ref<>::steal(c);
  c->cnt = a[0] ? Ref<>::borrow(a[0]) : int_from(0);
  c->step = a[1] ? Ref<>::borrow(a[1]) : int_from(1);
  return r;
}

Ref<> count_next(Object* self) {
  Count* c = static_cast<Count*>(self);
  CriticalSection cs(self);
  Ref<> result = c->cnt;
  Object* x = c->cnt.get();
  Object* s = c->step.get();
  if (is_exact_int(x) && int_is_small(x) && is_exact_int(s) && int_is_small(s)) {
    int64_t sum;
    if (!__builtin_add_overflow(int_small_value(x), int_small_value(s), &sum)) {
      c->cnt = int_from(sum);
      return result;
    }
  }
  c->cnt = binary_op(x, s, BinaryOp::Add);
  return result;
}

Ref<> count_repr(Object* self) {
  Count* c = static_cast<Count*>(self);
  std::string out = "count(" + repr_utf8(c->cnt.get());
  Object* s = c->step.get();
  bool step_one = is_int(s) && int_is_small(s) && int_small_value(s) == 1;
  if (!step_one) out += ", " + repr_utf8(s);
  return str_new(out + ")");
}

// ------------------------------------------------------------------- cycle

struct Cycle : Object {
  Ref<> it;        // null once the first pass is over
  Ref<List> saved;
  int64_t index = 0;
  void traverse(VisitFn v, void* a) { visit_ref(it, v, a); visit_ref(saved, v, a); }
};

Ref<> cycle_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (type == &CycleType) check_no_kwargs("cycle", kwnames);
  check_nargs("cycle", nargs, 1, 1);
  Ref<> it = get_iter(args[0]);
  Cycle* c = make<Cycle>(type);
  Ref<> r = Ref<>::steal(c);
  c->it = std::move(it);
  c->saved = list_new();
  return r;
}

Ref<> cycle_next(Object* self) {
  Cycle* c = static_cast<Cycle*>(self);
  CriticalSection cs(self);
  if (c->it) {
    if (Ref<> item = iter_next(c->it.get())) {
      list_append(c->saved.get(), item.get());
      return item;
    }
    c->it.reset();
  }
  int64_t n = list_size(c->saved.get());
  if (n == 0) return nullptr;
  Ref<> item = list_get_item(c->saved.get(), c->index % n);
  c->index = (c->index + 1) % n;
  return item;
}

// ------------------------------------------------------------------ repeat

struct Repeat : Object {
  Ref<> element;
  int64_t times = -1;  // -1: forever
  void traverse(VisitFn v, void* a) { visit_ref(element, v, a); }
};

Ref<> repeat_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("repeat", args, nargs, kwnames, {"object", "times"}, 1, a);
  Repeat* r = make<Repeat>(type);
  Ref<> result = Ref<>::steal(r);
  r->element = Ref<>::borrow(a[0]);
  if (a[1]) {
    int64_t t = index_as_int64(a[1]);
    r->times = t < 0 ? 0 : t;
  }
  return result;
}

Ref<> repeat_next(Object* self) {
  Repeat* r = static_cast<Repeat*>(self);
  CriticalSection cs(self);
  if (r->times == 0) return nullptr;
  if (r->times > 0) --r->times;
  return r->element;
}

Ref<> repeat_repr(Object* self) {
  Repeat* r = static_cast<Repeat*>(self);
  std::string out = "repeat(" + repr_utf8(r->element.get());
  if (r->times >= 0) out += ", " + std::to_string(r->times);
  return str_new(out + ")");
}

Ref<> repeat_length_hint(Object* self, Object* const*, size_t, Object*) {
  Repeat* r = static_cast<Repeat*>(self);
  if (r->times < 0) raise(&exc::TypeError, "len() of unsized object");
  return int_from(r->times);
}

const MethodDef kRepeatMethods[] = {
    {"__length_hint__", repeat_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// -------------------------------------------------------------- accumulate

struct Accumulate : Object {
  Ref<> it, func, total, initial;
  void traverse(VisitFn v, void* a) {
    visit_ref(it, v, a); visit_ref(func, v, a); visit_ref(total, v, a); visit_ref(initial, v, a);
  }
};

Ref<> accumulate_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[3] = {};
  if (nargs > 2)
    raisef(&exc::TypeError, "accumulate() takes at most 2 positional arguments (%zu given)", nargs);
  parse_args("accumulate", args, nargs, kwnames, {"iterable", "func", "initial"}, 1, a);
  Ref<> it = get_iter(a[0]);
  Accumulate* acc = make<Accumulate>(type);
  Ref<> r = Ref<>::steal(acc);
  acc->it = std::move(it);
  if (a[1] && a[1] != kNone) acc->func = Ref<>::borrow(a[1]);
  if (a[2] && a[2] != kNone) acc->initial = Ref<>::borrow(a[2]);
  return r;
}

Ref<> accumulate_next(Object* self) {
  Accumulate* acc = static_cast<Accumulate*>(self);
  CriticalSection cs(self);
  if (acc->initial) {
    acc->total = std::move(acc->initial);
    return acc->total;
  }
  Ref<> item = iter_next(acc->it.get());
  if (!item) return nullptr;
  if (!acc->total) acc->total = std::move(item);
  else if (acc->func) acc->total = call2(acc->func.get(), acc->total.get(), item.get());
  else acc->total = binary_op(acc->total.get(), item.get(), BinaryOp::Add);
  return acc->total;
}

// ------------------------------------------------------------------- chain

struct Chain : Object {
  Ref<> source;  // iterator over the iterables; null when done
  Ref<> active;  // current iterator
  void traverse(VisitFn v, void* a) { visit_ref(source, v, a); visit_ref(active, v, a); }
};

Ref<> chain_from_source(Type* type, Ref<> source) {
  Chain* c = make<Chain>(type);
  Ref<> r = Ref<>::steal(c);
  c->source = std::move(source);
  return r;
}

Ref<> chain_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (type == &ChainType) check_no_kwargs("chain", kwnames);
  Ref<> t = tuple_from_array(args, static_cast<int64_t>(nargs));
  return chain_from_source(type, get_iter(t.get()));
}

Ref<> chain_from_iterable(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("from_iterable", kwnames);
  if (nargs != 1)
    raisef(&exc::TypeError, "chain.from_iterable() takes exactly one argument (%zu given)", nargs);
  Type* type = cls && is_type_object(cls) ? static_cast<Type*>(cls) : &ChainType;
  return chain_from_source(type, get_iter(args[0]));
}

Ref<> chain_next(Object* self) {
  Chain* c = static_cast<Chain*>(self);
  CriticalSection cs(self);
  while (c->source) {
    if (!c->active) {
      Ref<> iterable = iter_next(c->source.get());
      if (!iterable) {
        c->source.reset();
        return nullptr;
      }
      c->active = get_iter(iterable.get());
    }
    if (Ref<> item = iter_next(c->active.get())) return item;
    c->active.reset();
  }
  return nullptr;
}

const MethodDef kChainMethods[] = {
    {"from_iterable", chain_from_iterable, kMethodClass,
     "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
    {nullptr, nullptr, 0, nullptr},
};

// ---------------------------------------------------------------- compress

struct Compress : Object {
  Ref<> data, selectors;
  void traverse(VisitFn v, void* a) { visit_ref(data, v, a); visit_ref(selectors, v, a); }
};

Ref<> compress_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("compress", args, nargs, kwnames, {"data", "selectors"}, 2, a);
  Ref<> d = get_iter(a[0]), s = get_iter(a[1]);
  Compress* c = make<Compress>(type);
  Ref<> r = Ref<>::steal(c);
  c->data = std::move(d);
  c->selectors = std::move(s);
  return r;
}

Ref<> compress_next(Object* self) {
  Compress* c = static_cast<Compress*>(self);
  CriticalSection cs(self);
  for (;;) {
    Ref<> d = iter_next(c->data.get());
    if (!d) return nullptr;
    Ref<> s = iter_next(c->selectors.get());
    if (!s) return nullptr;
    if (truthy(s.get())) return d;
  }
}

// ------------------------------------- dropwhile / takewhile / filterfalse

struct PredIter : Object {
  Ref<> func, it;
  bool flag = false;  // dropwhile: done dropping; takewhile: stopped
  void traverse(VisitFn v, void* a) { visit_ref(func, v, a); visit_ref(it, v, a); }
};

Ref<> pred_new(const char* name, Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs(name, kwnames);
  check_nargs(name, nargs, 2, 2);
  Ref<> it = get_iter(args[1]);
  PredIter* p = make<PredIter>(type);
  Ref<> r = Ref<>::steal(p);
  p->func = Ref<>::borrow(args[0]);
  p->it = std::move(it);
  return r;
}

bool test(PredIter* p, Object* item) {
  if (!p->func || p->func.get() == kNone) return truthy(item);
  Ref<> r = call1(p->func.get(), item);
  return truthy(r.get());
}

Ref<> dropwhile_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  return pred_new("dropwhile", type, args, nargs, kwnames);
}
Ref<> dropwhile_next(Object* self) {
  PredIter* p = static_cast<PredIter*>(self);
  CriticalSection cs(self);
  for (;;) {
    Ref<> item = iter_next(p->it.get());
    if (!item) return nullptr;
    if (p->flag) return item;
    if (!test(p, item.get())) {
      p->flag = true;
      return item;
    }
  }
}

Ref<> takewhile_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  return pred_new("takewhile", type, args, nargs, kwnames);
}
Ref<> takewhile_next(Object* self) {
  PredIter* p = static_cast<PredIter*>(self);
  CriticalSection cs(self);
  if (p->flag) return nullptr;
  Ref<> item = iter_next(p->it.get());
  if (!item) return nullptr;
  if (test(p, item.get())) return item;
  p->flag = true;
  return nullptr;
}

Ref<> filterfalse_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  return pred_new("filterfalse", type, args, nargs, kwnames);
}
Ref<> filterfalse_next(Object* self) {
  PredIter* p = static_cast<PredIter*>(self);
  CriticalSection cs(self);
  for (;;) {
    Ref<> item = iter_next(p->it.get());
    if (!item) return nullptr;
    if (!test(p, item.get())) return item;
  }
}

// ----------------------------------------------------------------- starmap

Ref<> starmap_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  return pred_new("starmap", type, args, nargs, kwnames);
}
Ref<> starmap_next(Object* self) {
  PredIter* p = static_cast<PredIter*>(self);
  CriticalSection cs(self);
  Ref<> item = iter_next(p->it.get());
  if (!item) return nullptr;
  Ref<> t = is_exact_tuple(item.get()) ? item : sequence_to_tuple(item.get());
  Object* func = p->func ? p->func.get() : kNone;
  return call_tuple_dict(func, t.get(), nullptr);
}

// ------------------------------------------------------------------ islice

struct ISlice : Object {
  Ref<> it;  // null when exhausted
  int64_t next = 0, stop = -1, step = 1, cnt = 0;
  void traverse(VisitFn v, void* a) { visit_ref(it, v, a); }
};

int64_t islice_arg(Object* o, int64_t dflt, const char* msg) {
  if (o == kNone) return dflt;
  if (!is_int(o) && !type_of(o)->nb_index) raise(&exc::ValueError, msg);
  int64_t v = index_as_int64_clamped(o);
  if (v < 0) raise(&exc::ValueError, msg);
  return v;
}

Ref<> islice_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (type == &ISliceType) check_no_kwargs("islice", kwnames);
  check_nargs("islice", nargs, 2, 4);
  const char* kStopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  const char* kIndexMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  int64_t start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    stop = islice_arg(args[1], -1, kStopMsg);
  } else {
    start = islice_arg(args[1], 0, kIndexMsg);
    stop = islice_arg(args[2], -1, kStopMsg);
    if (nargs == 4) {
      if (args[3] != kNone) {
        if (!is_int(args[3]) && !type_of(args[3])->nb_index)
          raise(&exc::ValueError, "Step for islice() must be a positive integer or None.");
        step = index_as_int64_clamped(args[3]);
        if (step < 1) raise(&exc::ValueError, "Step for islice() must be a positive integer or None.");
      }
    }
  }
  Ref<> it = get_iter(args[0]);
  ISlice* s = make<ISlice>(type);
  Ref<> r = Ref<>::steal(s);
  s->it = std::move(it);
  s->next = start;
  s->stop = stop;
  s->step = step;
  return r;
}

Ref<> islice_next(Object* self) {
  ISlice* s = static_cast<ISlice*>(self);
  CriticalSection cs(self);
  if (!s->it) return nullptr;
  while (s->cnt < s->next) {
    Ref<> skipped = iter_next(s->it.get());
    if (!skipped) {
      s->it.reset();
      return nullptr;
    }
    ++s->cnt;
  }
  if (s->stop != -1 && s->cnt >= s->stop) {
    s->it.reset();
    return nullptr;
  }
  Ref<> item = iter_next(s->it.get());
  if (!item) {
    s->it.reset();
    return nullptr;
  }
  ++s->cnt;
  int64_t old = s->next;
  s->next += s->step;
  if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
  return item;
}

// ---------------------------------------------------------------- pairwise

struct Pairwise : Object {
  Ref<> it, old;
  void traverse(VisitFn v, void* a) { visit_ref(it, v, a); visit_ref(old, v, a); }
};

Ref<> pairwise_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (type == &PairwiseType) check_no_kwargs("pairwise", kwnames);
  check_nargs("pairwise", nargs, 1, 1);
  Ref<> it = get_iter(args[0]);
  Pairwise* p = make<Pairwise>(type);
  Ref<> r = Ref<>::steal(p);
  p->it = std::move(it);
  return r;
}

Ref<> pairwise_next(Object* self) {
  Pairwise* p = static_cast<Pairwise*>(self);
  CriticalSection cs(self);
  if (!p->it) return nullptr;
  if (!p->old) {
    p->old = iter_next(p->it.get());
    if (!p->old) {
      p->it.reset();
      return nullptr;
    }
  }
  Ref<> item = iter_next(p->it.get());
  if (!item) {
    p->it.reset();
    p->old.reset();
    return nullptr;
  }
  Ref<> result = tuple_pack({p->old.get(), item.get()});
  p->old = std::move(item);
  return result;
}

// ----------------------------------------------------------------- batched

struct Batched : Object {
  Ref<> it;
  int64_t n = 1;
  bool strict = false;
  void traverse(VisitFn v, void* a) { visit_ref(it, v, a); }
};

Ref<> batched_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[3] = {};
  parse_args("batched", args, nargs, kwnames, {"iterable", "n", "strict"}, 2, a);
  int64_t n = index_as_int64(a[1]);
  if (n < 1) raise(&exc::ValueError, "n must be at least one");
  Ref<> it = get_iter(a[0]);
  Batched* b = make<Batched>(type);
  Ref<> r = Ref<>::steal(b);
  b->it = std::move(it);
  b->n = n;
  b->strict = a[2] && truthy(a[2]);
  return r;
}

Ref<> batched_next(Object* self) {
  Batched* b = static_cast<Batched*>(self);
  CriticalSection cs(self);
  if (!b->it) return nullptr;
  Ref<List> items = list_new(b->n);
  for (int64_t i = 0; i < b->n; ++i) {
    Ref<> item = iter_next(b->it.get());
    if (!item) {
      b->it.reset();
      break;
    }
    list_append(items.get(), item.get());
  }
  int64_t got = list_size(items.get());
  if (got == 0) return nullptr;
  if (got < b->n && b->strict) raise(&exc::ValueError, "batched(): incomplete batch");
  return list_as_tuple(items.get());
}

}  // namespace

void itertools_add_basic(Object* module) {
  struct Entry {
    const char* pyname;
    Type* type;
  };
  init_iter_type<Count>(&CountType, "itertools.count", count_new, count_next,
                        "Return a count object whose .__next__() method returns consecutive values.",
                        count_repr);
  init_iter_type<Cycle>(&CycleType, "itertools.cycle", cycle_new, cycle_next,
                        "Return elements from the iterable until it is exhausted. Then repeat the "
                        "sequence indefinitely.");
  init_iter_type<Repeat>(&RepeatType, "itertools.repeat", repeat_new, repeat_next,
                         "repeat(object [,times]) -> create an iterator which returns the object\n"
                         "for the specified number of times.  If not specified, returns the object\n"
                         "endlessly.",
                         repeat_repr, kRepeatMethods);
  init_iter_type<Accumulate>(&AccumulateType, "itertools.accumulate", accumulate_new, accumulate_next,
                             "Return series of accumulated sums (or other binary function results).");
  init_iter_type<Chain>(&ChainType, "itertools.chain", chain_new, chain_next,
                        "Return a chain object whose .__next__() method returns elements from the\n"
                        "first iterable until it is exhausted, then elements from the next\n"
                        "iterable, until all of the iterables are exhausted.",
                        nullptr, kChainMethods);
  init_iter_type<Compress>(&CompressType, "itertools.compress", compress_new, compress_next,
                           "Return data elements corresponding to true selector elements.");
  init_iter_type<PredIter>(&DropWhileType, "itertools.dropwhile", dropwhile_new, dropwhile_next,
                           "Drop items from the iterable while predicate(item) is true.");
  init_iter_type<PredIter>(&TakeWhileType, "itertools.takewhile", takewhile_new, takewhile_next,
                           "Return successive entries from an iterable as long as the predicate "
                           "evaluates to true for each entry.");
  init_iter_type<PredIter>(&FilterFalseType, "itertools.filterfalse", filterfalse_new, filterfalse_next,
                           "Return those items of iterable for which function(item) is false.");
  init_iter_type<PredIter>(&StarMapType, "itertools.starmap", starmap_new, starmap_next,
                           "Return an iterator whose values are returned from the function "
                           "evaluated with an argument tuple taken from the given sequence.");
  init_iter_type<ISlice>(&ISliceType, "itertools.islice", islice_new, islice_next,
                         "islice(iterable, stop) --> islice object\n"
                         "islice(iterable, start, stop[, step]) --> islice object");
  init_iter_type<Pairwise>(&PairwiseType, "itertools.pairwise", pairwise_new, pairwise_next,
                           "Return an iterator of overlapping pairs taken from the input iterator.");
  init_iter_type<Batched>(&BatchedType, "itertools.batched", batched_new, batched_next,
                          "Batch data into tuples of length n. The last batch may be shorter than n.");
  const Entry entries[] = {
      {"count", &CountType},           {"cycle", &CycleType},
      {"repeat", &RepeatType},         {"accumulate", &AccumulateType},
      {"chain", &ChainType},           {"compress", &CompressType},
      {"dropwhile", &DropWhileType},   {"takewhile", &TakeWhileType},
      {"filterfalse", &FilterFalseType}, {"starmap", &StarMapType},
      {"islice", &ISliceType},         {"pairwise", &PairwiseType},
      {"batched", &BatchedType},
  };
  for (const Entry& e : entries) module_add(module, e.pyname, e.type);
}

}  // namespace ftpy
