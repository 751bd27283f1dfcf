// float.cpp — the float type: an IEEE-754 double with Python semantics.
//
// Mixed int/float arithmetic lives here: float's slots accept an int on
// either side (int's slots return NotImplemented for a float operand, so the
// reflected call lands here). Comparisons with ints are exact, whatever the
// int's size (GMP's mpz_cmp_d compares exactly). repr is the shortest
// round-tripping form (objects/numeric/float_format.h).
//
// Freed floats go to a per-thread free list (at most kFloatFreeListMax;
// CPython keeps one per thread too), and the next float this thread makes
// reuses one, skipping the allocator. A float joins the list only when its
// memory may be reused at once (gc/delayed_free.h: always under a GIL; in
// the free-threaded build while one thread is registered), since a
// lock-free reader elsewhere could still be about to try_incref it.
//
// Concurrency: floats are immutable; each free list is its thread's own.
#include "objects/float.h"

#include <cmath>

#include "gc/delayed_free.h"
#include "gc/gc_counts.h"

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/number_util.h"
#include "objects/numeric/float_format.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace ftpy {

Type FloatType;

namespace {

constexpr int kFloatFreeListMax = 100;

// Blocks of dead floats, linked through their first word. The destructor
// (thread exit) frees them and closes the list.
struct FloatFreeList {
  void* head = nullptr;
  int count = 0;
  constexpr FloatFreeList() = default;
  ~FloatFreeList() {
    while (head) {
      void* next = *static_cast<void**>(head);
      free_object(head);
      head = next;
    }
    count = kFloatFreeListMax;  // a float freed after this goes to the allocator
  }
};
thread_local FloatFreeList t_float_free;

}  // namespace

Ref<> float_from(double v) {
  FloatFreeList& fl = t_float_free;
  if (void* mem = fl.head) {
    fl.head = *static_cast<void**>(mem);
    --fl.count;
    Float* f = ::new (mem) Float();
    init_object_header(f, &FloatType);
    f->value = v;
    return Ref<>::steal(f);
  }
  Float* f = new_object<Float>(&FloatType);
  f->value = v;
  return Ref<>::steal(f);
}

namespace {

bool is_float_like(Object* o) { return is_instance_of(o, &FloatType); }

// Converts an operand to double; false if it is neither float nor int.
bool operand(Object* o, double* out) {
  if (is_float(o)) { *out = float_value(o); return true; }
  if (is_int(o)) { *out = int_operand_to_double(o); return true; }
  if (is_float_like(o)) { *out = float_value(o); return true; }
  return false;
}

#define FLOAT_OPERANDS(a, b, x, y)                                 \
  double x, y;                                                     \
  if (!operand(a, &x) || !operand(b, &y)) return not_implemented()

Ref<> float_add(Object* a, Object* b) { FLOAT_OPERANDS(a, b, x, y); return float_from(x + y); }
Ref<> float_sub(Object* a, Object* b) { FLOAT_OPERANDS(a, b, x, y); return float_from(x - y); }
Ref<> float_mul(Object* a, Object* b) { FLOAT_OPERANDS(a, b, x, y); return float_from(x * y); }

Ref<> float_truediv(Object* a, Object* b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) raise(&exc::ZeroDivisionError, "float division by zero");
  return float_from(x / y);
}

Ref<> float_floordiv(Object* a, Object* b) {
  FLOAT_OPERANDS(a, b, x, y);
  double r = 0;
  check_num_status(num::float_floordiv(x, y, &r), "float floor division by zero");
  return float_from(r);
}

Ref<> float_mod(Object* a, Object* b) {
  FLOAT_OPERANDS(a, b, x, y);
  double r = 0;
  check_num_status(num::float_mod(x, y, &r), "float modulo by zero");
  return float_from(r);
}

Ref<> float_pow(Object* a, Object* b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (x == 0 && y < 0) raise(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y))
    raise(&exc::ValueError, "ftpy does not support complex numbers (negative number raised to a fractional power)");
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
    raise(&exc::OverflowError, "(34, 'Numerical result out of range')");
  return float_from(r);
}

Ref<> float_pow3(Object*, Object*, Object* mod) {
  if (mod == kNone) return not_implemented();
  raise(&exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
}

#undef FLOAT_OPERANDS

Ref<> float_negative(Object* a) { return float_from(-float_value(a)); }
Ref<> float_positive(Object* a) {
  if (is_float(a)) return Ref<>::borrow(a);
  return float_from(float_value(a));
}
Ref<> float_absolute(Object* a) { return float_from(std::fabs(float_value(a))); }
bool float_bool(Object* a) { return float_value(a) != 0.0; }
Ref<> float_to_int(Object* a) { return int_from_double(float_value(a)); }

// Exact comparison of a double with an int of any size.
int compare_double_int(double x, Object* i) {
  if (int_is_small(i)) {
    int64_t v = int_small_value(i);
    if (v > -(int64_t{1} << 53) && v < (int64_t{1} << 53)) {
      double d = static_cast<double>(v);
      return (x > d) - (x < d);
    }
  }
  int c = mpz_cmp_d(int_to_mpz(i).get_mpz_t(), x);  // exact; x is finite here
  return -((c > 0) - (c < 0));
}

Ref<> float_richcompare(Object* a, Object* b, CompareOp op) {
  double x = float_value(a);
  if (is_float(b) || is_instance_of(b, &FloatType)) {
    double y = float_value(b);
    switch (op) {
      case CompareOp::Lt: return py_bool(x < y);
      case CompareOp::Le: return py_bool(x <= y);
      case CompareOp::Eq: return py_bool(x == y);
      case CompareOp::Ne: return py_bool(x != y);
      case CompareOp::Gt: return py_bool(x > y);
      case CompareOp::Ge: return py_bool(x >= y);
    }
  }
  if (!is_int(b)) return not_implemented();
  if (std::isnan(x)) return py_bool(op == CompareOp::Ne);
  if (std::isinf(x)) return py_bool(compare_result(x > 0 ? 1 : -1, op));
  return py_bool(compare_result(compare_double_int(x, b), op));
}

int64_t float_hash(Object* a) { return hash_double(float_value(a), a); }

Ref<> float_repr(Object* a) { return str_new(num::float_repr(float_value(a))); }

void float_dealloc(Object* o) {
  FloatFreeList& fl = t_float_free;
  if (type_of(o) == &FloatType && fl.count < kFloatFreeListMax && memory_reusable_at_once()) {
    // free_instance_memory's bookkeeping for a float (no dict slot, not
    // tracked, not a heap type), keeping the block.
    static_cast<Float*>(o)->~Float();
    gc::count_object_freed();
    *reinterpret_cast<void**>(o) = fl.head;
    fl.head = o;
    ++fl.count;
    return;
  }
  destroy_object<Float>(o);
}

// float(x)
Ref<> float_convert(Object* x) {
  if (is_float(x)) return Ref<>::borrow(x);
  if (is_int(x)) return float_from(int_operand_to_double(x));
  if (is_str(x)) {
    double d = 0;
    if (!num::parse_float(str_view(x), &d)) {
      std::string shown = repr_utf8(x);
      raisef(&exc::ValueError, "could not convert string to float: %s", shown.c_str());
    }
    return float_from(d);
  }
  Type* t = type_of(x);
  if (t->nb_float) {
    Ref<> r = t->nb_float(x);
    if (!is_instance_of(r.get(), &FloatType))
      raisef(&exc::TypeError, "%s.__float__ returned non-float (type %s)", type_name_of(x), type_name_of(r.get()));
    return float_from(float_value(r.get()));
  }
  if (t->nb_index) return float_from(int_operand_to_double(index(x).get()));
  raisef(&exc::TypeError, "float() argument must be a string or a real number, not '%s'", type_name_of(x));
}

Ref<> float_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("float", kwnames);
  check_nargs("float", nargs, 0, 1);
  Ref<> value = nargs == 0 ? float_from(0.0) : float_convert(args[0]);
  if (type == &FloatType) return value;
  Float* f = new_object<Float>(type);
  f->value = float_value(value.get());
  return Ref<>::steal(f);
}

// ---- methods

Ref<> float_is_integer(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("is_integer", kwnames);
  check_nargs("is_integer", nargs, 0, 0);
  double x = float_value(self);
  return py_bool(std::isfinite(x) && x == std::floor(x));
}

Ref<> float_as_integer_ratio(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("as_integer_ratio", kwnames);
  check_nargs("as_integer_ratio", nargs, 0, 0);
  double x = float_value(self);
  if (std::isinf(x)) raise(&exc::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) raise(&exc::ValueError, "cannot convert NaN to integer ratio");
  int exp = 0;
  double m = std::frexp(x, &exp);
  while (m != std::floor(m)) { m *= 2; --exp; }
  mpz_class num(m), den(1);
  if (exp > 0) num <<= static_cast<unsigned>(exp);
  else den <<= static_cast<unsigned>(-exp);
  Ref<> n = int_from_mpz(num), d = int_from_mpz(den);
  return tuple_pack({n.get(), d.get()});
}

Ref<> float_format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("__format__", kwnames);
  check_nargs("__format__", nargs, 1, 1);
  if (!is_str(args[0]))
    raisef(&exc::TypeError, "__format__() argument must be str, not %s", type_name_of(args[0]));
  std::string_view spec = str_view(args[0]);
  if (spec.empty()) return str(self);
  num::FormatSpec fs;
  std::string error, out;
  const char* tname = type_name_of(self);
  if (!num::parse_format_spec(spec, &fs, &error, tname)) raise(&exc::ValueError, error);
  num::NumStatus st = num::float_format(float_value(self), fs, &out, &error, tname);
  if (st != num::NumStatus::Ok && error.empty()) error = num::unknown_format_code_message(fs.type, tname);
  check_num_status(st, error);
  return str_new(out);
}

Ref<> float_round_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("__round__", kwnames);
  check_nargs("__round__", nargs, 0, 1);
  double x = float_value(self);
  if (nargs == 0 || args[0] == kNone) {
    double r = std::nearbyint(x);  // default rounding mode: half to even
    return int_from_double(r);
  }
  int64_t nd = index_as_int64_clamped(args[0]);
  if (!std::isfinite(x)) return float_from(x);
  if (nd > 400) return float_from(x);
  if (nd < -400) return float_from(0.0 * x);
  bool overflow = false;
  double r = num::float_round(x, static_cast<int>(nd), &overflow);
  if (overflow) raise(&exc::OverflowError, "rounded value too large to represent");
  return float_from(r);
}

Ref<> float_trunc(Object* self, Object* const*, size_t, Object*) { return int_from_double(std::trunc(float_value(self))); }
Ref<> float_floor(Object* self, Object* const*, size_t, Object*) { return int_from_double(std::floor(float_value(self))); }
Ref<> float_ceil(Object* self, Object* const*, size_t, Object*) { return int_from_double(std::ceil(float_value(self))); }
Ref<> float_conjugate(Object* self, Object* const*, size_t, Object*) { return float_positive(self); }

Ref<> float_hex(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("hex", kwnames);
  check_nargs("hex", nargs, 0, 0);
  double x = float_value(self);
  if (std::isnan(x) || std::isinf(x)) return str_new(num::float_repr(x));
  if (x == 0) return str_new(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  char buf[64];
  // %a gives "0x1.999999999999ap-4"; CPython prints the same digits for
  // normal numbers.
  int n = std::snprintf(buf, sizeof buf, "%a", x);
  return str_new(std::string_view(buf, static_cast<size_t>(n)));
}

Ref<> float_getnewargs(Object* self, Object* const*, size_t, Object*) {
  Ref<> v = float_positive(self);
  return tuple_pack({v.get()});
}

Ref<> float_get_real(Object* self) { return float_positive(self); }
Ref<> float_get_imag(Object*) { return float_from(0.0); }

const MethodDef kFloatMethods[] = {
    {"is_integer", float_is_integer, kMethodPlain, "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio, kMethodPlain, "Return a pair of integers, whose ratio is exactly equal to the original float."},
    {"__format__", float_format_method, kMethodPlain, "Formats the float according to format_spec."},
    {"__round__", float_round_method, kMethodPlain, "Return the Integral closest to x, rounding half toward even."},
    {"__trunc__", float_trunc, kMethodPlain, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, kMethodPlain, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, kMethodPlain, "Return the ceiling as an Integral."},
    {"conjugate", float_conjugate, kMethodPlain, "Return self, the complex conjugate of any float."},
    {"hex", float_hex, kMethodPlain, "Return a hexadecimal representation of a floating-point number."},
    {"__getnewargs__", float_getnewargs, kMethodPlain, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kFloatGetSets[] = {
    {"real", float_get_real, nullptr, "the real part of a complex number"},
    {"imag", float_get_imag, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void init_float_type() {
  Type& t = FloatType;
  t.name = "float";
  t.basicsize = sizeof(Float);
  t.flags = kTypeBaseType;
  t.doc = "Convert a string or number to a floating-point number, if possible.";
  t.tp_new = float_new;
  t.tp_dealloc = float_dealloc;
  t.tp_repr = float_repr;
  t.tp_hash = float_hash;
  t.tp_richcompare = float_richcompare;
  auto set = [&](BinaryOp op, BinaryFn fn) { t.nb_binary[static_cast<int>(op)] = fn; };
  set(BinaryOp::Add, float_add);
  set(BinaryOp::Sub, float_sub);
  set(BinaryOp::Mul, float_mul);
  set(BinaryOp::TrueDiv, float_truediv);
  set(BinaryOp::FloorDiv, float_floordiv);
  set(BinaryOp::Mod, float_mod);
  set(BinaryOp::Pow, float_pow);
  t.nb_power3 = float_pow3;
  t.nb_negative = float_negative;
  t.nb_positive = float_positive;
  t.nb_absolute = float_absolute;
  t.nb_bool = float_bool;
  t.nb_int = float_to_int;
  t.nb_float = float_positive;
  t.methods = kFloatMethods;
  t.getsets = kFloatGetSets;
  type_ready(&FloatType);
}

}  // namespace ftpy
