// module_util.h — building built-in modules from MethodDef tables, and the
// table of built-in modules the import system knows.
//
// Concurrency: built-in modules are created at most once, under the import
// lock (import.cpp); their tables are immutable.
#pragma once

#include <string_view>

#include "objects/object.h"

namespace ftpy {

// A module named `name` with one built-in function per entry of `functions`
// (terminated by a {nullptr} entry; may be null).
Ref<> make_module(std::string_view name, const MethodDef* functions, const char* doc = nullptr);
// Adds one value to a module's namespace.
void module_add(Object* module, std::string_view name, Object* value);
// Adds the built-in functions of a MethodDef table to an existing module.
void module_add_functions(Object* module, const MethodDef* functions);

struct BuiltinModule {
  const char* name;
  Ref<> (*create)();
};
// The built-in modules (runtime/modules/registry.cpp); null-terminated.
const BuiltinModule* builtin_module_table();

// builtins: the module and its dict (created by init_builtins()).
Object* builtins_module();
Object* builtins_dict();
void init_builtins();

}  // namespace ftpy
