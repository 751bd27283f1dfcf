// module.h — module objects: a namespace dict plus a name.
// Concurrency: the dict is a normal Dict (its own critical section).
#pragma once

#include "objects/object.h"

namespace ftpy {

struct Module : Object {
  Ref<> dict;   // Dict: the module's globals
  Ref<> name;   // str
};
extern Type ModuleType;

Ref<> module_new(std::string_view name);  // sets __name__, __doc__=None, etc.
inline Object* module_dict(Object* m) { return static_cast<Module*>(m)->dict.get(); }
void init_module_type();

}  // namespace ftpy
