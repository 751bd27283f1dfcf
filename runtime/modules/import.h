// import.h — the import system: sys.modules, built-in modules, and user
// modules found next to the main script, in PYTHONPATH, or in sys.path.
//
// Concurrency: sys.modules is a Dict (its own critical section). Two threads
// importing the same module at once both see it in sys.modules only after
// its body ran... (CPython uses per-module import locks; ftpy takes one
// import lock around finding and executing a module, released while waiting
// — runtime/modules/import.cpp).
#pragma once

#include <string_view>

#include "objects/object.h"

namespace ftpy {

struct Str;

// IMPORT_NAME: __import__(name, globals, None, fromlist, level). Returns the
// top-level package for `import a.b` with an empty fromlist, else the module.
Ref<> import_name(Object* name, Object* globals, Object* fromlist, Object* level);
// IMPORT_FROM: module.name, or the submodule, else ImportError
// "cannot import name 'x' from 'm' (/path/m.py)".
Ref<> import_from(Object* module, Str* name);
// `from m import *`: copies public names (or __all__) into `locals`.
void import_star(Object* module, Object* locals);
// Imports a module by dotted name (absolute).
Ref<> import_module(std::string_view name);

// sys.modules (a Dict), created by the runtime at start-up.
Object* sys_modules();

}  // namespace ftpy
