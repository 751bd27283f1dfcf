// object_base.cpp — the `object` type: allocation with CPython's excess-
// argument rules, identity hash and equality, the default repr/str/format,
// __init_subclass__, __dir__, __class__, and the instance __dict__ (managed
// dict) helpers that heap classes and exceptions share.
//
// Instance dict protocol (kTypeManagedDict): the prefix word is null until the
// first write; instance_dict_ensure publishes a new dict with a CAS (acq_rel)
// and readers load it with acquire, so a reader sees a fully built dict.
// Replacing `obj.__dict__` swaps the pointer and drops the old dict; a reader
// racing with that swap in the free-threaded build needs QSBR (issue 4).
//
// Concurrency: all functions are safe on shared objects; the dict itself is
// a Dict with its own critical section.
#include <atomic>
#include <cstdio>
#include <string>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

Type ObjectType;

// ------------------------------------------------------------ instance dict

Object* instance_dict(Object* o) {
  if (!type_has_flag(type_of(o), kTypeManagedDict)) return nullptr;
  return std::atomic_ref<Object*>(*managed_dict_slot(o)).load(std::memory_order_acquire);
}

Dict* instance_dict_ensure(Object* o) {
  std::atomic_ref<Object*> slot(*managed_dict_slot(o));
  Object* d = slot.load(std::memory_order_acquire);
  if (d) return static_cast<Dict*>(d);
  Ref<Dict> fresh = dict_new();
  Object* expected = nullptr;
  if (slot.compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel,
                                   std::memory_order_acquire))
    return fresh.release();
  return static_cast<Dict*>(expected);
}

Ref<> instance_dict_getter(Object* o) {
  if (!type_has_flag(type_of(o), kTypeManagedDict))
    raisef(&exc::AttributeError, "'%s' object has no attribute '__dict__'", type_name_of(o));
  return Ref<>::borrow(instance_dict_ensure(o));
}

void instance_dict_setter(Object* o, Object* value) {
  if (!type_has_flag(type_of(o), kTypeManagedDict))
    raisef(&exc::AttributeError, "'%s' object has no attribute '__dict__'", type_name_of(o));
  if (!value) raise(&exc::TypeError, "cannot delete __dict__");
  if (!is_dict(value))
    raisef(&exc::TypeError, "__dict__ must be set to a dictionary, not a '%s'",
           type_name_of(value));
  incref(value);
  Object* old =
      std::atomic_ref<Object*>(*managed_dict_slot(o)).exchange(value, std::memory_order_acq_rel);
  xdecref(old);
}

namespace {
Ref<> weakref_getter(Object*) { return none(); }
}  // namespace

const GetSetDef kInstanceDictGetSet[] = {
    {"__dict__", instance_dict_getter, instance_dict_setter, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
const GetSetDef kInstanceWeakrefGetSet[] = {
    {"__weakref__", weakref_getter, nullptr, "list of weak references to the object"},
    {nullptr, nullptr, nullptr, nullptr},
};

// ------------------------------------------------------------------ slots

Ref<> object_new(Type* type, Object* const*, size_t nargs, Object* kwnames) {
  if (nargs || kwnames_count(kwnames)) {
    if (type->tp_new != object_new)
      raise(&exc::TypeError,
            "object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->tp_init == object_init)
      raisef(&exc::TypeError, "%s() takes no arguments", type_name(type));
  }
  if (type_has_flag(type, kTypeAbstractNew))
    raisef(&exc::TypeError, "cannot create '%s' instances", type_name(type));
  return Ref<>::steal(new_object<Object>(type));
}

void object_init(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (nargs || kwnames_count(kwnames)) {
    Type* t = type_of(self);
    if (t->tp_init != object_init)
      raise(&exc::TypeError,
            "object.__init__() takes exactly one argument (the instance to initialize)");
    if (t->tp_new == object_new)
      raisef(&exc::TypeError,
             "%s.__init__() takes exactly one argument (the instance to initialize)", type_name(t));
  }
}

Ref<> object_richcompare(Object* a, Object* b, CompareOp op) {
  switch (op) {
    case CompareOp::Eq:
      return a == b ? py_bool(true) : not_implemented();
    case CompareOp::Ne: {
      RichCompareFn f = type_of(a)->tp_richcompare;
      if (!f) return not_implemented();
      Ref<> r = f(a, b, CompareOp::Eq);
      if (r.get() == kNotImplemented) return r;
      return py_bool(!truthy(r.get()));
    }
    default:
      return not_implemented();
  }
}

namespace {

Ref<> object_repr(Object* o) {
  Type* t = type_of(o);
  Ref<> mod = type_module(t);
  Ref<> qual = type_qualname(t);
  std::string s = "<";
  if (is_str(mod.get()) && str_view(mod.get()) != "builtins") {
    s += str_view(mod.get());
    s += '.';
  }
  s += is_str(qual.get()) ? std::string(str_view(qual.get())) : std::string(type_name(t));
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(o));
  s += buf;
  return str_new(s);
}

Ref<> object_str(Object* o) {
  UnaryFn r = type_of(o)->tp_repr;
  return r ? r(o) : object_repr(o);
}

int64_t object_hash(Object* o) {
  uint64_t y = reinterpret_cast<uintptr_t>(o);
  y = (y >> 4) | (y << 60);
  int64_t h = static_cast<int64_t>(y);
  return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------- methods

Ref<> object_format(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("__format__", kwnames);
  check_nargs("__format__", nargs, 1, 1);
  if (!is_str(args[0]))
    raisef(&exc::TypeError, "__format__() argument must be str, not %s", type_name_of(args[0]));
  if (str_view(args[0]).size() > 0)
    raisef(&exc::TypeError, "unsupported format string passed to %s.__format__",
           type_name_of(self));
  return str(self);
}

Ref<> object_init_subclass(Object* cls, Object* const*, size_t nargs, Object* kwnames) {
  const char* name = is_type_object(cls) ? type_name(static_cast<Type*>(cls)) : "object";
  if (kwnames_count(kwnames))
    raisef(&exc::TypeError, "%s.__init_subclass__() takes no keyword arguments", name);
  if (nargs)
    raisef(&exc::TypeError, "%s.__init_subclass__() takes no arguments (%zu given)", name, nargs);
  return none();
}

Ref<> object_subclasshook(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("object.__subclasshook__", kwnames);
  check_nargs("object.__subclasshook__", nargs, 1, 1);
  return not_implemented();
}

Ref<> object_dir(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("__dir__", kwnames);
  check_nargs("__dir__", nargs, 0, 0);
  Ref<Dict> names = dict_new();
  if (Object* d = instance_dict(self)) {
    int64_t pos = 0;
    Ref<> k, v;
    while (dict_next(static_cast<Dict*>(d), &pos, &k, &v)) dict_set(names.get(), k.get(), kNone);
  }
  Object* mro = type_of(self)->mro.get();
  for (int64_t i = 0; mro && i < tuple_size(mro); ++i) {
    Type* k = static_cast<Type*>(tuple_item(mro, i));
    int64_t pos = 0;
    Ref<> key, val;
    while (dict_next(static_cast<Dict*>(k->dict.get()), &pos, &key, &val))
      dict_set(names.get(), key.get(), kNone);
  }
  return dict_keys_list(names.get());
}

Ref<> object_sizeof(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("__sizeof__", kwnames);
  check_nargs("__sizeof__", nargs, 0, 0);
  return int_from(static_cast<int64_t>(type_of(self)->basicsize));
}

Ref<> get_class(Object* self) { return Ref<>::borrow(type_of(self)); }

void set_class(Object* self, Object* value) {
  if (!value) raise(&exc::TypeError, "can't delete __class__ attribute");
  if (!is_type_object(value))
    raisef(&exc::TypeError, "__class__ must be set to a class, not '%s' object",
           type_name_of(value));
  Type* nt = static_cast<Type*>(value);
  Type* ot = type_of(self);
  if (!type_has_flag(nt, kTypeHeap) || !type_has_flag(ot, kTypeHeap))
    raise(&exc::TypeError,
          "__class__ assignment only supported for mutable types or ModuleType subclasses");
  bool same = static_base(nt) == static_base(ot) && nt->basicsize == ot->basicsize &&
              type_has_flag(nt, kTypeManagedDict) == type_has_flag(ot, kTypeManagedDict);
  if (!same)
    raisef(&exc::TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
           type_name(nt), type_name(ot));
  incref(nt);
  self->ob_type = nt;
  decref(ot);
}

const MethodDef kObjectMethods[] = {
    {"__format__", object_format, kMethodPlain, "Default object formatter."},
    {"__init_subclass__", object_init_subclass, kMethodClass,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook, kMethodClass, "Abstract classes can override this."},
    {"__dir__", object_dir, kMethodPlain, "Default dir() implementation."},
    {"__sizeof__", object_sizeof, kMethodPlain, "Size of object in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kObjectGetSets[] = {
    {"__class__", get_class, set_class, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void init_object_type_slots() {
  Type& t = ObjectType;
  t.name = "object";
  t.base = nullptr;
  t.basicsize = sizeof(Object);
  t.flags |= kTypeBaseType;
  t.doc =
      "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and "
      "returns a new featureless\ninstance that has no instance attributes and cannot be given "
      "any.\n";
  t.tp_new = object_new;
  t.tp_init = object_init;
  t.tp_dealloc = destroy_object<Object>;
  t.tp_repr = object_repr;
  t.tp_str = object_str;
  t.tp_hash = object_hash;
  t.tp_richcompare = object_richcompare;
  t.tp_getattr = generic_getattr;
  t.tp_setattr = generic_setattr;
  t.methods = kObjectMethods;
  t.getsets = kObjectGetSets;
}

}  // namespace ftpy
