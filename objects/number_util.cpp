// number_util.cpp — numeric hashing and status-to-exception helpers.
//
// The hash follows the rule documented in the Python language reference
// ("Hashing of numeric types"): for a rational x = m/n, hash(x) is
// m * inverse(n) modulo P = 2**61 - 1, with the sign of x, and -1 mapped to
// -2. For an int that is just v mod P; for a float, the exact binary value
// m * 2**e is reduced by rotating bits modulo P.
#include "objects/number_util.h"

#include <cmath>

#include "objects/errors.h"
#include "objects/int.h"
#include "objects/numeric/int_format.h"

namespace ftpy {

int64_t hash_int64(int64_t v) {
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  int64_t h = static_cast<int64_t>(mag % kHashModulus);
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t hash_mpz(const mpz_class& v) {
  mpz_class mag = abs(v);
  // mpz_fdiv_ui takes an unsigned long divisor; P fits (LP64).
  uint64_t r = mpz_fdiv_ui(mag.get_mpz_t(), kHashModulus);
  int64_t h = static_cast<int64_t>(r);
  if (sgn(v) < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t hash_double(double v, const Object* identity_for_nan) {
  if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
  if (std::isnan(v)) {
    // CPython 3.10+: NaNs hash by identity.
    int64_t h = static_cast<int64_t>(reinterpret_cast<uintptr_t>(identity_for_nan) >> 4);
    return h == -1 ? -2 : h;
  }
  int exp = 0;
  double m = std::frexp(v, &exp);  // v = m * 2**exp, 0.5 <= |m| < 1
  int sign = 1;
  if (m < 0) { sign = -1; m = -m; }
  // Consume the mantissa 28 bits at a time, keeping x mod P.
  uint64_t x = 0;
  while (m != 0) {
    x = ((x << 28) & kHashModulus) | (x >> (61 - 28));
    m *= 268435456.0;  // 2**28
    exp -= 28;
    uint64_t digit = static_cast<uint64_t>(m);
    m -= static_cast<double>(digit);
    x += digit;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  // Multiply by 2**exp mod P: a rotation of a 61-bit value.
  int e = exp % 61;
  if (e < 0) e += 61;
  x = ((x << e) & kHashModulus) | (x >> (61 - e));
  int64_t h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

void check_num_status(num::NumStatus status, std::string_view message) {
  switch (status) {
    case num::NumStatus::Ok: return;
    case num::NumStatus::ZeroDivision: raise(&exc::ZeroDivisionError, message);
    case num::NumStatus::Overflow: raise(&exc::OverflowError, message);
    case num::NumStatus::ValueError: raise(&exc::ValueError, message);
  }
}

double int_operand_to_double(const Object* int_obj) {
  if (int_is_small(int_obj)) return static_cast<double>(int_small_value(int_obj));
  double d = 0;
  check_num_status(num::int_to_double(*static_cast<const Int*>(int_obj)->big, &d),
                   "int too large to convert to float");
  return d;
}

}  // namespace ftpy
