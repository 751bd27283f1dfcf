// function.h — Python functions, bound methods, cells, and native (built-in)
// functions and method descriptors. Owned by the VM engineer
// (objects/function*.cpp); declared here because the type system, the
// compiler and the modules all need to recognise them.
//
// Concurrency: a function's fields are written at creation (MAKE_FUNCTION,
// SET_FUNCTION_ATTRIBUTE) before it is shared; later assignments to
// __defaults__/__doc__ etc. replace whole references under the function's
// critical section. Cells are read and written with the cell's critical
// section in the free-threaded build.
#pragma once

#include <cstdint>

#include "objects/code.h"
#include "objects/object.h"

namespace ftpy {

struct Function : Object {
  Ref<> code;          // Code
  Ref<> globals;       // Dict
  Ref<> builtins;      // Dict (taken from globals['__builtins__'] or the builtins module)
  Ref<> name;          // str
  Ref<> qualname;      // str
  Ref<> defaults;      // tuple or null
  Ref<> kwdefaults;    // dict or null
  Ref<> closure;       // tuple of cells or null
  Ref<> doc;           // str or None
  Ref<> module;        // __module__ (str or None)
  Ref<> annotations;   // dict or null
  Ref<> dict;          // __dict__ (function attributes) or null
};
extern Type FunctionType;

struct Method : Object {   // a bound method: func bound to self
  Ref<> func;
  Ref<> self;
};
extern Type MethodType;

struct Cell : Object {
  Ref<> contents;      // null when empty
};
extern Type CellType;

// A built-in function or a bound built-in method (self set).
struct BuiltinFunction : Object {
  const MethodDef* def = nullptr;
  Ref<> self;          // bound object, or the module/null for plain functions
  Ref<> module_name;   // str or null
};
extern Type BuiltinFunctionType;

// A built-in method as stored in a built-in type's dict: binds on access.
struct MethodDescriptor : Object {
  const MethodDef* def = nullptr;
  Type* owner = nullptr;   // the type whose dict holds it (immortal)
};
extern Type MethodDescriptorType;
extern Type ClassMethodDescriptorType;   // for kMethodClass entries
// A GetSetDef as stored in a type's dict.
struct GetSetDescriptor : Object {
  const GetSetDef* def = nullptr;
  Type* owner = nullptr;
};
extern Type GetSetDescriptorType;

Ref<> function_new(Object* code, Object* globals, Object* qualname);
Ref<> method_new(Object* func, Object* self);
Ref<> cell_new(Object* contents);  // contents may be null
// A module-level built-in function object for a MethodDef (self may be null).
Ref<> builtin_function_new(const MethodDef* def, Object* self, Object* module_name);
Ref<> method_descriptor_new(const MethodDef* def, Type* owner);
Ref<> getset_descriptor_new(const GetSetDef* def, Type* owner);

void init_function_types();

}  // namespace ftpy
