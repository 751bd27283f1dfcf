// singletons.cpp — None, NotImplemented and Ellipsis and their types, plus
// the start-up entry points that ready the type system's own types.
//
// The three objects are static and immortal from program start (their
// constructors set the type and the immortal flag), so kNone is valid even
// before init_singletons() fills in the types' slots.
//
// Concurrency: immutable; safe to share. The init functions run at start-up
// on the main thread only.
#include "objects/api.h"
#include "objects/args.h"
#include "objects/descr.h"
#include "objects/str.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace ftpy {

Type NoneType;
Type NotImplementedType;
Type EllipsisType;

namespace {

struct StaticObject : Object {
  explicit StaticObject(Type* t) {
    ob_type = t;
    set_immortal(this);
  }
};

StaticObject none_object(&NoneType);
StaticObject not_implemented_object(&NotImplementedType);
StaticObject ellipsis_object(&EllipsisType);

Ref<> none_repr(Object*) { return Ref<>::borrow(intern("None")); }
Ref<> ni_repr(Object*) { return Ref<>::borrow(intern("NotImplemented")); }
Ref<> ellipsis_repr(Object*) { return Ref<>::borrow(intern("Ellipsis")); }
bool none_bool(Object*) { return false; }

// Constant across runs like CPython 3.12+ (which hashes None to a constant).
int64_t none_hash(Object*) { return 0xFCA86420; }

template <Object* const* Singleton, const char* Name>
Ref<> singleton_new(Type*, Object* const*, size_t nargs, Object* kwnames) {
  if (nargs || kwnames_count(kwnames)) raisef(&exc::TypeError, "%s takes no arguments", Name);
  return Ref<>::steal(*Singleton);
}

constexpr char kNoneName[] = "NoneType";
constexpr char kNIName[] = "NotImplementedType";
constexpr char kEllipsisName[] = "ellipsis";

Ref<> reduce_name(Object* self, Object* const*, size_t, Object*) {
  if (self == kNotImplemented) return Ref<>::borrow(intern("NotImplemented"));
  return Ref<>::borrow(intern("Ellipsis"));
}

const MethodDef kReduceMethods[] = {
    {"__reduce__", reduce_name, kMethodPlain, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

bool g_descriptors_ready = false;
bool g_singletons_ready = false;

}  // namespace

Object* const kNone = &none_object;
Object* const kNotImplemented = &not_implemented_object;
Object* const kEllipsis = &ellipsis_object;

void init_descriptor_types() {
  if (g_descriptors_ready) return;
  g_descriptors_ready = true;
  init_type_system();
  type_ready(&ObjectType);
  type_ready(&TypeType);
  init_slot_wrapper_types();
  init_descr_objects();
  init_super_type();
  init_mappingproxy_type();
}

void init_singletons() {
  if (g_singletons_ready) return;
  g_singletons_ready = true;
  init_descriptor_types();

  Type& n = NoneType;
  n.name = "NoneType";
  n.basicsize = sizeof(Object);
  n.tp_new = singleton_new<&kNone, kNoneName>;
  n.tp_repr = none_repr;
  n.tp_hash = none_hash;
  n.nb_bool = none_bool;
  n.doc = "The type of the None singleton.";
  type_ready(&n);

  Type& ni = NotImplementedType;
  ni.name = "NotImplementedType";
  ni.basicsize = sizeof(Object);
  ni.tp_new = singleton_new<&kNotImplemented, kNIName>;
  ni.tp_repr = ni_repr;
  ni.methods = kReduceMethods;
  ni.doc = "The type of the NotImplemented singleton.";
  type_ready(&ni);

  Type& e = EllipsisType;
  e.name = "ellipsis";
  e.basicsize = sizeof(Object);
  e.tp_new = singleton_new<&kEllipsis, kEllipsisName>;
  e.tp_repr = ellipsis_repr;
  e.methods = kReduceMethods;
  e.doc = "The type of the Ellipsis singleton.";
  type_ready(&e);
}

}  // namespace ftpy
