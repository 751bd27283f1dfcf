// collections_deque.cpp — collections.deque: a double-ended queue on a ring
// buffer, with its forward and reverse iterators.
//
// Invariants: `buf` has `cap` slots (a power of two, or 0 with buf null);
// the items are buf[(head + i) & (cap - 1)] for 0 <= i < size, each an owned
// non-null reference; 0 <= size <= cap; maxlen < 0 means unbounded, else
// size <= maxlen. `state` is bumped by every mutation so that iterators and
// the comparing methods (count, index, remove) detect a deque changed under
// them (RuntimeError "deque mutated during iteration", as CPython).
//
// Concurrency: every read and mutation of the buffer runs inside the deque's
// critical section (so append/popleft from several threads are each atomic,
// the guarantee CPython documents). Python code (item __eq__, __repr__,
// decref of a removed item) runs outside it.
#include <utility>
#include <vector>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/iterators_common.h"
#include "objects/list.h"
#include "objects/repr_guard.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/modules/collections_internal.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

Type DequeType;

namespace {

Type DequeIterType;     // _collections._deque_iterator
Type DequeRevIterType;  // _collections._deque_reverse_iterator

struct Deque : Object {
  Object** buf = nullptr;
  int64_t cap = 0;
  int64_t head = 0;
  int64_t size = 0;
  int64_t maxlen = -1;
  uint64_t state = 0;
  ~Deque() {
    for (int64_t i = 0; i < size; ++i) decref(buf[(head + i) & (cap - 1)]);
    delete[] buf;
  }
  Object*& at(int64_t i) { return buf[(head + i) & (cap - 1)]; }

  void grow() {
    int64_t ncap = cap ? cap * 2 : 8;
    Object** nbuf = new Object*[static_cast<size_t>(ncap)];
    for (int64_t i = 0; i < size; ++i) nbuf[i] = at(i);
    delete[] buf;
    buf = nbuf;
    cap = ncap;
    head = 0;
  }
  // Raw pushes/pops: take or give up one owned reference. Caller holds the
  // critical section.
  void push_back(Object* o) {
    if (size == cap) grow();
    buf[(head + size) & (cap - 1)] = o;
    ++size;
    ++state;
  }
  void push_front(Object* o) {
    if (size == cap) grow();
    head = (head - 1) & (cap - 1);
    buf[head] = o;
    ++size;
    ++state;
  }
  Object* pop_back() {
    Object* o = at(size - 1);
    --size;
    ++state;
    return o;
  }
  Object* pop_front() {
    Object* o = buf[head];
    head = (head + 1) & (cap - 1);
    --size;
    ++state;
    return o;
  }
};

Deque* as_deque(Object* o) {
  if (!is_instance_of(o, &DequeType))
    raisef(&exc::TypeError, "descriptor requires a 'collections.deque' object but received a '%s'",
           type_name_of(o));
  return static_cast<Deque*>(o);
}

// Snapshot of the items as owned references (for Python-level work outside
// the critical section).
std::vector<Ref<>> snapshot(Deque* d) {
  CriticalSection cs(d);
  std::vector<Ref<>> out;
  out.reserve(static_cast<size_t>(d->size));
  for (int64_t i = 0; i < d->size; ++i) out.push_back(Ref<>::borrow(d->at(i)));
  return out;
}

// append/appendleft keeping maxlen; returns the evicted item (to decref
// after the critical section).
Ref<> push(Deque* d, Object* item, bool left) {
  incref(item);
  CriticalSection cs(d);
  if (d->maxlen == 0) return Ref<>::steal(item);
  Ref<> evicted;
  if (d->maxlen > 0 && d->size >= d->maxlen)
    evicted = Ref<>::steal(left ? d->pop_back() : d->pop_front());
  if (left) d->push_front(item);
  else d->push_back(item);
  return evicted;
}

void extend(Deque* d, Object* iterable, bool left) {
  if (iterable == d) {
    std::vector<Ref<>> items = snapshot(d);
    for (auto& it : items) push(d, it.get(), left);
    return;
  }
  for_each(iterable, [&](Object* item) { push(d, item, left); });
}

void clear(Deque* d) {
  std::vector<Ref<>> dropped;
  {
    CriticalSection cs(d);
    while (d->size) dropped.push_back(Ref<>::steal(d->pop_front()));
  }
}

int64_t normalize_index(Deque* d, Object* key) {
  int64_t i = sequence_index(key, "sequence");
  int64_t n = d->size;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(&exc::IndexError, "deque index out of range");
  return i;
}

// ------------------------------------------------------------------ methods

Ref<> dq_append(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("deque.append", nargs, kwnames);
  push(as_deque(self), args[0], false);
  return none();
}
Ref<> dq_appendleft(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("deque.appendleft", nargs, kwnames);
  push(as_deque(self), args[0], true);
  return none();
}
Ref<> dq_pop_impl(Object* self, size_t nargs, Object* kwnames, bool left) {
  arity_none(left ? "deque.popleft" : "deque.pop", nargs, kwnames);
  Deque* d = as_deque(self);
  CriticalSection cs(d);
  if (d->size == 0) raise(&exc::IndexError, "pop from an empty deque");
  return Ref<>::steal(left ? d->pop_front() : d->pop_back());
}
Ref<> dq_pop(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  return dq_pop_impl(self, nargs, kwnames, false);
}
Ref<> dq_popleft(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  return dq_pop_impl(self, nargs, kwnames, true);
}
Ref<> dq_extend(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("deque.extend", nargs, kwnames);
  extend(as_deque(self), args[0], false);
  return none();
}
Ref<> dq_extendleft(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("deque.extendleft", nargs, kwnames);
  extend(as_deque(self), args[0], true);
  return none();
}
Ref<> dq_clear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("deque.clear", nargs, kwnames);
  clear(as_deque(self));
  return none();
}

Ref<> new_deque_like(Deque* d, const std::vector<Ref<>>& items) {
  Deque* nd = new_object<Deque>(type_of(d));
  Ref<> result = Ref<>::steal(nd);
  nd->maxlen = d->maxlen;
  for (auto& it : items) push(nd, it.get(), false);
  return result;
}

Ref<> dq_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("deque.copy", nargs, kwnames);
  Deque* d = as_deque(self);
  if (!is_type(self, &DequeType)) {
    // A subclass: type(d)(d, maxlen) as CPython.
    Ref<> ml = d->maxlen < 0 ? none() : int_from(d->maxlen);
    return call2(type_of(self), self, ml.get());
  }
  return new_deque_like(d, snapshot(d));
}

Ref<> dq_rotate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_range("rotate", nargs, 0, 1, kwnames);
  int64_t n = nargs ? index_as_int64(args[0]) : 1;
  Deque* d = as_deque(self);
  CriticalSection cs(d);
  if (d->size <= 1) return none();
  int64_t k = n % d->size;
  if (k < 0) k += d->size;
  if (k == 0) return none();
  if (d->size == d->cap) {
    // Full ring: rotating right by k is moving head back by k.
    d->head = (d->head - k) & (d->cap - 1);
    ++d->state;
    return none();
  }
  for (int64_t i = 0; i < k; ++i) d->push_front(d->pop_back());
  return none();
}

Ref<> dq_reverse(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("deque.reverse", nargs, kwnames);
  Deque* d = as_deque(self);
  CriticalSection cs(d);
  for (int64_t i = 0, j = d->size - 1; i < j; ++i, --j) std::swap(d->at(i), d->at(j));
  ++d->state;
  return none();
}

// Finds the first index in [start, stop) whose item == x; -1 if none.
// The whole scan holds the deque's critical section (one atomic operation,
// as CPython's free-threaded build); only a comparison that mutates the
// deque itself (critical sections nest) trips the state check.
int64_t find(Deque* d, Object* x, int64_t start, int64_t stop) {
  CriticalSection cs(d);
  uint64_t state = d->state;
  for (int64_t i = start; i < stop; ++i) {
    if (i >= d->size) return -1;
    Ref<> item = Ref<>::borrow(d->at(i));
    bool equal = eq(item.get(), x);
    if (d->state != state) raise(&exc::RuntimeError, "deque mutated during iteration");
    if (equal) return i;
  }
  return -1;
}

Ref<> dq_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("deque.count", nargs, kwnames);
  Deque* d = as_deque(self);
  int64_t count = 0, start = 0;
  for (;;) {
    int64_t i = find(d, args[0], start, INT64_MAX);
    if (i < 0) break;
    ++count;
    start = i + 1;
  }
  return int_from(count);
}

Ref<> dq_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_range("index", nargs, 1, 3, kwnames);
  Deque* d = as_deque(self);
  int64_t n;
  {
    CriticalSection cs(d);
    n = d->size;
  }
  int64_t start = nargs > 1 ? index_as_int64_clamped(args[1]) : 0;
  int64_t stop = nargs > 2 ? index_as_int64_clamped(args[2]) : n;
  if (start < 0) start = start + n < 0 ? 0 : start + n;
  if (stop < 0) stop = stop + n < 0 ? 0 : stop + n;
  if (stop > n) stop = n;
  int64_t i = find(d, args[0], start, stop);
  if (i < 0) raisef(&exc::ValueError, "%s is not in deque", repr_utf8(args[0]).c_str());
  return int_from(i);
}

Ref<> dq_insert(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_range("insert", nargs, 2, 2, kwnames);
  Deque* d = as_deque(self);
  int64_t i = index_as_int64_clamped(args[0]);
  Object* x = args[1];
  CriticalSection cs(d);
  if (d->maxlen >= 0 && d->size >= d->maxlen) raise(&exc::IndexError, "deque already at its maximum size");
  int64_t n = d->size;
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  incref(x);
  d->push_back(x);
  for (int64_t j = n; j > i; --j) std::swap(d->at(j), d->at(j - 1));
  return none();
}

Ref<> del_at(Deque* d, int64_t i) {
  CriticalSection cs(d);
  for (int64_t j = i; j > 0; --j) std::swap(d->at(j), d->at(j - 1));
  return Ref<>::steal(d->pop_front());
}

Ref<> dq_remove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("deque.remove", nargs, kwnames);
  Deque* d = as_deque(self);
  {
    CriticalSection cs(d);  // find and delete as one operation
    int64_t i = find(d, args[0], 0, INT64_MAX);
    if (i >= 0) {
      del_at(d, i);
      return none();
    }
  }
  raisef(&exc::ValueError, "%s is not in deque", repr_utf8(args[0]).c_str());
}

Ref<> dq_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames);
Ref<> dq_copy_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return dq_copy(self, args, nargs, kwnames);
}

Ref<> dq_maxlen(Object* self) {
  Deque* d = as_deque(self);
  return d->maxlen < 0 ? none() : int_from(d->maxlen);
}

// ------------------------------------------------------------------ slots

// CPython words this with the full dotted type name.
int64_t dq_hash(Object* self) {
  raisef(&exc::TypeError, "unhashable type: '%s'", type_of(self)->name);
}

int64_t dq_length(Object* self) {
  CriticalSection cs(self);  // size is written under it by other threads
  return static_cast<Deque*>(self)->size;
}

Ref<> dq_subscript(Object* self, Object* key) {
  Deque* d = static_cast<Deque*>(self);
  if (is_type(key, &SliceType))
    raise(&exc::TypeError, "sequence index must be integer, not 'slice'");
  CriticalSection cs(d);
  int64_t i = normalize_index(d, key);
  return Ref<>::borrow(d->at(i));
}

void dq_ass_subscript(Object* self, Object* key, Object* value) {
  Deque* d = static_cast<Deque*>(self);
  if (is_type(key, &SliceType))
    raise(&exc::TypeError, "sequence index must be integer, not 'slice'");
  Ref<> old;
  if (!value) {
    int64_t i;
    {
      CriticalSection cs(d);
      i = normalize_index(d, key);
    }
    old = del_at(d, i);
    return;
  }
  CriticalSection cs(d);
  int64_t i = normalize_index(d, key);
  incref(value);
  old = Ref<>::steal(d->at(i));
  d->at(i) = value;
}

bool dq_contains(Object* self, Object* x) {
  return find(static_cast<Deque*>(self), x, 0, INT64_MAX) >= 0;
}

Ref<> dq_repr(Object* self) {
  Deque* d = static_cast<Deque*>(self);
  ReprGuard guard(self);
  if (guard.recursive()) return str_new("[...]");
  std::vector<Ref<>> items = snapshot(d);
  std::string out = collections_short_name(type_of(self));
  out += "([";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += repr_utf8(items[i].get());
  }
  out += ']';
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  out += ')';
  return str_new(out);
}

Ref<> dq_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_instance_of(a, &DequeType) || !is_instance_of(b, &DequeType)) return not_implemented();
  std::vector<Ref<>> x = snapshot(static_cast<Deque*>(a)), y = snapshot(static_cast<Deque*>(b));
  std::vector<Object*> xa, ya;
  for (auto& r : x) xa.push_back(r.get());
  for (auto& r : y) ya.push_back(r.get());
  return sequence_richcompare(xa.data(), static_cast<int64_t>(xa.size()), ya.data(),
                              static_cast<int64_t>(ya.size()), op);
}

Ref<> dq_add(Object* a, Object* b) {
  if (!is_instance_of(a, &DequeType)) return not_implemented();
  if (!is_instance_of(b, &DequeType))
    raisef(&exc::TypeError, "can only concatenate deque (not \"%s\") to deque", type_name_of(b));
  std::vector<Ref<>> items = snapshot(static_cast<Deque*>(a));
  std::vector<Ref<>> more = snapshot(static_cast<Deque*>(b));
  for (auto& r : more) items.push_back(r);
  return new_deque_like(static_cast<Deque*>(a), items);
}

Ref<> dq_iadd(Object* a, Object* b) {
  extend(as_deque(a), b, false);
  return Ref<>::borrow(a);
}

Ref<> repeat_into(Deque* target, const std::vector<Ref<>>& items, int64_t n) {
  for (int64_t k = 0; k < n; ++k)
    for (auto& it : items) push(target, it.get(), false);
  return Ref<>::borrow(target);
}

Ref<> dq_mul(Object* a, Object* b) {
  Object* dq = is_instance_of(a, &DequeType) ? a : b;
  Object* count = dq == a ? b : a;
  if (!has_index(count)) return not_implemented();
  int64_t n = index_as_int64_clamped(count);
  Deque* d = static_cast<Deque*>(dq);
  std::vector<Ref<>> items = snapshot(d);
  Ref<> result = new_deque_like(d, {});
  return repeat_into(static_cast<Deque*>(result.get()), items, n);
}

Ref<> dq_imul(Object* a, Object* b) {
  if (!has_index(b)) return not_implemented();
  int64_t n = index_as_int64_clamped(b);
  Deque* d = static_cast<Deque*>(a);
  std::vector<Ref<>> items = snapshot(d);
  if (n <= 0) {
    clear(d);
    return Ref<>::borrow(a);
  }
  return repeat_into(d, items, n - 1);
}

void dq_traverse(Object* self, VisitFn visit, void* arg) {
  Deque* d = static_cast<Deque*>(self);
  for (int64_t i = 0; i < d->size; ++i) visit(d->at(i), arg);
}

void dq_clear_slot(Object* self) { clear(static_cast<Deque*>(self)); }

Ref<> dq_new(Type* type, Object* const*, size_t, Object*) {
  return Ref<>::steal(new_object<Deque>(type));
}

void dq_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("deque", args, nargs, kwnames, {"iterable", "maxlen"}, 0, a);
  Deque* d = as_deque(self);
  int64_t maxlen = -1;
  if (a[1] && a[1] != kNone) {
    maxlen = index_as_int64(a[1]);
    if (maxlen < 0) raise(&exc::ValueError, "maxlen must be non-negative");
  }
  {
    CriticalSection cs(d);
    d->maxlen = maxlen;
  }
  if (d->size) clear(d);
  if (a[0]) extend(d, a[0], false);
}

// ---------------------------------------------------------------- iterators

// index, state and done are read and written only in the deque's critical
// section (an iterator may be shared between threads); `deque` is kept
// until the iterator is freed.
struct DequeIter : Object {
  Ref<> deque;
  int64_t index = 0;
  uint64_t state = 0;
  bool done = false;
};

Ref<> make_iter(Deque* d, Type* type) {
  DequeIter* it = new_object<DequeIter>(type);
  Ref<> result = Ref<>::steal(it);
  it->deque = Ref<>::borrow(d);
  CriticalSection cs(d);
  it->state = d->state;
  return result;
}

Ref<> dq_iter(Object* self) { return make_iter(static_cast<Deque*>(self), &DequeIterType); }

Ref<> dq_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("deque.__reversed__", nargs, kwnames);
  return make_iter(as_deque(self), &DequeRevIterType);
}

Ref<> iter_next_impl(Object* self, bool reverse) {
  DequeIter* it = static_cast<DequeIter*>(self);
  Deque* d = static_cast<Deque*>(it->deque.get());
  Ref<> item;
  {
    CriticalSection cs(d);
    if (it->done) return nullptr;
    if (d->state != it->state) {
      it->index = d->size;  // stays exhausted after the error
      raise(&exc::RuntimeError, "deque mutated during iteration");
    }
    if (it->index < d->size) {
      item = Ref<>::borrow(d->at(reverse ? d->size - 1 - it->index : it->index));
      ++it->index;
    } else {
      it->done = true;
    }
  }
  return item;
}
Ref<> dq_iter_next(Object* self) { return iter_next_impl(self, false); }
Ref<> dq_rev_iter_next(Object* self) { return iter_next_impl(self, true); }

Ref<> dq_iter_length_hint(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("__length_hint__", nargs, kwnames);
  DequeIter* it = static_cast<DequeIter*>(self);
  Deque* d = static_cast<Deque*>(it->deque.get());
  int64_t left;
  {
    CriticalSection cs(d);
    if (it->done) return int_from(0);
    left = d->size - it->index;
  }
  return int_from(left > 0 ? left : 0);
}

void dq_iter_traverse(Object* self, VisitFn visit, void* arg) {
  DequeIter* it = static_cast<DequeIter*>(self);
  if (it->deque) visit(it->deque.get(), arg);
}

const MethodDef kDequeMethods[] = {
    {"append", dq_append, 0, "Add an element to the right side of the deque."},
    {"appendleft", dq_appendleft, 0, "Add an element to the left side of the deque."},
    {"pop", dq_pop, 0, "Remove and return the rightmost element."},
    {"popleft", dq_popleft, 0, "Remove and return the leftmost element."},
    {"extend", dq_extend, 0, "Extend the right side of the deque with elements from the iterable."},
    {"extendleft", dq_extendleft, 0, "Extend the left side of the deque with elements from the iterable."},
    {"clear", dq_clear, 0, "Remove all elements from the deque."},
    {"copy", dq_copy_method, 0, "Return a shallow copy of a deque."},
    {"__copy__", dq_copy_method, 0, "Return a shallow copy of a deque."},
    {"count", dq_count, 0, "Return number of occurrences of value."},
    {"index", dq_index, 0, "Return first index of value."},
    {"insert", dq_insert, 0, "Insert value before index."},
    {"remove", dq_remove, 0, "Remove first occurrence of value."},
    {"reverse", dq_reverse, 0, "Reverse *IN PLACE*."},
    {"rotate", dq_rotate, 0, "Rotate the deque n steps to the right.  If n is negative, rotates left."},
    {"__reversed__", dq_reversed, 0, "Return a reverse iterator over the deque."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kDequeGetSets[] = {
    {"maxlen", dq_maxlen, nullptr, "maximum size of a deque or None if unbounded"},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kDequeIterMethods[] = {
    {"__length_hint__", dq_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

void init_iter(Type* t, const char* name, IterNextFn next) {
  t->name = name;
  t->basicsize = sizeof(DequeIter);
  t->flags |= kTypeHasGc;
  t->tp_dealloc = destroy_object<DequeIter>;
  t->tp_traverse = dq_iter_traverse;
  t->tp_iter = iter_self;
  t->tp_iternext = next;
  t->methods = kDequeIterMethods;
  type_ready(t);
}

}  // namespace

void init_deque_types() {
  Type* t = &DequeType;
  if (type_has_flag(t, kTypeReady)) return;
  t->name = "collections.deque";
  t->basicsize = sizeof(Deque);
  t->flags |= kTypeBaseType | kTypeHasGc;
  t->tp_new = dq_new;
  t->tp_init = dq_init;
  t->tp_dealloc = destroy_object<Deque>;
  t->tp_traverse = dq_traverse;
  t->tp_clear = dq_clear_slot;
  t->tp_repr = dq_repr;
  t->tp_hash = dq_hash;
  t->tp_richcompare = dq_richcompare;
  t->tp_iter = dq_iter;
  t->nb_binary[int(BinaryOp::Add)] = dq_add;
  t->nb_binary[int(BinaryOp::Mul)] = dq_mul;
  t->nb_inplace[int(BinaryOp::Add)] = dq_iadd;
  t->nb_inplace[int(BinaryOp::Mul)] = dq_imul;
  t->mp_length = dq_length;
  t->mp_subscript = dq_subscript;
  t->mp_ass_subscript = dq_ass_subscript;
  t->sq_contains = dq_contains;
  t->methods = kDequeMethods;
  t->getsets = kDequeGetSets;
  t->doc = "A list-like sequence optimized for data accesses near its endpoints.";
  type_ready(t);
  init_iter(&DequeIterType, "_collections._deque_iterator", dq_iter_next);
  init_iter(&DequeRevIterType, "_collections._deque_reverse_iterator", dq_rev_iter_next);
}

}  // namespace ftpy
