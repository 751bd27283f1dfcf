// builtins_iteration.cpp — built-ins that consume iterables: min, max, sum,
// sorted, any, all, iter (including the callable/sentinel form), next.
//
// Concurrency: stateless.
#include <cmath>
#include <cstdlib>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/generator.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/modules/builtins_parts.h"

namespace ftpy {

namespace {

// min()/max(): one iterable or several positional arguments, key=, default=.
Ref<> min_max(const char* fname, Object* const* args, size_t nargs, Object* kwnames, CompareOp op) {
  size_t nkw = kwnames_count(kwnames);
  Object* key = nullptr;
  Object* default_value = nullptr;
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view kw = str_view(tuple_item(kwnames, static_cast<int64_t>(i)));
    Object* v = args[nargs + i];
    if (kw == "key") key = v == kNone ? nullptr : v;
    else if (kw == "default") default_value = v;
    else raisef(&exc::TypeError, "%s() got an unexpected keyword argument '%.*s'", fname,
                static_cast<int>(kw.size()), kw.data());
  }
  if (nargs == 0) raisef(&exc::TypeError, "%s expected at least 1 argument, got 0", fname);
  Ref<> iterable;
  if (nargs == 1) {
    iterable = Ref<>::borrow(args[0]);
  } else {
    if (default_value)
      raisef(&exc::TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
    iterable = tuple_from_array(args, static_cast<int64_t>(nargs));
  }
  Ref<> best, best_key;
  for_each(iterable.get(), [&](Object* item) {
    Ref<> k = key ? call1(key, item) : Ref<>::borrow(item);
    if (!best || richcompare_bool(k.get(), best_key.get(), op)) {
      best = Ref<>::borrow(item);
      best_key = std::move(k);
    }
  });
  if (best) return best;
  if (default_value) return Ref<>::borrow(default_value);
  raisef(&exc::ValueError, "%s() iterable argument is empty", fname);
}

Ref<> builtin_min(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return min_max("min", args, nargs, kwnames, CompareOp::Lt);
}
Ref<> builtin_max(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return min_max("max", args, nargs, kwnames, CompareOp::Gt);
}

// sum(iterable, /, start=0), with exact-int and float fast paths.
Ref<> builtin_sum(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("sum", args, nargs, kwnames, {"", "start"}, 1, a, 1);
  Ref<> total = a[1] ? Ref<>::borrow(a[1]) : int_from(0);
  if (is_str(total.get()))
    raise(&exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_bytes(total.get()))
    raise(&exc::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  Ref<> it = get_iter(a[0]);
  // Fast paths: exact small ints; then exact floats (and ints mixed in),
  // added with Neumaier's compensated summation as CPython 3.12+ does
  // (sum([0.1] * 10) == 1.0); else generic addition.
  while (Ref<> item = iter_next(it.get())) {
    Object* x = item.get();
    if (is_exact_int(total.get()) && is_exact_int(x) && int_is_small(total.get()) && int_is_small(x)) {
      int64_t r;
      if (!__builtin_add_overflow(int_small_value(total.get()), int_small_value(x), &r)) {
        total = int_from(r);
        continue;
      }
    }
    if (is_float(total.get()) && is_float(x)) {
      double sum = float_value(total.get()), compensation = 0.0;
      auto add = [&](double v) {
        double t = sum + v;
        if (std::fabs(sum) >= std::fabs(v)) compensation += (sum - t) + v;
        else compensation += (v - t) + sum;
        sum = t;
      };
      add(float_value(x));
      Ref<> rest;
      while ((rest = iter_next(it.get()))) {
        Object* y = rest.get();
        if (is_float(y)) { add(float_value(y)); continue; }
        if (is_exact_int(y) && int_is_small(y) && std::llabs(int_small_value(y)) < (int64_t{1} << 53)) {
          add(static_cast<double>(int_small_value(y)));
          continue;
        }
        break;
      }
      // Compensation is not applied when the sum overflowed to infinity.
      total = float_from(std::isfinite(compensation) ? sum + compensation : sum);
      if (!rest) break;
      total = binary_op(total.get(), rest.get(), BinaryOp::Add);
      continue;
    }
    total = binary_op(total.get(), x, BinaryOp::Add);
  }
  return total;
}

Ref<> builtin_sorted(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs != 1) raisef(&exc::TypeError, "sorted expected 1 argument, got %zu", nargs);
  Object* key = nullptr;
  bool reverse = false;
  size_t nkw = kwnames_count(kwnames);
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view kw = str_view(tuple_item(kwnames, static_cast<int64_t>(i)));
    Object* v = args[nargs + i];
    if (kw == "key") key = v == kNone ? nullptr : v;
    else if (kw == "reverse") reverse = truthy(v);
    else raisef(&exc::TypeError, "sort() got an unexpected keyword argument '%.*s'",
                static_cast<int>(kw.size()), kw.data());
  }
  Ref<> result = sequence_to_list(args[0]);
  list_sort(static_cast<List*>(result.get()), key, reverse);
  return result;
}

Ref<> builtin_any(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("any", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "any() takes exactly one argument (%zu given)", nargs);
  Ref<> it = get_iter(args[0]);
  while (Ref<> item = iter_next(it.get()))
    if (truthy(item.get())) return py_bool(true);
  return py_bool(false);
}

Ref<> builtin_all(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("all", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "all() takes exactly one argument (%zu given)", nargs);
  Ref<> it = get_iter(args[0]);
  while (Ref<> item = iter_next(it.get()))
    if (!truthy(item.get())) return py_bool(false);
  return py_bool(true);
}

Ref<> builtin_iter(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("iter", kwnames);
  if (nargs == 1) return get_iter(args[0]);
  if (nargs != 2) raisef(&exc::TypeError, "iter expected at most 2 arguments, got %zu", nargs);
  if (!is_callable(args[0])) raise(&exc::TypeError, "iter(v, w): v must be callable");
  return callable_iter_new(args[0], args[1]);
}

Ref<> builtin_next(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("next", kwnames);
  if (nargs < 1 || nargs > 2) raisef(&exc::TypeError, "next expected at least 1 argument, got %zu", nargs);
  Type* t = type_of(args[0]);
  if (!t->tp_iternext)
    raisef(&exc::TypeError, "'%s' object is not an iterator", type_name(t));
  if (t == &GeneratorType) {
    // A generator's return value travels in StopIteration.value.
    Ref<> returned;
    Ref<> item = generator_send(static_cast<Generator*>(args[0]), kNone, &returned);
    if (item) return item;
    if (nargs == 2) return Ref<>::borrow(args[1]);
    if (returned && returned.get() != kNone) raise_stop_iteration(returned.get());
    raise_empty(&exc::StopIteration);
  }
  Ref<> item = t->tp_iternext(args[0]);
  if (item) return item;
  if (nargs == 2) return Ref<>::borrow(args[1]);
  raise_empty(&exc::StopIteration);
}

}  // namespace

extern const MethodDef kBuiltinIterationFunctions[] = {
    {"min", builtin_min, kMethodPlain, "With a single iterable argument, return its smallest item."},
    {"max", builtin_max, kMethodPlain, "With a single iterable argument, return its biggest item."},
    {"sum", builtin_sum, kMethodPlain, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"sorted", builtin_sorted, kMethodPlain, "Return a new list containing all items from the iterable in ascending order."},
    {"any", builtin_any, kMethodPlain, "Return True if bool(x) is True for any x in the iterable."},
    {"all", builtin_all, kMethodPlain, "Return True if bool(x) is True for all values x in the iterable."},
    {"iter", builtin_iter, kMethodPlain, "Get an iterator from an object."},
    {"next", builtin_next, kMethodPlain, "Return the next item from the iterator."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace ftpy
