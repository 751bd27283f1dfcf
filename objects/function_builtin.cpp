// function_builtin.cpp — native callables: built-in functions and bound
// built-in methods (BuiltinFunction), the method descriptors type_ready puts
// in built-in types' dicts (MethodDescriptor, ClassMethodDescriptor), and
// getset descriptors (GetSetDescriptor). Also init_function_types().
//
// Calls pass the caller's argument array straight to MethodDef::fn
// (vectorcall), so `len(x)` or `lst.append(v)` never builds a tuple.
//
// The slots of every type defined here (and in function.cpp) are filled by a
// static initializer as well as by init_function_types(), because type_ready
// of any built-in type creates descriptor instances, possibly before
// init_function_types() has run.
//
// Concurrency: all objects here are immutable after creation.
#include <cstdio>
#include <string>

#include "objects/api.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace ftpy {

Type BuiltinFunctionType;
Type MethodDescriptorType;
Type ClassMethodDescriptorType;
Type GetSetDescriptorType;

void init_function_object_types();  // function.cpp

namespace {

std::string ptr_text(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

const char* owner_name(Type* t) { return t ? type_name(t) : "?"; }

bool self_applies(Object* self, Type* owner) {
  Type* st = type_of(self);
  return st == owner || is_subtype(st, owner);
}

[[noreturn]] void raise_doesnt_apply(const char* name, Type* owner, Object* self) {
  raisef(&exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
         owner_name(owner), type_name_of(self));
}

// ------------------------------------------------------------- BuiltinFunction

BuiltinFunction* as_bf(Object* o) { return static_cast<BuiltinFunction*>(o); }

bool bf_is_method(BuiltinFunction* b) {
  return b->self && type_of(b->self.get()) != &ModuleType;
}

Ref<> bf_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  BuiltinFunction* b = as_bf(self);
  return b->def->fn(b->self.get(), args, nargs, kwnames);
}

Ref<> bf_repr(Object* self) {
  BuiltinFunction* b = as_bf(self);
  if (!bf_is_method(b)) return str_new(std::string("<built-in function ") + b->def->name + ">");
  Object* s = b->self.get();
  return str_new(std::string("<built-in method ") + b->def->name + " of " + type_name_of(s) +
                 " object at " + ptr_text(s) + ">");
}

Ref<> bf_get_name(Object* s) { return str_new(as_bf(s)->def->name); }
Ref<> bf_get_qualname(Object* s) {
  BuiltinFunction* b = as_bf(s);
  if (!bf_is_method(b)) return str_new(b->def->name);
  Object* self = b->self.get();
  Type* t = is_type_object(self) ? static_cast<Type*>(self) : type_of(self);
  Ref<> q = type_qualname(t);
  return str_new(std::string(str_view(q.get())) + "." + b->def->name);
}
Ref<> bf_get_self(Object* s) {
  BuiltinFunction* b = as_bf(s);
  return b->self ? b->self : none();
}
Ref<> bf_get_module(Object* s) {
  BuiltinFunction* b = as_bf(s);
  return b->module_name ? b->module_name : none();
}
Ref<> bf_get_doc(Object* s) {
  const char* d = as_bf(s)->def->doc;
  return d ? Ref<>(str_new(d)) : none();
}
Ref<> get_text_signature(Object*) { return none(); }

Ref<> bf_richcompare(Object* a, Object* b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &BuiltinFunctionType) {
    return not_implemented();
  }
  bool same = as_bf(a)->def == as_bf(b)->def && as_bf(a)->self.get() == as_bf(b)->self.get();
  return py_bool(op == CompareOp::Eq ? same : !same);
}

int64_t bf_hash(Object* self) {
  BuiltinFunction* b = as_bf(self);
  int64_t h = static_cast<int64_t>(reinterpret_cast<uintptr_t>(b->def) >> 3) ^
              static_cast<int64_t>(reinterpret_cast<uintptr_t>(b->self.get()) >> 4);
  return h == -1 ? -2 : h;
}

void bf_traverse(Object* self, VisitFn visit, void* arg) {
  BuiltinFunction* b = as_bf(self);
  if (b->self) visit(b->self.get(), arg);
  if (b->module_name) visit(b->module_name.get(), arg);
}

const GetSetDef kBuiltinFunctionGetSets[] = {
    {"__name__", bf_get_name, nullptr, nullptr},
    {"__qualname__", bf_get_qualname, nullptr, nullptr},
    {"__self__", bf_get_self, nullptr, nullptr},
    {"__module__", bf_get_module, nullptr, nullptr},
    {"__doc__", bf_get_doc, nullptr, nullptr},
    {"__text_signature__", get_text_signature, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ------------------------------------------------------------- MethodDescriptor

MethodDescriptor* as_md(Object* o) { return static_cast<MethodDescriptor*>(o); }

Ref<> md_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  MethodDescriptor* d = as_md(self);
  if (nargs == 0) {
    raisef(&exc::TypeError, "unbound method %s.%s() needs an argument", owner_name(d->owner),
           d->def->name);
  }
  if (!self_applies(args[0], d->owner)) raise_doesnt_apply(d->def->name, d->owner, args[0]);
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

Ref<> md_descr_get(Object* self, Object* obj, Type*) {
  MethodDescriptor* d = as_md(self);
  if (!obj) return Ref<>::borrow(self);
  if (!self_applies(obj, d->owner)) raise_doesnt_apply(d->def->name, d->owner, obj);
  return builtin_function_new(d->def, obj, nullptr);
}

Ref<> md_repr(Object* self) {
  MethodDescriptor* d = as_md(self);
  return str_new(std::string("<method '") + d->def->name + "' of '" + owner_name(d->owner) +
                 "' objects>");
}

Ref<> md_get_name(Object* s) { return str_new(as_md(s)->def->name); }
Ref<> md_get_qualname(Object* s) {
  MethodDescriptor* d = as_md(s);
  Ref<> q = type_qualname(d->owner);
  return str_new(std::string(str_view(q.get())) + "." + d->def->name);
}
Ref<> md_get_objclass(Object* s) { return Ref<>::borrow(static_cast<Object*>(as_md(s)->owner)); }
Ref<> md_get_doc(Object* s) {
  const char* d = as_md(s)->def->doc;
  return d ? Ref<>(str_new(d)) : none();
}

const GetSetDef kMethodDescriptorGetSets[] = {
    {"__name__", md_get_name, nullptr, nullptr},
    {"__qualname__", md_get_qualname, nullptr, nullptr},
    {"__objclass__", md_get_objclass, nullptr, nullptr},
    {"__doc__", md_get_doc, nullptr, nullptr},
    {"__text_signature__", get_text_signature, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// classmethod descriptors (MethodDef with kMethodClass): bind to the type.
Ref<> cmd_descr_get(Object* self, Object* obj, Type* type) {
  MethodDescriptor* d = as_md(self);
  Type* t = type ? type : type_of(obj);
  if (!is_subtype(t, d->owner)) {
    raisef(&exc::TypeError, "descriptor '%s' for type '%s' doesn't apply to type '%s'",
           d->def->name, owner_name(d->owner), type_name(t));
  }
  return builtin_function_new(d->def, t, nullptr);
}

Ref<> cmd_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  MethodDescriptor* d = as_md(self);
  if (nargs == 0) {
    raisef(&exc::TypeError, "descriptor '%s' of '%s' object needs an argument", d->def->name,
           owner_name(d->owner));
  }
  if (!is_type_object(args[0]) || !is_subtype(static_cast<Type*>(args[0]), d->owner)) {
    raisef(&exc::TypeError, "descriptor '%s' for type '%s' needs a subtype of '%s' as arg 1",
           d->def->name, owner_name(d->owner), owner_name(d->owner));
  }
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

// ------------------------------------------------------------- GetSetDescriptor

GetSetDescriptor* as_gs(Object* o) { return static_cast<GetSetDescriptor*>(o); }

Ref<> gs_descr_get(Object* self, Object* obj, Type*) {
  GetSetDescriptor* d = as_gs(self);
  if (!obj) return Ref<>::borrow(self);
  if (!self_applies(obj, d->owner)) raise_doesnt_apply(d->def->name, d->owner, obj);
  if (!d->def->get) {
    raisef(&exc::AttributeError, "attribute '%s' of '%s' objects is not readable", d->def->name,
           owner_name(d->owner));
  }
  return d->def->get(obj);
}

void gs_descr_set(Object* self, Object* obj, Object* value) {
  GetSetDescriptor* d = as_gs(self);
  if (!self_applies(obj, d->owner)) raise_doesnt_apply(d->def->name, d->owner, obj);
  if (!d->def->set) {
    raisef(&exc::AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
           owner_name(d->owner));
  }
  d->def->set(obj, value);
}

Ref<> gs_repr(Object* self) {
  GetSetDescriptor* d = as_gs(self);
  return str_new(std::string("<attribute '") + d->def->name + "' of '" + owner_name(d->owner) +
                 "' objects>");
}

Ref<> gs_get_name(Object* s) { return str_new(as_gs(s)->def->name); }
Ref<> gs_get_qualname(Object* s) {
  GetSetDescriptor* d = as_gs(s);
  Ref<> q = type_qualname(d->owner);
  return str_new(std::string(str_view(q.get())) + "." + d->def->name);
}
Ref<> gs_get_objclass(Object* s) { return Ref<>::borrow(static_cast<Object*>(as_gs(s)->owner)); }
Ref<> gs_get_doc(Object* s) {
  const char* d = as_gs(s)->def->doc;
  return d ? Ref<>(str_new(d)) : none();
}

const GetSetDef kGetSetDescriptorGetSets[] = {
    {"__name__", gs_get_name, nullptr, nullptr},
    {"__qualname__", gs_get_qualname, nullptr, nullptr},
    {"__objclass__", gs_get_objclass, nullptr, nullptr},
    {"__doc__", gs_get_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void fill_native_callable_types() {
  {
    Type& t = BuiltinFunctionType;
    t.name = "builtin_function_or_method";
    t.basicsize = sizeof(BuiltinFunction);
    t.flags = kTypeHasGc;
    t.tp_dealloc = destroy_object<BuiltinFunction>;
    t.tp_traverse = bf_traverse;
    t.tp_call = bf_call;
    t.tp_repr = bf_repr;
    t.tp_richcompare = bf_richcompare;
    t.tp_hash = bf_hash;
    t.getsets = kBuiltinFunctionGetSets;
  }
  {
    Type& t = MethodDescriptorType;
    t.name = "method_descriptor";
    t.basicsize = sizeof(MethodDescriptor);
    t.tp_dealloc = destroy_object<MethodDescriptor>;
    t.tp_call = md_call;
    t.tp_descr_get = md_descr_get;
    t.tp_repr = md_repr;
    t.getsets = kMethodDescriptorGetSets;
  }
  {
    Type& t = ClassMethodDescriptorType;
    t.name = "classmethod_descriptor";
    t.basicsize = sizeof(MethodDescriptor);
    t.tp_dealloc = destroy_object<MethodDescriptor>;
    t.tp_call = cmd_call;
    t.tp_descr_get = cmd_descr_get;
    t.tp_repr = md_repr;
    t.getsets = kMethodDescriptorGetSets;
  }
  {
    Type& t = GetSetDescriptorType;
    t.name = "getset_descriptor";
    t.basicsize = sizeof(GetSetDescriptor);
    t.tp_dealloc = destroy_object<GetSetDescriptor>;
    t.tp_descr_get = gs_descr_get;
    t.tp_descr_set = gs_descr_set;
    t.tp_repr = gs_repr;
    t.getsets = kGetSetDescriptorGetSets;
  }
}

// Fills the slots at load time (see the file comment). Runs after the Type
// objects above are constructed (same translation unit, declared earlier).
struct EarlySlots {
  EarlySlots() { fill_native_callable_types(); }
} early_slots;

}  // namespace

Ref<> builtin_function_new(const MethodDef* def, Object* self, Object* module_name) {
  BuiltinFunction* b = new_object<BuiltinFunction>(&BuiltinFunctionType);
  Ref<> result = Ref<>::steal(b);
  b->def = def;
  b->self = Ref<>::borrow(self);
  b->module_name = Ref<>::borrow(module_name);
  return result;
}

Ref<> method_descriptor_new(const MethodDef* def, Type* owner) {
  Type* t = (def->flags & kMethodClass) ? &ClassMethodDescriptorType : &MethodDescriptorType;
  MethodDescriptor* d = new_object<MethodDescriptor>(t);
  Ref<> result = Ref<>::steal(d);
  d->def = def;
  d->owner = owner;
  return result;
}

Ref<> getset_descriptor_new(const GetSetDef* def, Type* owner) {
  GetSetDescriptor* d = new_object<GetSetDescriptor>(&GetSetDescriptorType);
  Ref<> result = Ref<>::steal(d);
  d->def = def;
  d->owner = owner;
  return result;
}

void init_function_types() {
  fill_native_callable_types();
  init_function_object_types();
  type_ready(&MethodDescriptorType);
  type_ready(&ClassMethodDescriptorType);
  type_ready(&GetSetDescriptorType);
  type_ready(&BuiltinFunctionType);
  type_ready(&FunctionType);
  type_ready(&MethodType);
  type_ready(&CellType);
}

}  // namespace ftpy
