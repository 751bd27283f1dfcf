// range.cpp — the range type: construction (arbitrary-size ints), len,
// indexing and slicing (a slice of a range is a range), `in` in O(1) for
// ints, count/index, ==, hash, repr, reversed, and the two iterator types
// (int64 counters, or GMP-backed for huge ranges).
//
// Invariants: start/stop/step/length are exact ints; step != 0; length is
// max(0, ceil((stop - start) / step)); `small` iff all four fit in int64,
// and then every item start + i*step (0 <= i < length) fits too.
// Concurrency: ranges and their fields are immutable; iterators belong to
// the thread advancing them.
#include "objects/range.h"

#include <string>

#include "objects/api.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/iterators_common.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace ftpy {

Type RangeType;
Type RangeIterType;
Type LongRangeIterType;

namespace {

using i128 = __int128;

Range* as_range(Object* o) { return static_cast<Range*>(o); }

bool fits64(i128 v) { return v >= INT64_MIN && v <= INT64_MAX; }

Ref<> make_range(Ref<> start, Ref<> stop, Ref<> step) {
  Range* r = new_object<Range>(&RangeType);
  Ref<> owner = Ref<>::steal(r);
  int64_t a, b, c;
  bool done = false;
  if (int_to_int64(start.get(), &a) && int_to_int64(stop.get(), &b) &&
      int_to_int64(step.get(), &c)) {
    i128 len = 0;
    if (c > 0 && a < b) len = (static_cast<i128>(b) - a - 1) / c + 1;
    else if (c < 0 && a > b) len = (static_cast<i128>(a) - b - 1) / (-static_cast<i128>(c)) + 1;
    if (fits64(len)) {
      r->small = true;
      r->istart = a;
      r->istop = b;
      r->istep = c;
      r->ilength = static_cast<int64_t>(len);
      r->length = int_from(r->ilength);
      done = true;
    }
  }
  if (!done) {
    mpz_class a2 = int_to_mpz(start.get()), b2 = int_to_mpz(stop.get()),
              c2 = int_to_mpz(step.get());
    mpz_class len = 0;
    if (c2 > 0 && a2 < b2) len = (b2 - a2 - 1) / c2 + 1;
    else if (c2 < 0 && a2 > b2) len = (a2 - b2 - 1) / (-c2) + 1;
    r->length = int_from_mpz(len);
  }
  r->start = std::move(start);
  r->stop = std::move(stop);
  r->step = std::move(step);
  return owner;
}

Ref<> as_index(Object* o) { return is_exact_int(o) ? Ref<>::borrow(o) : index(o); }

// The item at position i (0 <= i < length) as an int.
Ref<> item_at(Range* r, const mpz_class& i) {
  return int_from_mpz(int_to_mpz(r->start.get()) + i * int_to_mpz(r->step.get()));
}

// ------------------------------------------------------------------ slots

Ref<> range_tp_new(Type*, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) raise(&exc::TypeError, "range() takes no keyword arguments");
  arity_range("range", nargs, 1, 3, nullptr);
  if (nargs == 1) return range_new(nullptr, args[0], nullptr);
  return range_new(args[0], args[1], nargs == 3 ? args[2] : nullptr);
}

Ref<> range_repr(Object* self) {
  Range* r = as_range(self);
  std::string out = "range(" + repr_utf8(r->start.get()) + ", " + repr_utf8(r->stop.get());
  bool unit_step = r->small ? r->istep == 1 : false;
  if (!r->small) {
    int64_t s;
    unit_step = int_to_int64(r->step.get(), &s) && s == 1;
  }
  if (!unit_step) out += ", " + repr_utf8(r->step.get());
  out += ")";
  return str_new(out);
}

int64_t range_length(Object* self) {
  Range* r = as_range(self);
  if (r->small) return r->ilength;
  int64_t n;
  if (!int_to_int64(r->length.get(), &n)) {
    raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
  }
  return n;
}

bool range_bool(Object* self) {
  Range* r = as_range(self);
  return r->small ? r->ilength != 0 : truthy(r->length.get());
}

bool length_is(Range* r, int64_t n) {
  int64_t len;
  return int_to_int64(r->length.get(), &len) && len == n;
}

Ref<> range_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_type(a, &RangeType) || !is_type(b, &RangeType) ||
      (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return not_implemented();
  }
  Range* x = as_range(a);
  Range* y = as_range(b);
  bool equal;
  if (a == b) {
    equal = true;
  } else if (!eq(x->length.get(), y->length.get())) {
    equal = false;
  } else if (length_is(x, 0)) {
    equal = true;
  } else if (!eq(x->start.get(), y->start.get())) {
    equal = false;
  } else if (length_is(x, 1)) {
    equal = true;
  } else {
    equal = eq(x->step.get(), y->step.get());
  }
  return py_bool(equal == (op == CompareOp::Eq));
}

int64_t range_hash(Object* self) {
  Range* r = as_range(self);
  if (length_is(r, 0)) {
    Object* items[3] = {r->length.get(), kNone, kNone};
    return hash_items_xx(items, 3, true);
  }
  if (length_is(r, 1)) {
    Object* items[3] = {r->length.get(), r->start.get(), kNone};
    return hash_items_xx(items, 3, true);
  }
  Object* items[3] = {r->length.get(), r->start.get(), r->step.get()};
  return hash_items_xx(items, 3, true);
}

// Position of int value v in r, or -1 if absent (small ranges).
int64_t position_small(Range* r, int64_t v) {
  if (r->ilength == 0) return -1;
  i128 off = static_cast<i128>(v) - r->istart;
  if (r->istep > 0 ? (v < r->istart || v >= r->istop) : (v > r->istart || v <= r->istop)) {
    return -1;
  }
  if (off % r->istep != 0) return -1;
  return static_cast<int64_t>(off / r->istep);
}

// Position of an int in r as a (possibly big) int, or false if absent.
bool position_of_int(Range* r, Object* v, mpz_class* pos) {
  if (r->small && int_is_small(v)) {
    int64_t p = position_small(r, int_small_value(v));
    if (p < 0) return false;
    *pos = static_cast<long>(p);
    return true;
  }
  mpz_class x = int_to_mpz(v), a = int_to_mpz(r->start.get()), b = int_to_mpz(r->stop.get()),
            c = int_to_mpz(r->step.get());
  bool inside = c > 0 ? (x >= a && x < b) : (x <= a && x > b);
  if (!inside) return false;
  mpz_class off = x - a;
  if (off % c != 0) return false;
  *pos = off / c;
  return true;
}

bool range_contains(Object* self, Object* item) {
  Range* r = as_range(self);
  if (is_int(item)) {
    mpz_class pos;
    return position_of_int(r, item, &pos);
  }
  Ref<> it = get_iter(self);
  while (Ref<> x = iter_next(it.get())) {
    if (eq(x.get(), item)) return true;
  }
  return false;
}

// slice.indices(len) over arbitrary-size ints (for ranges whose length does
// not fit in int64): CPython's clamping rules.
void slice_indices_big(Object* slice, const mpz_class& len, mpz_class* start, mpz_class* stop,
                       mpz_class* step) {
  Slice* s = static_cast<Slice*>(slice);
  auto as_index = [](Object* o) -> mpz_class {
    if (!is_int(o) && !has_index(o))
      raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    return int_to_mpz(index(o).get());
  };
  *step = s->step.get() == kNone ? mpz_class(1) : as_index(s->step.get());
  if (*step == 0) raise(&exc::ValueError, "slice step cannot be zero");
  bool negative = sgn(*step) < 0;
  mpz_class lower = negative ? mpz_class(-1) : mpz_class(0);
  mpz_class upper = negative ? len - 1 : len;
  auto clamp = [&](Object* o, const mpz_class& missing) -> mpz_class {
    if (o == kNone) return missing;
    mpz_class v = as_index(o);
    if (sgn(v) < 0) {
      v += len;
      if (v < lower) v = lower;
    } else if (v > upper) {
      v = upper;
    }
    return v;
  };
  *start = clamp(s->start.get(), negative ? upper : lower);
  *stop = clamp(s->stop.get(), negative ? lower : upper);
}

Ref<> range_slice(Range* r, Object* slice) {
  if (!r->small && !mpz_fits_slong_p(int_to_mpz(r->length.get()).get_mpz_t())) {
    mpz_class start, stop, step;
    slice_indices_big(slice, int_to_mpz(r->length.get()), &start, &stop, &step);
    mpz_class a0 = int_to_mpz(r->start.get()), s0 = int_to_mpz(r->step.get());
    return make_range(int_from_mpz(a0 + start * s0), int_from_mpz(a0 + stop * s0), int_from_mpz(s0 * step));
  }
  int64_t len = range_length(r);
  int64_t start, stop, step, n;
  slice_unpack(slice, len, &start, &stop, &step, &n);
  if (r->small) {
    i128 a = static_cast<i128>(r->istart) + static_cast<i128>(start) * r->istep;
    i128 b = static_cast<i128>(r->istart) + static_cast<i128>(stop) * r->istep;
    i128 c = static_cast<i128>(r->istep) * step;
    if (fits64(a) && fits64(b) && fits64(c)) {
      return range_new_int64(static_cast<int64_t>(a), static_cast<int64_t>(b),
                             static_cast<int64_t>(c));
    }
  }
  mpz_class a0 = int_to_mpz(r->start.get()), s0 = int_to_mpz(r->step.get());
  mpz_class a = a0 + mpz_class(static_cast<long>(start)) * s0;
  mpz_class b = a0 + mpz_class(static_cast<long>(stop)) * s0;
  mpz_class c = s0 * mpz_class(static_cast<long>(step));
  return make_range(int_from_mpz(a), int_from_mpz(b), int_from_mpz(c));
}

Ref<> range_subscript(Object* self, Object* key) {
  Range* r = as_range(self);
  if (is_type(key, &SliceType)) return range_slice(r, key);
  if (r->small && is_exact_int(key) && int_is_small(key)) {
    int64_t i = int_small_value(key);
    if (i < 0) i += r->ilength;
    if (i < 0 || i >= r->ilength) raise(&exc::IndexError, "range object index out of range");
    return int_from(static_cast<int64_t>(static_cast<i128>(r->istart) +
                                         static_cast<i128>(i) * r->istep));
  }
  if (!has_index(key)) {
    raisef(&exc::TypeError, "range indices must be integers or slices, not %s",
           type_name_of(key));
  }
  Ref<> k = as_index(key);
  mpz_class i = int_to_mpz(k.get()), len = int_to_mpz(r->length.get());
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise(&exc::IndexError, "range object index out of range");
  return item_at(r, i);
}

void range_dealloc(Object* o) { destroy_object<Range>(o); }

// ------------------------------------------------------------------ iterators

struct RangeIter : Object {
  int64_t next = 0;
  int64_t step = 0;
  int64_t remaining = 0;
};

struct LongRangeIter : Object {
  mpz_class next;
  mpz_class step;
  mpz_class remaining;
};

Ref<> range_iter_next(Object* self) {
  auto* it = static_cast<RangeIter*>(self);
  if (it->remaining <= 0) return nullptr;
  int64_t v = it->next;
  --it->remaining;
  // Unsigned add: the value after the last item may wrap; it is never used.
  it->next = static_cast<int64_t>(static_cast<uint64_t>(it->next) + static_cast<uint64_t>(it->step));
  return int_from(v);
}

Ref<> range_iter_length_hint(Object* self, Object* const*, size_t, Object*) {
  return int_from(static_cast<RangeIter*>(self)->remaining);
}

Ref<> long_range_iter_next(Object* self) {
  auto* it = static_cast<LongRangeIter*>(self);
  if (it->remaining <= 0) return nullptr;
  Ref<> v = int_from_mpz(it->next);
  it->remaining -= 1;
  it->next += it->step;
  return v;
}

Ref<> long_range_iter_length_hint(Object* self, Object* const*, size_t, Object*) {
  return int_from_mpz(static_cast<LongRangeIter*>(self)->remaining);
}

Ref<> make_iter(Range* r, bool reverse) {
  if (r->small) {
    i128 first = reverse ? static_cast<i128>(r->istart) + static_cast<i128>(r->ilength - 1) * r->istep
                         : r->istart;
    i128 step = reverse ? -static_cast<i128>(r->istep) : r->istep;
    if (r->ilength == 0) first = 0;
    if (fits64(first) && fits64(step)) {
      RangeIter* it = new_object<RangeIter>(&RangeIterType);
      it->next = static_cast<int64_t>(first);
      it->step = static_cast<int64_t>(step);
      it->remaining = r->ilength;
      return Ref<>::steal(it);
    }
  }
  LongRangeIter* it = new_object<LongRangeIter>(&LongRangeIterType);
  Ref<> owner = Ref<>::steal(it);
  mpz_class a = int_to_mpz(r->start.get()), c = int_to_mpz(r->step.get());
  it->remaining = int_to_mpz(r->length.get());
  if (reverse) {
    it->next = it->remaining > 0 ? mpz_class(a + (it->remaining - 1) * c) : a;
    it->step = -c;
  } else {
    it->next = a;
    it->step = c;
  }
  return owner;
}

Ref<> range_iter(Object* self) { return make_iter(as_range(self), false); }

// ------------------------------------------------------------------ methods

Ref<> m_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("range.__reversed__", nargs, kwnames);
  return make_iter(as_range(self), true);
}

Ref<> m_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("range.count", nargs, kwnames);
  if (is_exact_int(args[0]) || is_type(args[0], &BoolType)) {
    return int_from(range_contains(self, args[0]) ? 1 : 0);
  }
  int64_t n = 0;
  Ref<> it = get_iter(self);
  while (Ref<> x = iter_next(it.get())) n += eq(x.get(), args[0]);
  return int_from(n);
}

Ref<> m_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("range.index", nargs, kwnames);
  Range* r = as_range(self);
  if (is_exact_int(args[0]) || is_type(args[0], &BoolType)) {
    mpz_class pos;
    if (position_of_int(r, args[0], &pos)) return int_from_mpz(pos);
  } else {
    int64_t i = 0;
    Ref<> it = get_iter(self);
    while (Ref<> x = iter_next(it.get())) {
      if (eq(x.get(), args[0])) return int_from(i);
      ++i;
    }
  }
  Ref<> rep = repr(args[0]);
  raisef(&exc::ValueError, "%s is not in range", str_view(rep.get()).data());
}

Ref<> get_start(Object* self) { return as_range(self)->start; }
Ref<> get_stop(Object* self) { return as_range(self)->stop; }
Ref<> get_step(Object* self) { return as_range(self)->step; }

const MethodDef kRangeMethods[] = {
    {"__reversed__", m_reversed, kMethodPlain, "Return a reverse iterator."},
    {"count", m_count, kMethodPlain, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, kMethodPlain, "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
    {nullptr, nullptr, 0, nullptr},
};
const GetSetDef kRangeGetSets[] = {
    {"start", get_start, nullptr, nullptr},
    {"stop", get_stop, nullptr, nullptr},
    {"step", get_step, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
const MethodDef kRangeIterMethods[] = {
    {"__length_hint__", range_iter_length_hint, kMethodPlain, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kLongRangeIterMethods[] = {
    {"__length_hint__", long_range_iter_length_hint, kMethodPlain, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

void range_traverse(Object* o, VisitFn visit, void* arg) {
  Range* r = as_range(o);
  visit(r->start.get(), arg);
  visit(r->stop.get(), arg);
  visit(r->step.get(), arg);
  visit(r->length.get(), arg);
}

}  // namespace

Ref<> range_new(Object* start, Object* stop, Object* step) {
  Ref<> a = start ? as_index(start) : int_from(0);
  Ref<> b = as_index(stop);
  Ref<> c = step ? as_index(step) : int_from(1);
  if (int_is_small(c.get()) && int_small_value(c.get()) == 0) {
    raise(&exc::ValueError, "range() arg 3 must not be zero");
  }
  return make_range(std::move(a), std::move(b), std::move(c));
}

Ref<> range_new_int64(int64_t start, int64_t stop, int64_t step) {
  if (step == 0) raise(&exc::ValueError, "range() arg 3 must not be zero");
  return make_range(int_from(start), int_from(stop), int_from(step));
}

void init_range_type() {
  Type* t = &RangeType;
  t->name = "range";
  t->basicsize = sizeof(Range);
  t->tp_new = range_tp_new;
  t->tp_dealloc = range_dealloc;
  t->tp_traverse = range_traverse;
  t->tp_repr = range_repr;
  t->tp_hash = range_hash;
  t->tp_richcompare = range_richcompare;
  t->tp_iter = range_iter;
  t->nb_bool = range_bool;
  t->mp_length = range_length;
  t->mp_subscript = range_subscript;
  t->sq_contains = range_contains;
  t->methods = kRangeMethods;
  t->getsets = kRangeGetSets;
  t->doc =
      "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an "
      "object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) "
      "by step.";
  type_ready(t);

  Type* it = &RangeIterType;
  it->name = "range_iterator";
  it->basicsize = sizeof(RangeIter);
  it->tp_dealloc = [](Object* o) { destroy_object<RangeIter>(o); };
  it->tp_iter = iter_self;
  it->tp_iternext = range_iter_next;
  it->methods = kRangeIterMethods;
  type_ready(it);

  Type* lit = &LongRangeIterType;
  lit->name = "longrange_iterator";
  lit->basicsize = sizeof(LongRangeIter);
  lit->tp_dealloc = [](Object* o) { destroy_object<LongRangeIter>(o); };
  lit->tp_iter = iter_self;
  lit->tp_iternext = long_range_iter_next;
  lit->methods = kLongRangeIterMethods;
  type_ready(lit);
}

}  // namespace ftpy
