// protocol_container.cpp — the container protocol (api.h): len, subscript
// get/set/delete, `in`, iteration (tp_iter, or the old __getitem__ sequence
// protocol through objects/iterators.h's seq iterator), and list()/tuple()
// conversions, with CPython's messages.
//
// Concurrency: each call is atomic per container (the container's slots take
// its critical section); iteration over a shared container sees a
// consistent item per step, as CPython's free-threaded build.
#include "objects/api.h"
#include "objects/identifiers.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace ftpy {

int64_t length(Object* o) {
  if (LenFn f = type_of(o)->mp_length) return f(o);
  raisef(&exc::TypeError, "object of type '%s' has no len()", type_name_of(o));
}

Ref<> getitem(Object* o, Object* key) {
  if (GetItemFn f = type_of(o)->mp_subscript) return f(o, key);
  if (is_type_object(o)) {
    Ref<> cg = getattr_or_null(o, intern("__class_getitem__"));
    if (cg) return call1(cg.get(), key);
    raisef(&exc::TypeError, "type '%s' is not subscriptable", type_name(static_cast<Type*>(o)));
  }
  raisef(&exc::TypeError, "'%s' object is not subscriptable", type_name_of(o));
}

void setitem(Object* o, Object* key, Object* value) {
  SetItemFn f = type_of(o)->mp_ass_subscript;
  if (!f) raisef(&exc::TypeError, "'%s' object does not support item assignment", type_name_of(o));
  f(o, key, value);
}

void delitem(Object* o, Object* key) {
  SetItemFn f = type_of(o)->mp_ass_subscript;
  if (!f) raisef(&exc::TypeError, "'%s' object doesn't support item deletion", type_name_of(o));
  f(o, key, nullptr);
}

bool contains(Object* container, Object* item) {
  Type* t = type_of(container);
  if (t->sq_contains) return t->sq_contains(container, item);
  if (!t->tp_iter && !t->mp_subscript)
    raisef(&exc::TypeError, "argument of type '%s' is not iterable", type_name_of(container));
  Ref<> it = get_iter(container);
  while (Ref<> x = iter_next(it.get())) {
    if (x.get() == item || eq(x.get(), item)) return true;
  }
  return false;
}

Ref<> get_iter(Object* o) {
  Type* t = type_of(o);
  if (t->tp_iter) {
    Ref<> it = t->tp_iter(o);
    if (!type_of(it.get())->tp_iternext)
      raisef(&exc::TypeError, "iter() returned non-iterator of type '%s'", type_name_of(it.get()));
    return it;
  }
  if (t->mp_subscript && !is_dict(o)) return seq_iter_new(o);
  raisef(&exc::TypeError, "'%s' object is not iterable", type_name_of(o));
}

Ref<> iter_next(Object* it) {
  IterNextFn f = type_of(it)->tp_iternext;
  if (!f) raisef(&exc::TypeError, "'%s' object is not an iterator", type_name_of(it));
  return f(it);
}

Ref<> sequence_to_list(Object* iterable) {
  Ref<List> l = list_new();
  list_extend(l.get(), iterable);
  return l;
}

Ref<> sequence_to_tuple(Object* iterable) {
  if (is_exact_tuple(iterable)) return Ref<>::borrow(iterable);
  if (is_exact_list(iterable)) return list_as_tuple(static_cast<List*>(iterable));
  Ref<List> l = list_new();
  list_extend(l.get(), iterable);
  return list_as_tuple(l.get());
}

}  // namespace ftpy
