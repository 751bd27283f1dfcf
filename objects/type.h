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

// Fills the slots of `object` and `type` (they are readied lazily by the
// first type_ready, which needs str and dict to work) — runtime_init calls
// it first. init_descriptor_types() readies object, type, property,
// staticmethod, classmethod, super, mappingproxy and the descriptor types;
// init_singletons() readies NoneType, NotImplementedType, ellipsis (and calls
// init_descriptor_types()). All three are idempotent; start-up only.
void init_type_system();
void init_descriptor_types();
void init_singletons();

// Process teardown (runtime/teardown.h), main thread alone. Classes are
// immortal, so what they hold is released here: first their namespaces
// (dict emptied, caches and slots refreshed; the class still works, with
// only its bases' attributes), then — once no Python code will run again —
// their namespace dicts, bases, MRO and qualified name.
void heap_types_clear_namespaces();
void heap_types_release_all();

// Runs type(o).__del__(o), printing "Exception ignored in: ..." for an
// exception it raises (the caller sets kGcFinalized first).
void call_finalizer(Object* o);

// The version tag to key caches on (acquire load; 0 = not cacheable).
uint64_t type_version(const Type* t);
// `name` was set or deleted in t's dict: new version tags for t and every
// subclass, and dunder slots refreshed when `name` is a dunder.
void type_modified_name(Type* t, Str* name);
// The first type in t's base chain that is not a heap type (whose layout and
// native slots a heap type extends).
Type* static_base(Type* t);
// Like type_lookup, also reporting the class whose dict holds the entry.
Object* type_lookup_owner(Type* type, Str* name, Type** owner);

}  // namespace ftpy
