// dict_type.cpp — the dict type object: repr, ==, `in`, d[k] (with
// __missing__ for subclasses), del d[k], | and |=, the constructor and the
// methods (get, setdefault, pop, popitem, update, fromkeys, copy, clear,
// keys/values/items), plus dict_update/dict_merge of the C++ API.
//
// Concurrency: every operation goes through dict.cpp's API, which takes the
// dict's critical section per mutation; update() from another mapping
// inserts item by item (each insertion atomic), as CPython's free-threaded
// build does for non-dict sources.
#include <string>

#include "objects/api.h"
#include "objects/dict.h"
#include "objects/dict_impl.h"
#include "objects/function.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/iterators_common.h"
#include "objects/list.h"
#include "objects/repr_guard.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

Type DictType;

namespace {

Dict* as_dict(Object* o) { return static_cast<Dict*>(o); }

// Iterates the live items of a dict, holding references while `fn` runs.
template <class Fn>
void each_item(Dict* d, Fn&& fn) {
  int64_t pos = 0;
  Ref<> k, v;
  while (dict_next(d, &pos, &k, &v)) fn(k.get(), v.get());
}

// True when `o` is a dict whose iteration is the plain dict iteration (so
// its table can be read directly instead of calling keys()/__getitem__).
bool is_plain_dict_source(Object* o) {
  return is_dict(o) && o->ob_type->tp_iter == DictType.tp_iter;
}

void merge_from_keys(Dict* d, Object* mapping, bool override_existing) {
  Ref<> keys = call_method0(mapping, "keys");
  Ref<> it = get_iter(keys.get());
  while (Ref<> k = iter_next(it.get())) {
    if (!override_existing && dict_contains(d, k.get())) continue;
    Ref<> v = getitem(mapping, k.get());
    dict_set(d, k.get(), v.get());
  }
}

void merge_from_pairs(Dict* d, Object* seq) {
  Ref<> it = get_iter(seq);
  int64_t n = 0;
  while (Ref<> item = iter_next(it.get())) {
    Ref<> pair;
    if (is_tuple(item.get()) || is_list(item.get())) {
      pair = item;
    } else if (item->ob_type->tp_iter || item->ob_type->mp_subscript) {
      Ref<List> l = list_new();
      list_extend(l.get(), item.get());
      pair = std::move(l);
    } else {
      raisef(&exc::TypeError,
             "cannot convert dictionary update sequence element #%lld to a sequence",
             static_cast<long long>(n));
    }
    int64_t len = is_tuple(pair.get()) ? tuple_size(pair.get()) : list_size(pair.get());
    if (len != 2) {
      raisef(&exc::ValueError,
             "dictionary update sequence element #%lld has length %lld; 2 is required",
             static_cast<long long>(n), static_cast<long long>(len));
    }
    if (is_tuple(pair.get())) {
      dict_set(d, tuple_item(pair.get(), 0), tuple_item(pair.get(), 1));
    } else {
      Ref<> k = list_get_item(static_cast<List*>(pair.get()), 0);
      Ref<> v = list_get_item(static_cast<List*>(pair.get()), 1);
      dict_set(d, k.get(), v.get());
    }
    ++n;
  }
}

}  // namespace

void dict_merge(Dict* d, Object* mapping, bool override_existing) {
  if (is_plain_dict_source(mapping)) {
    if (mapping == d) return;
    Dict* src = as_dict(mapping);
    int64_t pos = 0;
    Ref<> k, v;
    int64_t h = 0;
    // The source's stored hash: no __hash__ calls for dict-to-dict merges.
    while (dict_next_hashed(src, &pos, &k, &v, &h)) {
      if (!override_existing && dict_get_hashed(d, k.get(), h)) continue;
      dict_set_hashed(d, k.get(), h, v.get());
    }
    return;
  }
  merge_from_keys(d, mapping, override_existing);
}

void dict_update(Dict* d, Object* other) {
  if (is_plain_dict_source(other)) {
    dict_merge(d, other, true);
  } else {
    Ref<> keys = getattr_or_null(other, id::keys);
    if (keys) {
      merge_from_keys(d, other, true);
    } else {
      merge_from_pairs(d, other);
    }
  }
}

void dict_update_from_args(Dict* d, const char* fname, Object* const* args, size_t nargs,
                           Object* kwnames) {
  arity_range(fname, nargs, 0, 1, nullptr);
  if (nargs == 1) dict_update(d, args[0]);
  size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
  for (size_t i = 0; i < nkw; ++i) {
    dict_set(d, tuple_item(kwnames, static_cast<int64_t>(i)), args[nargs + i]);
  }
}

Ref<> dict_tp_new(Type* type, Object* const*, size_t, Object*) { return dict_new_of_type(type); }

void dict_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  dict_update_from_args(as_dict(self), "dict", args, nargs, kwnames);
}

Ref<> dict_repr(Object* self) {
  Dict* d = as_dict(self);
  if (dict_size(d) == 0) return str_new("{}");
  ReprGuard guard(self);
  if (guard.recursive()) return str_new("{...}");
  std::string out = "{";
  bool first = true;
  each_item(d, [&](Object* k, Object* v) {
    if (!first) out += ", ";
    first = false;
    Ref<> rk = repr(k);
    out += str_view(rk.get());
    out += ": ";
    Ref<> rv = repr(v);
    out += str_view(rv.get());
  });
  out += "}";
  return str_new(out);
}

Ref<> dict_subscript(Object* self, Object* key) {
  Dict* d = as_dict(self);
  if (Ref<> v = dict_get(d, key)) return v;
  if (!is_exact_dict(self)) {
    if (Object* missing = type_lookup(self->ob_type, id::missing)) {
      Object* args[2] = {self, key};
      return call(missing, args, 2);
    }
  }
  raise_key_error(key);
}

namespace {

void dict_ass_subscript(Object* self, Object* key, Object* value) {
  if (value) {
    dict_set(as_dict(self), key, value);
  } else if (!dict_del(as_dict(self), key)) {
    raise_key_error(key);
  }
}

int64_t dict_length(Object* self) { return dict_size(self); }

bool dict_sq_contains(Object* self, Object* key) { return dict_contains(as_dict(self), key); }

Ref<> dict_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return not_implemented();
  }
  bool equal = dict_size(a) == dict_size(b);
  if (equal) {
    int64_t pos = 0;
    Ref<> k, v;
    while (dict_next(as_dict(a), &pos, &k, &v)) {
      Ref<> bv = dict_get(as_dict(b), k.get());
      if (!bv || !eq(v.get(), bv.get())) {
        equal = false;
        break;
      }
    }
  }
  return py_bool(equal == (op == CompareOp::Eq));
}

Ref<> dict_or(Object* a, Object* b) {
  if (!is_dict(a) || !is_dict(b)) return not_implemented();
  Ref<Dict> out = dict_copy(as_dict(a));
  dict_update(out.get(), b);
  return out;
}

Ref<> dict_ior(Object* a, Object* b) {
  dict_update(as_dict(a), b);
  return Ref<>::borrow(a);
}

Ref<> dict_tp_iter(Object* self) { return dict_iter_new(as_dict(self), &DictKeyIterType); }

void dict_dealloc(Object* o) { destroy_object<Dict>(o); }

void dict_traverse(Object* o, VisitFn visit, void* arg) {
  Dict* d = as_dict(o);
  int64_t n = dict_nentries(d);
  for (int64_t i = 0; i < n; ++i) {
    Object *k, *v;
    if (dict_entry_at(d, i, &k, &v)) {
      visit(k, arg);
      visit(v, arg);
    }
  }
}

void dict_tp_clear(Object* o) { dict_clear(as_dict(o)); }

// ------------------------------------------------------------------ methods

Ref<> m_get(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_range("get", nargs, 1, 2, kwnames);
  if (Ref<> v = dict_get(as_dict(self), args[0])) return v;
  return nargs == 2 ? Ref<>::borrow(args[1]) : none();
}

Ref<> m_setdefault(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_range("setdefault", nargs, 1, 2, kwnames);
  return dict_setdefault(as_dict(self), args[0], nargs == 2 ? args[1] : kNone);
}

Ref<> m_pop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_range("pop", nargs, 1, 2, kwnames);
  if (Ref<> v = dict_pop(as_dict(self), args[0])) return v;
  if (nargs == 2) return Ref<>::borrow(args[1]);
  raise_key_error(args[0]);
}

Ref<> m_popitem(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("dict.popitem", nargs, kwnames);
  Ref<> k, v;
  if (!dict_pop_last(as_dict(self), &k, &v)) {
    Ref<> msg = str_new("popitem(): dictionary is empty");
    raise_key_error(msg.get());
  }
  return tuple_pack({k.get(), v.get()});
}

Ref<> m_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  dict_update_from_args(as_dict(self), "update", args, nargs, kwnames);
  return none();
}

Ref<> m_fromkeys(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
  arity_range("fromkeys", nargs, 1, 2, kwnames);
  Object* value = nargs == 2 ? args[1] : kNone;
  Ref<> d = cls == &DictType ? Ref<>(dict_new()) : call0(cls);
  bool fast = is_exact_dict(d.get());
  Ref<> it = get_iter(args[0]);
  while (Ref<> k = iter_next(it.get())) {
    if (fast) dict_set(as_dict(d.get()), k.get(), value); else setitem(d.get(), k.get(), value);
  }
  return d;
}

Ref<> m_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("dict.copy", nargs, kwnames);
  return dict_copy(as_dict(self));
}

Ref<> m_clear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("dict.clear", nargs, kwnames);
  dict_clear(as_dict(self));
  return none();
}

Ref<> m_keys(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("dict.keys", nargs, kwnames);
  return dict_view_new(as_dict(self), &DictKeysType);
}

Ref<> m_values(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("dict.values", nargs, kwnames);
  return dict_view_new(as_dict(self), &DictValuesType);
}

Ref<> m_items(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("dict.items", nargs, kwnames);
  return dict_view_new(as_dict(self), &DictItemsType);
}

Ref<> m_contains(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("dict.__contains__", nargs, kwnames);
  return py_bool(dict_contains(as_dict(self), args[0]));
}

Ref<> m_getitem(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("dict.__getitem__", nargs, kwnames);
  return dict_subscript(self, args[0]);
}

Ref<> m_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("dict.__reversed__", nargs, kwnames);
  return dict_iter_new(as_dict(self), &DictRevKeyIterType);
}

const MethodDef kDictMethods[] = {
    {"__contains__", m_contains, kMethodPlain, "True if the dictionary has the specified key, else False."},
    {"__getitem__", m_getitem, kMethodPlain, "Return self[key]."},
    {"__reversed__", m_reversed, kMethodPlain, "Return a reverse iterator over the dict keys."},
    {"get", m_get, kMethodPlain, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, kMethodPlain,
     "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value "
     "for key if key is in the dictionary, else default."},
    {"pop", m_pop, kMethodPlain,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the "
     "key is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", m_popitem, kMethodPlain,
     "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-"
     "in, first-out) order.\nRaises KeyError if the dict is empty."},
    {"update", m_update, kMethodPlain,
     "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."},
    {"fromkeys", m_fromkeys, kMethodClass,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"copy", m_copy, kMethodPlain, "D.copy() -> a shallow copy of D"},
    {"clear", m_clear, kMethodPlain, "D.clear() -> None.  Remove all items from D."},
    {"keys", m_keys, kMethodPlain, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", m_values, kMethodPlain, "D.values() -> an object providing a view on D's values"},
    {"items", m_items, kMethodPlain, "D.items() -> a set-like object providing a view on D's items"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void init_dict_type() {
  Type* t = &DictType;
  t->name = "dict";
  t->basicsize = sizeof(Dict);
  t->flags |= kTypeBaseType | kTypeDictSubclass | kTypeHasGc;
  t->tp_new = dict_tp_new;
  t->tp_init = dict_tp_init;
  t->tp_dealloc = dict_dealloc;
  t->tp_traverse = dict_traverse;
  t->tp_clear = dict_tp_clear;
  t->tp_repr = dict_repr;
  t->tp_hash = nullptr;  // unhashable: type_ready sets __hash__ = None (tp_richcompare is set)
  t->tp_richcompare = dict_richcompare;
  t->tp_iter = dict_tp_iter;
  t->nb_binary[int(BinaryOp::Or)] = dict_or;
  t->nb_inplace[int(BinaryOp::Or)] = dict_ior;
  t->mp_length = dict_length;
  t->mp_subscript = dict_subscript;
  t->mp_ass_subscript = dict_ass_subscript;
  t->sq_contains = dict_sq_contains;
  t->methods = kDictMethods;
  t->doc =
      "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a "
      "mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized "
      "as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> "
      "new dictionary initialized with the name=value pairs\n    in the keyword argument list."
      "  For example:  dict(one=1, two=2)";
  type_ready(t);
  init_dict_views();
}

}  // namespace ftpy
