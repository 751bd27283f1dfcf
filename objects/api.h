// api.h — the abstract object protocol (CPython's abstract.c / object.c):
// what the eval loop, the builtins and every module call on objects whose
// type they do not know. Implemented in objects/protocol_*.cpp on top of the
// type slots (object.h), with fast paths for exact built-in types.
//
// Every function returns a new reference (Ref) or a plain value, and throws
// PyException (errors.h) on a Python-level error.
//
// Concurrency: safe to call from any attached thread; container operations
// are atomic per call (the container's own critical section).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/errors.h"
#include "objects/object.h"

namespace ftpy {

// ---- attributes (name is usually an interned Str)
Ref<> getattr(Object* o, Str* name);                 // AttributeError if missing
Ref<> getattr_or_null(Object* o, Str* name);         // empty Ref if missing (no exception)
Ref<> getattr(Object* o, std::string_view name);     // convenience (interns)
bool hasattr(Object* o, Str* name);
void setattr(Object* o, Str* name, Object* value);
void delattr(Object* o, Str* name);
// Looks `name` up along type->mro in the class dicts only (no descriptors
// invoked). Borrowed result (kept alive by the type dict), null if absent.
// Cached by (type version_tag, name).
Object* type_lookup(Type* type, Str* name);
// The generic __getattribute__ / __setattr__ (object's), for slot reuse.
Ref<> generic_getattr(Object* o, Str* name);
void generic_setattr(Object* o, Str* name, Object* value);
// For LOAD_ATTR with the method flag: if `name` resolves to a plain function
// or method descriptor on the type (and not shadowed by the instance dict),
// returns it unbound and sets *is_method = true (the caller passes `o` as the
// first argument); otherwise returns the attribute and *is_method = false.
Ref<> getattr_for_call(Object* o, Str* name, bool* is_method);

// ---- calls
Ref<> call(Object* f, Object* const* args, size_t nargs, Object* kwnames = nullptr);
Ref<> call0(Object* f);
Ref<> call1(Object* f, Object* a);
Ref<> call2(Object* f, Object* a, Object* b);
// f(*args_tuple, **kwargs_dict); kwargs may be null.
Ref<> call_tuple_dict(Object* f, Object* args_tuple, Object* kwargs_dict);
// obj.name(args...): looks the method up without creating a bound method.
Ref<> call_method(Object* obj, Str* name, Object* const* args, size_t nargs);
Ref<> call_method0(Object* obj, std::string_view name);
Ref<> call_method1(Object* obj, std::string_view name, Object* a);
bool is_callable(Object* o);
// type(obj).name(obj, *args): the dunder is looked up on the type only, as
// the interpreter calls special methods (CPython's _PyObject_LookupSpecial),
// so e.g. dir(SomeClass) reaches the metaclass's __dir__. Sets *found =
// false (and returns an empty Ref) when the type has no such attribute.
Ref<> call_dunder(Object* obj, Str* name, Object* const* args, size_t nargs, bool* found);

// ---- string forms
Ref<> repr(Object* o);   // always a str
Ref<> str(Object* o);    // always a str
Ref<> ascii(Object* o);
std::string repr_utf8(Object* o);  // convenience for messages
std::string str_utf8(Object* o);
// format(value, spec) — __format__ dispatch.
Ref<> format(Object* value, Object* spec);

// ---- hashing, truth, comparison
int64_t hash(Object* o);              // TypeError "unhashable type: 'list'"
bool truthy(Object* o);               // bool(o)
Ref<> richcompare(Object* a, Object* b, CompareOp op);  // full reflected dispatch; TypeError for unorderable
bool richcompare_bool(Object* a, Object* b, CompareOp op);  // identity shortcut for Eq/Ne
bool eq(Object* a, Object* b);        // a == b (identity implies equal, as CPython's containers)

// ---- arithmetic: dispatch on both operands (reflected), TypeError with
// CPython's message when neither supports it.
Ref<> binary_op(Object* a, Object* b, BinaryOp op);
Ref<> inplace_op(Object* a, Object* b, BinaryOp op);
Ref<> power3(Object* base, Object* exp, Object* mod);
Ref<> negative(Object* o);
Ref<> positive(Object* o);
Ref<> invert(Object* o);
Ref<> absolute(Object* o);
const char* binary_op_symbol(BinaryOp op);  // "+", "**", ...

// ---- conversions
// __index__: an exact int (TypeError "'float' object cannot be interpreted as an integer").
Ref<> index(Object* o);
// index() then to int64; OverflowError if it does not fit.
int64_t index_as_int64(Object* o);
// Like index_as_int64, but clamps to [INT64_MIN, INT64_MAX] (slice indices).
int64_t index_as_int64_clamped(Object* o);
Ref<> to_int(Object* o);      // int(o)
Ref<> to_float(Object* o);    // float(o)
double as_double(Object* o);  // float/int/__float__/__index__ → double; TypeError otherwise

// ---- containers
int64_t length(Object* o);                        // len(o)
Ref<> getitem(Object* o, Object* key);
void setitem(Object* o, Object* key, Object* value);
void delitem(Object* o, Object* key);
bool contains(Object* container, Object* item);   // `item in container`
Ref<> get_iter(Object* o);                        // iter(o); TypeError "'int' object is not iterable"
Ref<> iter_next(Object* it);                      // empty Ref when exhausted
// Calls fn(item) for every item of an iterable (fast paths for list/tuple).
template <class Fn>
void for_each(Object* iterable, Fn&& fn) {
  Ref<> it = get_iter(iterable);
  while (Ref<> item = iter_next(it.get())) fn(item.get());
}
// list(iterable) / tuple(iterable)
Ref<> sequence_to_list(Object* iterable);
Ref<> sequence_to_tuple(Object* iterable);

// ---- types
bool isinstance(Object* o, Object* cls_or_tuple);   // full isinstance() incl. tuples
bool is_instance_of(Object* o, Type* t);            // fast: walks the mro
bool issubclass(Object* derived, Object* cls_or_tuple);  // full issubclass() incl. __subclasscheck__
bool is_subtype(Type* a, Type* b);                  // a is b or a subclass of b
const char* type_name(Type* t);                      // "int", "K"
const char* type_name_of(Object* o);

}  // namespace ftpy
