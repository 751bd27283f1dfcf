// collections_counter.cpp — collections.Counter, a dict subclass mapping
// elements to counts, following Lib/collections/__init__.py (3.13) method
// by method: missing keys count 0, most_common is a stable sort by count
// descending (ties keep insertion order), the multiset operators keep only
// positive counts, and the repr lists items in most_common order.
//
// Counts are arbitrary objects combined with the generic number protocol
// (int fast path for the counting loop).
//
// Concurrency: each dict operation is atomic (the dict API's critical
// section); multi-step methods (update, subtract, the operators) are
// sequences of atomic steps, as the Python implementation is in CPython's
// free-threaded build.
#include <algorithm>
#include <string>
#include <vector>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/repr_guard.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/modules/collections_internal.h"

namespace ftpy {

Type CounterType;

namespace {

using Items = std::vector<std::pair<Ref<>, Ref<>>>;

Dict* as_counter(Object* o) {
  if (!is_instance_of(o, &CounterType))
    raisef(&exc::TypeError, "descriptor requires a 'collections.Counter' object but received a '%s'",
           type_name_of(o));
  return static_cast<Dict*>(o);
}

Items items_of(Dict* d) {
  Items out;
  int64_t pos = 0;
  Ref<> k, v;
  while (dict_next(d, &pos, &k, &v)) out.emplace_back(std::move(k), std::move(v));
  return out;
}

// self[elem] for a Counter: 0 when absent.
Ref<> count_of(Dict* d, Object* key) {
  if (Ref<> v = dict_get(d, key)) return v;
  return int_from(0);
}

bool is_positive_count(Object* count) {
  Ref<> zero = int_from(0);
  return richcompare_bool(count, zero.get(), CompareOp::Gt);
}
bool negative_count(Object* count) {
  Ref<> zero = int_from(0);
  return richcompare_bool(count, zero.get(), CompareOp::Lt);
}

Ref<> add_one(Object* count, int64_t delta) {
  if (is_exact_int(count) && int_is_small(count)) {
    int64_t v = int_small_value(count);
    if (v > INT64_MIN + 1 && v < INT64_MAX - 1) return int_from(v + delta);
  }
  Ref<> d = int_from(delta);
  return binary_op(count, d.get(), BinaryOp::Add);
}

bool is_mapping(Object* o) {
  if (is_dict(o)) return true;
  return hasattr(o, id::keys) && type_of(o)->mp_subscript;
}

// update()/subtract() body: sign +1 adds, -1 subtracts.
void update_counts(Dict* self, Object* iterable, Object* kwargs_dict, int sign) {
  if (iterable && iterable != kNone) {
    if (is_mapping(iterable)) {
      if (sign > 0 && dict_size(self) == 0 && is_dict(iterable)) {
        dict_update(self, iterable);
      } else {
        Ref<> keys = call_method0(iterable, "keys");
        for_each(keys.get(), [&](Object* elem) {
          Ref<> count = getitem(iterable, elem);
          Ref<> mine = count_of(self, elem);
          Ref<> updated = sign > 0 ? binary_op(count.get(), mine.get(), BinaryOp::Add)
                                   : binary_op(mine.get(), count.get(), BinaryOp::Sub);
          dict_set(self, elem, updated.get());
        });
      }
    } else {
      for_each(iterable, [&](Object* elem) {
        Ref<> mine = count_of(self, elem);
        Ref<> updated = add_one(mine.get(), sign);
        dict_set(self, elem, updated.get());
      });
    }
  }
  if (kwargs_dict && dict_size(kwargs_dict)) update_counts(self, kwargs_dict, nullptr, sign);
}

// Splits (iterable=None, /, **kwds) into the iterable and a kwargs dict.
Ref<> kwargs_to_dict(Object* const* args, size_t nargs, Object* kwnames) {
  size_t nk = kwnames_count(kwnames);
  if (!nk) return nullptr;
  Ref<Dict> d = dict_new();
  for (size_t i = 0; i < nk; ++i) dict_set(d.get(), tuple_item(kwnames, static_cast<int64_t>(i)), args[nargs + i]);
  return d;
}

void counter_update_args(const char* fname, Object* self, Object* const* args, size_t nargs,
                         Object* kwnames, int sign) {
  if (nargs > 1) raisef(&exc::TypeError, "expected at most 1 argument, got %zu", nargs);
  (void)fname;
  Ref<> kw = kwargs_to_dict(args, nargs, kwnames);
  update_counts(as_counter(self), nargs ? args[0] : nullptr, kw.get(), sign);
}

Ref<> new_counter() { return call0(&CounterType); }

// ------------------------------------------------------------------ methods

void counter_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  counter_update_args("Counter", self, args, nargs, kwnames, +1);
}

Ref<> c_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  counter_update_args("update", self, args, nargs, kwnames, +1);
  return none();
}

Ref<> c_subtract(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  counter_update_args("subtract", self, args, nargs, kwnames, -1);
  return none();
}

Ref<> c_missing(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("__missing__", kwnames);
  check_nargs("__missing__", nargs, 1, 1);
  return int_from(0);
}

Ref<> c_total(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("total", kwnames);
  check_nargs("total", nargs, 0, 0);
  Ref<> acc = int_from(0);
  for (auto& [k, v] : items_of(as_counter(self))) acc = binary_op(acc.get(), v.get(), BinaryOp::Add);
  return acc;
}

// Stable sort by count, largest first (sorted(..., reverse=True) semantics).
Items sorted_items(Dict* d) {
  Items items = items_of(d);
  std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
    return richcompare_bool(b.second.get(), a.second.get(), CompareOp::Lt);
  });
  return items;
}

Ref<> c_most_common(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args("most_common", args, nargs, kwnames, {"n"}, 0, a);
  Items items = sorted_items(as_counter(self));
  size_t n = items.size();
  if (a[0] && a[0] != kNone) {
    int64_t want = index_as_int64(a[0]);
    n = want <= 0 ? 0 : std::min(n, static_cast<size_t>(want));
  }
  Ref<List> out = list_new(static_cast<int64_t>(n));
  for (size_t i = 0; i < n; ++i) {
    Ref<> pair = tuple_pack({items[i].first.get(), items[i].second.get()});
    list_append(out.get(), pair.get());
  }
  return out;
}

Ref<> c_elements(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("elements", kwnames);
  check_nargs("elements", nargs, 0, 0);
  Ref<List> out = list_new();
  for (auto& [k, v] : items_of(as_counter(self))) {
    int64_t n = index_as_int64(v.get());
    for (int64_t i = 0; i < n; ++i) list_append(out.get(), k.get());
  }
  return get_iter(out.get());
}

Ref<> c_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("copy", kwnames);
  check_nargs("copy", nargs, 0, 0);
  return call1(type_of(self), self);
}

Ref<> c_fromkeys(Object*, Object* const*, size_t, Object*) {
  raise(&exc::NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}

// ------------------------------------------------------------------ slots

Ref<> counter_repr(Object* self) {
  const char* name = collections_short_name(type_of(self));
  Dict* d = static_cast<Dict*>(self);
  if (dict_size(d) == 0) return str_new(std::string(name) + "()");
  ReprGuard guard(self);
  if (guard.recursive()) return str_new("...");
  Ref<Dict> ordered = dict_new();
  try {
    for (auto& [k, v] : sorted_items(d)) dict_set(ordered.get(), k.get(), v.get());
  } catch (PyException& e) {
    if (!exception_matches(e.value.get(), &exc::TypeError)) throw;
    ordered = dict_copy(d);
  }
  Ref<> body = repr(ordered.get());
  return str_new(std::string(name) + "(" + std::string(str_view(body.get())) + ")");
}

void counter_ass_subscript(Object* self, Object* key, Object* value) {
  if (!value && !dict_contains(static_cast<Dict*>(self), key)) return;  // del c[missing] is fine
  DictType.mp_ass_subscript(self, key, value);
}

// all(a[e] OP b[e] for c in (a, b) for e in c)
bool all_counts(Dict* a, Dict* b, CompareOp op) {
  for (Dict* c : {a, b}) {
    for (auto& [k, v] : items_of(c)) {
      Ref<> x = count_of(a, k.get()), y = count_of(b, k.get());
      if (!richcompare_bool(x.get(), y.get(), op)) return false;
    }
  }
  return true;
}

Ref<> counter_richcompare(Object* a, Object* b, CompareOp op) {
  bool both = is_instance_of(a, &CounterType) && is_instance_of(b, &CounterType);
  if (!both) {
    if (op == CompareOp::Eq || op == CompareOp::Ne) return DictType.tp_richcompare(a, b, op);
    return not_implemented();
  }
  Dict* x = static_cast<Dict*>(a);
  Dict* y = static_cast<Dict*>(b);
  switch (op) {
    case CompareOp::Eq: return py_bool(all_counts(x, y, CompareOp::Eq));
    case CompareOp::Ne: return py_bool(!all_counts(x, y, CompareOp::Eq));
    case CompareOp::Le: return py_bool(all_counts(x, y, CompareOp::Le));
    case CompareOp::Ge: return py_bool(all_counts(x, y, CompareOp::Ge));
    case CompareOp::Lt: return py_bool(all_counts(x, y, CompareOp::Le) && !all_counts(x, y, CompareOp::Eq));
    case CompareOp::Gt: return py_bool(all_counts(x, y, CompareOp::Ge) && !all_counts(x, y, CompareOp::Eq));
  }
  return not_implemented();
}

enum class MultisetOp { Add, Sub, Or, And };

Ref<> combine(Object* a, Object* b, MultisetOp op) {
  if (!is_instance_of(a, &CounterType) || !is_instance_of(b, &CounterType)) return not_implemented();
  Dict* x = static_cast<Dict*>(a);
  Dict* y = static_cast<Dict*>(b);
  Ref<> result = new_counter();
  Dict* r = static_cast<Dict*>(result.get());
  for (auto& [elem, count] : items_of(x)) {
    Ref<> other = count_of(y, elem.get());
    Ref<> n;
    switch (op) {
      case MultisetOp::Add: n = binary_op(count.get(), other.get(), BinaryOp::Add); break;
      case MultisetOp::Sub: n = binary_op(count.get(), other.get(), BinaryOp::Sub); break;
      case MultisetOp::Or:
        n = richcompare_bool(count.get(), other.get(), CompareOp::Lt) ? other : count;
        break;
      case MultisetOp::And:
        n = richcompare_bool(count.get(), other.get(), CompareOp::Lt) ? count : other;
        break;
    }
    if (is_positive_count(n.get())) dict_set(r, elem.get(), n.get());
  }
  if (op == MultisetOp::And) return result;
  for (auto& [elem, count] : items_of(y)) {
    if (dict_contains(x, elem.get())) continue;
    if (op == MultisetOp::Sub) {
      if (negative_count(count.get())) {
        Ref<> zero = int_from(0);
        Ref<> n = binary_op(zero.get(), count.get(), BinaryOp::Sub);
        dict_set(r, elem.get(), n.get());
      }
    } else if (is_positive_count(count.get())) {
      dict_set(r, elem.get(), count.get());
    }
  }
  return result;
}

Ref<> counter_add(Object* a, Object* b) { return combine(a, b, MultisetOp::Add); }
Ref<> counter_sub(Object* a, Object* b) { return combine(a, b, MultisetOp::Sub); }
Ref<> counter_or(Object* a, Object* b) { return combine(a, b, MultisetOp::Or); }
Ref<> counter_and(Object* a, Object* b) { return combine(a, b, MultisetOp::And); }

void keep_positive(Dict* d) {
  for (auto& [k, v] : items_of(d))
    if (!is_positive_count(v.get())) dict_del(d, k.get());
}

Ref<> inplace(Object* a, Object* b, MultisetOp op) {
  if (!is_instance_of(a, &CounterType) || !is_instance_of(b, &CounterType)) return not_implemented();
  Dict* x = static_cast<Dict*>(a);
  Dict* y = static_cast<Dict*>(b);
  if (op == MultisetOp::And) {
    for (auto& [elem, count] : items_of(x)) {
      Ref<> other = count_of(y, elem.get());
      if (richcompare_bool(other.get(), count.get(), CompareOp::Lt)) dict_set(x, elem.get(), other.get());
    }
  } else {
    for (auto& [elem, count] : items_of(y)) {
      Ref<> mine = count_of(x, elem.get());
      Ref<> n;
      if (op == MultisetOp::Add) n = binary_op(mine.get(), count.get(), BinaryOp::Add);
      else if (op == MultisetOp::Sub) n = binary_op(mine.get(), count.get(), BinaryOp::Sub);
      else n = richcompare_bool(count.get(), mine.get(), CompareOp::Gt) ? count : mine;
      dict_set(x, elem.get(), n.get());
    }
  }
  keep_positive(x);
  return Ref<>::borrow(a);
}

Ref<> counter_iadd(Object* a, Object* b) { return inplace(a, b, MultisetOp::Add); }
Ref<> counter_isub(Object* a, Object* b) { return inplace(a, b, MultisetOp::Sub); }
Ref<> counter_ior(Object* a, Object* b) { return inplace(a, b, MultisetOp::Or); }
Ref<> counter_iand(Object* a, Object* b) { return inplace(a, b, MultisetOp::And); }

Ref<> unary(Object* self, bool negate) {
  Ref<> result = new_counter();
  Dict* r = static_cast<Dict*>(result.get());
  for (auto& [elem, count] : items_of(as_counter(self))) {
    if (!negate) {
      if (is_positive_count(count.get())) dict_set(r, elem.get(), count.get());
    } else if (negative_count(count.get())) {
      Ref<> zero = int_from(0);
      Ref<> n = binary_op(zero.get(), count.get(), BinaryOp::Sub);
      dict_set(r, elem.get(), n.get());
    }
  }
  return result;
}
Ref<> counter_pos(Object* self) { return unary(self, false); }
Ref<> counter_neg(Object* self) { return unary(self, true); }

const MethodDef kCounterMethods[] = {
    {"__missing__", c_missing, 0, "The count of elements not in the Counter is zero."},
    {"total", c_total, 0, "Sum of the counts"},
    {"most_common", c_most_common, 0, "List the n most common elements and their counts from the most\ncommon to the least."},
    {"elements", c_elements, 0, "Iterator over elements repeating each as many times as its count."},
    {"update", c_update, 0, "Like dict.update() but add counts instead of replacing them."},
    {"subtract", c_subtract, 0, "Like dict.update() but subtracts counts instead of replacing them."},
    {"copy", c_copy, 0, "Return a shallow copy."},
    {"__copy__", c_copy, 0, "Return a shallow copy."},
    {"fromkeys", c_fromkeys, kMethodClass, "Counter.fromkeys() is undefined."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void init_counter_type() {
  Type* t = &CounterType;
  if (type_has_flag(t, kTypeReady)) return;
  t->name = "collections.Counter";
  t->base = &DictType;
  t->basicsize = sizeof(Dict);
  t->flags |= kTypeBaseType | kTypeDictSubclass | kTypeHasGc;
  t->tp_init = counter_init;
  t->tp_repr = counter_repr;
  t->tp_richcompare = counter_richcompare;
  t->mp_ass_subscript = counter_ass_subscript;
  t->nb_binary[int(BinaryOp::Add)] = counter_add;
  t->nb_binary[int(BinaryOp::Sub)] = counter_sub;
  t->nb_binary[int(BinaryOp::Or)] = counter_or;
  t->nb_binary[int(BinaryOp::And)] = counter_and;
  t->nb_inplace[int(BinaryOp::Add)] = counter_iadd;
  t->nb_inplace[int(BinaryOp::Sub)] = counter_isub;
  t->nb_inplace[int(BinaryOp::Or)] = counter_ior;
  t->nb_inplace[int(BinaryOp::And)] = counter_iand;
  t->nb_positive = counter_pos;
  t->nb_negative = counter_neg;
  t->methods = kCounterMethods;
  t->doc = "Dict subclass for counting hashable items.  Sometimes called a bag\nor multiset.";
  type_ready(t);
}

}  // namespace ftpy
