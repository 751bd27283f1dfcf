// int.cpp — the int type: creation, the small-int cache, arithmetic slots.
//
// Invariants (int.h): an Int is normalised — `big` is set only when the value
// does not fit in int64 — and values in [kSmallIntMin, kSmallIntMax] always
// come from the immortal cache, so the common case allocates nothing.
// Arithmetic takes the int64 fast path with overflow checks and falls back
// to GMP (objects/numeric/int_format.h holds the Python-semantics helpers).
// Operands may be any int subclass (bool included); results are exact ints.
//
// Concurrency: ints are immutable; the small-int cache is written once during
// start-up (init_int_type) before any other thread exists.
#include "objects/int.h"

#include <charconv>
#include <cmath>

#include "objects/api.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/number_util.h"
#include "objects/numeric/int_format.h"
#include "objects/str.h"
#include "objects/type.h"

namespace ftpy {

Type IntType;

namespace {

constexpr int64_t kSmallIntCount = kSmallIntMax - kSmallIntMin + 1;
Int small_ints[kSmallIntCount];

// CPython's default limit on int <-> decimal string conversion.
constexpr size_t kMaxStrDigits = 4300;

Int* as_int(Object* o) { return static_cast<Int*>(o); }

bool both_small(Object* a, Object* b) { return int_is_small(a) && int_is_small(b); }

Ref<> int_binary_status(num::NumStatus st, const mpz_class& r, std::string_view msg) {
  check_num_status(st, msg);
  return int_from_mpz(r);
}

}  // namespace

// ------------------------------------------------------------------ creation

Ref<> int_from(int64_t v) {
  if (v >= kSmallIntMin && v <= kSmallIntMax) return Ref<>::steal(&small_ints[v - kSmallIntMin]);
  Int* o = new_object<Int>(&IntType);
  o->value = v;
  return Ref<>::steal(o);
}

Ref<> int_from_mpz(const mpz_class& v) {
  if (mpz_fits_slong_p(v.get_mpz_t())) return int_from(mpz_get_si(v.get_mpz_t()));
  Int* o = new_object<Int>(&IntType);
  o->big = new mpz_class(v);
  return Ref<>::steal(o);
}

Ref<> int_from_double(double d) {
  if (std::isfinite(d) && d > -9.2e18 && d < 9.2e18) return int_from(static_cast<int64_t>(d));
  mpz_class r;
  num::NumStatus st = num::double_to_int(d, &r);
  check_num_status(st, std::isnan(d) ? "cannot convert float NaN to integer"
                                     : "cannot convert float infinity to integer");
  return int_from_mpz(r);
}

Ref<> int_from_string(std::string_view text, int base) {
  if (base != 0 && (base < 2 || base > 36)) raise(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
  // Fast path: short plain decimal literals.
  if (base == 10 || base == 0) {
    int64_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec == std::errc() && end == text.data() + text.size() && !text.empty() &&
        (text.size() == 1 || text[0] != '0') && text[0] != '-')
      return int_from(v);
  }
  mpz_class r;
  if (!num::parse_int(text, base, &r)) {
    Ref<> s = str_new(text);
    std::string shown = repr_utf8(s.get());
    raisef(&exc::ValueError, "invalid literal for int() with base %d: %s", base, shown.c_str());
  }
  if ((base == 10 || base == 0) && text.size() > kMaxStrDigits && !mpz_fits_slong_p(r.get_mpz_t())) {
    size_t digits = mpz_sizeinbase(r.get_mpz_t(), 10);
    if (digits > kMaxStrDigits)
      raisef(&exc::ValueError,
             "Exceeds the limit (%zu digits) for integer string conversion: value has %zu digits; "
             "use sys.set_int_max_str_digits() to increase the limit",
             kMaxStrDigits, digits);
  }
  return int_from_mpz(r);
}

bool int_to_int64(const Object* o, int64_t* out) {
  if (int_is_small(o)) { *out = int_small_value(o); return true; }
  return false;  // normalised: a big int never fits
}

mpz_class int_to_mpz(const Object* o) {
  const Int* i = static_cast<const Int*>(o);
  return i->big ? *i->big : mpz_class(static_cast<long>(i->value));
}

double int_to_double(const Object* o) { return int_operand_to_double(o); }

std::string int_to_decimal(const Object* o) {
  if (int_is_small(o)) return num::int_to_string(int_small_value(o));
  std::string s = num::int_to_string(*static_cast<const Int*>(o)->big, 10);
  size_t digits = s.size() - (s[0] == '-' ? 1 : 0);
  if (digits > kMaxStrDigits)
    raisef(&exc::ValueError,
           "Exceeds the limit (%zu digits) for integer string conversion; "
           "use sys.set_int_max_str_digits() to increase the limit",
           kMaxStrDigits);
  return s;
}

// ------------------------------------------------------------------ arithmetic

namespace {

#define INT_OPERANDS_OR_NOT_IMPLEMENTED(a, b) \
  if (!is_int(a) || !is_int(b)) return not_implemented()

Ref<> int_add(Object* a, Object* b) {
  INT_OPERANDS_OR_NOT_IMPLEMENTED(a, b);
  int64_t r;
  if (both_small(a, b) && !__builtin_add_overflow(int_small_value(a), int_small_value(b), &r))
    return int_from(r);
  return int_from_mpz(int_to_mpz(a) + int_to_mpz(b));
}

Ref<> int_sub(Object* a, Object* b) {
  INT_OPERANDS_OR_NOT_IMPLEMENTED(a, b);
  int64_t r;
  if (both_small(a, b) && !__builtin_sub_overflow(int_small_value(a), int_small_value(b), &r))
    return int_from(r);
  return int_from_mpz(int_to_mpz(a) - int_to_mpz(b));
}

Ref<> int_mul(Object* a, Object* b) {
  INT_OPERANDS_OR_NOT_IMPLEMENTED(a, b);
  int64_t r;
  if (both_small(a, b) && !__builtin_mul_overflow(int_small_value(a), int_small_value(b), &r))
    return int_from(r);
  return int_from_mpz(int_to_mpz(a) * int_to_mpz(b));
}

Ref<> int_truediv(Object* a, Object* b) {
  INT_OPERANDS_OR_NOT_IMPLEMENTED(a, b);
  double r = 0;
  num::NumStatus st = both_small(a, b)
                          ? num::int_true_divide(int_small_value(a), int_small_value(b), &r)
                          : num::int_true_divide(int_to_mpz(a), int_to_mpz(b), &r);
  check_num_status(st, st == num::NumStatus::ZeroDivision
                           ? "division by zero"
                           : "integer division result too large for a float");
  return float_from(r);
}

Ref<> int_floordiv(Object* a, Object* b) {
  INT_OPERANDS_OR_NOT_IMPLEMENTED(a, b);
  if (both_small(a, b)) {
    int64_t r;
    num::NumStatus st = num::floordiv(int_small_value(a), int_small_value(b), &r);
    if (st == num::NumStatus::Ok) return int_from(r);
    if (st == num::NumStatus::ZeroDivision)
      raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
  }
  mpz_class r;
  return int_binary_status(num::floordiv(int_to_mpz(a), int_to_mpz(b), &r), r,
                           "integer division or modulo by zero");
}

Ref<> int_mod(Object* a, Object* b) {
  INT_OPERANDS_OR_NOT_IMPLEMENTED(a, b);
  if (both_small(a, b)) {
    int64_t r;
    num::NumStatus st = num::mod(int_small_value(a), int_small_value(b), &r);
    if (st == num::NumStatus::Ok) return int_from(r);
    if (st == num::NumStatus::ZeroDivision) raise(&exc::ZeroDivisionError, "integer modulo by zero");
  }
  mpz_class r;
  return int_binary_status(num::mod(int_to_mpz(a), int_to_mpz(b), &r), r, "integer modulo by zero");
}

// a ** b for ints: a float when b < 0 (as CPython), exact otherwise.
Ref<> int_pow(Object* a, Object* b) {
  INT_OPERANDS_OR_NOT_IMPLEMENTED(a, b);
  mpz_class exp = int_to_mpz(b);
  if (sgn(exp) < 0) {
    double base = int_operand_to_double(a);
    if (base == 0) raise(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return float_from(std::pow(base, int_operand_to_double(b)));
  }
  if (int_is_small(a) && int_is_small(b)) {
    int64_t base = int_small_value(a), e = int_small_value(b), result = 1;
    bool overflow = false;
    while (e > 0 && !overflow) {
      if (e & 1) overflow |= __builtin_mul_overflow(result, base, &result);
      e >>= 1;
      if (e > 0) overflow |= __builtin_mul_overflow(base, base, &base);
    }
    if (!overflow) return int_from(result);
  }
  mpz_class base = int_to_mpz(a);
  if (base == 0 || base == 1) return int_from_mpz(exp == 0 ? mpz_class(1) : base);
  if (base == -1) return int_from(mpz_even_p(exp.get_mpz_t()) ? 1 : -1);
  // |base| >= 2: the result has at least `exp` bits; refuse absurd sizes
  // with MemoryError instead of letting GMP abort.
  if (!mpz_fits_ulong_p(exp.get_mpz_t()) ||
      mpz_get_ui(exp.get_mpz_t()) * mpz_sizeinbase(base.get_mpz_t(), 2) > (uint64_t{1} << 36))
    raise_empty(&exc::MemoryError);
  mpz_class r;
  mpz_pow_ui(r.get_mpz_t(), base.get_mpz_t(), mpz_get_ui(exp.get_mpz_t()));
  return int_from_mpz(r);
}

Ref<> int_pow3(Object* a, Object* b, Object* m) {
  if (!is_int(a) || !is_int(b)) return not_implemented();
  if (!is_int(m)) raise(&exc::TypeError, "unsupported operand type(s) for ** or pow(): 'int', 'int', and a non-int");
  mpz_class r;
  mpz_class mod = int_to_mpz(m);
  num::NumStatus st = num::pow_mod(int_to_mpz(a), int_to_mpz(b), mod, &r);
  check_num_status(st, mod == 0 ? "pow() 3rd argument cannot be 0" : "base is not invertible for the given modulus");
  return int_from_mpz(r);
}

Ref<> int_lshift(Object* a, Object* b) {
  INT_OPERANDS_OR_NOT_IMPLEMENTED(a, b);
  if (both_small(a, b)) {
    int64_t x = int_small_value(a), n = int_small_value(b);
    if (n < 0) raise(&exc::ValueError, "negative shift count");
    if (x == 0) return int_from(0);
    if (n < 63) {
      int64_t r = static_cast<int64_t>(static_cast<uint64_t>(x) << n);
      if ((r >> n) == x) return int_from(r);
    }
  }
  mpz_class r;
  num::NumStatus st = num::lshift(int_to_mpz(a), int_to_mpz(b), &r);
  check_num_status(st, st == num::NumStatus::ValueError ? "negative shift count" : "too many digits in integer");
  return int_from_mpz(r);
}

Ref<> int_rshift(Object* a, Object* b) {
  INT_OPERANDS_OR_NOT_IMPLEMENTED(a, b);
  if (both_small(a, b)) {
    int64_t x = int_small_value(a), n = int_small_value(b);
    if (n < 0) raise(&exc::ValueError, "negative shift count");
    return int_from(n >= 64 ? (x < 0 ? -1 : 0) : (x >> n));
  }
  mpz_class r;
  return int_binary_status(num::rshift(int_to_mpz(a), int_to_mpz(b), &r), r, "negative shift count");
}

Ref<> int_and(Object* a, Object* b) {
  INT_OPERANDS_OR_NOT_IMPLEMENTED(a, b);
  if (both_small(a, b)) return int_from(int_small_value(a) & int_small_value(b));
  return int_from_mpz(num::bit_and(int_to_mpz(a), int_to_mpz(b)));
}
Ref<> int_or(Object* a, Object* b) {
  INT_OPERANDS_OR_NOT_IMPLEMENTED(a, b);
  if (both_small(a, b)) return int_from(int_small_value(a) | int_small_value(b));
  return int_from_mpz(num::bit_or(int_to_mpz(a), int_to_mpz(b)));
}
Ref<> int_xor(Object* a, Object* b) {
  INT_OPERANDS_OR_NOT_IMPLEMENTED(a, b);
  if (both_small(a, b)) return int_from(int_small_value(a) ^ int_small_value(b));
  return int_from_mpz(num::bit_xor(int_to_mpz(a), int_to_mpz(b)));
}

#undef INT_OPERANDS_OR_NOT_IMPLEMENTED

Ref<> int_negative(Object* a) {
  if (int_is_small(a) && int_small_value(a) != INT64_MIN) return int_from(-int_small_value(a));
  return int_from_mpz(-int_to_mpz(a));
}
Ref<> int_positive(Object* a) {
  if (is_exact_int(a)) return Ref<>::borrow(a);
  return int_from_mpz(int_to_mpz(a));
}
Ref<> int_absolute(Object* a) {
  if (int_is_small(a)) {
    int64_t v = int_small_value(a);
    if (v >= 0) return int_positive(a);
    if (v != INT64_MIN) return int_from(-v);
  }
  return int_from_mpz(abs(int_to_mpz(a)));
}
Ref<> int_invert(Object* a) {
  if (int_is_small(a)) return int_from(~int_small_value(a));
  return int_from_mpz(num::bit_invert(int_to_mpz(a)));
}
bool int_bool(Object* a) { return !int_is_small(a) || int_small_value(a) != 0; }
Ref<> int_index(Object* a) { return int_positive(a); }
Ref<> int_to_float_slot(Object* a) { return float_from(int_operand_to_double(a)); }

int compare_ints(Object* a, Object* b) {
  if (both_small(a, b)) {
    int64_t x = int_small_value(a), y = int_small_value(b);
    return (x > y) - (x < y);
  }
  int c = cmp(int_to_mpz(a), int_to_mpz(b));
  return (c > 0) - (c < 0);
}

}  // namespace

bool compare_result(int c, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return c < 0;
    case CompareOp::Le: return c <= 0;
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    case CompareOp::Gt: return c > 0;
    case CompareOp::Ge: return c >= 0;
  }
  return false;
}

namespace {

Ref<> int_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_int(a) || !is_int(b)) return not_implemented();
  return py_bool(compare_result(compare_ints(a, b), op));
}

int64_t int_hash(Object* a) {
  if (int_is_small(a)) return hash_int64(int_small_value(a));
  return hash_mpz(*as_int(a)->big);
}

Ref<> int_repr(Object* a) {
  if (int_is_small(a)) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, int_small_value(a));
    (void)ec;
    return str_new(std::string_view(buf, end - buf));
  }
  return str_new(int_to_decimal(a));
}

void int_dealloc(Object* o) { destroy_object<Int>(o); }

}  // namespace

// Defined in int_methods.cpp.
extern const MethodDef kIntMethods[];
extern const GetSetDef kIntGetSets[];
Ref<> int_tp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames);

void init_int_type() {
  Type& t = IntType;
  t.name = "int";
  t.basicsize = sizeof(Int);
  t.flags = kTypeBaseType | kTypeIntSubclass;
  t.doc = "int([x]) -> integer\nint(x, base=10) -> integer";
  t.tp_new = int_tp_new;
  t.tp_dealloc = int_dealloc;
  t.tp_repr = int_repr;
  t.tp_hash = int_hash;
  t.tp_richcompare = int_richcompare;
  auto set = [&](BinaryOp op, BinaryFn fn) { t.nb_binary[static_cast<int>(op)] = fn; };
  set(BinaryOp::Add, int_add);
  set(BinaryOp::Sub, int_sub);
  set(BinaryOp::Mul, int_mul);
  set(BinaryOp::TrueDiv, int_truediv);
  set(BinaryOp::FloorDiv, int_floordiv);
  set(BinaryOp::Mod, int_mod);
  set(BinaryOp::Pow, int_pow);
  set(BinaryOp::LShift, int_lshift);
  set(BinaryOp::RShift, int_rshift);
  set(BinaryOp::And, int_and);
  set(BinaryOp::Or, int_or);
  set(BinaryOp::Xor, int_xor);
  t.nb_power3 = int_pow3;
  t.nb_negative = int_negative;
  t.nb_positive = int_positive;
  t.nb_absolute = int_absolute;
  t.nb_invert = int_invert;
  t.nb_bool = int_bool;
  t.nb_index = int_index;
  t.nb_int = int_index;
  t.nb_float = int_to_float_slot;
  t.methods = kIntMethods;
  t.getsets = kIntGetSets;
  for (int64_t i = 0; i < kSmallIntCount; ++i) {
    Int& o = small_ints[i];
    o.ob_type = &IntType;
    o.value = kSmallIntMin + i;
    make_immortal(&o);
  }
  type_ready(&IntType);
}

}  // namespace ftpy
