// bool.cpp — the bool type: a subclass of int with exactly two immortal
// instances, True (1) and False (0).
//
// `&`, `|`, `^` between two bools give a bool; every other operation is
// int's (inherited slots). bool cannot be subclassed.
//
// Concurrency: both instances are immortal and immutable.
#include "objects/api.h"
#include "objects/args.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/type.h"

namespace ftpy {

Type BoolType;

namespace {
Int true_object;
Int false_object;

bool is_bool(Object* o) { return o->ob_type == &BoolType; }

Ref<> bool_repr(Object* self) { return Ref<>::steal(intern(self == kTrue ? "True" : "False")); }

Ref<> bool_new(Type*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("bool", kwnames);
  check_nargs("bool", nargs, 0, 1);
  return py_bool(nargs == 1 && truthy(args[0]));
}

// For two bools the result is a bool; otherwise int's operation.
Ref<> bool_and(Object* a, Object* b) {
  if (is_bool(a) && is_bool(b)) return py_bool(a == kTrue && b == kTrue);
  return IntType.nb_binary[static_cast<int>(BinaryOp::And)](a, b);
}
Ref<> bool_or(Object* a, Object* b) {
  if (is_bool(a) && is_bool(b)) return py_bool(a == kTrue || b == kTrue);
  return IntType.nb_binary[static_cast<int>(BinaryOp::Or)](a, b);
}
Ref<> bool_xor(Object* a, Object* b) {
  if (is_bool(a) && is_bool(b)) return py_bool((a == kTrue) != (b == kTrue));
  return IntType.nb_binary[static_cast<int>(BinaryOp::Xor)](a, b);
}
}  // namespace

Object* const kTrue = &true_object;
Object* const kFalse = &false_object;

void init_bool_type() {
  Type& t = BoolType;
  t.name = "bool";
  t.base = &IntType;
  t.basicsize = sizeof(Int);
  t.flags = kTypeIntSubclass;  // not kTypeBaseType: bool is final
  t.doc = "Returns True when the argument is true, False otherwise.";
  t.tp_new = bool_new;
  t.tp_repr = bool_repr;
  t.nb_binary[static_cast<int>(BinaryOp::And)] = bool_and;
  t.nb_binary[static_cast<int>(BinaryOp::Or)] = bool_or;
  t.nb_binary[static_cast<int>(BinaryOp::Xor)] = bool_xor;
  true_object.ob_type = &BoolType;
  true_object.value = 1;
  make_immortal(&true_object);
  false_object.ob_type = &BoolType;
  false_object.value = 0;
  make_immortal(&false_object);
  type_ready(&BoolType);
}

}  // namespace ftpy
