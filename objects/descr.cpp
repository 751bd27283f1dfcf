// descr.cpp — property, staticmethod, classmethod and __slots__ member
// descriptors.
//
// property: a data descriptor over fget/fset/fdel; .getter/.setter/.deleter
// return a copy (a new object of the same type) with one function replaced;
// __doc__ comes from `doc` or fget.__doc__; the name used in error messages
// comes from __set_name__ (else fget.__name__).
// member_descriptor: one owned pointer field at a fixed offset inside
// instances of its class (null = unset → AttributeError).
//
// A __slots__ member descriptor sits in its class's dict, where every thread
// that uses the class reads it (LOAD_ATTR holds a reference across the
// getter call): it is counted per thread (mark_deferred, gc/deferred_rc.h)
// from birth, as module-level functions are, so that threads reading one
// slot of a shared class do not all write one count. (property,
// classmethod and staticmethod objects are not yet: deferred, the ones a
// class made inside a function keeps would outlive the exit report.)
//
// Concurrency: descriptor objects are immutable once built. A __slots__
// field of an instance is a shared slot (objects/shared_slot.h): writes
// swap it inside the instance's critical section, reads are lock-free
// (try_incref and re-check), so a reader never adds a reference to a value
// that a racing write has already released.
#include <string>

#include "gc/deferred_rc.h"
#include "objects/api.h"
#include "objects/args.h"
#include "objects/descr.h"
#include "objects/function.h"
#include "objects/shared_slot.h"
#include "objects/str.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace ftpy {

Type PropertyType;
Type StaticMethodType;
Type ClassMethodType;
Type MemberDescriptorType;

namespace {

// ---------------------------------------------------------------- property

struct PropertyObject : Object {
  Ref<> fget, fset, fdel, doc, name;
  bool getter_doc = false;  // doc was copied from fget.__doc__
};

PropertyObject* as_prop(Object* o) { return static_cast<PropertyObject*>(o); }

Ref<> opt(Object* o) { return o && o != kNone ? Ref<>::borrow(o) : Ref<>(); }

void property_fill(PropertyObject* p, Object* fget, Object* fset, Object* fdel, Object* doc) {
  p->fget = opt(fget);
  p->fset = opt(fset);
  p->fdel = opt(fdel);
  p->doc = opt(doc);
  p->getter_doc = false;
  if (!p->doc && p->fget) {
    Ref<> d = getattr_or_null(p->fget.get(), intern("__doc__"));
    if (d && d.get() != kNone) {
      p->doc = d;
      p->getter_doc = true;
    }
  }
}

Ref<> property_new(Type* type, Object* const*, size_t, Object*) {
  return Ref<>::steal(new_object<PropertyObject>(type));
}

void property_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[4] = {};
  parse_args("property", args, nargs, kwnames, {"fget", "fset", "fdel", "doc"}, 0, a);
  property_fill(as_prop(self), a[0], a[1], a[2], a[3]);
}

void property_dealloc(Object* o) { destroy_object<PropertyObject>(o); }

// "property 'x' of 'K' object has no getter"
[[noreturn]] void property_error(PropertyObject* p, Object* obj, const char* what) {
  if (p->name && is_str(p->name.get()))
    raisef(&exc::AttributeError, "property %s of '%s' object has no %s",
           repr_utf8(p->name.get()).c_str(), type_name_of(obj), what);
  raisef(&exc::AttributeError, "property of '%s' object has no %s", type_name_of(obj), what);
}

Ref<> property_get(Object* self, Object* obj, Type*) {
  if (!obj) return Ref<>::borrow(self);
  PropertyObject* p = as_prop(self);
  if (!p->fget) property_error(p, obj, "getter");
  return call1(p->fget.get(), obj);
}

void property_set(Object* self, Object* obj, Object* value) {
  PropertyObject* p = as_prop(self);
  if (value) {
    if (!p->fset) property_error(p, obj, "setter");
    call2(p->fset.get(), obj, value);
  } else {
    if (!p->fdel) property_error(p, obj, "deleter");
    call1(p->fdel.get(), obj);
  }
}

// A copy of `self` with one function replaced (which: 0 get, 1 set, 2 del).
Ref<> property_copy(Object* self, int which, Object* fn) {
  PropertyObject* p = as_prop(self);
  Object* f[3] = {p->fget.get(), p->fset.get(), p->fdel.get()};
  f[which] = fn;
  Object* doc = (p->getter_doc && which == 0) ? nullptr : p->doc.get();
  Ref<> out;
  if (is_type(self, &PropertyType)) {
    PropertyObject* np = new_object<PropertyObject>(&PropertyType);
    out = Ref<>::steal(np);
    property_fill(np, f[0], f[1], f[2], doc);
    if (p->getter_doc && which != 0) np->getter_doc = true;
  } else {
    Object* args[4] = {f[0] ? f[0] : kNone, f[1] ? f[1] : kNone, f[2] ? f[2] : kNone,
                       doc ? doc : kNone};
    out = call(type_of(self), args, 4);
  }
  if (is_type(out.get(), &PropertyType) || is_instance_of(out.get(), &PropertyType))
    as_prop(out.get())->name = p->name;
  return out;
}

Ref<> property_getter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("getter", kwnames);
  check_nargs("getter", nargs, 1, 1);
  return property_copy(self, 0, args[0]);
}
Ref<> property_setter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("setter", kwnames);
  check_nargs("setter", nargs, 1, 1);
  return property_copy(self, 1, args[0]);
}
Ref<> property_deleter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("deleter", kwnames);
  check_nargs("deleter", nargs, 1, 1);
  return property_copy(self, 2, args[0]);
}
Ref<> property_set_name(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("__set_name__", kwnames);
  check_nargs("__set_name__", nargs, 2, 2);
  as_prop(self)->name = Ref<>::borrow(args[1]);
  return none();
}

Ref<> or_none(const Ref<>& r) { return r ? r : none(); }
Ref<> prop_fget(Object* s) { return or_none(as_prop(s)->fget); }
Ref<> prop_fset(Object* s) { return or_none(as_prop(s)->fset); }
Ref<> prop_fdel(Object* s) { return or_none(as_prop(s)->fdel); }
Ref<> prop_doc(Object* s) { return or_none(as_prop(s)->doc); }
void prop_set_doc(Object* s, Object* v) {
  as_prop(s)->doc = opt(v);
  as_prop(s)->getter_doc = false;
}
Ref<> prop_name(Object* s) {
  PropertyObject* p = as_prop(s);
  if (p->name) return p->name;
  if (p->fget) return getattr(p->fget.get(), intern("__name__"));
  raise(&exc::AttributeError, "'property' object has no attribute '__name__'");
}
void prop_set_name(Object* s, Object* v) { as_prop(s)->name = opt(v); }

const MethodDef kPropertyMethods[] = {
    {"getter", property_getter, kMethodPlain,
     "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, kMethodPlain,
     "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, kMethodPlain,
     "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, kMethodPlain, "Method to set name of a property."},
    {nullptr, nullptr, 0, nullptr},
};
const GetSetDef kPropertyGetSets[] = {
    {"fget", prop_fget, nullptr, nullptr},           {"fset", prop_fset, nullptr, nullptr},
    {"fdel", prop_fdel, nullptr, nullptr},           {"__doc__", prop_doc, prop_set_doc, nullptr},
    {"__name__", prop_name, prop_set_name, nullptr}, {nullptr, nullptr, nullptr, nullptr},
};

// ------------------------------------------------- staticmethod/classmethod

template <class T>
Ref<> wrapper_new(Type* type, Object* const*, size_t, Object*) {
  return Ref<>::steal(new_object<T>(type));
}

template <class T>
void wrapper_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  const char* n = is_type(self, &StaticMethodType) || is_instance_of(self, &StaticMethodType)
                      ? "staticmethod"
                      : "classmethod";
  check_no_kwargs(n, kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "%s expected 1 argument, got %zu", n, nargs);
  static_cast<T*>(self)->callable = Ref<>::borrow(args[0]);
}

Object* callable_of(Object* o) {
  // StaticMethodObject and ClassMethodObject share the layout.
  return static_cast<StaticMethodObject*>(o)->callable.get();
}

Ref<> sm_get(Object* self, Object*, Type*) { return Ref<>::borrow(callable_of(self)); }

Ref<> sm_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return call(callable_of(self), args, nargs, kwnames);
}

Ref<> cm_get(Object* self, Object* obj, Type* type) {
  Object* cls = type ? static_cast<Object*>(type) : static_cast<Object*>(type_of(obj));
  return method_new(callable_of(self), cls);
}

Ref<> wrapped_repr(Object* self) {
  std::string s = "<";
  s += type_name_of(self);
  s += "(";
  s += repr_utf8(callable_of(self));
  s += ")>";
  return str_new(s);
}

Ref<> get_func(Object* s) { return Ref<>::borrow(callable_of(s)); }
Ref<> get_name(Object* s) { return getattr(callable_of(s), intern("__name__")); }
Ref<> get_qualname(Object* s) { return getattr(callable_of(s), intern("__qualname__")); }
Ref<> get_doc(Object* s) {
  Ref<> d = getattr_or_null(callable_of(s), intern("__doc__"));
  return d ? d : none();
}
Ref<> get_isabstract(Object* s) {
  Ref<> d = getattr_or_null(callable_of(s), intern("__isabstractmethod__"));
  return py_bool(d && truthy(d.get()));
}

const GetSetDef kWrapperGetSets[] = {
    {"__func__", get_func, nullptr, nullptr},
    {"__wrapped__", get_func, nullptr, nullptr},
    {"__name__", get_name, nullptr, nullptr},
    {"__qualname__", get_qualname, nullptr, nullptr},
    {"__doc__", get_doc, nullptr, nullptr},
    {"__isabstractmethod__", get_isabstract, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ------------------------------------------------------ member descriptor

struct MemberObject : Object {
  Ref<> name;  // str
  Type* owner = nullptr;
  size_t offset = 0;
};

MemberObject* as_member(Object* o) { return static_cast<MemberObject*>(o); }

Object** member_field(MemberObject* m, Object* obj) {
  if (type_of(obj) != m->owner && !is_subtype(type_of(obj), m->owner))
    raisef(&exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
           str_view(m->name.get()).data(), type_name(m->owner), type_name_of(obj));
  return reinterpret_cast<Object**>(reinterpret_cast<char*>(obj) + m->offset);
}

Ref<> member_get(Object* self, Object* obj, Type*) {
  if (!obj) return Ref<>::borrow(self);
  MemberObject* m = as_member(self);
  Ref<> v = shared_slot_load(obj, member_field(m, obj));
  if (!v)
    raisef(&exc::AttributeError, "'%s' object has no attribute '%s'", type_name_of(obj),
           str_view(m->name.get()).data());
  return v;
}

void member_set(Object* self, Object* obj, Object* value) {
  MemberObject* m = as_member(self);
  Object** field = member_field(m, obj);
  xincref(value);
  Ref<> old = shared_slot_exchange(obj, field, value);
  // del of an unset slot: nothing was swapped (null for null).
  if (!value && !old) raise(&exc::AttributeError, str_view(m->name.get()));
}

Ref<> member_repr(Object* self) {
  MemberObject* m = as_member(self);
  std::string s = "<member '";
  s += str_view(m->name.get());
  s += "' of '";
  s += type_name(m->owner);
  s += "' objects>";
  return str_new(s);
}

void member_dealloc(Object* o) { destroy_object<MemberObject>(o); }
Ref<> member_name(Object* s) { return as_member(s)->name; }
Ref<> member_objclass(Object* s) { return Ref<>::borrow(as_member(s)->owner); }
const GetSetDef kMemberGetSets[] = {
    {"__name__", member_name, nullptr, nullptr},
    {"__qualname__", member_name, nullptr, nullptr},
    {"__objclass__", member_objclass, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref<> staticmethod_new(Object* callable) {
  StaticMethodObject* s = new_object<StaticMethodObject>(&StaticMethodType);
  s->callable = Ref<>::borrow(callable);
  return Ref<>::steal(s);
}

Ref<> classmethod_new(Object* callable) {
  ClassMethodObject* c = new_object<ClassMethodObject>(&ClassMethodType);
  c->callable = Ref<>::borrow(callable);
  return Ref<>::steal(c);
}

Ref<> member_descriptor_get(Object* descr, Object* obj) { return member_get(descr, obj, nullptr); }
void member_descriptor_set(Object* descr, Object* obj, Object* value) {
  member_set(descr, obj, value);
}

Ref<> member_descriptor_new(Type* owner, Str* name, size_t offset) {
  MemberObject* m = new_object<MemberObject>(&MemberDescriptorType);
  mark_deferred(m);
  m->name = Ref<>::borrow(name);
  m->owner = owner;
  m->offset = offset;
  return Ref<>::steal(m);
}

void init_descr_objects() {
  Type& p = PropertyType;
  p.name = "property";
  p.basicsize = sizeof(PropertyObject);
  p.flags |= kTypeBaseType;
  p.doc = "Property attribute.";
  p.tp_new = property_new;
  p.tp_init = property_init;
  p.tp_dealloc = property_dealloc;
  p.tp_descr_get = property_get;
  p.tp_descr_set = property_set;
  p.methods = kPropertyMethods;
  p.getsets = kPropertyGetSets;
  type_ready(&p);

  Type& s = StaticMethodType;
  s.name = "staticmethod";
  s.basicsize = sizeof(StaticMethodObject);
  s.flags |= kTypeBaseType;
  s.tp_new = wrapper_new<StaticMethodObject>;
  s.tp_init = wrapper_init<StaticMethodObject>;
  s.tp_dealloc = destroy_object<StaticMethodObject>;
  s.tp_descr_get = sm_get;
  s.tp_call = sm_call;
  s.tp_repr = wrapped_repr;
  s.getsets = kWrapperGetSets;
  type_ready(&s);

  Type& c = ClassMethodType;
  c.name = "classmethod";
  c.basicsize = sizeof(ClassMethodObject);
  c.flags |= kTypeBaseType;
  c.tp_new = wrapper_new<ClassMethodObject>;
  c.tp_init = wrapper_init<ClassMethodObject>;
  c.tp_dealloc = destroy_object<ClassMethodObject>;
  c.tp_descr_get = cm_get;
  c.tp_repr = wrapped_repr;
  c.getsets = kWrapperGetSets;
  type_ready(&c);

  Type& m = MemberDescriptorType;
  m.name = "member_descriptor";
  m.basicsize = sizeof(MemberObject);
  m.flags |= kTypeAbstractNew;
  m.tp_dealloc = member_dealloc;
  m.tp_descr_get = member_get;
  m.tp_descr_set = member_set;
  m.tp_repr = member_repr;
  m.getsets = kMemberGetSets;
  type_ready(&m);
}

}  // namespace ftpy
