// builtin_modules.h — the make functions of the built-in modules listed in
// builtin_modules.def (plus dis, which registry.cpp names directly).
#pragma once

#include "objects/object.h"

namespace ftpy {

Ref<> make_dis_module();
#define BUILTIN_MODULE(pyname, create) Ref<> create();
#include "runtime/modules/builtin_modules.def"
#undef BUILTIN_MODULE

}  // namespace ftpy
