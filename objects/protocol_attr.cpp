// protocol_attr.cpp — attribute access (api.h): getattr / setattr / delattr,
// the generic __getattribute__ and __setattr__ of `object`, and the method-
// call fast path for LOAD_ATTR.
//
// generic_getattr order (CPython's): a data descriptor found on the type;
// else the instance __dict__; else a non-data descriptor (bound via
// __get__) or plain class attribute; else "not found" (empty Ref). Cost on
// the common paths: one cached type_lookup plus one dict probe, no
// allocation and no interning.
//
// Concurrency: type_lookup is thread-safe (type_cache.cpp); instance dicts
// are Dicts (their own critical sections); a borrowed lookup result is
// turned into a reference before any call can run Python code.
#include "objects/api.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/type.h"
#include "objects/type_internal.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

Ref<> generic_getattr(Object* o, Str* name) {
  Type* t = type_of(o);
  Object* descr = type_lookup(t, name);
  DescrGetFn get = nullptr;
  if (descr) {
    Type* dt = type_of(descr);
    get = dt->tp_descr_get;
    if (get && dt->tp_descr_set) {
      Ref<> keep = Ref<>::borrow(descr);
      return get(descr, o, t);
    }
  }
  if (type_has_flag(t, kTypeManagedDict)) {
    if (Object* d = instance_dict(o)) {
      Ref<> v = dict_get_str(static_cast<Dict*>(d), name);
      if (v) return v;
    }
  }
  if (descr) {
    Ref<> keep = Ref<>::borrow(descr);
    if (get) return get(descr, o, t);
    return keep;
  }
  return {};
}

void generic_setattr(Object* o, Str* name, Object* value) {
  Type* t = type_of(o);
  Ref<> descr = Ref<>::borrow(type_lookup(t, name));
  if (descr) {
    DescrSetFn set = type_of(descr.get())->tp_descr_set;
    if (set) {
      set(descr.get(), o, value);
      return;
    }
  }
  if (type_has_flag(t, kTypeManagedDict)) {
    if (!name->interned) name = intern(name);
    if (value) {
      Dict* d = instance_dict_ensure(o);
      dict_set(d, name, value);
      return;
    }
    Object* d = instance_dict(o);
    if (!d || !dict_del(static_cast<Dict*>(d), name)) raise_attribute_error(o, name);
    return;
  }
  if (descr)
    raisef(&exc::AttributeError, "'%s' object attribute '%s' is read-only", type_name_of(o),
           name->data);
  if (!value) raise_attribute_error(o, name);
  raisef(&exc::AttributeError,
         "'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
         type_name_of(o), name->data);
}

Ref<> getattr(Object* o, Str* name) {
  GetAttrFn g = type_of(o)->tp_getattr;
  Ref<> r = g ? g(o, name) : generic_getattr(o, name);
  if (!r) raise_attribute_error(o, name);
  return r;
}

Ref<> getattr_or_null(Object* o, Str* name) {
  GetAttrFn g = type_of(o)->tp_getattr;
  if (!g || g == generic_getattr) {
    try {
      return generic_getattr(o, name);
    } catch (PyException& e) {
      if (exception_matches(e.value.get(), &exc::AttributeError)) return {};
      throw;
    }
  }
  try {
    return g(o, name);
  } catch (PyException& e) {
    if (exception_matches(e.value.get(), &exc::AttributeError)) return {};
    throw;
  }
}

Ref<> getattr(Object* o, std::string_view name) { return getattr(o, intern(name)); }

bool hasattr(Object* o, Str* name) { return static_cast<bool>(getattr_or_null(o, name)); }

void setattr(Object* o, Str* name, Object* value) {
  if (!name->interned) name = intern(name);
  SetAttrFn s = type_of(o)->tp_setattr;
  if (!s) {
    if (value)
      raisef(&exc::AttributeError,
             "'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
             type_name_of(o), name->data);
    raise_attribute_error(o, name);
  }
  s(o, name, value);
}

void delattr(Object* o, Str* name) { setattr(o, name, nullptr); }

Ref<> getattr_for_call(Object* o, Str* name, bool* is_method) {
  *is_method = false;
  Type* t = type_of(o);
  if (t->tp_getattr == generic_getattr) {
    Object* descr = type_lookup(t, name);
    if (descr) {
      Type* dt = type_of(descr);
      if (dt == &FunctionType || dt == &MethodDescriptorType || dt == &WrapperDescriptorType) {
        if (type_has_flag(t, kTypeManagedDict)) {
          if (Object* d = instance_dict(o)) {
            Ref<> v = dict_get_str(static_cast<Dict*>(d), name);
            if (v) return v;
          }
        }
        *is_method = true;
        return Ref<>::borrow(descr);
      }
    }
  }
  return getattr(o, name);
}

}  // namespace ftpy
