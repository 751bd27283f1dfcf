// type_dictproxy.cpp — mappingproxy: the read-only view of a mapping that
// `K.__dict__` returns (and types.MappingProxyType). Reads go to the wrapped
// mapping; there is no way to write through it.
//
// Concurrency: immutable wrapper; the mapping does its own locking.
#include <string>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace ftpy {

Type MappingProxyType;

namespace {

struct MappingProxy : Object {
  Ref<> mapping;
};

Object* target(Object* o) { return static_cast<MappingProxy*>(o)->mapping.get(); }

Ref<> mp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args("mappingproxy", args, nargs, kwnames, {"mapping"}, 1, a);
  Type* mt = type_of(a[0]);
  if (!mt->mp_subscript || is_list(a[0]) || is_tuple(a[0]))
    raisef(&exc::TypeError, "mappingproxy() argument must be a mapping, not %s",
           type_name_of(a[0]));
  MappingProxy* p = new_object<MappingProxy>(type);
  p->mapping = Ref<>::borrow(a[0]);
  return Ref<>::steal(p);
}

Ref<> mp_getitem(Object* self, Object* key) { return getitem(target(self), key); }
int64_t mp_len(Object* self) { return length(target(self)); }
bool mp_contains(Object* self, Object* key) { return contains(target(self), key); }
Ref<> mp_iter(Object* self) { return get_iter(target(self)); }
Ref<> mp_repr(Object* self) { return str_new("mappingproxy(" + repr_utf8(target(self)) + ")"); }
Ref<> mp_str(Object* self) { return str(target(self)); }
Ref<> mp_richcompare(Object* self, Object* other, CompareOp op) {
  return richcompare(target(self), other, op);
}

Ref<> mp_get(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("get", kwnames);
  check_nargs("get", nargs, 1, 2);
  Object* m = target(self);
  if (is_dict(m)) {
    Ref<> v = dict_get(static_cast<Dict*>(m), args[0]);
    if (v) return v;
    return nargs > 1 ? Ref<>::borrow(args[1]) : none();
  }
  Object* a[2] = {args[0], nargs > 1 ? args[1] : kNone};
  return call_method(m, intern("get"), a, 2);
}
Ref<> mp_keys(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("keys", kwnames);
  check_nargs("keys", nargs, 0, 0);
  return call_method0(target(self), "keys");
}
Ref<> mp_items(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("items", kwnames);
  check_nargs("items", nargs, 0, 0);
  return call_method0(target(self), "items");
}
Ref<> mp_values(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("values", kwnames);
  check_nargs("values", nargs, 0, 0);
  return call_method0(target(self), "values");
}
Ref<> mp_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("copy", kwnames);
  check_nargs("copy", nargs, 0, 0);
  return call_method0(target(self), "copy");
}

const MethodDef kMappingProxyMethods[] = {
    {"get", mp_get, kMethodPlain,
     "Return the value for key if key is in the mapping, else default."},
    {"keys", mp_keys, kMethodPlain, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", mp_items, kMethodPlain,
     "D.items() -> a set-like object providing a view on D's items"},
    {"values", mp_values, kMethodPlain, "D.values() -> an object providing a view on D's values"},
    {"copy", mp_copy, kMethodPlain, "D.copy() -> a shallow copy of D"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref<> mappingproxy_new(Object* mapping) {
  MappingProxy* p = new_object<MappingProxy>(&MappingProxyType);
  p->mapping = Ref<>::borrow(mapping);
  return Ref<>::steal(p);
}

void init_mappingproxy_type() {
  Type& t = MappingProxyType;
  t.name = "mappingproxy";
  t.basicsize = sizeof(MappingProxy);
  t.tp_new = mp_new;
  t.tp_dealloc = destroy_object<MappingProxy>;
  t.tp_repr = mp_repr;
  t.tp_str = mp_str;
  t.tp_iter = mp_iter;
  t.tp_richcompare = mp_richcompare;
  t.mp_subscript = mp_getitem;
  t.mp_length = mp_len;
  t.sq_contains = mp_contains;
  t.methods = kMappingProxyMethods;
  type_ready(&t);
}

}  // namespace ftpy
