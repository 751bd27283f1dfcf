// type.cpp — `type` itself and type_ready: finishing built-in types (dict
// from methods/getsets/slot wrappers, slot inheritance, MRO, version tag),
// calling a type (tp_new then tp_init), attribute access on classes, and the
// attributes every class has (__name__, __mro__, __dict__ ...).
//
// Invariants: a ready type has kTypeReady, a non-null mro tuple starting with
// itself, a dict, a version tag, and non-null tp_getattr / tp_setattr. Static
// types are immortal; heap types are made immortal too for now (they are
// self-referential through __mro__ and only a cycle collector could free them).
//
// Concurrency: type_ready runs during start-up (single-threaded). Class
// attribute writes (type_setattro) change the class dict (its own critical
// section), then refresh slots and bump version tags (type_cache.cpp).
#include <cstdio>
#include <cstring>
#include <string>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace ftpy {

Type TypeType;

namespace {

inline Dict* dict_of(Type* t) { return static_cast<Dict*>(t->dict.get()); }

// Owners sometimes leave basicsize at its default; heap subclasses place
// __slots__ past it, so make it at least the struct size we know of.
void fix_known_basicsize(Type* t) {
  size_t need = 0;
  if (t == &IntType || t == &BoolType)
    need = sizeof(Int);
  else if (t == &FloatType)
    need = sizeof(Float);
  else if (t == &ListType)
    need = sizeof(List);
  else if (t == &DictType)
    need = sizeof(Dict);
  else if (t == &SetType || t == &FrozenSetType)
    need = sizeof(Set);
  else if (t == &TupleType)
    need = sizeof(Tuple);
  else if (t == &StrType)
    need = sizeof(Str);
  else if (t == &TypeType)
    need = sizeof(Type);
  else if (t == &ModuleType)
    need = sizeof(Module);
  if (t->basicsize < need) t->basicsize = need;
}

constexpr uint64_t kInheritedFlags = kTypeIntSubclass | kTypeListSubclass | kTypeTupleSubclass |
                                     kTypeBytesSubclass | kTypeStrSubclass | kTypeDictSubclass |
                                     kTypeBaseExcSubclass | kTypeTypeSubclass | kTypeHasGc |
                                     kTypeManagedDict;

void add_methods_and_getsets(Type* t) {
  Dict* d = dict_of(t);
  if (t->methods) {
    for (const MethodDef* m = t->methods; m->name; ++m) {
      Ref<> v;
      if (m->flags & kMethodStatic) {
        Ref<> fn = builtin_function_new(m, nullptr, nullptr);
        // Built-in types only (type_ready makes the wrapper immortal too).
        make_immortal(fn.get());
        v = staticmethod_new(fn.get());
      } else if (m->flags & kMethodClass) {
        MethodDescriptor* md = new_object<MethodDescriptor>(&ClassMethodDescriptorType);
        md->def = m;
        md->owner = t;
        v = Ref<>::steal(md);
      } else {
        v = method_descriptor_new(m, t);
      }
      dict_set(d, intern(m->name), v.get());
    }
  }
  if (t->getsets) {
    for (const GetSetDef* g = t->getsets; g->name; ++g) {
      Ref<> v = getset_descriptor_new(g, t);
      dict_set(d, intern(g->name), v.get());
    }
  }
}

bool dict_has(Type* t, const char* name) {
  return static_cast<bool>(dict_get_str(dict_of(t), intern(name)));
}

}  // namespace

// ------------------------------------------------------------------ names

const char* type_name(Type* t) {
  if (type_has_flag(t, kTypeHeap) && t->ht_name) return static_cast<Str*>(t->ht_name.get())->data;
  const char* n = t->name ? t->name : "?";
  const char* dot = std::strrchr(n, '.');
  return dot ? dot + 1 : n;
}

const char* type_name_of(Object* o) { return type_name(type_of(o)); }

Ref<> type_qualname(Type* t) {
  if (type_has_flag(t, kTypeHeap) && t->ht_qualname) return t->ht_qualname;
  return str_new(type_name(t));
}

Ref<> type_module(Type* t) {
  if (type_has_flag(t, kTypeHeap)) {
    Ref<> m = dict_get_str(dict_of(t), intern("__module__"));
    if (m) return m;
    return str_new("builtins");
  }
  const char* n = t->name ? t->name : "";
  const char* dot = std::strrchr(n, '.');
  if (dot) return str_new(std::string_view(n, dot - n));
  return Ref<>::borrow(intern("builtins"));
}

Ref<> type_repr(Object* o) {
  Type* t = static_cast<Type*>(o);
  Ref<> mod = type_module(t);
  Ref<> qual = type_qualname(t);
  std::string s = "<class '";
  if (is_str(mod.get()) && str_view(mod.get()) != "builtins") {
    s += str_view(mod.get());
    s += '.';
  }
  s += is_str(qual.get()) ? std::string(str_view(qual.get())) : std::string(type_name(t));
  s += "'>";
  return str_new(s);
}

Type* static_base(Type* t) {
  while (t && type_has_flag(t, kTypeHeap)) t = t->base;
  return t;
}

// ------------------------------------------------------------- type_ready

void inherit_slots(Type* t, Type* base) {
#define FTPY_INHERIT(f) \
  if (!t->f) t->f = base->f
  FTPY_INHERIT(tp_dealloc);
  FTPY_INHERIT(tp_traverse);
  FTPY_INHERIT(tp_clear);
  FTPY_INHERIT(tp_init);
  FTPY_INHERIT(tp_repr);
  FTPY_INHERIT(tp_str);
  FTPY_INHERIT(tp_call);
  FTPY_INHERIT(tp_getattr);
  FTPY_INHERIT(tp_setattr);
  FTPY_INHERIT(tp_iter);
  FTPY_INHERIT(tp_iternext);
  FTPY_INHERIT(tp_descr_get);
  FTPY_INHERIT(tp_descr_set);
  if (!t->tp_richcompare && !t->tp_hash) {
    t->tp_richcompare = base->tp_richcompare;
    t->tp_hash = base->tp_hash;
  }
  FTPY_INHERIT(tp_richcompare);
  for (int i = 0; i < kBinaryOpCount; ++i) {
    FTPY_INHERIT(nb_binary[i]);
    FTPY_INHERIT(nb_inplace[i]);
  }
  FTPY_INHERIT(nb_power3);
  FTPY_INHERIT(nb_negative);
  FTPY_INHERIT(nb_positive);
  FTPY_INHERIT(nb_invert);
  FTPY_INHERIT(nb_absolute);
  FTPY_INHERIT(nb_bool);
  FTPY_INHERIT(nb_index);
  FTPY_INHERIT(nb_int);
  FTPY_INHERIT(nb_float);
  FTPY_INHERIT(mp_length);
  FTPY_INHERIT(mp_subscript);
  FTPY_INHERIT(mp_ass_subscript);
  FTPY_INHERIT(sq_contains);
#undef FTPY_INHERIT
  if (!t->itemsize) t->itemsize = base->itemsize;
  t->flags |= base->flags & kInheritedFlags;
}

void type_ready(Type* t) {
  if (type_has_flag(t, kTypeReady)) return;
  init_type_system();
  if (t != &ObjectType && !t->base) t->base = &ObjectType;
  Type* base = t->base;
  if (base && !type_has_flag(base, kTypeReady)) type_ready(base);
  if (!t->ob_type) t->ob_type = &TypeType;
  fix_known_basicsize(t);
  if (base && t->basicsize < base->basicsize) t->basicsize = base->basicsize;
  if (!t->bases) {
    if (base)
      t->bases = tuple_pack({base});
    else
      t->bases = Ref<>::steal(empty_tuple());
  }
  if (!t->dict) t->dict = dict_new();

  add_methods_and_getsets(t);
  add_slot_wrappers(t);  // before inheritance: non-null slots are t's own
  bool defines_new = t->tp_new && !type_has_flag(t, kTypeAbstractNew);
  if (defines_new && !dict_has(t, "__new__")) {
    Ref<> w = make_tp_new_wrapper(t);
    dict_set(dict_of(t), intern("__new__"), w.get());
  }
  if (!dict_has(t, "__doc__")) {
    Ref<> doc = t->doc ? Ref<>(str_new(t->doc)) : none();
    dict_set(dict_of(t), intern("__doc__"), doc.get());
  }

  if (base) {
    // Static types get object's allocator only by defining tp_new themselves:
    // an inherited object_new would build a bare Object of the wrong layout.
    NewFn own_new = t->tp_new;
    inherit_slots(t, base);
    t->tp_new = own_new ? own_new : (base != &ObjectType ? base->tp_new : nullptr);
  }
  if (!t->tp_getattr) t->tp_getattr = generic_getattr;
  if (!t->tp_setattr) t->tp_setattr = generic_setattr;

  t->mro = compute_mro(t);
  if (base) register_subclass(base, t);
  t->flags |= kTypeReady;
  assign_version_tag(t);
  make_immortal(t);
  if (!type_has_flag(t, kTypeHeap)) {
    // A built-in type lives forever, and so does what type_ready put in its
    // dict (method descriptors, slot wrappers, getsets, __doc__): immortal,
    // so that looking one up from many threads writes no count.
    make_immortal(t->dict.get());
    make_immortal(t->mro.get());
    make_immortal(t->bases.get());
    int64_t pos = 0;
    Ref<> k, v;
    while (dict_next(dict_of(t), &pos, &k, &v)) make_immortal(v.get());
  }
}

// ------------------------------------------------------------- type slots

Ref<> type_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
  Type* t = static_cast<Type*>(callable);
  if (t == &TypeType && nargs == 1 && kwnames_count(kwnames) == 0)
    return Ref<>::borrow(type_of(args[0]));
  if (!t->tp_new || type_has_flag(t, kTypeAbstractNew))
    raisef(&exc::TypeError, "cannot create '%s' instances", t->name ? t->name : type_name(t));
  Ref<> obj = t->tp_new(t, args, nargs, kwnames);
  if (!is_subtype(type_of(obj.get()), t)) return obj;
  Type* ot = type_of(obj.get());
  if (ot->tp_init) ot->tp_init(obj.get(), args, nargs, kwnames);
  return obj;
}

namespace {

Ref<> type_tp_new(Type* meta, Object* const* args, size_t nargs, Object* kwnames) {
  size_t nkw = kwnames_count(kwnames);
  if (meta == &TypeType && nargs == 1 && nkw == 0) return Ref<>::borrow(type_of(args[0]));
  if (nargs != 3) raise(&exc::TypeError, "type() takes 1 or 3 arguments");
  Ref<> kwds;
  if (nkw) {
    Ref<Dict> d = dict_new();
    for (size_t i = 0; i < nkw; ++i) dict_set(d.get(), tuple_item(kwnames, i), args[nargs + i]);
    kwds = std::move(d);
  }
  return type_new_class(meta, args[0], args[1], args[2], kwds.get());
}

void type_tp_init(Object*, Object* const*, size_t nargs, Object*) {
  if (nargs != 1 && nargs != 3) raise(&exc::TypeError, "type.__init__() takes 1 or 3 arguments");
}

void type_dealloc(Object* o) {
  Type* t = static_cast<Type*>(o);
  if (type_has_flag(t, kTypeHeap)) delete[] t->name;
  destroy_object<Type>(o);
}

Ref<> type_repr_slot(Object* o) { return type_repr(o); }

}  // namespace

Ref<> type_getattro(Object* o, Str* name) {
  Type* t = static_cast<Type*>(o);
  Type* meta = type_of(o);
  Ref<> meta_attr = Ref<>::borrow(type_lookup(meta, name));
  DescrGetFn meta_get = nullptr;
  if (meta_attr) {
    Type* mt = type_of(meta_attr.get());
    meta_get = mt->tp_descr_get;
    if (meta_get && mt->tp_descr_set) return meta_get(meta_attr.get(), o, meta);
  }
  Ref<> attr = Ref<>::borrow(type_lookup(t, name));
  if (attr) {
    DescrGetFn g = type_of(attr.get())->tp_descr_get;
    if (g) return g(attr.get(), nullptr, t);
    return attr;
  }
  if (meta_get) return meta_get(meta_attr.get(), o, meta);
  return meta_attr;
}

void type_setattro(Object* o, Str* name, Object* value) {
  Type* t = static_cast<Type*>(o);
  if (!name->interned) name = intern(name);
  if (!type_has_flag(t, kTypeHeap))
    raisef(&exc::TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data,
           type_name(t));
  Ref<> meta_attr = Ref<>::borrow(type_lookup(type_of(o), name));
  if (meta_attr) {
    DescrSetFn s = type_of(meta_attr.get())->tp_descr_set;
    if (s) {
      s(meta_attr.get(), o, value);
      return;
    }
  }
  Dict* d = dict_of(t);
  if (value) {
    dict_set(d, name, value);
  } else if (!dict_del(d, name)) {
    raisef(&exc::AttributeError, "type object '%s' has no attribute '%s'", type_name(t),
           name->data);
  }
  type_modified_name(t, name);
}

// ------------------------------------------------------------ __new__ wrapper

namespace {

Ref<> tp_new_wrapper(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Type* t = static_cast<Type*>(self);
  const char* tn = type_name(t);
  if (nargs < 1) raisef(&exc::TypeError, "%s.__new__(): not enough arguments", tn);
  if (!is_type_object(args[0]))
    raisef(&exc::TypeError, "%s.__new__(X): X is not a type object (%s)", tn,
           type_name_of(args[0]));
  Type* sub = static_cast<Type*>(args[0]);
  if (!is_subtype(sub, t))
    raisef(&exc::TypeError, "%s.__new__(%s): %s is not a subtype of %s", tn, type_name(sub),
           type_name(sub), tn);
  // The most derived base whose __new__ is native must use this __new__.
  Type* stat = static_base(sub);
  if (stat && stat->tp_new != t->tp_new)
    raisef(&exc::TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", tn, type_name(sub),
           type_name(stat));
  return t->tp_new(sub, args + 1, nargs - 1, kwnames);
}

const MethodDef kTpNewDef = {"__new__", tp_new_wrapper, kMethodPlain,
                             "Create and return a new object.  See help(type) for accurate "
                             "signature."};

}  // namespace

Ref<> make_tp_new_wrapper(Type* t) { return builtin_function_new(&kTpNewDef, t, nullptr); }

// --------------------------------------------------------------- getsets

namespace {

Type* as_type(Object* o) { return static_cast<Type*>(o); }

void check_heap_set(Type* t, const char* attr, Object* value) {
  if (!type_has_flag(t, kTypeHeap))
    raisef(&exc::TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, type_name(t));
  if (!value)
    raisef(&exc::TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr,
           type_name(t));
}

Ref<> get_name(Object* o) {
  Type* t = as_type(o);
  if (type_has_flag(t, kTypeHeap) && t->ht_name) return t->ht_name;
  return str_new(type_name(t));
}
void set_name(Object* o, Object* v) {
  Type* t = as_type(o);
  check_heap_set(t, "__name__", v);
  if (!is_str(v))
    raisef(&exc::TypeError, "can only assign string to %s.__name__, not '%s'", type_name(t),
           type_name_of(v));
  std::string_view s = str_view(v);
  char* copy = new char[s.size() + 1];
  std::memcpy(copy, s.data(), s.size());
  copy[s.size()] = 0;
  t->name = copy;  // the old copy leaks: another thread may still be reading it
  t->ht_name = Ref<>::borrow(v);
}
Ref<> get_qualname(Object* o) { return type_qualname(as_type(o)); }
void set_qualname(Object* o, Object* v) {
  Type* t = as_type(o);
  check_heap_set(t, "__qualname__", v);
  if (!is_str(v))
    raisef(&exc::TypeError, "can only assign string to %s.__qualname__, not '%s'", type_name(t),
           type_name_of(v));
  t->ht_qualname = Ref<>::borrow(v);
}
Ref<> get_module(Object* o) {
  Type* t = as_type(o);
  if (type_has_flag(t, kTypeHeap)) {
    Ref<> m = dict_get_str(dict_of(t), intern("__module__"));
    if (!m) raise(&exc::AttributeError, "__module__");
    return m;
  }
  return type_module(t);
}
void set_module(Object* o, Object* v) {
  Type* t = as_type(o);
  check_heap_set(t, "__module__", v);
  Str* key = intern("__module__");
  dict_set(dict_of(t), key, v);
  type_modified_name(t, key);
}
Ref<> get_mro(Object* o) { return as_type(o)->mro ? as_type(o)->mro : none(); }
Ref<> get_bases(Object* o) { return as_type(o)->bases; }
Ref<> get_base(Object* o) {
  Type* b = as_type(o)->base;
  return b ? Ref<>::borrow(b) : none();
}
Ref<> get_dict(Object* o) { return mappingproxy_new(as_type(o)->dict.get()); }
Ref<> get_doc(Object* o) {
  Type* t = as_type(o);
  Ref<> d = dict_get_str(dict_of(t), intern("__doc__"));
  if (!d) return t->doc ? Ref<>(str_new(t->doc)) : none();
  DescrGetFn g = type_of(d.get())->tp_descr_get;
  if (g && type_has_flag(t, kTypeHeap)) return g(d.get(), nullptr, t);
  return d;
}
void set_doc(Object* o, Object* v) {
  Type* t = as_type(o);
  check_heap_set(t, "__doc__", v);
  Str* key = intern("__doc__");
  dict_set(dict_of(t), key, v);
  type_modified_name(t, key);
}
Ref<> get_annotations(Object* o) {
  Type* t = as_type(o);
  Str* key = intern("__annotations__");
  Ref<> a = dict_get_str(dict_of(t), key);
  if (a) {
    DescrGetFn g = type_of(a.get())->tp_descr_get;
    if (g) return g(a.get(), nullptr, t);
    return a;
  }
  if (!type_has_flag(t, kTypeHeap))
    raisef(&exc::AttributeError, "type object '%s' has no attribute '__annotations__'",
           type_name(t));
  Ref<> d = dict_new();
  dict_set(dict_of(t), key, d.get());
  type_modified_name(t, key);
  return d;
}
void set_annotations(Object* o, Object* v) {
  Type* t = as_type(o);
  check_heap_set(t, "__annotations__", v);
  Str* key = intern("__annotations__");
  dict_set(dict_of(t), key, v);
  type_modified_name(t, key);
}

const GetSetDef kTypeGetSets[] = {
    {"__name__", get_name, set_name, nullptr},
    {"__qualname__", get_qualname, set_qualname, nullptr},
    {"__module__", get_module, set_module, nullptr},
    {"__mro__", get_mro, nullptr, nullptr},
    {"__bases__", get_bases, nullptr, nullptr},
    {"__base__", get_base, nullptr, nullptr},
    {"__dict__", get_dict, nullptr, nullptr},
    {"__doc__", get_doc, set_doc, nullptr},
    {"__annotations__", get_annotations, set_annotations, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---------------------------------------------------------------- methods

Ref<> type_mro_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("mro", kwnames);
  check_nargs("type.mro", nargs, 0, 0);
  Ref<> mro = compute_mro(as_type(self));
  return list_from_array(static_cast<Tuple*>(mro.get())->items, tuple_size(mro.get()));
}

Ref<> type_subclasses(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("__subclasses__", kwnames);
  check_nargs("type.__subclasses__", nargs, 0, 0);
  Ref<List> l = list_new();
  for (Type* sub : subclasses_of(as_type(self))) list_append(l.get(), sub);
  return l;
}

Ref<> type_instancecheck(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("__instancecheck__", kwnames);
  check_nargs("type.__instancecheck__", nargs, 1, 1);
  return py_bool(is_subtype(type_of(args[0]), as_type(self)));
}

Ref<> type_subclasscheck(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("__subclasscheck__", kwnames);
  check_nargs("type.__subclasscheck__", nargs, 1, 1);
  if (!is_type_object(args[0])) raise(&exc::TypeError, "issubclass() arg 1 must be a class");
  return py_bool(is_subtype(as_type(args[0]), as_type(self)));
}

Ref<> type_prepare(Object*, Object* const*, size_t, Object*) { return dict_new(); }

Ref<> type_dir(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("__dir__", kwnames);
  check_nargs("type.__dir__", nargs, 0, 0);
  Ref<Dict> names = dict_new();
  Object* mro = as_type(self)->mro.get();
  for (int64_t i = mro ? tuple_size(mro) - 1 : -1; i >= 0; --i) {
    Type* k = as_type(tuple_item(mro, i));
    int64_t pos = 0;
    Ref<> key, val;
    while (dict_next(dict_of(k), &pos, &key, &val)) dict_set(names.get(), key.get(), kNone);
  }
  return dict_keys_list(names.get());
}

const MethodDef kTypeMethods[] = {
    {"mro", type_mro_method, kMethodPlain, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, kMethodPlain, "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck, kMethodPlain, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, kMethodPlain, "Check if a class is a subclass."},
    {"__prepare__", type_prepare, kMethodClass, "Create the namespace for the class statement"},
    {"__dir__", type_dir, kMethodPlain, "Specialized __dir__ implementation for types."},
    {nullptr, nullptr, 0, nullptr},
};

bool g_core_slots_done = false;

}  // namespace

void init_type_system() {
  if (g_core_slots_done) return;
  g_core_slots_done = true;
  init_object_type_slots();
  Type& t = TypeType;
  t.name = "type";
  t.base = &ObjectType;
  t.basicsize = sizeof(Type);
  t.flags |= kTypeBaseType | kTypeTypeSubclass;
  t.doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
  t.tp_new = type_tp_new;
  t.tp_init = type_tp_init;
  t.tp_dealloc = type_dealloc;
  t.tp_call = type_call;
  t.tp_getattr = type_getattro;
  t.tp_setattr = type_setattro;
  t.tp_repr = type_repr_slot;
  t.methods = kTypeMethods;
  t.getsets = kTypeGetSets;
}

}  // namespace ftpy
