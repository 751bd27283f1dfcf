// dict_views.cpp — dict_keys / dict_values / dict_items views and the six
// dict iterator types (keys, values, items; forward and reversed).
//
// Views are dynamic: they hold the dict and read it on every use. keys and
// items views are set-like (==, <, <=, &, |, -, ^, isdisjoint); the set
// operations build a new set (objects/set*.cpp).
//
// Iterators remember the dict's size when created: a size change raises
// RuntimeError "dictionary changed size during iteration" (and keeps
// raising); yielding more items than that size (keys replaced while the size
// stayed equal) raises "dictionary keys changed during iteration", as CPython.
//
// Concurrency: an iterator reads the dict through dict_entry_at, taking
// references before any Python code runs; it is not meant to be advanced by
// two threads at once (no crash, but items may repeat or be skipped).
#include <string>

#include "objects/api.h"
#include "objects/dict.h"
#include "objects/dict_impl.h"
#include "runtime/threads/critical_section.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/iterators_common.h"
#include "objects/list.h"
#include "objects/repr_guard.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace ftpy {

Type DictKeysType;
Type DictValuesType;
Type DictItemsType;
Type DictKeyIterType;
Type DictValueIterType;
Type DictItemIterType;
Type DictRevKeyIterType;
Type DictRevValueIterType;
Type DictRevItemIterType;

namespace {

struct DictView : Object {
  Ref<> dict;
};

// The fields below `dict` are read and written only inside the dict's
// critical section, so an iterator shared between threads stays consistent
// (each next() yields some item or ends); `dict` is kept until the iterator
// is freed.
struct DictIter : Object {
  Ref<> dict;
  bool done = false;      // exhausted (or failed)
  int64_t used = 0;       // the dict's size at creation (-1 after a size error)
  int64_t pos = 0;        // next entry position to look at
  int64_t remaining = 0;  // items still expected
};

enum class Kind { Keys, Values, Items };

Kind kind_of_iter(Type* t) {
  if (t == &DictKeyIterType || t == &DictRevKeyIterType) return Kind::Keys;
  if (t == &DictValueIterType || t == &DictRevValueIterType) return Kind::Values;
  return Kind::Items;
}

bool is_reverse_iter(Type* t) {
  return t == &DictRevKeyIterType || t == &DictRevValueIterType || t == &DictRevItemIterType;
}

Dict* view_dict(Object* view) { return static_cast<Dict*>(static_cast<DictView*>(view)->dict.get()); }

Ref<> dict_iter_next(Object* self) {
  auto* it = static_cast<DictIter*>(self);
  Dict* d = static_cast<Dict*>(it->dict.get());
  bool reverse = is_reverse_iter(self->ob_type);
  Ref<> k, v;
  {
    CriticalSection cs(d);
    if (it->done) return nullptr;
    if (d->used != it->used) {
      it->used = -1;
      it->done = true;
      raise(&exc::RuntimeError, "dictionary changed size during iteration");
    }
    Object *kb = nullptr, *vb = nullptr;
    int64_t n = dict_nentries(d);
    bool found = false;
    if (reverse) {
      if (it->pos >= n) it->pos = n - 1;
      for (; it->pos >= 0; --it->pos) {
        if (dict_entry_at(d, it->pos, &kb, &vb)) { found = true; break; }
      }
    } else {
      for (; it->pos < n; ++it->pos) {
        if (dict_entry_at(d, it->pos, &kb, &vb)) { found = true; break; }
      }
    }
    if (!found) {
      it->done = true;
      return nullptr;
    }
    if (it->remaining <= 0) {
      it->done = true;
      raise(&exc::RuntimeError, "dictionary keys changed during iteration");
    }
    it->pos += reverse ? -1 : 1;
    --it->remaining;
    k = Ref<>::borrow(kb);
    v = Ref<>::borrow(vb);
  }
  switch (kind_of_iter(self->ob_type)) {
    case Kind::Keys: return k;
    case Kind::Values: return v;
    case Kind::Items: break;
  }
  return tuple_pack({k.get(), v.get()});
}

Ref<> dict_iter_length_hint(Object* self, Object* const*, size_t, Object*) {
  auto* it = static_cast<DictIter*>(self);
  Dict* d = static_cast<Dict*>(it->dict.get());
  int64_t remaining;
  {
    CriticalSection cs(d);
    if (it->done || it->used != d->used) return int_from(0);
    remaining = it->remaining;
  }
  return int_from(remaining);
}

void dict_iter_dealloc(Object* o) { destroy_object<DictIter>(o); }
void dict_iter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* it = static_cast<DictIter*>(o);
  if (it->dict) visit(it->dict.get(), arg);
}

// ------------------------------------------------------------------ views

int64_t view_length(Object* self) { return dict_size(view_dict(self)); }

Type* iter_type_for(Type* view_type, bool reverse) {
  if (view_type == &DictKeysType) return reverse ? &DictRevKeyIterType : &DictKeyIterType;
  if (view_type == &DictValuesType) return reverse ? &DictRevValueIterType : &DictValueIterType;
  return reverse ? &DictRevItemIterType : &DictItemIterType;
}

Ref<> view_iter(Object* self) {
  return dict_iter_new(view_dict(self), iter_type_for(self->ob_type, false));
}

Ref<> view_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  arity_none("__reversed__", nargs, kwnames);
  return dict_iter_new(view_dict(self), iter_type_for(self->ob_type, true));
}

Ref<> view_repr(Object* self) {
  ReprGuard guard(self);
  if (guard.recursive()) return str_new("...");
  Ref<List> items = list_new();
  list_extend(items.get(), self);
  Ref<> inner = repr(items.get());
  std::string out = self->ob_type->name;
  out += "(";
  out += str_view(inner.get());
  out += ")";
  return str_new(out);
}

bool keys_contains(Object* self, Object* key) { return dict_contains(view_dict(self), key); }

bool items_contains(Object* self, Object* item) {
  if (!is_tuple(item) || tuple_size(item) != 2) return false;
  Ref<> v = dict_get(view_dict(self), tuple_item(item, 0));
  return v && eq(v.get(), tuple_item(item, 1));
}

bool values_contains(Object* self, Object* value) {
  Dict* d = view_dict(self);
  int64_t pos = 0;
  Ref<> v;
  while (dict_next(d, &pos, nullptr, &v)) {
    if (eq(v.get(), value)) return true;
  }
  return false;
}

bool is_setlike_view(Object* o) {
  return o->ob_type == &DictKeysType || o->ob_type == &DictItemsType;
}

// Every item of `a` is in `b`.
bool all_contained_in(Object* a, Object* b) {
  Ref<> it = get_iter(a);
  while (Ref<> x = iter_next(it.get())) {
    if (!contains(b, x.get())) return false;
  }
  return true;
}

Ref<> view_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_setlike_view(a) || !(is_anyset(b) || is_setlike_view(b))) return not_implemented();
  int64_t na = length(a), nb = length(b);
  bool r = false;
  switch (op) {
    case CompareOp::Eq: r = na == nb && all_contained_in(a, b); break;
    case CompareOp::Ne: r = !(na == nb && all_contained_in(a, b)); break;
    case CompareOp::Lt: r = na < nb && all_contained_in(a, b); break;
    case CompareOp::Le: r = na <= nb && all_contained_in(a, b); break;
    case CompareOp::Gt: r = na > nb && all_contained_in(b, a); break;
    case CompareOp::Ge: r = na >= nb && all_contained_in(b, a); break;
  }
  return py_bool(r);
}

// a OP b for keys/items views: a new set from `a`, combined with iterable b.
template <void (*Combine)(Set*, Object*)>
Ref<> view_setop(Object* a, Object* b) {
  Ref<Set> out = set_from_iterable(&SetType, a);
  Combine(out.get(), b);
  return out;
}

Ref<> view_isdisjoint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  arity_one("isdisjoint", nargs, kwnames);
  Ref<> it = get_iter(args[0]);
  while (Ref<> x = iter_next(it.get())) {
    if (contains(self, x.get())) return py_bool(false);
  }
  return py_bool(true);
}

void view_dealloc(Object* o) { destroy_object<DictView>(o); }
void view_traverse(Object* o, VisitFn visit, void* arg) {
  auto* v = static_cast<DictView*>(o);
  if (v->dict) visit(v->dict.get(), arg);
}

const MethodDef kSetLikeViewMethods[] = {
    {"isdisjoint", view_isdisjoint, kMethodPlain,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", view_reversed, kMethodPlain,
     "Return a reverse iterator over the dict keys."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kValuesViewMethods[] = {
    {"__reversed__", view_reversed, kMethodPlain,
     "Return a reverse iterator over the dict values."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kDictIterMethods[] = {
    {"__length_hint__", dict_iter_length_hint, kMethodPlain,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

void init_view(Type* t, const char* name, ContainsFn contains_fn, bool setlike) {
  t->name = name;
  t->basicsize = sizeof(DictView);
  t->flags |= kTypeHasGc;
  t->tp_dealloc = view_dealloc;
  t->tp_traverse = view_traverse;
  t->tp_repr = view_repr;
  t->tp_iter = view_iter;
  t->mp_length = view_length;
  t->sq_contains = contains_fn;
  if (setlike) {
    t->tp_hash = nullptr;  // unhashable (type_ready sets __hash__ = None)
    t->tp_richcompare = view_richcompare;
    t->nb_binary[int(BinaryOp::And)] = view_setop<set_intersection_update>;
    t->nb_binary[int(BinaryOp::Or)] = view_setop<set_update>;
    t->nb_binary[int(BinaryOp::Sub)] = view_setop<set_difference_update>;
    t->nb_binary[int(BinaryOp::Xor)] = view_setop<set_symmetric_difference_update>;
    t->methods = kSetLikeViewMethods;
  } else {
    t->methods = kValuesViewMethods;
  }
  type_ready(t);
}

void init_iter(Type* t, const char* name) {
  t->name = name;
  t->basicsize = sizeof(DictIter);
  t->flags |= kTypeHasGc;
  t->tp_dealloc = dict_iter_dealloc;
  t->tp_traverse = dict_iter_traverse;
  t->tp_iter = iter_self;
  t->tp_iternext = dict_iter_next;
  t->methods = kDictIterMethods;
  type_ready(t);
}

}  // namespace

Ref<> dict_iter_new(Dict* d, Type* iter_type) {
  DictIter* it = new_object<DictIter>(iter_type);
  it->dict = Ref<>::borrow(d);
  CriticalSection cs(d);
  it->used = d->used;
  it->remaining = d->used;
  it->pos = is_reverse_iter(iter_type) ? dict_nentries(d) - 1 : 0;
  return Ref<>::steal(it);
}

Ref<> dict_view_new(Dict* d, Type* view_type) {
  DictView* v = new_object<DictView>(view_type);
  v->dict = Ref<>::borrow(d);
  return Ref<>::steal(v);
}

void init_dict_views() {
  init_view(&DictKeysType, "dict_keys", keys_contains, true);
  init_view(&DictItemsType, "dict_items", items_contains, true);
  init_view(&DictValuesType, "dict_values", values_contains, false);
  init_iter(&DictKeyIterType, "dict_keyiterator");
  init_iter(&DictValueIterType, "dict_valueiterator");
  init_iter(&DictItemIterType, "dict_itemiterator");
  init_iter(&DictRevKeyIterType, "dict_reversekeyiterator");
  init_iter(&DictRevValueIterType, "dict_reversevalueiterator");
  init_iter(&DictRevItemIterType, "dict_reverseitemiterator");
}

}  // namespace ftpy
