// type_internal.h — private glue between the type-system files (type*.cpp,
// mro.cpp, object_base.cpp, descr*.cpp, super.cpp, protocol_*.cpp). Not a
// contract: nothing outside the type system includes it.
#pragma once

#include <vector>

#include "objects/api.h"
#include "objects/object.h"

namespace ftpy {

struct Dict;

// ---- type.cpp
// Copies every null slot of t from base (CPython's inherit_slots).
void inherit_slots(Type* t, Type* base);
// Gives t (and, transitively, its subclasses) fresh version tags.
void assign_version_tag(Type* t);
void register_subclass(Type* base, Type* sub);
std::vector<Type*> subclasses_of(Type* t);  // live direct subclasses
Ref<> type_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames);
Ref<> type_getattro(Object* o, Str* name);
void type_setattro(Object* o, Str* name, Object* value);
// A built-in type's `__new__` entry: a built-in function bound to the type.
Ref<> make_tp_new_wrapper(Type* t);

// ---- mro.cpp
// The C3 linearisation of t (t first). TypeError on inconsistency.
Ref<> compute_mro(Type* t);

// ---- type_slots.cpp
// Sets every dunder slot of a heap type: a dispatcher when the dunder is
// defined by a heap class in the MRO, else the value inherited from t->base.
void update_all_slots(Type* t);
// Same for the slots that depend on `name` (false if name is no dunder slot).
bool update_slots_for_name(Type* t, Str* name);
void subtype_dealloc(Object* o);
void subtype_traverse(Object* o, VisitFn visit, void* arg);
void subtype_clear(Object* o);

// ---- descr_wrapper.cpp
// Adds a slot wrapper to t's dict for each slot t defines itself (called by
// type_ready before inheritance, so a non-null slot means "defined here").
void add_slot_wrappers(Type* t);
// If `descr` is a slot wrapper, the type whose slot it wraps (else null).
Type* slot_wrapper_owner(Object* descr);

// ---- object_base.cpp
Ref<> object_new(Type* type, Object* const* args, size_t nargs, Object* kwnames);
void object_init(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Ref<> object_richcompare(Object* a, Object* b, CompareOp op);
void init_object_type_slots();
// Instance __dict__ of a kTypeManagedDict object: load (borrowed, may be
// null), create on demand, and the `__dict__` getset bodies.
Object* instance_dict(Object* o);
Dict* instance_dict_ensure(Object* o);
Ref<> instance_dict_getter(Object* o);
void instance_dict_setter(Object* o, Object* value);
extern const GetSetDef kInstanceDictGetSet[];     // {"__dict__"}, {nullptr}
extern const GetSetDef kInstanceWeakrefGetSet[];  // {"__weakref__"}, {nullptr}

// ---- per-file type initialisation (called by init_descriptor_types)
void init_descr_objects();       // descr.cpp: property, staticmethod, classmethod, member
void init_slot_wrapper_types();  // descr_wrapper.cpp
void init_super_type();          // super.cpp
void init_mappingproxy_type();   // type_dictproxy.cpp

// ---- exceptions.cpp (shared with exceptions_extra.cpp)
Ref<> exception_args_tuple(Object* const* args, size_t nargs);
Ref<> exception_base_new(Type* type, Object* const* args, size_t nargs, Object* kwnames);
void exception_base_init(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Ref<> exception_base_str(Object* self);

// ---- protocol_call.cpp
// f(self, *args) without building a bound method (small arrays on the stack).
Ref<> call_with_self(Object* f, Object* self, Object* const* args, size_t nargs,
                     Object* kwnames = nullptr);
// Calls the dunder `name` found on type(self) (binding descriptors); sets
// *found = false (and returns empty) when the type has no such attribute.
Ref<> call_special(Object* self, Str* name, Object* const* args, size_t nargs, bool* found,
                   Object* kwnames = nullptr);

// ---- protocol_misc.cpp / protocol_compare.cpp
const char* compare_op_symbol(CompareOp op);
CompareOp swapped_compare_op(CompareOp op);

}  // namespace ftpy
