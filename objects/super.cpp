// super.cpp — the `super` type: super(type, obj), super(type) and the zero-
// argument form (the __class__ cell and first argument of the calling frame,
// from vm::frame_super_args). Attribute lookup walks obj's MRO starting after
// `type`, binding descriptors to obj (or to the class for classmethods).
// super_lookup() is the same walk without building a super object
// (LOAD_SUPER_ATTR).
//
// Concurrency: a super object is immutable after __init__; lookups read
// class dicts through their lock-free get.
#include <string>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/identifiers.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"
#include "runtime/vm/interp.h"

namespace ftpy {

Type SuperType;

namespace {

struct SuperObject : Object {
  Ref<> type;      // the class after which lookup starts
  Ref<> obj;       // the bound object or class (null for super(type))
  Ref<> obj_type;  // type(obj), or obj when obj is a subclass of `type`
};

SuperObject* as_super(Object* o) { return static_cast<SuperObject*>(o); }

// The class super() searches: obj itself when it is a subclass of `type`,
// else type(obj) when obj is an instance of it.
Type* super_check(Type* type, Object* obj) {
  if (is_type_object(obj) && is_subtype(static_cast<Type*>(obj), type))
    return static_cast<Type*>(obj);
  if (is_subtype(type_of(obj), type)) return type_of(obj);
  Ref<> cls = getattr_or_null(obj, id::class_);
  if (cls && is_type_object(cls.get()) && cls.get() != type_of(obj) &&
      is_subtype(static_cast<Type*>(cls.get()), type))
    return static_cast<Type*>(cls.get());
  if (is_type_object(obj))
    raisef(&exc::TypeError,
           "super(type, obj): obj (type %s) is not an instance or subtype of type (%s).",
           type_name(static_cast<Type*>(obj)), type_name(type));
  raisef(&exc::TypeError,
         "super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).",
         type_name_of(obj), type_name(type));
}

// Finds `name` in start_type's MRO after `type`; borrowed, null if absent.
Object* lookup_after(Type* type, Type* start_type, Str* name) {
  Object* mro = start_type->mro.get();
  if (!mro) return nullptr;
  int64_t n = tuple_size(mro), i = 0;
  while (i < n && tuple_item(mro, i) != type) ++i;
  for (++i; i < n; ++i) {
    Type* k = static_cast<Type*>(tuple_item(mro, i));
    Ref<> v = dict_get_str(static_cast<Dict*>(k->dict.get()), name);
    if (v) return v.get();  // kept alive by the class dict
  }
  return nullptr;
}

Ref<> super_new(Type* type, Object* const*, size_t, Object*) {
  return Ref<>::steal(new_object<SuperObject>(type));
}

void super_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("super", kwnames);
  if (nargs > 2) raisef(&exc::TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
  Ref<> type, obj;
  if (nargs == 0) {
    if (!vm::frame_super_args(&type, &obj)) raise(&exc::RuntimeError, "super(): no arguments");
  } else {
    type = Ref<>::borrow(args[0]);
    if (nargs == 2 && args[1] != kNone) obj = Ref<>::borrow(args[1]);
  }
  if (!is_type_object(type.get()))
    raisef(&exc::TypeError, "super() argument 1 must be a type, not %s", type_name_of(type.get()));
  SuperObject* s = as_super(self);
  Ref<> obj_type;
  if (obj) obj_type = Ref<>::borrow(super_check(static_cast<Type*>(type.get()), obj.get()));
  s->type = type;
  s->obj = obj;
  s->obj_type = obj_type;
}

Ref<> super_getattro(Object* self, Str* name) {
  SuperObject* s = as_super(self);
  if (s->obj_type && name != id::class_) {
    Type* start = static_cast<Type*>(s->obj_type.get());
    Ref<> res = Ref<>::borrow(lookup_after(static_cast<Type*>(s->type.get()), start, name));
    if (res) {
      DescrGetFn g = type_of(res.get())->tp_descr_get;
      if (g) return g(res.get(), s->obj.get() == start ? nullptr : s->obj.get(), start);
      return res;
    }
  }
  return generic_getattr(self, name);
}

Ref<> super_descr_get(Object* self, Object* obj, Type*) {
  SuperObject* s = as_super(self);
  if (!obj || s->obj) return Ref<>::borrow(self);
  Object* args[2] = {s->type.get(), obj};
  return call(type_of(self), args, 2);
}

Ref<> super_repr(Object* self) {
  SuperObject* s = as_super(self);
  std::string r = "<super: <class '";
  r += s->type ? type_name(static_cast<Type*>(s->type.get())) : "NULL";
  r += "'>, ";
  if (s->obj_type) {
    r += "<";
    r += type_name(static_cast<Type*>(s->obj_type.get()));
    r += " object>>";
  } else {
    r += "NULL>";
  }
  return str_new(r);
}

Ref<> or_none(const Ref<>& r) { return r ? r : none(); }
Ref<> get_thisclass(Object* s) { return or_none(as_super(s)->type); }
Ref<> get_self(Object* s) { return or_none(as_super(s)->obj); }
Ref<> get_self_class(Object* s) { return or_none(as_super(s)->obj_type); }

const GetSetDef kSuperGetSets[] = {
    {"__thisclass__", get_thisclass, nullptr, "the class invoking super()"},
    {"__self__", get_self, nullptr, "the instance invoking super(); may be None"},
    {"__self_class__", get_self_class, nullptr,
     "the type of the instance invoking super(); may be None"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref<> super_lookup(Type* start_type, Object* obj, Str* name, bool* is_method) {
  if (is_method) *is_method = false;
  Type* search = super_check(start_type, obj);
  Ref<> res = Ref<>::borrow(lookup_after(start_type, search, name));
  if (!res) return {};
  if (is_method && is_type(res.get(), &FunctionType) && obj != search) {
    *is_method = true;
    return res;
  }
  DescrGetFn g = type_of(res.get())->tp_descr_get;
  if (g) return g(res.get(), obj == search ? nullptr : obj, search);
  return res;
}

void init_super_type() {
  Type& t = SuperType;
  t.name = "super";
  t.basicsize = sizeof(SuperObject);
  t.flags |= kTypeBaseType;
  t.doc =
      "super() -> same as super(__class__, <first argument>)\n"
      "super(type) -> unbound super object\n"
      "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
      "super(type, type2) -> bound super object; requires issubclass(type2, type)";
  t.tp_new = super_new;
  t.tp_init = super_init;
  t.tp_dealloc = destroy_object<SuperObject>;
  t.tp_getattr = super_getattro;
  t.tp_descr_get = super_descr_get;
  t.tp_repr = super_repr;
  t.getsets = kSuperGetSets;
  type_ready(&t);
}

}  // namespace ftpy
