// tuple.cpp — the tuple type: construction, repr, hash, comparison,
// concatenation/repeat, indexing and slicing, count/index, and its iterator.
//
// Invariants: a Tuple's items[0..size) are owned, non-null references once
// construction has finished (only the creating thread sees the null slots).
// The empty tuple is one immortal singleton. Tuples are immutable, so every
// operation here runs without locks and any thread may share them.
#include "objects/tuple.h"

#include <cstdio>
#include <string>
#include <vector>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/iterators_common.h"
#include "objects/list.h"
#include "objects/repr_guard.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/type.h"

namespace ftpy {

Type TupleType;
Type TupleIterType;

Tuple::~Tuple() {
  for (int64_t i = 0; i < size; ++i) xdecref(items[i]);
}

namespace {

struct TupleIter : Object {
  Ref<> seq;          // null once exhausted
  int64_t index = 0;
};

// xxHash64 constants and round (the values CPython 3.8+ uses for tuples, so
// hash((1, 2)) matches CPython).
constexpr uint64_t kXXPrime1 = 11400714785074694791ull;
constexpr uint64_t kXXPrime2 = 14029467366897019727ull;
constexpr uint64_t kXXPrime5 = 2870177450012600261ull;
inline uint64_t rotl31(uint64_t x) { return (x << 31) | (x >> 33); }

}  // namespace

int64_t hash_items_xx(Object* const* items, int64_t n, bool mix_length) {
  uint64_t acc = kXXPrime5;
  for (int64_t i = 0; i < n; ++i) {
    uint64_t lane = static_cast<uint64_t>(hash(items[i]));
    acc += lane * kXXPrime2;
    acc = rotl31(acc);
    acc *= kXXPrime1;
  }
  if (mix_length) acc += static_cast<uint64_t>(n) ^ (kXXPrime5 ^ 3527539ull);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

Tuple* empty_tuple() {
  // Created on first use (C++ guarantees thread-safe initialisation); immortal.
  static Tuple* const empty = [] {
    Tuple* t = new_object<Tuple>(&TupleType);
    t->size = 0;
    t->items[0] = nullptr;
    make_immortal(t);
    return t;
  }();
  return empty;
}

Ref<Tuple> tuple_new_of_type(Type* type, int64_t size) {
  if (size == 0 && type == &TupleType) return Ref<Tuple>::steal(empty_tuple());
  check_item_count(size);
  size_t extra = size > 1 ? static_cast<size_t>(size - 1) * sizeof(Object*) : 0;
  Tuple* t = new_object_extra<Tuple>(type, extra);
  for (int64_t i = 0; i < size; ++i) t->items[i] = nullptr;
  t->size = size;
  return Ref<Tuple>::steal(t);
}

Ref<Tuple> tuple_new(int64_t size) { return tuple_new_of_type(&TupleType, size); }

Ref<Tuple> tuple_from_array(Object* const* items, int64_t n) {
  Ref<Tuple> t = tuple_new(n);
  for (int64_t i = 0; i < n; ++i) {
    incref(items[i]);
    t->items[i] = items[i];
  }
  return t;
}

Ref<Tuple> tuple_pack(std::initializer_list<Object*> items) {
  return tuple_from_array(items.begin(), static_cast<int64_t>(items.size()));
}

Ref<> sequence_richcompare(Object* const* a, int64_t na, Object* const* b, int64_t nb,
                          CompareOp op) {
  if (na != nb && (op == CompareOp::Eq || op == CompareOp::Ne)) {
    return py_bool(op == CompareOp::Ne);
  }
  int64_t n = na < nb ? na : nb;
  int64_t i = 0;
  for (; i < n; ++i) {
    if (!eq(a[i], b[i])) break;
  }
  if (i >= n) {
    bool r = false;
    switch (op) {
      case CompareOp::Lt: r = na < nb; break;
      case CompareOp::Le: r = na <= nb; break;
      case CompareOp::Eq: r = na == nb; break;
      case CompareOp::Ne: r = na != nb; break;
      case CompareOp::Gt: r = na > nb; break;
      case CompareOp::Ge: r = na >= nb; break;
    }
    return py_bool(r);
  }
  if (op == CompareOp::Eq) return py_bool(false);
  if (op == CompareOp::Ne) return py_bool(true);
  return richcompare(a[i], b[i], op);
}

namespace {

Tuple* as_tuple(Object* o) { return static_cast<Tuple*>(o); }

Ref<> tuple_repr(Object* self) {
  Tuple* t = as_tuple(self);
  if (t->size == 0) return str_new("()");
  ReprGuard guard(self);
  if (guard.recursive()) return str_new("(...)");
  std::string out = "(";
  for (int64_t i = 0; i < t->size; ++i) {
    if (i) out += ", ";
    Ref<> r = repr(t->items[i]);
    out += str_view(r.get());
  }
  if (t->size == 1) out += ",";
  out += ")";
  return str_new(out);
}

int64_t tuple_hash(Object* self) {
  Tuple* t = as_tuple(self);
  return hash_items_xx(t->items, t->size, true);
}

Ref<> tuple_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return not_implemented();
  return sequence_richcompare(as_tuple(a)->items, as_tuple(a)->size, as_tuple(b)->items,
                              as_tuple(b)->size, op);
}

int64_t tuple_length(Object* self) { return as_tuple(self)->size; }

bool tuple_contains(Object* self, Object* item) {
  Tuple* t = as_tuple(self);
  for (int64_t i = 0; i < t->size; ++i) {
    if (eq(t->items[i], item)) return true;
  }
  return false;
}

Ref<> tuple_slice(Tuple* t, Object* slice) {
  int64_t start, stop, step, n;
  slice_unpack(slice, t->size, &start, &stop, &step, &n);
  if (n == t->size && step == 1 && is_exact_tuple(t)) return Ref<>::borrow(t);
  Ref<Tuple> out = tuple_new(n);
  for (int64_t i = 0, j = start; i < n; ++i, j += step) {
    incref(t->items[j]);
    out->items[i] = t->items[j];
  }
  return out;
}

Ref<> tuple_subscript(Object* self, Object* key) {
  Tuple* t = as_tuple(self);
  if (is_type(key, &SliceType)) return tuple_slice(t, key);
  int64_t i = sequence_index(key, "tuple");
  if (i < 0) i += t->size;
  if (i < 0 || i >= t->size) raise(&exc::IndexError, "tuple index out of range");
  return Ref<>::borrow(t->items[i]);
}

Ref<> tuple_add(Object* a, Object* b) {
  if (!is_tuple(a)) return not_implemented();  // reflected: tuple only concatenates on the left
  if (!is_tuple(b)) {
    if (type_has_flag(b->ob_type, kTypeHeap) && b->ob_type->nb_binary[int(BinaryOp::Add)]) {
      return not_implemented();
    }
    raisef(&exc::TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name_of(b));
  }
  Tuple* x = as_tuple(a);
  Tuple* y = as_tuple(b);
  if (y->size == 0 && is_exact_tuple(x)) return Ref<>::borrow(x);
  if (x->size == 0 && is_exact_tuple(y)) return Ref<>::borrow(y);
  Ref<Tuple> out = tuple_new(x->size + y->size);
  for (int64_t i = 0; i < x->size; ++i) {
    incref(x->items[i]);
    out->items[i] = x->items[i];
  }
  for (int64_t i = 0; i < y->size; ++i) {
    incref(y->items[i]);
    out->items[x->size + i] = y->items[i];
  }
  return out;
}

Ref<> tuple_mul(Object* a, Object* b) {
  Object* seq = is_tuple(a) ? a : b;
  Object* count = seq == a ? b : a;
  if (!has_index(count)) {
    if (type_has_flag(count->ob_type, kTypeHeap) &&
        count->ob_type->nb_binary[int(BinaryOp::Mul)]) {
      return not_implemented();
    }
    raisef(&exc::TypeError, "can't multiply sequence by non-int of type '%s'",
           type_name_of(count));
  }
  int64_t n = repeat_count(count);
  Tuple* t = as_tuple(seq);
  if (n < 0) n = 0;
  if (n == 1 && is_exact_tuple(t)) return Ref<>::borrow(t);
  if (t->size == 0 || n == 0) return Ref<>::steal(empty_tuple());
  if (n > INT64_MAX / t->size) raise_empty(&exc::MemoryError);
  Ref<Tuple> out = tuple_new(t->size * n);
  int64_t k = 0;
  for (int64_t r = 0; r < n; ++r) {
    for (int64_t i = 0; i < t->size; ++i) {
      incref(t->items[i]);
      out->items[k++] = t->items[i];
    }
  }
  return out;
}

Ref<> tuple_iter(Object* self) {
  TupleIter* it = new_object<TupleIter>(&TupleIterType);
  it->seq = Ref<>::borrow(self);
  return Ref<>::steal(it);
}

Ref<> tuple_iter_next(Object* self) {
  auto* it = static_cast<TupleIter*>(self);
  if (!it->seq) return nullptr;
  Tuple* t = as_tuple(it->seq.get());
  if (it->index < t->size) return Ref<>::borrow(t->items[it->index++]);
  it->seq.reset();
  return nullptr;
}

Ref<> tuple_iter_length_hint(Object* self, Object* const*, size_t, Object*) {
  auto* it = static_cast<TupleIter*>(self);
  if (!it->seq) return int_from(0);
  return int_from(as_tuple(it->seq.get())->size - it->index);
}

void tuple_iter_dealloc(Object* o) { destroy_object<TupleIter>(o); }
void tuple_iter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* it = static_cast<TupleIter*>(o);
  if (it->seq) visit(it->seq.get(), arg);
}

void tuple_dealloc(Object* o) { destroy_object<Tuple>(o); }
void tuple_traverse(Object* o, VisitFn visit, void* arg) {
  Tuple* t = as_tuple(o);
  for (int64_t i = 0; i < t->size; ++i) {
    if (t->items[i]) visit(t->items[i], arg);
  }
}

// Bounds for index()/count() style start/stop arguments (clamped, negative
// values counted from the end).
int64_t clamp_bound(Object* o, int64_t len) {
  int64_t v = slice_index_arg(o);
  if (v < 0) {
    v += len;
    if (v < 0) v = 0;
  }
  return v;
}

Ref<> tuple_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_range("index", nargs, 1, 3, kwnames);
  Tuple* t = as_tuple(self);
  int64_t start = nargs > 1 ? clamp_bound(args[1], t->size) : 0;
  int64_t stop = nargs > 2 ? clamp_bound(args[2], t->size) : t->size;
  for (int64_t i = start; i < stop && i < t->size; ++i) {
    if (eq(t->items[i], args[0])) return int_from(i);
  }
  raise(&exc::ValueError, "tuple.index(x): x not in tuple");
}

Ref<> tuple_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("tuple.count", nargs, kwnames);
  Tuple* t = as_tuple(self);
  int64_t n = 0;
  for (int64_t i = 0; i < t->size; ++i) n += eq(t->items[i], args[0]);
  return int_from(n);
}

Ref<> tuple_getnewargs(Object* self, Object* const*, size_t, Object*) {
  Tuple* t = as_tuple(self);
  Ref<> copy = tuple_from_array(t->items, t->size);
  return tuple_pack({copy.get()});
}

const MethodDef kTupleMethods[] = {
    {"index", tuple_index, kMethodPlain,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", tuple_count, kMethodPlain, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_getnewargs, kMethodPlain, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kTupleIterMethods[] = {
    {"__length_hint__", tuple_iter_length_hint, kMethodPlain,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref<> tuple_tp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames) raise(&exc::TypeError, "tuple() takes no keyword arguments");
  arity_range("tuple", nargs, 0, 1, nullptr);
  if (nargs == 0) return tuple_new_of_type(type, 0);
  Object* src = args[0];
  if (type == &TupleType && is_exact_tuple(src)) return Ref<>::borrow(src);
  // Collect the items first (the iterable may be anything, of unknown length).
  Ref<> items;
  Object* const* arr;
  int64_t n;
  if (is_tuple(src)) {
    arr = as_tuple(src)->items;
    n = as_tuple(src)->size;
  } else {
    Ref<List> l = list_new();
    list_extend(l.get(), src);
    items = Ref<>(std::move(l));
    arr = static_cast<List*>(items.get())->items;
    n = list_size(items.get());
  }
  Ref<Tuple> t = tuple_new_of_type(type, n);
  for (int64_t i = 0; i < n; ++i) {
    incref(arr[i]);
    t->items[i] = arr[i];
  }
  return t;
}

void init_tuple_type() {
  Type* t = &TupleType;
  t->name = "tuple";
  t->basicsize = sizeof(Tuple);
  t->itemsize = sizeof(Object*);
  t->flags |= kTypeBaseType | kTypeTupleSubclass | kTypeHasGc;
  t->tp_new = tuple_tp_new;
  t->tp_dealloc = tuple_dealloc;
  t->tp_traverse = tuple_traverse;
  t->tp_repr = tuple_repr;
  t->tp_hash = tuple_hash;
  t->tp_richcompare = tuple_richcompare;
  t->tp_iter = tuple_iter;
  t->nb_binary[int(BinaryOp::Add)] = tuple_add;
  t->nb_binary[int(BinaryOp::Mul)] = tuple_mul;
  t->mp_length = tuple_length;
  t->mp_subscript = tuple_subscript;
  t->sq_contains = tuple_contains;
  t->methods = kTupleMethods;
  t->doc =
      "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an "
      "empty tuple.\nIf iterable is specified the tuple is initialized from iterable's "
      "items.\n\nIf the argument is a tuple, the return value is the same object.";
  type_ready(t);

  Type* it = &TupleIterType;
  it->name = "tuple_iterator";
  it->basicsize = sizeof(TupleIter);
  it->flags |= kTypeHasGc;
  it->tp_dealloc = tuple_iter_dealloc;
  it->tp_traverse = tuple_iter_traverse;
  it->tp_iter = iter_self;
  it->tp_iternext = tuple_iter_next;
  it->methods = kTupleIterMethods;
  type_ready(it);
  empty_tuple();
}

}  // namespace ftpy
