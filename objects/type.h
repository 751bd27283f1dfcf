// type.h — the type system's entry points beyond object.h: readying built-in
// types, creating classes, and the MRO. Implemented in objects/type*.cpp.
//
// Concurrency: a class is created by one thread and published by the store
// that binds its name; later writes to class attributes go through
// type_setattr, which bumps version_tag (attribute caches key on it) under
// the type lock.
#pragma once

#include "objects/object.h"

namespace ftpy {

// Finishes a static built-in type: base defaults to `object`, mro, dict from
// methods/getsets, slot inheritance, kTypeReady, immortal. Idempotent.
void type_ready(Type* t);

// type(name, bases, namespace, **kwds) — the metaclass call a class statement
// makes (through __build_class__): computes the C3 MRO, picks the solid base,
// handles __slots__, __classcell__, __set_name__, __init_subclass__, and
// installs slot functions for the dunders defined in the namespace.
Ref<> type_new_class(Type* metatype, Object* name, Object* bases, Object* ns, Object* kwnames_dict);

// The metaclass to use for `bases` (the most derived metaclass among them and
// the explicit one, TypeError on conflict).
Type* calculate_metaclass(Type* explicit_meta, Object* bases);

// Called after a class attribute is set/deleted: refreshes the dunder slot of
// that name in the type and its subclasses and invalidates attribute caches.
void type_modified(Type* t);

// The str for a type's __name__ / __qualname__.
Ref<> type_qualname(Type* t);
// "module.QualName" as repr(type) shows it: "<class 'int'>", "<class '__main__.K'>".
Ref<> type_repr(Object* t);

// The type's `__module__` (str), "builtins" for built-in types.
Ref<> type_module(Type* t);

void init_type_system();   // readies type, object and the descriptor types

}  // namespace ftpy
