// list.cpp — list storage (growth, the C++ list API), the list iterators and
// the list type object. Slots live in list_ops.cpp, methods in
// list_methods.cpp, sorting in list_sort.cpp.
//
// Invariants: items[0..size) are non-null owned references; capacity >= size;
// items == nullptr iff capacity == 0. Growth over-allocates ~12.5% + 6 slots
// (CPython-like), so append is amortised O(1).
//
// Concurrency: every mutation runs inside CriticalSection on the list (two-
// list operations lock both). References that a mutation drops are released
// after the critical section ends, because a __del__ may touch the list.
// Operations whose body runs no Python code (append, insert, pop, store one
// item, copy out) use LeafCriticalSection, which costs nothing while one
// thread runs.
// Single-item reads (list_get_item, the iterators) take no lock
// (FTPY_LOCKFREE_READS): load the items pointer (acquire), bound the index
// by that array's own capacity, load the slot (acquire), try_incref, and
// re-check that the slot still holds the item; on any failure, read again
// under the lock. Old arrays and objects are freed QSBR-delayed, so the
// memory read this way stays valid while the reader is attached. An
// iterator shared between threads keeps its list until it is freed and
// marks exhaustion in its (relaxed atomic) index, as CPython's.
#include "objects/list.h"

#include <atomic>
#include <cstring>

#include "gc/delayed_free.h"
#include "gc/lockfree_reads.h"

#include "objects/api.h"
#include "objects/args.h"
#include "objects/int.h"
#include "objects/dict.h"
#include "objects/iterators.h"
#include "objects/set.h"
#include "objects/iterators_common.h"
#include "objects/list_impl.h"
#include "objects/slice.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/threads/critical_section.h"
#include "runtime/threads/thread_mode.h"

namespace ftpy {

Type ListType;
Type ListIterType;
Type ListRevIterType;

List::~List() {
  Object** arr = items;
  int64_t n = size;
  items = nullptr;
  size = 0;
  capacity = 0;
  for (int64_t i = 0; i < n; ++i) decref(arr[i]);
  list_free_items(arr);
}

// ------------------------------------------------------------------ storage

Object** list_alloc_items(int64_t cap) {
  auto* block = static_cast<int64_t*>(alloc_object(static_cast<size_t>(cap + 1) * sizeof(Object*)));
  block[0] = cap;
  std::memset(block + 1, 0, static_cast<size_t>(cap) * sizeof(Object*));
  return reinterpret_cast<Object**>(block + 1);
}

void list_free_items(Object** items) {
  if (items) free_delayed(reinterpret_cast<int64_t*>(items) - 1);
}

void list_move_slots(Object** dst, Object** src, int64_t n) {
  if (dst < src) {
    for (int64_t i = 0; i < n; ++i) list_store_slot(dst + i, src[i]);
  } else {
    for (int64_t i = n - 1; i >= 0; --i) list_store_slot(dst + i, src[i]);
  }
}

Ref<> list_get_item_locked(List* l, int64_t i) {
  CriticalSection cs(l);
  if (i < 0 || i >= l->size) return nullptr;
  mark_maybe_shared(l->items[i]);  // the next lock-free read of it may then succeed
  return Ref<>::borrow(l->items[i]);
}

namespace {

int64_t grown_capacity(int64_t need, int64_t old_size) {
  int64_t cap = (need + (need >> 3) + 6) & ~int64_t{3};
  if (need - old_size > cap - need) cap = (need + 3) & ~int64_t{3};
  return cap;
}

void set_capacity_locked(List* l, int64_t cap) {
  check_item_count(cap);
  Object** arr = nullptr;
  if (cap > 0) {
    arr = list_alloc_items(cap);
    if (l->size) std::memcpy(arr, l->items, static_cast<size_t>(l->size) * sizeof(Object*));
  }
  Object** old = l->items;
  // release: the copied slots are visible before a reader can load arr.
  std::atomic_ref<Object**>(l->items).store(arr, std::memory_order_release);
  l->capacity = cap;
  list_free_items(old);
}

void maybe_shrink_locked(List* l) {
  if (l->capacity > 16 && l->size < (l->capacity >> 2)) {
    set_capacity_locked(l, grown_capacity(l->size, l->size));
  }
}

}  // namespace

void list_reserve_locked(List* l, int64_t min_capacity) {
  if (min_capacity <= l->capacity) return;
  check_item_count(min_capacity);
  set_capacity_locked(l, grown_capacity(min_capacity, l->size));
}

void list_replace_locked(List* l, int64_t lo, int64_t hi, Object* const* src, int64_t n,
                         std::vector<Object*>* dropped) {
  int64_t removed = hi - lo;
  int64_t delta = n - removed;
  for (int64_t i = lo; i < hi; ++i) dropped->push_back(l->items[i]);
  if (delta > 0) list_reserve_locked(l, l->size + delta);
  int64_t tail = l->size - hi;
  if (delta != 0 && tail > 0) list_move_slots(l->items + hi + delta, l->items + hi, tail);
  for (int64_t i = 0; i < n; ++i) {
    incref(src[i]);
    list_store_slot(&l->items[lo + i], src[i]);
  }
  if (delta < 0) {
    for (int64_t i = l->size + delta; i < l->size; ++i) list_store_slot(&l->items[i], nullptr);
  }
  list_store_size(l, l->size + delta);
  if (delta < 0) maybe_shrink_locked(l);
}

void release_all(std::vector<Object*>& dropped) {
  for (Object* o : dropped) decref(o);
  dropped.clear();
}

Ref<> list_slice_copy(List* l, int64_t lo, int64_t hi) {
  Ref<List> out = list_new(hi > lo ? hi - lo : 0);
  LeafCriticalSection cs(l);
  if (hi > l->size) hi = l->size;
  if (hi > lo) {
    list_reserve_locked(out.get(), hi - lo);
    for (int64_t i = lo; i < hi; ++i) {
      incref(l->items[i]);
      out->items[i - lo] = l->items[i];  // out is still private
    }
    list_store_size(out.get(), hi - lo);
  }
  return out;
}

// ------------------------------------------------------------------ C++ API

Ref<List> list_new_of_type(Type* type) { return Ref<List>::steal(new_object<List>(type)); }

Ref<List> list_new(int64_t size_hint) {
  Ref<List> l = list_new_of_type(&ListType);
  if (size_hint > 0) list_reserve_locked(l.get(), size_hint);
  return l;
}

Ref<List> list_from_array(Object* const* items, int64_t n) {
  Ref<List> l = list_new(n);
  for (int64_t i = 0; i < n; ++i) {
    incref(items[i]);
    l->items[i] = items[i];  // l is still private
  }
  list_store_size(l.get(), n);
  return l;
}

void list_append(List* l, Object* item) {
  LeafCriticalSection cs(l);
  if (l->size == l->capacity) list_reserve_locked(l, l->size + 1);
  incref(item);
  list_store_slot(&l->items[l->size], item);
  list_store_size(l, l->size + 1);
}

void list_extend(List* l, Object* iterable) {
  if (is_list(iterable) || is_tuple(iterable)) {
    std::vector<Object*> none_dropped;
    if (is_list(iterable)) {
      CriticalSection2 cs(l, iterable);
      List* src = static_cast<List*>(iterable);
      int64_t n = src->size;  // snapshot: l.extend(l) doubles once
      list_reserve_locked(l, l->size + n);
      list_replace_locked(l, l->size, l->size, src->items, n, &none_dropped);
    } else {
      CriticalSection cs(l);
      list_replace_locked(l, l->size, l->size, static_cast<Tuple*>(iterable)->items,
                          tuple_size(iterable), &none_dropped);
    }
    return;
  }
  if (is_exact_dict(iterable) || type_of(iterable) == &SetType ||
      type_of(iterable) == &FrozenSetType) {
    // One atomic operation (as CPython's list_extend_dict/_set): no
    // concurrent mutation can make list(d) or sorted(s) fail half-way.
    CriticalSection2 cs(l, iterable);
    int64_t pos = 0;
    Ref<> item;
    if (is_exact_dict(iterable)) {
      while (dict_next(static_cast<Dict*>(iterable), &pos, &item, nullptr)) list_append(l, item.get());
    } else {
      while (set_next(static_cast<Set*>(iterable), &pos, &item)) list_append(l, item.get());
    }
    return;
  }
  Ref<> it = get_iter(iterable);
  while (Ref<> item = iter_next(it.get())) list_append(l, item.get());
}

// A read that other threads may race (out of line: list_get_item's common
// path, inline in list.h, stays a bounds check and a load).
Ref<> list_get_item_concurrent(List* l, int64_t i) {
  if constexpr (!kLockFreeReads) return list_get_item_locked(l, i);
  if (i < 0 || i >= list_size(l)) return nullptr;
  Object** arr = std::atomic_ref<Object**>(l->items).load(std::memory_order_acquire);
  if (arr && i < list_items_capacity(arr)) {
    Object* item = std::atomic_ref<Object*>(arr[i]).load(std::memory_order_acquire);
    if (item && try_incref(item)) {
      if (std::atomic_ref<Object*>(arr[i]).load(std::memory_order_acquire) == item &&
          std::atomic_ref<Object**>(l->items).load(std::memory_order_acquire) == arr)
        return Ref<>::steal(item);
      decref(item);
    }
  }
  return list_get_item_locked(l, i);
}

void list_set_item_in_critical_section(List* l, int64_t i, Object* item) {
  Object* old;
  {
    LeafCriticalSection cs(l);
    if (i < 0 || i >= l->size) raise(&exc::IndexError, "list assignment index out of range");
    incref(item);
    old = l->items[i];
    list_store_slot(&l->items[i], item);
  }
  decref(old);
}

Ref<> list_as_tuple(List* l) {
  LeafCriticalSection cs(l);
  return tuple_from_array(l->items, l->size);
}

void list_insert(List* l, int64_t i, Object* item) {
  LeafCriticalSection cs(l);
  if (i < 0) {
    i += l->size;
    if (i < 0) i = 0;
  }
  if (i > l->size) i = l->size;
  std::vector<Object*> none_dropped;
  list_replace_locked(l, i, i, &item, 1, &none_dropped);
}

Ref<> list_pop(List* l, int64_t i) {
  Object* item;
  {
    LeafCriticalSection cs(l);
    if (l->size == 0) raise(&exc::IndexError, "pop from empty list");
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) raise(&exc::IndexError, "pop index out of range");
    item = l->items[i];
    int64_t tail = l->size - i - 1;
    if (tail > 0) list_move_slots(l->items + i, l->items + i + 1, tail);
    list_store_slot(&l->items[l->size - 1], nullptr);
    list_store_size(l, l->size - 1);
    maybe_shrink_locked(l);
  }
  return Ref<>::steal(item);
}

void list_clear(List* l) {
  Object** arr;
  int64_t n;
  {
    CriticalSection cs(l);
    arr = l->items;
    n = l->size;
    std::atomic_ref<Object**>(l->items).store(nullptr, std::memory_order_release);
    list_store_size(l, 0);
    l->capacity = 0;
  }
  for (int64_t i = 0; i < n; ++i) decref(arr[i]);
  list_free_items(arr);
}

void list_reverse(List* l) {
  LeafCriticalSection cs(l);
  for (int64_t i = 0, j = l->size - 1; i < j; ++i, --j) {
    Object* a = l->items[i];
    list_store_slot(&l->items[i], l->items[j]);
    list_store_slot(&l->items[j], a);
  }
}

// ------------------------------------------------------------------ type

Ref<> list_tp_new(Type* type, Object* const*, size_t, Object*) { return list_new_of_type(type); }

void list_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && kwnames_count(kwnames)) raise(&exc::TypeError, "list() takes no keyword arguments");
  arity_range("list", nargs, 0, 1, nullptr);
  List* l = static_cast<List*>(self);
  if (l->size) list_clear(l);
  if (nargs == 1) list_extend(l, args[0]);
}

namespace {

void list_dealloc(Object* o) { destroy_object<List>(o); }

void list_traverse(Object* o, VisitFn visit, void* arg) {
  List* l = static_cast<List*>(o);
  for (int64_t i = 0; i < l->size; ++i) visit(l->items[i], arg);
}

void list_tp_clear(Object* o) { list_clear(static_cast<List*>(o)); }

int64_t list_length(Object* self) { return list_size(self); }

// ------------------------------------------------------------------ iterators

// The index is a relaxed atomic (an iterator may be shared between
// threads: each next() then yields some item, never crashes); -1 marks an
// exhausted iterator. `seq` is kept until the iterator is freed, so no
// thread can drop the list under another.
struct ListIter : Object {
  Ref<> seq;
  int64_t index = 0;  // next index (forward) or current index (reverse); -1: exhausted
};

inline int64_t iter_index(ListIter* it) {
  return std::atomic_ref<int64_t>(it->index).load(std::memory_order_relaxed);
}
inline void set_iter_index(ListIter* it, int64_t i) {
  std::atomic_ref<int64_t>(it->index).store(i, std::memory_order_relaxed);
}

Ref<> list_iter(Object* self) {
  ListIter* it = new_object<ListIter>(&ListIterType);
  it->seq = Ref<>::borrow(self);
  return Ref<>::steal(it);
}

Ref<> list_iter_next(Object* self) {
  auto* it = static_cast<ListIter*>(self);
  int64_t i = iter_index(it);
  if (i < 0) return nullptr;
  if (Ref<> item = list_get_item(static_cast<List*>(it->seq.get()), i)) {
    set_iter_index(it, i + 1);
    return item;
  }
  set_iter_index(it, -1);
  return nullptr;
}

Ref<> list_iter_length_hint(Object* self, Object* const*, size_t, Object*) {
  auto* it = static_cast<ListIter*>(self);
  int64_t i = iter_index(it);
  if (i < 0) return int_from(0);
  int64_t n = list_size(it->seq.get()) - i;
  return int_from(n > 0 ? n : 0);
}

Ref<> list_rev_iter_next(Object* self) {
  auto* it = static_cast<ListIter*>(self);
  int64_t i = iter_index(it);
  if (i < 0) return nullptr;
  if (Ref<> item = list_get_item(static_cast<List*>(it->seq.get()), i)) {
    set_iter_index(it, i - 1);
    return item;
  }
  set_iter_index(it, -1);
  return nullptr;
}

Ref<> list_rev_iter_length_hint(Object* self, Object* const*, size_t, Object*) {
  auto* it = static_cast<ListIter*>(self);
  int64_t i = iter_index(it);
  if (i < 0 || i >= list_size(it->seq.get())) return int_from(0);
  return int_from(i + 1);
}

void list_iter_dealloc(Object* o) { destroy_object<ListIter>(o); }
void list_iter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* it = static_cast<ListIter*>(o);
  if (it->seq) visit(it->seq.get(), arg);
}

const MethodDef kListIterMethods[] = {
    {"__length_hint__", list_iter_length_hint, kMethodPlain,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kListRevIterMethods[] = {
    {"__length_hint__", list_rev_iter_length_hint, kMethodPlain,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

void init_iter_type(Type* t, const char* name, IterNextFn next, const MethodDef* methods) {
  t->name = name;
  t->basicsize = sizeof(ListIter);
  t->flags |= kTypeHasGc;
  t->tp_dealloc = list_iter_dealloc;
  t->tp_traverse = list_iter_traverse;
  t->tp_iter = iter_self;
  t->tp_iternext = next;
  t->methods = methods;
  type_ready(t);
}

}  // namespace

Ref<> list_reversed_iter(List* l) {
  ListIter* it = new_object<ListIter>(&ListRevIterType);
  it->seq = Ref<>::borrow(l);
  it->index = list_size(l) - 1;
  return Ref<>::steal(it);
}

void init_list_type() {
  Type* t = &ListType;
  t->name = "list";
  t->basicsize = sizeof(List);
  t->flags |= kTypeBaseType | kTypeListSubclass | kTypeHasGc;
  t->tp_new = list_tp_new;
  t->tp_init = list_tp_init;
  t->tp_dealloc = list_dealloc;
  t->tp_traverse = list_traverse;
  t->tp_clear = list_tp_clear;
  t->tp_repr = list_repr;
  t->tp_hash = nullptr;  // unhashable: type_ready sets __hash__ = None (tp_richcompare is set)
  t->tp_richcompare = list_richcompare;
  t->tp_iter = list_iter;
  t->nb_binary[int(BinaryOp::Add)] = list_add;
  t->nb_binary[int(BinaryOp::Mul)] = list_mul;
  t->nb_inplace[int(BinaryOp::Add)] = list_inplace_add;
  t->nb_inplace[int(BinaryOp::Mul)] = list_inplace_mul;
  t->mp_length = list_length;
  t->mp_subscript = list_subscript;
  t->mp_ass_subscript = list_ass_subscript;
  t->sq_contains = list_contains;
  t->methods = kListMethods;
  t->doc =
      "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new "
      "empty list.\nThe argument must be an iterable if specified.";
  type_ready(t);
  init_iter_type(&ListIterType, "list_iterator", list_iter_next, kListIterMethods);
  init_iter_type(&ListRevIterType, "list_reverseiterator", list_rev_iter_next,
                 kListRevIterMethods);
}

}  // namespace ftpy
