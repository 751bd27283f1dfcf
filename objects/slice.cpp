// slice.cpp — the slice type (repr, comparison, hash, indices()) and the
// index helpers sequence types share (slice_unpack, sequence_index).
//
// Invariants: a Slice's three fields are non-null (None stands for omitted).
// Slices are immutable, so any thread may read them without locking.
#include "objects/slice.h"

#include <cstdio>
#include <string>

#include <unistd.h>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/int.h"
#include "objects/iterators_common.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace ftpy {

Type SliceType;

namespace {

Ref<> or_none(Object* o) { return o ? Ref<>::borrow(o) : none(); }

// Converts one slice bound; None yields `dflt`. `msg` names the TypeError.
int64_t slice_bound(Object* o, int64_t dflt, const char* msg) {
  if (o == kNone) return dflt;
  if (is_exact_int(o) && int_is_small(o)) return int_small_value(o);
  if (!has_index(o)) raise(&exc::TypeError, msg);
  return index_as_int64_clamped(o);
}

constexpr const char* kSliceIndexMsg =
    "slice indices must be integers or None or have an __index__ method";

Ref<> slice_repr(Object* self) {
  auto* s = static_cast<Slice*>(self);
  std::string out = "slice(";
  out += repr_utf8(s->start.get());
  out += ", ";
  out += repr_utf8(s->stop.get());
  out += ", ";
  out += repr_utf8(s->step.get());
  out += ")";
  return str_new(out);
}

Ref<> slice_as_tuple(Slice* s) {
  return tuple_pack({s->start.get(), s->stop.get(), s->step.get()});
}

Ref<> slice_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_type(b, &SliceType) || !is_type(a, &SliceType)) return not_implemented();
  Ref<> ta = slice_as_tuple(static_cast<Slice*>(a));
  Ref<> tb = slice_as_tuple(static_cast<Slice*>(b));
  return richcompare(ta.get(), tb.get(), op);
}

int64_t slice_hash(Object* self) {
  auto* s = static_cast<Slice*>(self);
  Object* items[3] = {s->start.get(), s->stop.get(), s->step.get()};
  return hash_items_xx(items, 3, /*mix_length=*/false);
}

Ref<> slice_tp_new(Type*, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames) raise(&exc::TypeError, "slice() takes no keyword arguments");
  arity_range("slice", nargs, 1, 3, nullptr);
  if (nargs == 1) return slice_new(nullptr, args[0], nullptr);
  return slice_new(args[0], args[1], nargs == 3 ? args[2] : nullptr);
}

void slice_dealloc(Object* o) { destroy_object<Slice>(o); }

void slice_traverse(Object* o, VisitFn visit, void* arg) {
  auto* s = static_cast<Slice*>(o);
  visit(s->start.get(), arg);
  visit(s->stop.get(), arg);
  visit(s->step.get(), arg);
}

// slice.indices(length) -> (start, stop, step)
Ref<> slice_indices(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("slice.indices", nargs, kwnames);
  int64_t len = index_as_int64(args[0]);
  if (len < 0) raise(&exc::ValueError, "length should not be negative");
  auto* s = static_cast<Slice*>(self);
  constexpr const char* msg = "slice indices must be integers or have an __index__ method";
  int64_t step = slice_bound(s->step.get(), 1, msg);
  if (step == 0) raise(&exc::ValueError, "slice step cannot be zero");
  int64_t lower = step < 0 ? -1 : 0;
  int64_t upper = step < 0 ? len - 1 : len;
  auto adjust = [&](Object* o, int64_t dflt) {
    if (o == kNone) return dflt;
    int64_t v = slice_bound(o, 0, msg);
    if (v < 0) {
      v += len;
      if (v < lower) v = lower;
    } else if (v > upper) {
      v = upper;
    }
    return v;
  };
  int64_t start = adjust(s->start.get(), step < 0 ? upper : lower);
  int64_t stop = adjust(s->stop.get(), step < 0 ? lower : upper);
  Ref<> a = int_from(start), b = int_from(stop), c = int_from(step);
  return tuple_pack({a.get(), b.get(), c.get()});
}

Ref<> get_start(Object* self) { return static_cast<Slice*>(self)->start; }
Ref<> get_stop(Object* self) { return static_cast<Slice*>(self)->stop; }
Ref<> get_step(Object* self) { return static_cast<Slice*>(self)->step; }

const MethodDef kSliceMethods[] = {
    {"indices", slice_indices, kMethodPlain, "S.indices(len) -> (start, stop, stride)"},
    {nullptr, nullptr, 0, nullptr},
};
const GetSetDef kSliceGetSets[] = {
    {"start", get_start, nullptr, nullptr},
    {"stop", get_stop, nullptr, nullptr},
    {"step", get_step, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref<> slice_new(Object* start, Object* stop, Object* step) {
  Slice* s = new_object<Slice>(&SliceType);
  s->start = or_none(start);
  s->stop = or_none(stop);
  s->step = or_none(step);
  return Ref<>::steal(s);
}

bool has_index(Object* o) { return is_int(o) || o->ob_type->nb_index != nullptr; }

bool slice_has_plain_bounds(Object* slice) {
  auto* s = static_cast<Slice*>(slice);
  for (Object* b : {s->start.get(), s->stop.get(), s->step.get()})
    if (b != kNone && !is_exact_int(b)) return false;
  return true;
}

bool slice_unpack(Object* slice, int64_t len, int64_t* start, int64_t* stop, int64_t* step,
                  int64_t* slicelength) {
  auto* s = static_cast<Slice*>(slice);
  int64_t st = slice_bound(s->step.get(), 1, kSliceIndexMsg);
  if (st == 0) raise(&exc::ValueError, "slice step cannot be zero");
  // Keep -step representable (CPython clamps the same way).
  if (st < -INT64_MAX) st = -INT64_MAX;
  int64_t a = slice_bound(s->start.get(), st < 0 ? INT64_MAX : 0, kSliceIndexMsg);
  int64_t b = slice_bound(s->stop.get(), st < 0 ? INT64_MIN : INT64_MAX, kSliceIndexMsg);
  auto clamp = [&](int64_t& v) {
    if (v < 0) {
      v += len;
      if (v < 0) v = st < 0 ? -1 : 0;
    } else if (v >= len) {
      v = st < 0 ? len - 1 : len;
    }
  };
  clamp(a);
  clamp(b);
  int64_t n = 0;
  if (st < 0) {
    if (b < a) n = (a - b - 1) / (-st) + 1;
  } else if (a < b) {
    n = (b - a - 1) / st + 1;
  }
  *start = a;
  *stop = b;
  *step = st;
  *slicelength = n;
  return true;
}

int64_t sequence_index(Object* key, const char* seq_name) {
  if (is_exact_int(key) && int_is_small(key)) return int_small_value(key);
  if (!has_index(key)) {
    raisef(&exc::TypeError, "%s indices must be integers or slices, not %s", seq_name,
           type_name_of(key));
  }
  Ref<> i = is_int(key) ? Ref<>::borrow(key) : index(key);
  int64_t v;
  if (!int_to_int64(i.get(), &v)) {
    raisef(&exc::IndexError, "cannot fit '%s' into an index-sized integer", type_name_of(key));
  }
  return v;
}

int64_t slice_index_arg(Object* o) {
  return slice_bound(o, 0, "slice indices must be integers or have an __index__ method");
}

int64_t repeat_count(Object* n) {
  if (is_exact_int(n) && int_is_small(n)) return int_small_value(n);
  Ref<> i = is_int(n) ? Ref<>::borrow(n) : index(n);
  int64_t v;
  if (!int_to_int64(i.get(), &v)) {
    raisef(&exc::OverflowError, "cannot fit '%s' into an index-sized integer", type_name_of(n));
  }
  return v;
}

void check_item_count(int64_t n) {
  // Physical memory, read once (thread-safe static initialisation).
  static const uint64_t phys_bytes = [] {
    long pages = sysconf(_SC_PHYS_PAGES);
    long page_size = sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || page_size <= 0) return static_cast<uint64_t>(INT64_MAX);
    return static_cast<uint64_t>(pages) * static_cast<uint64_t>(page_size);
  }();
  if (n < 0 || static_cast<uint64_t>(n) > phys_bytes / sizeof(Object*)) {
    raise_empty(&exc::MemoryError);
  }
}

void init_slice_type() {
  Type* t = &SliceType;
  t->name = "slice";
  t->basicsize = sizeof(Slice);
  t->flags |= kTypeHasGc;
  t->tp_new = slice_tp_new;
  t->tp_dealloc = slice_dealloc;
  t->tp_traverse = slice_traverse;
  t->tp_repr = slice_repr;
  t->tp_hash = slice_hash;
  t->tp_richcompare = slice_richcompare;
  t->methods = kSliceMethods;
  t->getsets = kSliceGetSets;
  t->doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.";
  type_ready(t);
}

}  // namespace ftpy
