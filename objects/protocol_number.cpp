// protocol_number.cpp — arithmetic dispatch (api.h): binary and in-place
// operators over the nb_binary / nb_inplace slots of both operands, three-
// argument pow, the unary operators, and the numeric conversions
// (__index__, int(), float(), as_double) with CPython's messages.
//
// Binary dispatch (CPython's binary_op1): try type(a)'s slot, then type(b)'s
// if it is a different function — except that when type(b) is a proper
// subclass of type(a) with its own slot, b's slot goes first. A slot returns
// NotImplemented to decline. In-place: nb_inplace of a, then the binary path.
//
// Concurrency: no shared state of its own.
#include <string>

#include "objects/api.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace ftpy {

namespace {

inline bool is_ni(const Ref<>& r) { return !r || r.get() == kNotImplemented; }

Ref<> binary_op1(Object* a, Object* b, int op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  BinaryFn slotv = ta->nb_binary[op];
  BinaryFn slotw = nullptr;
  if (tb != ta) {
    slotw = tb->nb_binary[op];
    if (slotw == slotv) slotw = nullptr;
  }
  if (slotv) {
    if (slotw && is_subtype(tb, ta)) {
      Ref<> x = slotw(a, b);
      if (!is_ni(x)) return x;
      slotw = nullptr;
    }
    Ref<> x = slotv(a, b);
    if (!is_ni(x)) return x;
  }
  if (slotw) {
    Ref<> x = slotw(a, b);
    if (!is_ni(x)) return x;
  }
  return not_implemented();
}

bool is_sequence_like(Object* o) { return is_list(o) || is_tuple(o) || is_str(o) || is_bytes(o); }

const char* seq_base_name(Object* o) {
  if (is_list(o)) return "list";
  if (is_tuple(o)) return "tuple";
  if (is_str(o)) return "str";
  return "bytes";
}

// The error for a failed binary operator, with CPython's sequence wording.
[[noreturn]] void binop_error(Object* a, Object* b, BinaryOp op, const char* symbol) {
  if (op == BinaryOp::Add && is_sequence_like(a)) {
    if (is_bytes(a))
      raisef(&exc::TypeError, "can't concat %s to %s", type_name_of(b), type_name_of(a));
    const char* n = seq_base_name(a);
    raisef(&exc::TypeError, "can only concatenate %s (not \"%s\") to %s", n, type_name_of(b), n);
  }
  if (op == BinaryOp::Mul) {
    if (is_sequence_like(a) && !type_of(b)->nb_index)
      raisef(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name_of(b));
    if (is_sequence_like(b) && !type_of(a)->nb_index)
      raisef(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name_of(a));
  }
  raise_unsupported_binop(a, b, symbol);
}

const char* const kInplaceSymbols[kBinaryOpCount] = {
    "+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//=",
};

Ref<> exact_int(Ref<> r) {
  if (is_exact_int(r.get())) return r;
  int64_t v;
  if (int_to_int64(r.get(), &v)) return int_from(v);
  return int_from_mpz(int_to_mpz(r.get()));
}

}  // namespace

const char* binary_op_symbol(BinaryOp op) {
  static const char* const kSymbols[kBinaryOpCount] = {
      "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//",
  };
  return kSymbols[static_cast<int>(op)];
}

Ref<> binary_op(Object* a, Object* b, BinaryOp op) {
  Ref<> r = binary_op1(a, b, static_cast<int>(op));
  if (r.get() != kNotImplemented) return r;
  binop_error(a, b, op, op == BinaryOp::Pow ? "** or pow()" : binary_op_symbol(op));
}

Ref<> inplace_op(Object* a, Object* b, BinaryOp op) {
  int i = static_cast<int>(op);
  if (BinaryFn slot = type_of(a)->nb_inplace[i]) {
    Ref<> x = slot(a, b);
    if (!is_ni(x)) return x;
  }
  Ref<> r = binary_op1(a, b, i);
  if (r.get() != kNotImplemented) return r;
  binop_error(a, b, op, kInplaceSymbols[i]);
}

Ref<> power3(Object* base, Object* exp, Object* mod) {
  if (!mod || mod == kNone) return binary_op(base, exp, BinaryOp::Pow);
  Type* tv = type_of(base);
  Type* tw = type_of(exp);
  Type* tz = type_of(mod);
  TernaryFn slotv = tv->nb_power3;
  TernaryFn slotw = tw != tv ? tw->nb_power3 : nullptr;
  if (slotw == slotv) slotw = nullptr;
  if (slotv) {
    if (slotw && is_subtype(tw, tv)) {
      Ref<> x = slotw(base, exp, mod);
      if (!is_ni(x)) return x;
      slotw = nullptr;
    }
    Ref<> x = slotv(base, exp, mod);
    if (!is_ni(x)) return x;
  }
  if (slotw) {
    Ref<> x = slotw(base, exp, mod);
    if (!is_ni(x)) return x;
  }
  TernaryFn slotz = tz->nb_power3;
  if (slotz && slotz != slotv && slotz != slotw) {
    Ref<> x = slotz(base, exp, mod);
    if (!is_ni(x)) return x;
  }
  raisef(&exc::TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
         type_name_of(base), type_name_of(exp), type_name_of(mod));
}

Ref<> negative(Object* o) {
  if (UnaryFn f = type_of(o)->nb_negative) return f(o);
  raisef(&exc::TypeError, "bad operand type for unary -: '%s'", type_name_of(o));
}
Ref<> positive(Object* o) {
  if (UnaryFn f = type_of(o)->nb_positive) return f(o);
  raisef(&exc::TypeError, "bad operand type for unary +: '%s'", type_name_of(o));
}
Ref<> invert(Object* o) {
  if (UnaryFn f = type_of(o)->nb_invert) return f(o);
  raisef(&exc::TypeError, "bad operand type for unary ~: '%s'", type_name_of(o));
}
Ref<> absolute(Object* o) {
  if (UnaryFn f = type_of(o)->nb_absolute) return f(o);
  raisef(&exc::TypeError, "bad operand type for abs(): '%s'", type_name_of(o));
}

// ------------------------------------------------------------ conversions

Ref<> index(Object* o) {
  if (is_exact_int(o)) return Ref<>::borrow(o);
  if (is_int(o)) return exact_int(Ref<>::borrow(o));
  UnaryFn f = type_of(o)->nb_index;
  if (!f)
    raisef(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(o));
  Ref<> r = f(o);
  if (!is_int(r.get()))
    raisef(&exc::TypeError, "__index__ returned non-int (type %s)", type_name_of(r.get()));
  return exact_int(std::move(r));
}

int64_t index_as_int64(Object* o) {
  if (is_exact_int(o) && int_is_small(o)) return int_small_value(o);
  Ref<> i = index(o);
  int64_t v;
  if (!int_to_int64(i.get(), &v))
    raisef(&exc::OverflowError, "cannot fit '%s' into an index-sized integer", type_name_of(o));
  return v;
}

int64_t index_as_int64_clamped(Object* o) {
  if (is_exact_int(o) && int_is_small(o)) return int_small_value(o);
  Ref<> i = index(o);
  int64_t v;
  if (int_to_int64(i.get(), &v)) return v;
  return int_to_mpz(i.get()) < 0 ? INT64_MIN : INT64_MAX;
}

Ref<> to_int(Object* o) {
  if (is_exact_int(o)) return Ref<>::borrow(o);
  Type* t = type_of(o);
  if (t->nb_int) {
    Ref<> r = t->nb_int(o);
    if (!is_int(r.get()))
      raisef(&exc::TypeError, "__int__ returned non-int (type %s)", type_name_of(r.get()));
    return exact_int(std::move(r));
  }
  if (t->nb_index) return index(o);
  if (is_str(o)) return int_from_string(str_view(o), 10);
  if (is_bytes(o)) return call1(&IntType, o);
  raisef(&exc::TypeError,
         "int() argument must be a string, a bytes-like object or a real number, not '%s'",
         type_name_of(o));
}

Ref<> to_float(Object* o) {
  if (is_float(o)) return Ref<>::borrow(o);
  Type* t = type_of(o);
  if (t->nb_float) {
    Ref<> r = t->nb_float(o);
    if (is_float(r.get())) return r;
    if (!is_instance_of(r.get(), &FloatType))
      raisef(&exc::TypeError, "%s.__float__ returned non-float (type %s)", type_name_of(o),
             type_name_of(r.get()));
    return float_from(float_value(r.get()));
  }
  if (t->nb_index) {
    Ref<> i = index(o);
    return float_from(int_to_double(i.get()));
  }
  if (is_instance_of(o, &FloatType)) return float_from(float_value(o));
  if (is_str(o) || is_bytes(o)) return call1(&FloatType, o);
  raisef(&exc::TypeError, "float() argument must be a string or a real number, not '%s'",
         type_name_of(o));
}

double as_double(Object* o) {
  if (is_float(o)) return float_value(o);
  if (is_int(o)) return int_to_double(o);
  Type* t = type_of(o);
  if (t->nb_float) {
    Ref<> r = t->nb_float(o);
    if (!is_instance_of(r.get(), &FloatType))
      raisef(&exc::TypeError, "%s.__float__ returned non-float (type %s)", type_name_of(o),
             type_name_of(r.get()));
    return float_value(r.get());
  }
  if (t->nb_index) {
    Ref<> i = index(o);
    return int_to_double(i.get());
  }
  raisef(&exc::TypeError, "must be real number, not %s", type_name_of(o));
}

}  // namespace ftpy
