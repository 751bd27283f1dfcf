// object.h — the object model every part of ftpy is written against.
//
//  * `Object`: the variant-specific header (gc/header.h) plus `ob_type`.
//  * `Ref<T>`: an owning reference (RAII incref/decref). Functions that return
//    an object return `Ref` (a new reference); parameters are borrowed
//    `Object*` unless named `steal_*`.
//  * `Type`: a class object. Built-in types are static, immortal `Type`
//    objects filled in by their init function and finished by `type_ready`.
//    Slots are C++ function pointers (CPython's tp_* design, trimmed); a user
//    class gets slot functions that look up the matching dunder.
//  * Errors: a Python exception is thrown as the C++ exception `PyException`
//    (objects/errors.h). Slot functions may throw; they never return an error
//    code. Plain "not found"/"exhausted" outcomes are reported by an empty
//    Ref (getattr lookup, iternext) so hot paths never throw.
//
// Concurrency: objects may be shared between threads in the free-threaded
// build; a type's slots and flags are written only during type creation or
// type_ready (before the type is published) and under the type lock after.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>

#include "gc/alloc.h"
#include "gc/refcount.h"

namespace ftpy {

struct Type;
struct Str;
struct Tuple;
struct Dict;

struct Object : ObjectHeader {
  Type* ob_type = nullptr;
};

inline Type* type_of(const Object* o) { return o->ob_type; }
FTPY_ALWAYS_INLINE void incref(Object* o) { incref(static_cast<ObjectHeader*>(o)); }
FTPY_ALWAYS_INLINE void decref(Object* o) { decref_header(o, o); }
FTPY_ALWAYS_INLINE void xincref(Object* o) { if (o) incref(o); }
FTPY_ALWAYS_INLINE void xdecref(Object* o) { if (o) decref(o); }
inline bool try_incref(Object* o) { return try_incref(static_cast<ObjectHeader*>(o)); }
inline void mark_maybe_shared(Object* o) { mark_maybe_shared(static_cast<ObjectHeader*>(o)); }

// ------------------------------------------------------------------- Ref<T>

template <class T = Object>
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}
  // Takes ownership of a reference the caller already holds.
  static Ref steal(T* p) { Ref r; r.p_ = p; return r; }
  // Adds a reference to a borrowed pointer.
  static Ref borrow(T* p) { xincref(p); return steal(p); }

  Ref(const Ref& o) : p_(o.p_) { xincref(p_); }
  Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
  template <class U>
  Ref(Ref<U>&& o) noexcept : p_(o.release()) {}  // upcast, e.g. Ref<Str> -> Ref<>
  template <class U>
  Ref(const Ref<U>& o) : p_(o.get()) { xincref(p_); }
  FTPY_ALWAYS_INLINE ~Ref() { xdecref(p_); }
  Ref& operator=(Ref o) noexcept { std::swap(p_, o.p_); return *this; }

  T* get() const { return p_; }
  T* operator->() const { return p_; }
  T& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  // Gives up ownership without decref.
  T* release() { T* p = p_; p_ = nullptr; return p; }
  // The owned pointer's storage, for fields that other threads read
  // lock-free (objects/shared_slot.h); nothing else may use it.
  T** raw_slot() { return &p_; }
  void reset() { Ref tmp; std::swap(p_, tmp.p_); }
  // Unchecked downcast (the caller has checked the type).
  template <class U>
  Ref<U> as() && { return Ref<U>::steal(static_cast<U*>(release())); }
  template <class U>
  U* as_ptr() const { return static_cast<U*>(p_); }

 private:
  T* p_ = nullptr;
};

template <class T>
Ref<T> borrow(T* p) { return Ref<T>::borrow(p); }
template <class T>
Ref<T> steal(T* p) { return Ref<T>::steal(p); }

// ------------------------------------------------------------------ singletons
// Static immortal objects, created by runtime init before anything else runs.
extern Object* const kNone;
extern Object* const kTrue;
extern Object* const kFalse;
extern Object* const kNotImplemented;
extern Object* const kEllipsis;

inline Ref<> none() { return Ref<>::steal(kNone); }  // immortal: no count needed
inline Ref<> py_bool(bool b) { return Ref<>::steal(b ? kTrue : kFalse); }
inline Ref<> not_implemented() { return Ref<>::steal(kNotImplemented); }

// ------------------------------------------------------------------- slots

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };  // CPython's order

// Same order as ast::Operator (so the compiler casts) and as the first 13
// values of BINARY_OP's argument; BINARY_OP arg 13..25 are the in-place forms.
enum class BinaryOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, Mod, Pow, LShift, RShift, Or, Xor, And,
  FloorDiv, kCount
};
inline constexpr int kBinaryOpCount = static_cast<int>(BinaryOp::kCount);

using DeallocFn = void (*)(Object*);
using UnaryFn = Ref<> (*)(Object*);
using BinaryFn = Ref<> (*)(Object*, Object*);  // may return NotImplemented
using TernaryFn = Ref<> (*)(Object*, Object*, Object*);
using HashFn = int64_t (*)(Object*);  // never -1 (as CPython)
using BoolFn = bool (*)(Object*);
using LenFn = int64_t (*)(Object*);
using RichCompareFn = Ref<> (*)(Object*, Object*, CompareOp);  // may be NotImplemented
// Vectorcall: args[0..nargs) positional, then one value per name in kwnames
// (a tuple of str, or nullptr when there are no keywords).
using CallFn = Ref<> (*)(Object* callable, Object* const* args, size_t nargs, Object* kwnames);
// Attribute lookup: returns an empty Ref when the attribute does not exist
// (the caller raises AttributeError with CPython's message); may throw for
// other errors (e.g. a property getter that raises).
using GetAttrFn = Ref<> (*)(Object*, Str* name);
// value == nullptr means delete. Throws AttributeError when impossible.
using SetAttrFn = void (*)(Object*, Str* name, Object* value);
using GetItemFn = Ref<> (*)(Object*, Object* key);
using SetItemFn = void (*)(Object*, Object* key, Object* value);  // value null = delete
using ContainsFn = bool (*)(Object*, Object*);
// Returns the next item, or an empty Ref when exhausted (StopIteration is not
// thrown on this path; a user __next__ raising StopIteration is converted).
using IterNextFn = Ref<> (*)(Object*);
// obj == nullptr when looked up on the class.
using DescrGetFn = Ref<> (*)(Object* descr, Object* obj, Type* type);
using DescrSetFn = void (*)(Object* descr, Object* obj, Object* value);  // null = delete
using NewFn = Ref<> (*)(Type* type, Object* const* args, size_t nargs, Object* kwnames);
using InitFn = void (*)(Object* self, Object* const* args, size_t nargs, Object* kwnames);
using VisitFn = void (*)(Object*, void* arg);
using TraverseFn = void (*)(Object*, VisitFn visit, void* arg);
using ClearFn = void (*)(Object*);
using FinalizeFn = void (*)(Object*);

// A native method in a built-in type's method table. `self` is the bound
// object (or the type, for kMethodClass; null for kMethodStatic).
using NativeFn = Ref<> (*)(Object* self, Object* const* args, size_t nargs, Object* kwnames);
enum MethodFlag : uint32_t {
  kMethodPlain = 0,
  kMethodClass = 1,   // classmethod: self is the type
  kMethodStatic = 2,  // staticmethod: self is null
};
struct MethodDef {
  const char* name;
  NativeFn fn;
  uint32_t flags;
  const char* doc;
};

// A computed attribute of a built-in type (like CPython's PyGetSetDef).
using GetterFn = Ref<> (*)(Object* self);
using SetterFn = void (*)(Object* self, Object* value);  // null = delete
struct GetSetDef {
  const char* name;
  GetterFn get;
  SetterFn set;  // null: read-only
  const char* doc;
};

enum TypeFlag : uint64_t {
  kTypeHeap = 1ull << 0,         // created by a class statement
  kTypeBaseType = 1ull << 1,     // may be subclassed
  kTypeReady = 1ull << 2,        // type_ready has run
  kTypeAbstractNew = 1ull << 3,  // cannot be instantiated directly
  // Fast subclass checks, inherited by subclasses (CPython's *_SUBCLASS bits).
  kTypeIntSubclass = 1ull << 8,
  kTypeListSubclass = 1ull << 9,
  kTypeTupleSubclass = 1ull << 10,
  kTypeBytesSubclass = 1ull << 11,
  kTypeStrSubclass = 1ull << 12,
  kTypeDictSubclass = 1ull << 13,
  kTypeBaseExcSubclass = 1ull << 14,
  kTypeTypeSubclass = 1ull << 15,
  kTypeHasGc = 1ull << 16,       // instances may form cycles: has traverse
  kTypeManagedDict = 1ull << 17, // instances carry a __dict__ slot before the object
  kTypeHasFinalizer = 1ull << 18, // heap type whose MRO defines __del__ (set by the type system)
};

// Bits of ObjectHeader::ob_gc_bits used outside the cycle collector.
// kGcFinalized: __del__ already ran for this object (PEP 442: at most once);
// set by the heap-type dealloc (objects/type_slots.cpp) before calling it.
// kGcHasWeakrefs: weak references to it may exist (objects/weakref.h);
// set when the first is made, never cleared while it lives.
enum GcBit : uint8_t { kGcHasWeakrefs = 1u << 6, kGcFinalized = 1u << 7 };

struct Type : Object {
  Type();  // zeroed slots; immortal; ob_type = &TypeType

  // identity
  const char* name = nullptr;   // built-in types: "int"; heap types: owned copy
  Ref<> ht_name;                // heap types: __name__ (str)
  Ref<> ht_qualname;            // heap types: __qualname__ (str)
  Type* base = nullptr;         // first base (the solid base chain)
  Ref<> bases;                  // tuple of types
  Ref<> mro;                    // tuple of types, C3 order, starts with this type
  Ref<> dict;                   // the class namespace (a Dict); mappingproxy to users
  uint64_t flags = 0;
  // Bumped on every change to this type or any base; attribute caches key on
  // it. 0 = not cacheable. Written under the type lock, read with acquire.
  uint64_t version_tag = 0;

  // layout
  size_t basicsize = sizeof(Object);
  size_t itemsize = 0;          // >0 for variable-size instances (tuple, int?)
  // Instance __dict__: see kTypeManagedDict and managed_dict_slot().
  // __slots__ members are GetSetDef-like descriptors over fixed offsets past
  // the base's basicsize (objects/type.cpp).

  // lifecycle
  NewFn tp_new = nullptr;
  InitFn tp_init = nullptr;
  DeallocFn tp_dealloc = nullptr;
  TraverseFn tp_traverse = nullptr;
  ClearFn tp_clear = nullptr;
  // PEP 442 finalizer: runs at most once per object (the caller sets
  // kGcFinalized first), from the dealloc or, for garbage, from the cycle
  // collector before anything is cleared; reports its own exceptions.
  // Heap types with __del__: call_finalizer; generators: close if suspended.
  FinalizeFn tp_finalize = nullptr;

  // basic protocol
  UnaryFn tp_repr = nullptr;
  UnaryFn tp_str = nullptr;
  HashFn tp_hash = nullptr;     // null = unhashable
  CallFn tp_call = nullptr;
  GetAttrFn tp_getattr = nullptr;
  SetAttrFn tp_setattr = nullptr;
  RichCompareFn tp_richcompare = nullptr;
  UnaryFn tp_iter = nullptr;
  IterNextFn tp_iternext = nullptr;
  DescrGetFn tp_descr_get = nullptr;
  DescrSetFn tp_descr_set = nullptr;

  // numbers: binary[op](a, b) is tried on a's type then on b's type with the
  // same argument order (CPython's nb_* convention: the slot checks which
  // operand is "self"). inplace[op] may be null (falls back to binary).
  BinaryFn nb_binary[kBinaryOpCount] = {};
  BinaryFn nb_inplace[kBinaryOpCount] = {};
  TernaryFn nb_power3 = nullptr;  // pow(a, b, mod)
  UnaryFn nb_negative = nullptr;
  UnaryFn nb_positive = nullptr;
  UnaryFn nb_invert = nullptr;
  UnaryFn nb_absolute = nullptr;
  BoolFn nb_bool = nullptr;     // null: falls back to mp_length, else True
  UnaryFn nb_index = nullptr;   // __index__: returns an exact int
  UnaryFn nb_int = nullptr;
  UnaryFn nb_float = nullptr;

  // containers
  LenFn mp_length = nullptr;
  GetItemFn mp_subscript = nullptr;
  SetItemFn mp_ass_subscript = nullptr;
  ContainsFn sq_contains = nullptr;  // null: falls back to iteration

  // built-in definitions turned into dict entries by type_ready
  const MethodDef* methods = nullptr;  // terminated by {nullptr}
  const GetSetDef* getsets = nullptr;  // terminated by {nullptr}
  const char* doc = nullptr;
};

// The types every file needs (defined by their owners in objects/).
extern Type TypeType;    // type
extern Type ObjectType;  // object
extern Type NoneType;
extern Type BoolType;
extern Type IntType;
extern Type FloatType;
extern Type StrType;
extern Type BytesType;
extern Type TupleType;
extern Type ListType;
extern Type DictType;
extern Type SetType;
extern Type FrozenSetType;
extern Type RangeType;
extern Type SliceType;
extern Type NotImplementedType;
extern Type EllipsisType;

inline bool is_type(const Object* o, const Type* t) { return o->ob_type == t; }
inline bool type_has_flag(const Type* t, uint64_t f) { return (t->flags & f) != 0; }

// Fast exact/subclass checks.
inline bool is_int(const Object* o) { return type_has_flag(o->ob_type, kTypeIntSubclass); }  // includes bool
inline bool is_exact_int(const Object* o) { return o->ob_type == &IntType; }
inline bool is_float(const Object* o) { return o->ob_type == &FloatType; }  // exact; subclasses via isinstance
inline bool is_str(const Object* o) { return type_has_flag(o->ob_type, kTypeStrSubclass); }
inline bool is_exact_str(const Object* o) { return o->ob_type == &StrType; }
inline bool is_tuple(const Object* o) { return type_has_flag(o->ob_type, kTypeTupleSubclass); }
inline bool is_exact_tuple(const Object* o) { return o->ob_type == &TupleType; }
inline bool is_list(const Object* o) { return type_has_flag(o->ob_type, kTypeListSubclass); }
inline bool is_exact_list(const Object* o) { return o->ob_type == &ListType; }
inline bool is_dict(const Object* o) { return type_has_flag(o->ob_type, kTypeDictSubclass); }
inline bool is_exact_dict(const Object* o) { return o->ob_type == &DictType; }
inline bool is_bytes(const Object* o) { return type_has_flag(o->ob_type, kTypeBytesSubclass); }
inline bool is_type_object(const Object* o) { return type_has_flag(o->ob_type, kTypeTypeSubclass); }
inline bool is_exception(const Object* o) { return type_has_flag(o->ob_type, kTypeBaseExcSubclass); }

// ------------------------------------------------------------ allocation

// Sets a fresh object's header: count 1, owner = the calling thread, ob_type,
// and takes a reference to a heap type (instances keep their class alive).
void init_object_header(Object* o, Type* type);

// Allocates and constructs a T (which derives from Object) with `extra` more
// bytes after it for a trailing array. The instance is max(sizeof(T),
// type->basicsize) + extra bytes, so a subclass's __slots__ fields (which
// extend basicsize) come along; a type with kTypeManagedDict also gets a
// zeroed `Object*` slot just before the object for its instance __dict__.
// Throws std::bad_alloc (→ MemoryError). Memory comes from gc/alloc.h.
void* alloc_instance_memory(Type* type, size_t size);
template <class T, class... Args>
T* new_object_extra(Type* type, size_t extra, Args&&... args) {
  size_t size = sizeof(T) > type->basicsize ? sizeof(T) : type->basicsize;
  void* mem = alloc_instance_memory(type, size + extra);
  T* obj = ::new (mem) T(std::forward<Args>(args)...);
  init_object_header(obj, type);
  return obj;
}
template <class T, class... Args>
T* new_object(Type* type, Args&&... args) {
  return new_object_extra<T>(type, 0, std::forward<Args>(args)...);
}

// The instance-dict slot of an object whose type has kTypeManagedDict
// (null until first written). Owned reference.
inline Object** managed_dict_slot(Object* o) { return reinterpret_cast<Object**>(o) - 1; }

// The usual tp_dealloc body: runs T's destructor (its Ref members release
// their referents), frees the memory, and drops the reference to a heap type.
void free_instance_memory(Object* o, Type* type);
// A dying heap-type instance about to run __del__ with a temporary
// reference goes back on the collector's list (dealloc_object took it off):
// while __del__ runs, and after it if __del__ resurrects it, it is a normal
// live object that a collection must see.
void gc_retrack_for_finalizer(Object* o);
template <class T>
void destroy_object(Object* o) {
  Type* type = o->ob_type;
  static_cast<T*>(o)->~T();
  free_instance_memory(o, type);
}

inline void make_immortal(Object* o) { set_immortal(o); }
inline void share_constant(Object* o) { share_constant(static_cast<ObjectHeader*>(o)); }

}  // namespace ftpy
