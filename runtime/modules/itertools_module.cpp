// itertools_module.cpp — builds the `itertools` module from the types of
// itertools_basic.cpp, itertools_group.cpp and itertools_combinatorics.cpp.
//
// Concurrency: runs once, under the import lock.
#include "runtime/modules/builtin_modules.h"
#include "runtime/modules/itertools_internal.h"
#include "runtime/modules/module_util.h"

namespace ftpy {

Ref<> make_itertools_module() {
  Ref<> m = make_module("itertools", nullptr,
                        "Functional tools for creating and using iterators.");
  itertools_add_basic(m.get());
  itertools_add_group(m.get());
  itertools_add_combinatorics(m.get());
  return m;
}

}  // namespace ftpy
