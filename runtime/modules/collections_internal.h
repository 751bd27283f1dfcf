// collections_internal.h — the pieces of the `collections` module, shared by
// collections_module.cpp (which builds the module) and the files that define
// each type: collections_deque.cpp, collections_dicts.cpp (defaultdict,
// OrderedDict), collections_counter.cpp, collections_namedtuple.cpp.
// Types are static and readied once by their init function (idempotent),
// which runs under the import lock when the module is first imported.
#pragma once

#include "objects/object.h"

namespace ftpy {

extern Type DequeType;          // collections.deque
extern Type DefaultDictType;    // collections.defaultdict
extern Type OrderedDictType;    // collections.OrderedDict
extern Type CounterType;        // collections.Counter

void init_deque_types();
void init_collections_dict_types();  // defaultdict and OrderedDict
void init_counter_type();

// collections.namedtuple(typename, field_names, *, rename=False,
// defaults=None, module=None).
Ref<> collections_namedtuple(Object* self, Object* const* args, size_t nargs, Object* kwnames);

// The name a repr shows for an instance's class: the part after the last
// dot of a built-in type's dotted name ("deque"), or a heap type's __name__.
const char* collections_short_name(Type* t);

}  // namespace ftpy
