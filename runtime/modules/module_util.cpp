// module_util.cpp — helpers to build built-in modules (module_util.h).
#include "runtime/modules/module_util.h"

#include "gc/deferred_rc.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/module.h"
#include "objects/str.h"

namespace ftpy {

void module_add(Object* module, std::string_view name, Object* value) {
  dict_set_str(static_cast<Dict*>(module_dict(module)), name, value);
}

void module_add_functions(Object* module, const MethodDef* functions) {
  if (!functions) return;
  Object* name = static_cast<Module*>(module)->name.get();
  for (const MethodDef* def = functions; def->name; ++def) {
    Ref<> fn = builtin_function_new(def, module, name);
    mark_deferred(fn.get());  // len, print...: called from every thread (gc/deferred_rc.h)
    module_add(module, def->name, fn.get());
  }
}

Ref<> make_module(std::string_view name, const MethodDef* functions, const char* doc) {
  Ref<> module = module_new(name);
  if (doc) {
    Ref<> d = str_new(doc);
    module_add(module.get(), "__doc__", d.get());
  }
  module_add_functions(module.get(), functions);
  return module;
}

}  // namespace ftpy
