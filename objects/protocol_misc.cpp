// protocol_misc.cpp — string forms (repr/str/ascii/format) and type tests
// (isinstance/issubclass/is_subtype) of api.h.
//
// repr() and str() check that the slot returned a str ("__str__ returned
// non-string (type int)"); str() of an exact str is the object itself.
// isinstance with an exact-`type` metaclass never looks up
// __instancecheck__ (it cannot be overridden there), so the common case is
// one MRO scan.
//
// Concurrency: no shared state of its own.
#include <cstdio>
#include <string>

#include "objects/api.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace ftpy {

bool is_subtype(Type* a, Type* b) {
  if (a == b || b == &ObjectType) return true;
  Object* mro = a->mro.get();
  if (mro) {
    int64_t n = tuple_size(mro);
    for (int64_t i = 1; i < n; ++i)
      if (tuple_item(mro, i) == b) return true;
    return false;
  }
  for (Type* k = a->base; k; k = k->base)
    if (k == b) return true;
  return false;
}

bool is_instance_of(Object* o, Type* t) { return is_subtype(type_of(o), t); }

namespace {

// The __instancecheck__/__subclasscheck__ of a metaclass, or null when it is
// type's own (which is the plain MRO test).
Ref<> custom_check(Object* cls, Str* name) {
  Type* meta = type_of(cls);
  if (meta == &TypeType) return {};
  Object* f = type_lookup(meta, name);
  if (!f || f == type_lookup(&TypeType, name)) return {};
  return Ref<>::borrow(f);
}

}  // namespace

bool isinstance(Object* o, Object* cls) {
  if (static_cast<Object*>(type_of(o)) == cls) return true;
  if (type_of(cls) == &TypeType) return is_subtype(type_of(o), static_cast<Type*>(cls));
  if (is_exact_tuple(cls) || is_tuple(cls)) {
    for (int64_t i = 0; i < tuple_size(cls); ++i)
      if (isinstance(o, tuple_item(cls, i))) return true;
    return false;
  }
  if (Ref<> f = custom_check(cls, id::instancecheck)) {
    Ref<> r = call_with_self(f.get(), cls, &o, 1);
    return truthy(r.get());
  }
  if (is_type_object(cls)) return is_subtype(type_of(o), static_cast<Type*>(cls));
  raise(&exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

bool issubclass(Object* derived, Object* cls) {
  if (is_tuple(cls)) {
    for (int64_t i = 0; i < tuple_size(cls); ++i)
      if (issubclass(derived, tuple_item(cls, i))) return true;
    return false;
  }
  if (is_type_object(cls)) {
    if (Ref<> f = custom_check(cls, id::subclasscheck)) {
      Ref<> r = call_with_self(f.get(), cls, &derived, 1);
      return truthy(r.get());
    }
    if (!is_type_object(derived)) raise(&exc::TypeError, "issubclass() arg 1 must be a class");
    return is_subtype(static_cast<Type*>(derived), static_cast<Type*>(cls));
  }
  if (Ref<> f = custom_check(cls, id::subclasscheck)) {
    Ref<> r = call_with_self(f.get(), cls, &derived, 1);
    return truthy(r.get());
  }
  raise(&exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

// ------------------------------------------------------------ string forms

Ref<> repr(Object* o) {
  UnaryFn f = type_of(o)->tp_repr;
  if (!f) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "<%s object at %p>", type_name_of(o), static_cast<void*>(o));
    return str_new(buf);
  }
  Ref<> r = f(o);
  if (!is_str(r.get()))
    raisef(&exc::TypeError, "__repr__ returned non-string (type %s)", type_name_of(r.get()));
  return r;
}

Ref<> str(Object* o) {
  if (is_exact_str(o)) return Ref<>::borrow(o);
  UnaryFn f = type_of(o)->tp_str;
  if (!f) return repr(o);
  Ref<> r = f(o);
  if (!is_str(r.get()))
    raisef(&exc::TypeError, "__str__ returned non-string (type %s)", type_name_of(r.get()));
  return r;
}

Ref<> ascii(Object* o) {
  Ref<> r = repr(o);
  Str* s = static_cast<Str*>(r.get());
  if (s->ascii) return r;
  return str_ascii_escape(s);  // one linear pass (str.h)
}

std::string repr_utf8(Object* o) {
  Ref<> r = repr(o);
  return std::string(str_view(r.get()));
}

std::string str_utf8(Object* o) {
  Ref<> r = str(o);
  return std::string(str_view(r.get()));
}

Ref<> format(Object* value, Object* spec) {
  if (!spec) spec = empty_str();
  if (!is_str(spec))
    raisef(&exc::TypeError, "format() argument 2 must be str, not %s", type_name_of(spec));
  if (str_view(spec).empty()) {
    if (is_exact_str(value)) return Ref<>::borrow(value);
    if (is_exact_int(value)) return str(value);
  }
  bool found = false;
  Ref<> r = call_special(value, id::format, &spec, 1, &found);
  if (!found) raisef(&exc::TypeError, "Type %s doesn't define __format__", type_name_of(value));
  if (!is_str(r.get()))
    raisef(&exc::TypeError, "__format__ must return a str, not %s", type_name_of(r.get()));
  return r;
}

}  // namespace ftpy
