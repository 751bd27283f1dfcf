// list_ops.cpp — the list type's slots: repr (with recursion guard),
// comparison, `in`, subscripting with ints and slices (get, set, delete,
// extended slices), and the + * += *= operators.
//
// Concurrency: reads that walk the list re-read size on every step and hold a
// reference to the current item, so a comparison (__eq__) that mutates the
// list cannot make them read freed memory. Mutations run in the list's
// critical section; dropped references are released after it. Those that
// run no Python code (an item store, a repeat, a slice with int or None
// bounds) take a LeafCriticalSection.
#include <cstring>
#include <string>
#include <vector>

#include "objects/api.h"
#include "objects/int.h"
#include "objects/iterators_common.h"
#include "objects/list.h"
#include "objects/list_impl.h"
#include "objects/repr_guard.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

namespace {

List* as_list(Object* o) { return static_cast<List*>(o); }

// A snapshot of `value`'s items for slice assignment: the items of a list or
// tuple (copied when it is `self`, which the assignment modifies), else the
// items of any iterable collected into a new list.
Ref<> items_for_assignment(Object* self, Object* value) {
  if (value == self) return list_slice_copy(as_list(self), 0, list_size(self));
  if (is_list(value) || is_tuple(value)) return Ref<>::borrow(value);
  if (!value->ob_type->tp_iter && !value->ob_type->mp_subscript) {
    raise(&exc::TypeError, "must assign iterable to extended slice");
  }
  Ref<List> tmp = list_new();
  list_extend(tmp.get(), value);
  return tmp;
}

void seq_items(Object* seq, Object* const** items, int64_t* n) {
  if (is_tuple(seq)) {
    *items = static_cast<Tuple*>(seq)->items;
    *n = tuple_size(seq);
  } else {
    *items = as_list(seq)->items;
    *n = list_size(seq);
  }
}

void assign_slice(List* l, Object* slice, Object* value) {
  Ref<> src;
  Object* const* items = nullptr;
  int64_t n = 0;
  if (value) {
    src = items_for_assignment(l, value);
    seq_items(src.get(), &items, &n);
  }
  std::vector<Object*> dropped;
  {
    CriticalSection cs(l);
    int64_t start, stop, step, count;
    slice_unpack(slice, l->size, &start, &stop, &step, &count);
    if (step == 1) {
      if (stop < start) stop = start;
      list_replace_locked(l, start, stop, items, n, &dropped);
    } else if (!value) {
      if (count > 0) {
        // Delete every step-th item: walk in ascending order and compact.
        if (step < 0) {
          start = start + step * (count - 1);
          step = -step;
        }
        int64_t w = start, next = start, removed = 0;
        for (int64_t r = start; r < l->size; ++r) {
          if (r == next && removed < count) {
            dropped.push_back(l->items[r]);
            ++removed;
            next += step;
          } else {
            list_store_slot(&l->items[w++], l->items[r]);
          }
        }
        for (int64_t r = w; r < l->size; ++r) list_store_slot(&l->items[r], nullptr);
        list_store_size(l, w);
      }
    } else {
      if (n != count) {
        raisef(&exc::ValueError,
               "attempt to assign sequence of size %lld to extended slice of size %lld",
               static_cast<long long>(n), static_cast<long long>(count));
      }
      for (int64_t k = 0, i = start; k < count; ++k, i += step) {
        dropped.push_back(l->items[i]);
        incref(items[k]);
        list_store_slot(&l->items[i], items[k]);
      }
    }
  }
  release_all(dropped);
}

}  // namespace

Ref<> list_repr(Object* self) {
  List* l = as_list(self);
  if (l->size == 0) return str_new("[]");
  ReprGuard guard(self);
  if (guard.recursive()) return str_new("[...]");
  std::string out = "[";
  for (int64_t i = 0;; ++i) {
    Ref<> item = list_get_item(l, i);
    if (!item) break;
    if (i) out += ", ";
    Ref<> r = repr(item.get());
    out += str_view(r.get());
  }
  out += "]";
  return str_new(out);
}

Ref<> list_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_list(a) || !is_list(b)) return not_implemented();
  List* x = as_list(a);
  List* y = as_list(b);
  if (x->size != y->size && (op == CompareOp::Eq || op == CompareOp::Ne)) {
    return py_bool(op == CompareOp::Ne);
  }
  int64_t i = 0;
  Ref<> xi, yi;
  for (;; ++i) {
    xi = list_get_item(x, i);
    yi = list_get_item(y, i);
    if (!xi || !yi) break;
    if (!eq(xi.get(), yi.get())) break;
  }
  if (!xi || !yi) {
    int64_t na = x->size, nb = y->size;
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
  return richcompare(xi.get(), yi.get(), op);
}

// One atomic operation, like count/index/remove (list_methods.cpp): a
// concurrent reverse or insert cannot make `x in l` miss an item that stays
// in the list. (CPython 3.13t scans item by item and can.)
bool list_contains(Object* self, Object* item) {
  List* l = as_list(self);
  CriticalSection cs(l);
  for (int64_t i = 0; i < l->size; ++i) {
    Ref<> x = Ref<>::borrow(l->items[i]);
    if (eq(x.get(), item)) return true;
  }
  return false;
}

Ref<> list_subscript(Object* self, Object* key) {
  List* l = as_list(self);
  if (is_exact_int(key) && int_is_small(key)) {
    int64_t i = int_small_value(key);
    if (i < 0) i += list_size(l);
    if (Ref<> item = list_get_item(l, i)) return item;
    raise(&exc::IndexError, "list index out of range");
  }
  if (is_type(key, &SliceType)) {
    // Bounds that are not plain ints may run __index__ inside the section.
    LeafCriticalSection cs(l, slice_has_plain_bounds(key));
    int64_t start, stop, step, n;
    slice_unpack(key, l->size, &start, &stop, &step, &n);
    if (step == 1) return list_slice_copy(l, start, start + n);
    Ref<List> out = list_new(n);
    for (int64_t k = 0, i = start; k < n; ++k, i += step) {
      incref(l->items[i]);
      out->items[k] = l->items[i];  // out is still private
    }
    list_store_size(out.get(), n);
    return out;
  }
  int64_t i = sequence_index(key, "list");
  if (i < 0) i += list_size(l);
  if (Ref<> item = list_get_item(l, i)) return item;
  raise(&exc::IndexError, "list index out of range");
}

void list_ass_subscript(Object* self, Object* key, Object* value) {
  List* l = as_list(self);
  if (is_type(key, &SliceType)) {
    assign_slice(l, key, value);
    return;
  }
  int64_t i = sequence_index(key, "list");
  Object* old;
  {
    LeafCriticalSection cs(l);
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) raise(&exc::IndexError, "list assignment index out of range");
    old = l->items[i];
    if (value) {
      incref(value);
      list_store_slot(&l->items[i], value);
    } else {
      list_move_slots(l->items + i, l->items + i + 1, l->size - i - 1);
      list_store_slot(&l->items[l->size - 1], nullptr);
      list_store_size(l, l->size - 1);
    }
  }
  decref(old);
}

Ref<> list_add(Object* a, Object* b) {
  if (!is_list(a)) return not_implemented();
  if (!is_list(b)) {
    if (type_has_flag(b->ob_type, kTypeHeap) && b->ob_type->nb_binary[int(BinaryOp::Add)]) {
      return not_implemented();
    }
    raisef(&exc::TypeError, "can only concatenate list (not \"%s\") to list", type_name_of(b));
  }
  Ref<List> out = list_new();
  std::vector<Object*> none_dropped;
  CriticalSection2 cs(a, b);
  List* x = as_list(a);
  List* y = as_list(b);
  list_reserve_locked(out.get(), x->size + y->size);
  list_replace_locked(out.get(), 0, 0, x->items, x->size, &none_dropped);
  list_replace_locked(out.get(), x->size, x->size, y->items, y->size, &none_dropped);
  return out;
}

namespace {

// The repeat count of `seq * count`, or raises CPython's TypeError.
bool repeat_operand(Object* count, int64_t* n) {
  if (!has_index(count)) {
    if (type_has_flag(count->ob_type, kTypeHeap) &&
        count->ob_type->nb_binary[int(BinaryOp::Mul)]) {
      return false;
    }
    raisef(&exc::TypeError, "can't multiply sequence by non-int of type '%s'",
           type_name_of(count));
  }
  *n = repeat_count(count);
  if (*n < 0) *n = 0;
  return true;
}

// Appends `times` more copies of items [0, n) of l (which holds them).
void repeat_into_locked(List* l, int64_t n, int64_t times) {
  if (n == 0 || times == 0) return;
  if (times > INT64_MAX / n) raise_empty(&exc::MemoryError);
  list_reserve_locked(l, n * (times + 1));
  for (int64_t r = 0; r < times; ++r) {
    for (int64_t i = 0; i < n; ++i) {
      Object* o = l->items[i];
      incref(o);
      list_store_slot(&l->items[l->size], o);
      list_store_size(l, l->size + 1);
    }
  }
}

}  // namespace

Ref<> list_mul(Object* a, Object* b) {
  Object* seq = is_list(a) ? a : b;
  Object* count = seq == a ? b : a;
  int64_t n;
  if (!repeat_operand(count, &n)) return not_implemented();
  Ref<List> out = list_new();
  List* l = as_list(seq);
  LeafCriticalSection cs(l);
  if (n == 0 || l->size == 0) return out;
  if (n > INT64_MAX / l->size) raise_empty(&exc::MemoryError);
  check_item_count(l->size * n);
  std::vector<Object*> none_dropped;
  list_reserve_locked(out.get(), l->size * n);
  list_replace_locked(out.get(), 0, 0, l->items, l->size, &none_dropped);
  repeat_into_locked(out.get(), l->size, n - 1);
  return out;
}

Ref<> list_inplace_add(Object* a, Object* b) {
  list_extend(as_list(a), b);
  return Ref<>::borrow(a);
}

Ref<> list_inplace_mul(Object* a, Object* b) {
  int64_t n;
  if (!repeat_operand(b, &n)) return not_implemented();
  List* l = as_list(a);
  if (n == 0) {
    list_clear(l);
  } else {
    LeafCriticalSection cs(l);
    if (l->size && n > INT64_MAX / l->size) raise_empty(&exc::MemoryError);
    check_item_count(l->size * n);
    repeat_into_locked(l, l->size, n - 1);
  }
  return Ref<>::borrow(a);
}

}  // namespace ftpy
