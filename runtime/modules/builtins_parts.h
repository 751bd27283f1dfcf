// builtins_parts.h — the pieces the builtins module is assembled from
// (builtins_module.cpp): one MethodDef table per file.
#pragma once

#include "objects/object.h"
#include "runtime/modules/import.h"
#include "runtime/vm/interp.h"

namespace ftpy {

extern const MethodDef kBuiltinFunctions[];       // builtins_functions.cpp
extern const MethodDef kBuiltinIterationFunctions[];  // builtins_iteration.cpp
extern const MethodDef kBuiltinIoFunctions[];     // builtins_io.cpp
// From the VM (runtime/vm/builtins_vm.cpp): __build_class__, globals,
// locals, vars, exec, eval, compile.
const MethodDef* vm_builtin_methods();

inline Ref<> builtins_current_locals() { return vm::current_locals(); }
inline Ref<> builtins_import_hook(Object* name, Object* globals, Object* fromlist, Object* level) {
  return import_name(name, globals, fromlist, level);
}

}  // namespace ftpy
