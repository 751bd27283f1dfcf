// list_methods.cpp — the Python-visible methods of list (append, extend,
// insert, pop, remove, index, count, clear, copy, reverse, sort,
// __reversed__, __getitem__), with CPython 3.13's argument messages.
//
// Concurrency: each method is one atomic operation through the list API
// (list.cpp), which takes the list's critical section. Methods that compare
// items (remove, index, count) hold it for the whole scan, as CPython's
// free-threaded build does; __eq__ runs inside it (it may re-enter the list:
// critical sections nest), and the scan re-reads the size at every step,
// so a comparison that mutates the list behaves as under CPython's GIL.
#include <cstring>
#include <string_view>
#include <vector>

#include "objects/api.h"
#include "objects/int.h"
#include "objects/iterators_common.h"
#include "objects/list.h"
#include "objects/list_impl.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

namespace {

List* as_list(Object* o) { return static_cast<List*>(o); }

Ref<> m_append(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("list.append", nargs, kwnames);
  list_append(as_list(self), args[0]);
  return none();
}

Ref<> m_extend(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("list.extend", nargs, kwnames);
  list_extend(as_list(self), args[0]);
  return none();
}

Ref<> m_insert(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_range("insert", nargs, 2, 2, kwnames);
  list_insert(as_list(self), index_as_int64(args[0]), args[1]);
  return none();
}

Ref<> m_pop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_range("pop", nargs, 0, 1, kwnames);
  int64_t i = nargs ? index_as_int64(args[0]) : -1;
  return list_pop(as_list(self), i);
}

Ref<> m_remove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("list.remove", nargs, kwnames);
  List* l = as_list(self);
  std::vector<Object*> dropped;
  bool found = false;
  {
    CriticalSection cs(l);
    for (int64_t i = 0; i < l->size; ++i) {
      Ref<> x = Ref<>::borrow(l->items[i]);
      if (eq(x.get(), args[0])) {
        if (i < l->size) list_replace_locked(l, i, i + 1, nullptr, 0, &dropped);
        found = true;
        break;
      }
    }
  }
  release_all(dropped);
  if (!found) raise(&exc::ValueError, "list.remove(x): x not in list");
  return none();
}

int64_t bound_arg(Object* o, int64_t len) {
  int64_t v = slice_index_arg(o);
  if (v < 0) {
    v += len;
    if (v < 0) v = 0;
  }
  return v;
}

Ref<> m_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_range("index", nargs, 1, 3, kwnames);
  List* l = as_list(self);
  int64_t start = nargs > 1 ? bound_arg(args[1], list_size(l)) : 0;
  int64_t stop = nargs > 2 ? bound_arg(args[2], list_size(l)) : INT64_MAX;
  {
    CriticalSection cs(l);
    for (int64_t i = start; i < stop && i < l->size; ++i) {
      Ref<> x = Ref<>::borrow(l->items[i]);
      if (eq(x.get(), args[0])) return int_from(i);
    }
  }
  Ref<> r = repr(args[0]);
  raisef(&exc::ValueError, "%s is not in list", str_view(r.get()).data());
}

Ref<> m_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("list.count", nargs, kwnames);
  List* l = as_list(self);
  int64_t n = 0;
  {
    CriticalSection cs(l);
    for (int64_t i = 0; i < l->size; ++i) {
      Ref<> x = Ref<>::borrow(l->items[i]);
      n += eq(x.get(), args[0]);
    }
  }
  return int_from(n);
}

Ref<> m_clear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("list.clear", nargs, kwnames);
  list_clear(as_list(self));
  return none();
}

Ref<> m_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("list.copy", nargs, kwnames);
  return list_slice_copy(as_list(self), 0, list_size(self));
}

Ref<> m_reverse(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("list.reverse", nargs, kwnames);
  list_reverse(as_list(self));
  return none();
}

Ref<> m_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("list.__reversed__", nargs, kwnames);
  return list_reversed_iter(as_list(self));
}

Ref<> m_getitem(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("list.__getitem__", nargs, kwnames);
  return list_subscript(self, args[0]);
}

Ref<> m_sort(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs) raise(&exc::TypeError, "sort() takes no positional arguments");
  Object* key = nullptr;
  bool reverse = false;
  size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view name = str_view(tuple_item(kwnames, static_cast<int64_t>(i)));
    Object* value = args[nargs + i];  // keyword values follow the positionals
    if (name == "key") {
      key = value == kNone ? nullptr : value;
    } else if (name == "reverse") {
      reverse = index_as_int64(value) != 0;
    } else {
      raisef(&exc::TypeError, "sort() got an unexpected keyword argument '%.*s'",
             static_cast<int>(name.size()), name.data());
    }
  }
  list_sort(as_list(self), key, reverse);
  return none();
}

}  // namespace

const MethodDef kListMethods[] = {
    {"append", m_append, kMethodPlain, "Append object to the end of the list."},
    {"extend", m_extend, kMethodPlain, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, kMethodPlain, "Insert object before index."},
    {"pop", m_pop, kMethodPlain,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty "
     "or index is out of range."},
    {"remove", m_remove, kMethodPlain,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", m_index, kMethodPlain,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", m_count, kMethodPlain, "Return number of occurrences of value."},
    {"clear", m_clear, kMethodPlain, "Remove all items from list."},
    {"copy", m_copy, kMethodPlain, "Return a shallow copy of the list."},
    {"reverse", m_reverse, kMethodPlain, "Reverse *IN PLACE*."},
    {"sort", m_sort, kMethodPlain,
     "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the "
     "list itself is modified) and stable (i.e. the\norder of two equal elements is "
     "maintained)."},
    {"__reversed__", m_reversed, kMethodPlain, "Return a reverse iterator over the list."},
    {"__getitem__", m_getitem, kMethodPlain, "Return self[index]."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace ftpy
