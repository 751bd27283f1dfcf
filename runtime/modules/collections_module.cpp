// collections_module.cpp — builds the `collections` module from the types
// defined in collections_deque.cpp, collections_dicts.cpp,
// collections_counter.cpp and collections_namedtuple.cpp.
//
// Concurrency: runs once, under the import lock; readies static types.
#include "objects/function.h"
#include "objects/str.h"
#include "runtime/modules/builtin_modules.h"
#include "runtime/modules/collections_internal.h"
#include "runtime/modules/module_util.h"

namespace ftpy {

namespace {

const MethodDef kCollectionsFunctions[] = {
    {"namedtuple", collections_namedtuple, 0,
     "Returns a new subclass of tuple with named fields."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref<> make_collections_module() {
  init_deque_types();
  init_collections_dict_types();
  init_counter_type();
  Ref<> m = make_module("collections", kCollectionsFunctions,
                        "This module implements specialized container datatypes providing\n"
                        "alternatives to Python's general purpose built-in containers, dict,\n"
                        "list, set, and tuple.");
  module_add(m.get(), "deque", &DequeType);
  module_add(m.get(), "defaultdict", &DefaultDictType);
  module_add(m.get(), "OrderedDict", &OrderedDictType);
  module_add(m.get(), "Counter", &CounterType);
  return m;
}

}  // namespace ftpy
