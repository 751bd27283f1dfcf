// builtin_modules.h — the make functions of the built-in modules listed in
// builtin_modules.def (plus dis, which registry.cpp names directly).
#pragma once

#include "objects/object.h"

namespace ftpy {

Ref<> make_dis_module();
#define BUILTIN_MODULE(pyname, create) Ref<> create();
#include "runtime/modules/builtin_modules.def"
#undef BUILTIN_MODULE

// Teardown (runtime/teardown.h): gc.callbacks, which the collector holds
// for the process lifetime, drops its callbacks.
void gc_module_clear_callbacks();

}  // namespace ftpy
