// function.cpp — Python function objects, bound methods and cells.
//
// A Function is created by MAKE_FUNCTION (code + the defining frame's
// globals) and filled in by SET_FUNCTION_ATTRIBUTE before anyone else sees
// it. Calling it goes through vm::call_function (runtime/vm/call.cpp); the
// eval loop's CALL skips even that for the common cases.
//
// Function attributes (f.x = 1) live in Function::dict, created on first
// store; the getset descriptors of the type (__name__, __defaults__ ...) take
// precedence, as in CPython.
//
// A Method binds a callable to `self`; calling it prepends self without
// allocating for up to 8 arguments.
//
// Concurrency: attribute replacement swaps whole references inside the
// object's critical section; readers load a reference once.
#include "objects/function.h"

#include <cstdio>
#include <string>
#include <vector>

#include "gc/deferred_rc.h"
#include "objects/shared_slot.h"
#include "objects/api.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/identifiers.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/threads/critical_section.h"
#include "runtime/vm/interp.h"
#include "runtime/vm/vm_internal.h"

namespace ftpy {

Type FunctionType;
Type MethodType;
Type CellType;

namespace {

std::string ptr_text(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

Function* as_func(Object* o) { return static_cast<Function*>(o); }

// ------------------------------------------------------------- Function

Ref<> func_repr(Object* self) {
  Function* f = as_func(self);
  std::string q = f->qualname && is_str(f->qualname.get()) ? std::string(str_view(f->qualname.get()))
                                                            : std::string("?");
  return str_new("<function " + q + " at " + ptr_text(self) + ">");
}

Ref<> func_descr_get(Object* self, Object* obj, Type*) {
  if (!obj || obj == kNone) return Ref<>::borrow(self);
  return method_new(self, obj);
}

Ref<> func_getattr(Object* self, Str* name) {
  Type* t = type_of(self);
  Object* descr = type_lookup(t, name);
  if (descr) {
    Type* dt = type_of(descr);
    if (dt->tp_descr_set && dt->tp_descr_get) return dt->tp_descr_get(descr, self, t);
  }
  Function* f = as_func(self);
  if (f->dict) {
    if (Ref<> v = dict_get_str(static_cast<Dict*>(f->dict.get()), name)) return v;
  }
  if (descr) {
    if (DescrGetFn g = type_of(descr)->tp_descr_get) return g(descr, self, t);
    return Ref<>::borrow(descr);
  }
  return {};
}

void func_setattr(Object* self, Str* name, Object* value) {
  Type* t = type_of(self);
  Object* descr = type_lookup(t, name);
  if (descr && type_of(descr)->tp_descr_set) {
    type_of(descr)->tp_descr_set(descr, self, value);
    return;
  }
  Function* f = as_func(self);
  CriticalSection cs(self);
  if (!value) {
    if (!f->dict || !dict_del(static_cast<Dict*>(f->dict.get()), name)) {
      raise_attribute_error(self, name);
    }
    return;
  }
  if (!f->dict) f->dict = dict_new();
  dict_set(static_cast<Dict*>(f->dict.get()), name, value);
}

void func_traverse(Object* self, VisitFn visit, void* arg) {
  Function* f = as_func(self);
  for (Object* o : {f->code.get(), f->globals.get(), f->builtins.get(), f->name.get(),
                    f->qualname.get(), f->defaults.get(), f->kwdefaults.get(), f->closure.get(),
                    f->doc.get(), f->module.get(), f->annotations.get(), f->dict.get()}) {
    if (o) visit(o, arg);
  }
}

void func_clear(Object* self) {
  Function* f = as_func(self);
  f->defaults.reset();
  f->kwdefaults.reset();
  f->closure.reset();
  f->annotations.reset();
  f->dict.reset();
  f->doc.reset();
  f->module.reset();
}

// getsets
Ref<> get_name(Object* s) { return as_func(s)->name; }
void set_name(Object* s, Object* v) {
  if (!v || !is_str(v)) raise(&exc::TypeError, "__name__ must be set to a string object");
  CriticalSection cs(s);
  as_func(s)->name = Ref<>::borrow(v);
}
Ref<> get_qualname(Object* s) { return as_func(s)->qualname; }
void set_qualname(Object* s, Object* v) {
  if (!v || !is_str(v)) raise(&exc::TypeError, "__qualname__ must be set to a string object");
  CriticalSection cs(s);
  as_func(s)->qualname = Ref<>::borrow(v);
}
Ref<> get_doc(Object* s) {
  Function* f = as_func(s);
  return f->doc ? f->doc : none();
}
void set_doc(Object* s, Object* v) {
  CriticalSection cs(s);
  as_func(s)->doc = Ref<>::borrow(v ? v : kNone);
}
Ref<> get_defaults(Object* s) {
  Function* f = as_func(s);
  return f->defaults ? f->defaults : none();
}
void set_defaults(Object* s, Object* v) {
  if (v && v != kNone && !is_tuple(v)) raise(&exc::TypeError, "__defaults__ must be set to a tuple object");
  CriticalSection cs(s);
  as_func(s)->defaults = (v && v != kNone) ? Ref<>::borrow(v) : Ref<>();
}
Ref<> get_kwdefaults(Object* s) {
  Function* f = as_func(s);
  return f->kwdefaults ? f->kwdefaults : none();
}
void set_kwdefaults(Object* s, Object* v) {
  if (v && v != kNone && !is_dict(v)) raise(&exc::TypeError, "__kwdefaults__ must be set to a dict object");
  CriticalSection cs(s);
  as_func(s)->kwdefaults = (v && v != kNone) ? Ref<>::borrow(v) : Ref<>();
}
Ref<> get_code(Object* s) { return as_func(s)->code; }
void set_code(Object* s, Object* v) {
  if (!v || type_of(v) != &CodeType) raise(&exc::TypeError, "__code__ must be set to a code object");
  Function* f = as_func(s);
  int32_t nfree = static_cast<Code*>(v)->nfreevars;
  int64_t nclosure = f->closure ? tuple_size(f->closure.get()) : 0;
  if (nfree != nclosure) {
    std::string n(str_view(f->name.get()));
    raisef(&exc::ValueError, "%s() requires a code object with %lld free vars, not %d", n.c_str(),
           static_cast<long long>(nclosure), nfree);
  }
  CriticalSection cs(s);
  f->code = Ref<>::borrow(v);
}
// __globals__, __builtins__, __closure__ are read-only members in CPython.
void set_readonly(Object*, Object*) { raise(&exc::AttributeError, "readonly attribute"); }
Ref<> get_globals(Object* s) { return as_func(s)->globals; }
Ref<> get_builtins(Object* s) { return as_func(s)->builtins; }
Ref<> get_closure(Object* s) {
  Function* f = as_func(s);
  return f->closure ? f->closure : none();
}
Ref<> get_module(Object* s) {
  Function* f = as_func(s);
  return f->module ? f->module : none();
}
void set_module(Object* s, Object* v) {
  CriticalSection cs(s);
  as_func(s)->module = Ref<>::borrow(v ? v : kNone);
}
Ref<> get_dict(Object* s) {
  Function* f = as_func(s);
  CriticalSection cs(s);
  if (!f->dict) f->dict = dict_new();
  return f->dict;
}
void set_dict(Object* s, Object* v) {
  if (!v) raise(&exc::TypeError, "cannot delete __dict__");
  if (!is_dict(v)) raisef(&exc::TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name_of(v));
  CriticalSection cs(s);
  as_func(s)->dict = Ref<>::borrow(v);
}
Ref<> get_annotations(Object* s) {
  Function* f = as_func(s);
  CriticalSection cs(s);
  if (!f->annotations) f->annotations = dict_new();
  return f->annotations;
}
void set_annotations(Object* s, Object* v) {
  if (v && v != kNone && !is_dict(v)) raise(&exc::TypeError, "__annotations__ must be set to a dict object");
  CriticalSection cs(s);
  as_func(s)->annotations = (v && v != kNone) ? Ref<>::borrow(v) : Ref<>();
}
Ref<> get_type_params(Object*) { return Ref<>::borrow(empty_tuple()); }

const GetSetDef kFunctionGetSets[] = {
    {"__name__", get_name, set_name, nullptr},
    {"__qualname__", get_qualname, set_qualname, nullptr},
    {"__doc__", get_doc, set_doc, nullptr},
    {"__defaults__", get_defaults, set_defaults, nullptr},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults, nullptr},
    {"__code__", get_code, set_code, nullptr},
    {"__globals__", get_globals, set_readonly, nullptr},
    {"__builtins__", get_builtins, set_readonly, nullptr},
    {"__closure__", get_closure, set_readonly, nullptr},
    {"__module__", get_module, set_module, nullptr},
    {"__dict__", get_dict, set_dict, nullptr},
    {"__annotations__", get_annotations, set_annotations, nullptr},
    {"__type_params__", get_type_params, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ------------------------------------------------------------- Method

Method* as_method(Object* o) { return static_cast<Method*>(o); }

Ref<> method_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Method* m = as_method(self);
  size_t total = nargs + (kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0);
  Object* small[9];
  std::vector<Object*> big;
  Object** buf = small;
  if (total + 1 > 9) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = m->self.get();
  for (size_t i = 0; i < total; ++i) buf[i + 1] = args[i];
  Ref<> func = m->func;  // keep alive if the method is rebound during the call
  if (type_of(func.get()) == &FunctionType) return vm::call_function(func.get(), buf, nargs + 1, kwnames);
  return call(func.get(), buf, nargs + 1, kwnames);
}

Ref<> method_repr(Object* self) {
  Method* m = as_method(self);
  Ref<> name = getattr_or_null(m->func.get(), id::qualname);
  if (!name || !is_str(name.get())) name = getattr_or_null(m->func.get(), id::name);
  std::string n = name && is_str(name.get()) ? std::string(str_view(name.get())) : "?";
  std::string r = repr_utf8(m->self.get());
  return str_new("<bound method " + n + " of " + r + ">");
}

Ref<> method_getattr(Object* self, Str* name) {
  Type* t = type_of(self);
  if (Object* descr = type_lookup(t, name)) {
    if (DescrGetFn g = type_of(descr)->tp_descr_get) return g(descr, self, t);
    return Ref<>::borrow(descr);
  }
  return getattr_or_null(as_method(self)->func.get(), name);
}

void method_setattr(Object*, Str* name, Object*) {
  std::string n(name->view());
  raisef(&exc::AttributeError,
         "'method' object has no attribute '%s' and no __dict__ for setting new attributes",
         n.c_str());
}

Ref<> method_richcompare(Object* a, Object* b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &MethodType) {
    return not_implemented();
  }
  Method* x = as_method(a);
  Method* y = as_method(b);
  bool same = x->self.get() == y->self.get() && eq(x->func.get(), y->func.get());
  return py_bool(op == CompareOp::Eq ? same : !same);
}

int64_t method_hash(Object* self) {
  Method* m = as_method(self);
  int64_t h = static_cast<int64_t>(reinterpret_cast<uintptr_t>(m->self.get()) >> 4);
  int64_t r = h ^ hash(m->func.get());
  return r == -1 ? -2 : r;
}

Ref<> method_descr_get(Object* self, Object*, Type*) { return Ref<>::borrow(self); }

void method_traverse(Object* self, VisitFn visit, void* arg) {
  Method* m = as_method(self);
  if (m->func) visit(m->func.get(), arg);
  if (m->self) visit(m->self.get(), arg);
}

Ref<> method_get_self(Object* s) { return as_method(s)->self; }
Ref<> method_get_func(Object* s) { return as_method(s)->func; }
Ref<> method_get_doc(Object* s) {
  Ref<> d = getattr_or_null(as_method(s)->func.get(), id::doc);
  return d ? d : none();
}

const GetSetDef kMethodGetSets[] = {
    {"__self__", method_get_self, nullptr, nullptr},
    {"__func__", method_get_func, nullptr, nullptr},
    {"__doc__", method_get_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ------------------------------------------------------------- Cell

Ref<> cell_repr(Object* self) {
  Cell* c = static_cast<Cell*>(self);
  Ref<> v = shared_slot_load(c, c->contents.raw_slot());
  if (!v) return str_new("<cell at " + ptr_text(self) + ": empty>");
  return str_new("<cell at " + ptr_text(self) + ": " + type_name_of(v.get()) +
                 " object at " + ptr_text(v.get()) + ">");
}
Ref<> cell_get_contents(Object* s) {
  Cell* c = static_cast<Cell*>(s);
  Ref<> v = shared_slot_load(c, c->contents.raw_slot());
  if (!v) raise(&exc::ValueError, "Cell is empty");
  return v;
}
void cell_set_contents(Object* s, Object* v) {
  xincref(v);
  Ref<> old = shared_slot_exchange(s, static_cast<Cell*>(s)->contents.raw_slot(), v);
}
void cell_traverse(Object* self, VisitFn visit, void* arg) {
  Cell* c = static_cast<Cell*>(self);
  if (c->contents) visit(c->contents.get(), arg);
}
void cell_clear(Object* self) { static_cast<Cell*>(self)->contents.reset(); }

const GetSetDef kCellGetSets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

// ------------------------------------------------------------- constructors

Ref<> function_new(Object* code, Object* globals, Object* qualname) {
  Code* co = static_cast<Code*>(code);
  Function* f = new_object<Function>(&FunctionType);
  Ref<> result = Ref<>::steal(f);
  f->code = Ref<>::borrow(code);
  f->globals = Ref<>::borrow(globals);
  f->builtins = Ref<>::borrow(vm::builtins_for_globals(globals));
  f->name = co->name;
  f->qualname = qualname ? Ref<>::borrow(qualname) : co->name;
  if ((co->flags & kCoHasDocstring) && co->consts && tuple_size(co->consts.get()) > 0) {
    f->doc = Ref<>::borrow(tuple_item(co->consts.get(), 0));
  } else {
    f->doc = none();
  }
  Ref<> module;
  if (globals && is_dict(globals)) module = dict_get_str(static_cast<Dict*>(globals), id::name);
  f->module = module ? module : none();
  // A module-level function (or method of a module-level class) is called
  // from every thread: count it per thread (gc/deferred_rc.h). Closures
  // stay ordinary objects, owned by the thread that made them.
  if (!(co->flags & kCoNested)) mark_deferred(f);
  return result;
}

Ref<> method_new(Object* func, Object* self) {
  Method* m = new_object<Method>(&MethodType);
  Ref<> result = Ref<>::steal(m);
  m->func = Ref<>::borrow(func);
  m->self = Ref<>::borrow(self);
  return result;
}

Ref<> cell_new(Object* contents) {
  Cell* c = new_object<Cell>(&CellType);
  Ref<> result = Ref<>::steal(c);
  c->contents = Ref<>::borrow(contents);
  return result;
}

void init_function_object_types() {
  {
    Type& t = FunctionType;
    t.name = "function";
    t.basicsize = sizeof(Function);
    t.flags = kTypeHasGc;
    t.tp_dealloc = destroy_object<Function>;
    t.tp_traverse = func_traverse;
    t.tp_clear = func_clear;
    t.tp_repr = func_repr;
    t.tp_call = vm::call_function;
    t.tp_descr_get = func_descr_get;
    t.tp_getattr = func_getattr;
    t.tp_setattr = func_setattr;
    t.getsets = kFunctionGetSets;
    t.doc = "Create a function object.";
  }
  {
    Type& t = MethodType;
    t.name = "method";
    t.basicsize = sizeof(Method);
    t.flags = kTypeHasGc;
    t.tp_dealloc = destroy_object<Method>;
    t.tp_traverse = method_traverse;
    t.tp_repr = method_repr;
    t.tp_call = method_call;
    t.tp_getattr = method_getattr;
    t.tp_setattr = method_setattr;
    t.tp_richcompare = method_richcompare;
    t.tp_hash = method_hash;
    t.tp_descr_get = method_descr_get;
    t.getsets = kMethodGetSets;
    t.doc = "Create a bound instance method object.";
  }
  {
    Type& t = CellType;
    t.name = "cell";
    t.basicsize = sizeof(Cell);
    t.flags = kTypeHasGc;
    t.tp_dealloc = destroy_object<Cell>;
    t.tp_traverse = cell_traverse;
    t.tp_clear = cell_clear;
    t.tp_repr = cell_repr;
    t.getsets = kCellGetSets;
  }
}

namespace {
// Fills the slots at load time as function_builtin.cpp does for its types
// (the Type objects above are constructed first: same translation unit).
struct EarlySlots {
  EarlySlots() { init_function_object_types(); }
} early_slots;
}  // namespace

}  // namespace ftpy
