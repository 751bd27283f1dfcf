// module.cpp — module objects (module.h): a namespace dict plus a name.
// Attribute lookup: data descriptors of the module type (__dict__,
// __class__), then the module dict, then a module-level __getattr__
// (PEP 562); missing names raise "module 'm' has no attribute 'x'".
// repr: <module 'm' from '/path/m.py'> when __file__ is set, else
// <module 'sys' (built-in)>.
//
// Concurrency: the dict is a normal Dict (its own critical section); the
// name is fixed at creation.
#include <string>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/identifiers.h"
#include "objects/module.h"
#include "gc/deferred_rc.h"
#include "objects/str.h"
#include "objects/type.h"

namespace ftpy {

Type ModuleType;

namespace {

Module* as_module(Object* o) { return static_cast<Module*>(o); }
Dict* mdict(Object* o) { return static_cast<Dict*>(as_module(o)->dict.get()); }

void module_fill(Module* m, Object* name, Object* doc) {
  if (!m->dict) {
    m->dict = dict_new();
    dict_mark_shared_namespace(m->dict.as_ptr<Dict>());  // globals: read by every thread
  }
  // Interned (immortal, as CPython's module names usually are): every
  // function made in the module keeps its __module__, so a counted name
  // would be one count that all threads making closures write.
  if (is_exact_str(name)) name = intern(static_cast<Str*>(name));
  m->name = Ref<>::borrow(name);
  Dict* d = mdict(m);
  dict_set_str(d, "__name__", name);
  dict_set_str(d, "__doc__", doc ? doc : kNone);
  dict_set_str(d, "__package__", kNone);
  dict_set_str(d, "__loader__", kNone);
  dict_set_str(d, "__spec__", kNone);
}

Ref<> module_tp_new(Type* type, Object* const*, size_t, Object*) {
  Module* m = new_object<Module>(type);
  m->dict = dict_new();
  dict_mark_shared_namespace(m->dict.as_ptr<Dict>());  // globals: read by every thread
  mark_deferred(m);
  return Ref<>::steal(m);
}

void module_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("module", args, nargs, kwnames, {"name", "doc"}, 1, a);
  if (!is_str(a[0]))
    raisef(&exc::TypeError, "module.__init__() argument 'name' must be str, not %s",
           type_name_of(a[0]));
  module_fill(as_module(self), a[0], a[1]);
}

Ref<> module_getattro(Object* o, Str* name) {
  Type* t = type_of(o);
  Ref<> descr = Ref<>::borrow(type_lookup(t, name));
  DescrGetFn get = nullptr;
  if (descr) {
    Type* dt = type_of(descr.get());
    get = dt->tp_descr_get;
    if (get && dt->tp_descr_set) return get(descr.get(), o, t);
  }
  if (Dict* d = mdict(o)) {
    Ref<> v = dict_get_str(d, name);
    if (v) return v;
  }
  if (descr) {
    if (get) return get(descr.get(), o, t);
    return descr;
  }
  if (Dict* d = mdict(o)) {
    Ref<> ga = dict_get_str(d, "__getattr__");
    if (ga) return call1(ga.get(), name);
  }
  return {};
}

void module_setattro(Object* o, Str* name, Object* value) {
  Ref<> descr = Ref<>::borrow(type_lookup(type_of(o), name));
  if (descr) {
    if (DescrSetFn set = type_of(descr.get())->tp_descr_set) {
      set(descr.get(), o, value);
      return;
    }
  }
  if (!name->interned) name = intern(name);
  Dict* d = mdict(o);
  if (value) {
    dict_set(d, name, value);
  } else if (!dict_del(d, name)) {
    raise_attribute_error(o, name);
  }
}

Ref<> module_repr(Object* o) {
  Dict* d = mdict(o);
  Ref<> name = d ? dict_get_str(d, "__name__") : Ref<>();
  std::string s = "<module ";
  s += name ? repr_utf8(name.get()) : std::string("'?'");
  Ref<> file = d ? dict_get_str(d, "__file__") : Ref<>();
  if (file && file.get() != kNone) {
    s += " from " + repr_utf8(file.get()) + ">";
  } else {
    s += " (built-in)>";
  }
  return str_new(s);
}

Ref<> module_get_dict(Object* o) { return as_module(o)->dict; }

Ref<> module_dir(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("__dir__", kwnames);
  check_nargs("__dir__", nargs, 0, 0);
  return dict_keys_list(mdict(self));
}

const GetSetDef kModuleGetSets[] = {
    {"__dict__", module_get_dict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
const MethodDef kModuleMethods[] = {
    {"__dir__", module_dir, kMethodPlain, "__dir__() -> list\nspecialized dir() implementation"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref<> module_new(std::string_view name) {
  Module* m = new_object<Module>(&ModuleType);
  Ref<> r = Ref<>::steal(m);
  mark_deferred(m);
  Ref<> n = Ref<>::borrow(intern(name));
  module_fill(m, n.get(), nullptr);
  return r;
}

void init_module_type() {
  Type& t = ModuleType;
  t.name = "module";
  t.basicsize = sizeof(Module);
  t.flags |= kTypeBaseType;
  t.doc =
      "Create a module object.\n\nThe name must be a string; the optional doc argument can "
      "have any type.";
  t.tp_new = module_tp_new;
  t.tp_init = module_tp_init;
  t.tp_dealloc = destroy_object<Module>;
  t.tp_traverse = [](Object* o, VisitFn visit, void* arg) {
    if (Object* d = static_cast<Module*>(o)->dict.get()) visit(d, arg);
  };
  t.tp_getattr = module_getattro;
  t.tp_setattr = module_setattro;
  t.tp_repr = module_repr;
  t.getsets = kModuleGetSets;
  t.methods = kModuleMethods;
  type_ready(&t);
}

}  // namespace ftpy
