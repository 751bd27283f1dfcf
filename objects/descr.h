// descr.h — the descriptor types of the type system: property, staticmethod,
// classmethod, super, member descriptors (__slots__), slot wrappers (the
// `int.__add__` / `object.__init__` entries of built-in types' dicts) and
// mappingproxy (a read-only view of a class __dict__).
// Implemented in objects/descr*.cpp, super.cpp and type_dictproxy.cpp.
//
// Concurrency: property/staticmethod/classmethod/member objects are immutable
// after construction (property.setter returns a copy); safe to share.
#pragma once

#include "objects/object.h"

namespace ftpy {

extern Type PropertyType;           // property
extern Type StaticMethodType;       // staticmethod
extern Type ClassMethodType;        // classmethod
extern Type SuperType;              // super
extern Type MemberDescriptorType;   // member_descriptor (__slots__ entries)
extern Type WrapperDescriptorType;  // wrapper_descriptor ("slot wrapper")
extern Type MethodWrapperType;      // method-wrapper (a slot wrapper bound to an object)
extern Type MappingProxyType;       // mappingproxy

struct StaticMethodObject : Object {
  Ref<> callable;
};
struct ClassMethodObject : Object {
  Ref<> callable;
};

Ref<> staticmethod_new(Object* callable);
Ref<> classmethod_new(Object* callable);
Ref<> mappingproxy_new(Object* mapping);
// A __slots__ member: a pointer-sized field at `offset` bytes from the object.
Ref<> member_descriptor_new(Type* owner, Str* name, size_t offset);
// obj's value of the member (AttributeError when unset or obj is not an
// instance of its class): the descriptor's __get__ for an instance.
Ref<> member_descriptor_get(Object* descr, Object* obj);
// Stores `value` (borrowed; null deletes) in obj's field: the descriptor's
// __set__ / __delete__.
void member_descriptor_set(Object* descr, Object* obj, Object* value);

// The attribute lookup of super(start_type, obj).name without creating the
// super object (LOAD_SUPER_ATTR). With is_method non-null and the result a
// plain function, returns it unbound and sets *is_method (the caller passes
// obj as the first argument). Empty Ref when not found.
Ref<> super_lookup(Type* start_type, Object* obj, Str* name, bool* is_method);

}  // namespace ftpy
