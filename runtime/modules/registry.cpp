// registry.cpp — the table of built-in modules the import system can create.
// Each entry's create() builds a fresh module; import.cpp stores it in
// sys.modules, so it runs at most once per process (under the import lock).
#include "runtime/modules/module_util.h"
#include "runtime/modules/sys_module.h"
#include "runtime/modules/builtin_modules.h"

namespace ftpy {

namespace {
Ref<> get_sys() { return Ref<>::borrow(sys_module()); }
Ref<> get_builtins() { return Ref<>::borrow(builtins_module()); }

const BuiltinModule kBuiltinModules[] = {
    {"sys", get_sys},
    {"builtins", get_builtins},
    {"dis", make_dis_module},
#define BUILTIN_MODULE(pyname, create) {pyname, create},
#include "runtime/modules/builtin_modules.def"
#undef BUILTIN_MODULE
    {nullptr, nullptr},
};
}  // namespace

const BuiltinModule* builtin_module_table() { return kBuiltinModules; }

}  // namespace ftpy
