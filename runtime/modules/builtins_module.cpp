// builtins_module.cpp — assembles the `builtins` module: the built-in
// functions (tables from builtins_*.cpp and the VM), the built-in types, the
// constants and every exception class.
//
// Concurrency: built once at start-up; afterwards it is an ordinary module
// whose dict programs may change (LOAD_GLOBAL caches key on its version).
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/iterators.h"
#include "objects/descr.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/modules/builtins_parts.h"
#include "runtime/modules/module_util.h"

namespace ftpy {

namespace {
Ref<> the_builtins_module;
}

Object* builtins_module() { return the_builtins_module.get(); }
Object* builtins_dict() { return module_dict(the_builtins_module.get()); }

void init_builtins() {
  Ref<> m = make_module("builtins", kBuiltinFunctions,
                        "Built-in functions, types, exceptions, and other objects.");
  module_add_functions(m.get(), kBuiltinIterationFunctions);
  module_add_functions(m.get(), kBuiltinIoFunctions);
  module_add_functions(m.get(), vm_builtin_methods());
  struct NamedType { const char* name; Type* type; };
  const NamedType types[] = {
      {"object", &ObjectType}, {"type", &TypeType}, {"int", &IntType}, {"bool", &BoolType},
      {"float", &FloatType}, {"str", &StrType}, {"bytes", &BytesType}, {"tuple", &TupleType},
      {"list", &ListType}, {"dict", &DictType}, {"set", &SetType}, {"frozenset", &FrozenSetType},
      {"range", &RangeType}, {"slice", &SliceType}, {"enumerate", &EnumerateType},
      {"zip", &ZipType}, {"map", &MapType}, {"filter", &FilterType}, {"reversed", &ReversedType},
      {"property", &PropertyType}, {"staticmethod", &StaticMethodType},
      {"classmethod", &ClassMethodType}, {"super", &SuperType},
  };
  for (const NamedType& t : types) module_add(m.get(), t.name, t.type);
  module_add(m.get(), "None", kNone);
  module_add(m.get(), "True", kTrue);
  module_add(m.get(), "False", kFalse);
  module_add(m.get(), "Ellipsis", kEllipsis);
  module_add(m.get(), "NotImplemented", kNotImplemented);
  module_add(m.get(), "__debug__", kTrue);
#define EXC(cname, pyname, base) module_add(m.get(), pyname, &exc::cname);
#include "objects/exception_types.def"
#undef EXC
  module_add(m.get(), "EnvironmentError", &exc::OSError);
  module_add(m.get(), "IOError", &exc::OSError);
  // Lives as long as the process (teardown empties its namespace).
  make_immortal(m.get());
  make_immortal(module_dict(m.get()));
  the_builtins_module = std::move(m);
}

}  // namespace ftpy
