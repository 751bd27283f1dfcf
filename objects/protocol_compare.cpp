// protocol_compare.cpp — rich comparison, equality, hashing and truth (api.h).
//
// richcompare (CPython's do_richcompare): if type(b) is a proper subclass of
// type(a) with a tp_richcompare, b's reflected comparison goes first; then
// a's; then b's reflected one. If every slot declines, == and != fall back
// to identity and the ordering operators raise "'<' not supported between
// instances of 'int' and 'str'".
//
// Concurrency: no shared state of its own.
#include "objects/api.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace ftpy {

const char* compare_op_symbol(CompareOp op) {
  switch (op) {
    case CompareOp::Lt:
      return "<";
    case CompareOp::Le:
      return "<=";
    case CompareOp::Eq:
      return "==";
    case CompareOp::Ne:
      return "!=";
    case CompareOp::Gt:
      return ">";
    case CompareOp::Ge:
      return ">=";
  }
  return "?";
}

CompareOp swapped_compare_op(CompareOp op) {
  switch (op) {
    case CompareOp::Lt:
      return CompareOp::Gt;
    case CompareOp::Le:
      return CompareOp::Ge;
    case CompareOp::Gt:
      return CompareOp::Lt;
    case CompareOp::Ge:
      return CompareOp::Le;
    default:
      return op;
  }
}

namespace {

inline bool small_ints(Object* a, Object* b) {
  return is_exact_int(a) && is_exact_int(b) && int_is_small(a) && int_is_small(b);
}

inline bool compare_values(int64_t x, int64_t y, CompareOp op) {
  switch (op) {
    case CompareOp::Lt:
      return x < y;
    case CompareOp::Le:
      return x <= y;
    case CompareOp::Eq:
      return x == y;
    case CompareOp::Ne:
      return x != y;
    case CompareOp::Gt:
      return x > y;
    case CompareOp::Ge:
      return x >= y;
  }
  return false;
}

}  // namespace

Ref<> richcompare(Object* a, Object* b, CompareOp op) {
  if (small_ints(a, b)) return py_bool(compare_values(int_small_value(a), int_small_value(b), op));
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool checked_reverse = false;
  if (ta != tb && tb->tp_richcompare && is_subtype(tb, ta)) {
    checked_reverse = true;
    Ref<> r = tb->tp_richcompare(b, a, swapped_compare_op(op));
    if (r.get() != kNotImplemented) return r;
  }
  if (ta->tp_richcompare) {
    Ref<> r = ta->tp_richcompare(a, b, op);
    if (r.get() != kNotImplemented) return r;
  }
  if (!checked_reverse && tb->tp_richcompare) {
    Ref<> r = tb->tp_richcompare(b, a, swapped_compare_op(op));
    if (r.get() != kNotImplemented) return r;
  }
  if (op == CompareOp::Eq) return py_bool(a == b);
  if (op == CompareOp::Ne) return py_bool(a != b);
  raisef(&exc::TypeError, "'%s' not supported between instances of '%s' and '%s'",
         compare_op_symbol(op), type_name_of(a), type_name_of(b));
}

bool richcompare_bool(Object* a, Object* b, CompareOp op) {
  if (a == b) {
    if (op == CompareOp::Eq) return true;
    if (op == CompareOp::Ne) return false;
  }
  if (small_ints(a, b)) return compare_values(int_small_value(a), int_small_value(b), op);
  if (is_exact_str(a) && is_exact_str(b) && (op == CompareOp::Eq || op == CompareOp::Ne))
    return str_equal(static_cast<Str*>(a), static_cast<Str*>(b)) == (op == CompareOp::Eq);
  Ref<> r = richcompare(a, b, op);
  if (r.get() == kTrue) return true;
  if (r.get() == kFalse) return false;
  return truthy(r.get());
}

bool eq(Object* a, Object* b) { return richcompare_bool(a, b, CompareOp::Eq); }

int64_t hash(Object* o) {
  if (is_exact_str(o)) return str_hash(static_cast<Str*>(o));
  HashFn h = type_of(o)->tp_hash;
  if (!h) raisef(&exc::TypeError, "unhashable type: '%s'", type_name_of(o));
  return h(o);
}

bool truthy(Object* o) {
  if (o == kTrue) return true;
  if (o == kFalse || o == kNone) return false;
  Type* t = type_of(o);
  if (t->nb_bool) return t->nb_bool(o);
  if (t->mp_length) return t->mp_length(o) != 0;
  return true;
}

}  // namespace ftpy
