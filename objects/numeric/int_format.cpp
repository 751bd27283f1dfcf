// int_format.cpp -- Python int semantics on top of GMP.
//
// Design:
//  * GMP already has floor division (mpz_fdiv_*) and two's-complement
//    bitwise operations; this file adds Python's error cases, text
//    conversion/formatting and correctly rounded int -> float conversions.
//  * Correct rounding (int_to_double, int_true_divide) is done exactly in
//    integers: compute the 53-bit (fewer when subnormal) significand plus one
//    extra bit and a sticky flag, round half-even, then ldexp (exact).
//  * Invariants: callers' mpz values are never modified; outputs are only
//    written on NumStatus::Ok.
//  * Thread-safety: no global mutable state; GMP mpz functions are reentrant,
//    so every function here is reentrant and thread-safe.
#include "objects/numeric/int_format.h"

#include <algorithm>
#include <cfloat>
#include <climits>
#include <cmath>

namespace ftpy::num {
namespace {

constexpr std::uint64_t kMaxShiftBits = std::uint64_t{1} << 40;

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

std::string prefixed(const mpz_class& n, int base, const char* prefix) {
  mpz_class a = abs(n);
  return (sgn(n) < 0 ? "-" : "") + std::string(prefix) + a.get_str(base);
}

// Rounds m * 2**e (m > 0) to the nearest double that has a significand of at
// most 53 bits and no bit below 2**-1074, ties to even.  `sticky` says that
// the true value is slightly above m * 2**e.
double round_to_double(const mpz_class& m, long e, bool sticky) {
  long bits = static_cast<long>(mpz_sizeinbase(m.get_mpz_t(), 2));
  long top = bits + e;  // the value lies in [2**(top-1), 2**top)
  if (top > DBL_MAX_EXP) return HUGE_VAL;
  long lsb = std::max(top - DBL_MANT_DIG, static_cast<long>(DBL_MIN_EXP - DBL_MANT_DIG));
  long drop = lsb - e;  // bits of m below the last kept bit
  if (drop <= 0) return std::ldexp(m.get_d(), static_cast<int>(e));  // exact
  mpz_class q;
  mpz_fdiv_q_2exp(q.get_mpz_t(), m.get_mpz_t(), static_cast<mp_bitcnt_t>(drop));
  bool half = mpz_tstbit(m.get_mpz_t(), static_cast<mp_bitcnt_t>(drop - 1));
  bool below = sticky || mpz_scan1(m.get_mpz_t(), 0) < static_cast<mp_bitcnt_t>(drop - 1);
  if (half && (below || mpz_odd_p(q.get_mpz_t()))) ++q;
  return std::ldexp(q.get_d(), static_cast<int>(lsb));  // q <= 2**53: exact
}

NumStatus shift_count(const mpz_class& n, std::uint64_t* out) {
  if (sgn(n) < 0) return NumStatus::ValueError;
  *out = mpz_fits_ulong_p(n.get_mpz_t()) ? n.get_ui() : ULONG_MAX;
  return NumStatus::Ok;
}

}  // namespace

// ------------------------------------------------------------------ text --

std::string int_to_string(const mpz_class& n, int base) { return n.get_str(base); }

std::string int_to_string(std::int64_t n) { return std::to_string(n); }

std::string int_to_hex(const mpz_class& n) { return prefixed(n, 16, "0x"); }
std::string int_to_oct(const mpz_class& n) { return prefixed(n, 8, "0o"); }
std::string int_to_bin(const mpz_class& n) { return prefixed(n, 2, "0b"); }

bool parse_int(std::string_view text, int base, mpz_class* out) {
  if (base != 0 && (base < 2 || base > 36)) return false;
  std::string norm;
  if (!normalize_number_text(text, &norm)) return false;
  std::string_view s = strip_ascii_space(norm);
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  bool prefix = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(s[1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      prefix = true;
      s.remove_prefix(2);
    }
  }
  bool literal_decimal = base == 0;  // base 0 without prefix: no leading 0s
  if (base == 0) base = 10;
  std::string digits;
  bool prev_digit = prefix;  // an underscore may follow the prefix
  for (char c : s) {
    if (c == '_') {
      if (!prev_digit) return false;
      prev_digit = false;
      continue;
    }
    if (digit_value(c) >= base) return false;
    digits += c;
    prev_digit = true;
  }
  if (digits.empty() || !prev_digit) return false;
  if (literal_decimal && digits[0] == '0' && digits.find_first_not_of('0') != std::string::npos)
    return false;
  if (out->set_str(digits, base) != 0) return false;
  if (neg) *out = -*out;
  return true;
}

NumStatus int_format(const mpz_class& v, const FormatSpec& spec, std::string* out,
                     std::string* error, std::string_view type_name) {
  int base = 10;
  const char* prefix = "";
  switch (spec.type) {
    case 0:
    case 'd':
    case 'n':
    case 'c':
      break;
    case 'b':
      base = 2;
      prefix = "0b";
      break;
    case 'o':
      base = 8;
      prefix = "0o";
      break;
    case 'x':
      base = 16;
      prefix = "0x";
      break;
    case 'X':
      base = 16;
      prefix = "0X";
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      double d;
      if (int_to_double(v, &d) != NumStatus::Ok) {
        *error = "int too large to convert to float";
        return NumStatus::Overflow;
      }
      return float_format(d, spec, out, error, type_name);
    }
    default:
      *error = unknown_format_code_message(spec.type, type_name);
      return NumStatus::ValueError;
  }
  const char* msg = nullptr;
  if (spec.precision >= 0)
    msg = "Precision not allowed in integer format specifier";
  else if (spec.z)
    msg = "Negative zero coercion (z) not allowed in integer format specifier";
  else if (spec.type == 'c' && spec.sign)
    msg = "Sign not allowed with integer format specifier 'c'";
  else if (spec.type == 'c' && spec.alternate)
    msg = "Alternate form (#) not allowed with integer format specifier 'c'";
  if (msg) {
    *error = msg;
    return NumStatus::ValueError;
  }
  if (spec.type == 'c') {
    if (sgn(v) < 0 || v > 0x10FFFF) {
      *error = mpz_fits_slong_p(v.get_mpz_t()) ? "%c arg not in range(0x110000)"
                                               : "Python int too large to convert to C long";
      return NumStatus::Overflow;
    }
    std::string body;
    append_utf8(&body, static_cast<char32_t>(v.get_ui()));
    *out = apply_padding(std::move(body), spec, true, 0);
    return NumStatus::Ok;
  }
  mpz_class a = abs(v);
  std::string digits = a.get_str(spec.type == 'X' ? -16 : base);
  const char* sign = sgn(v) < 0 ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
  *out = layout_number(sign, spec.alternate ? prefix : "", digits, "", spec, base == 10 ? 3 : 4);
  return NumStatus::Ok;
}

std::string int_format(const mpz_class& v, const FormatSpec& spec) {
  std::string out, error;
  return int_format(v, spec, &out, &error) == NumStatus::Ok ? out : std::string();
}

// ------------------------------------------------------------ arithmetic --

NumStatus floordiv(const mpz_class& a, const mpz_class& b, mpz_class* out) {
  if (sgn(b) == 0) return NumStatus::ZeroDivision;
  mpz_fdiv_q(out->get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
  return NumStatus::Ok;
}

NumStatus mod(const mpz_class& a, const mpz_class& b, mpz_class* out) {
  if (sgn(b) == 0) return NumStatus::ZeroDivision;
  mpz_fdiv_r(out->get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
  return NumStatus::Ok;
}

NumStatus divmod(const mpz_class& a, const mpz_class& b, mpz_class* q, mpz_class* r) {
  if (sgn(b) == 0) return NumStatus::ZeroDivision;
  mpz_class qq, rr;
  mpz_fdiv_qr(qq.get_mpz_t(), rr.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
  *q = std::move(qq);
  *r = std::move(rr);
  return NumStatus::Ok;
}

NumStatus pow_mod(const mpz_class& base, const mpz_class& exp, const mpz_class& m, mpz_class* out) {
  if (sgn(m) == 0) return NumStatus::ValueError;
  mpz_class am = abs(m), b = base, e = exp, r;
  if (am == 1) {
    *out = 0;
    return NumStatus::Ok;
  }
  if (sgn(e) < 0) {
    if (mpz_invert(b.get_mpz_t(), base.get_mpz_t(), am.get_mpz_t()) == 0)
      return NumStatus::ValueError;
    e = -e;
  }
  mpz_powm(r.get_mpz_t(), b.get_mpz_t(), e.get_mpz_t(), am.get_mpz_t());  // in [0, |m|)
  if (sgn(m) < 0 && sgn(r) != 0) r += m;
  *out = std::move(r);
  return NumStatus::Ok;
}

NumStatus lshift(const mpz_class& a, const mpz_class& n, mpz_class* out) {
  std::uint64_t count;
  if (shift_count(n, &count) != NumStatus::Ok) return NumStatus::ValueError;
  if (sgn(a) == 0) {
    *out = 0;
    return NumStatus::Ok;
  }
  if (count > kMaxShiftBits) return NumStatus::Overflow;
  mpz_mul_2exp(out->get_mpz_t(), a.get_mpz_t(), static_cast<mp_bitcnt_t>(count));
  return NumStatus::Ok;
}

NumStatus rshift(const mpz_class& a, const mpz_class& n, mpz_class* out) {
  std::uint64_t count;
  if (shift_count(n, &count) != NumStatus::Ok) return NumStatus::ValueError;
  if (count >= int_bit_length(a)) {
    *out = sgn(a) < 0 ? -1 : 0;
    return NumStatus::Ok;
  }
  mpz_fdiv_q_2exp(out->get_mpz_t(), a.get_mpz_t(), static_cast<mp_bitcnt_t>(count));
  return NumStatus::Ok;
}

mpz_class bit_and(const mpz_class& a, const mpz_class& b) { return a & b; }
mpz_class bit_or(const mpz_class& a, const mpz_class& b) { return a | b; }
mpz_class bit_xor(const mpz_class& a, const mpz_class& b) { return a ^ b; }
mpz_class bit_invert(const mpz_class& a) { return -a - 1; }

NumStatus int_true_divide(const mpz_class& a, const mpz_class& b, double* out) {
  int sb = sgn(b), sa = sgn(a);
  if (sb == 0) return NumStatus::ZeroDivision;
  bool neg = (sa < 0) != (sb < 0);
  if (sa == 0) {
    *out = neg ? -0.0 : 0.0;
    return NumStatus::Ok;
  }
  mpz_class na = abs(a), nb = abs(b);
  long la = static_cast<long>(int_bit_length(na)), lb = static_cast<long>(int_bit_length(nb));
  if (la <= DBL_MANT_DIG && lb <= DBL_MANT_DIG) {  // both exact doubles
    *out = a.get_d() / b.get_d();
    return NumStatus::Ok;
  }
  long diff = la - lb;  // quotient lies in (2**(diff-1), 2**(diff+1))
  if (diff > DBL_MAX_EXP + 1) return NumStatus::Overflow;
  double r = 0.0;
  if (diff >= DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    // q = floor(na / nb * 2**-e) with at least 55 significant bits.
    long e = std::max(diff, static_cast<long>(DBL_MIN_EXP)) - DBL_MANT_DIG - 3;
    if (e < 0)
      mpz_mul_2exp(na.get_mpz_t(), na.get_mpz_t(), static_cast<mp_bitcnt_t>(-e));
    else
      mpz_mul_2exp(nb.get_mpz_t(), nb.get_mpz_t(), static_cast<mp_bitcnt_t>(e));
    mpz_class q, rem;
    mpz_fdiv_qr(q.get_mpz_t(), rem.get_mpz_t(), na.get_mpz_t(), nb.get_mpz_t());
    if (sgn(q) != 0) r = round_to_double(q, e, sgn(rem) != 0);
  }
  if (std::isinf(r)) return NumStatus::Overflow;
  *out = neg ? -r : r;
  return NumStatus::Ok;
}

NumStatus int_true_divide(std::int64_t a, std::int64_t b, double* out) {
  constexpr std::int64_t kExact = std::int64_t{1} << DBL_MANT_DIG;
  if (b == 0) return NumStatus::ZeroDivision;
  if (a >= -kExact && a <= kExact && b >= -kExact && b <= kExact) {
    *out = static_cast<double>(a) / static_cast<double>(b);
    return NumStatus::Ok;
  }
  return int_true_divide(mpz_class(static_cast<long>(a)), mpz_class(static_cast<long>(b)), out);
}

NumStatus int_to_double(const mpz_class& n, double* out) {
  if (sgn(n) == 0) {
    *out = 0.0;
    return NumStatus::Ok;
  }
  double r = round_to_double(abs(n), 0, false);
  if (std::isinf(r)) return NumStatus::Overflow;
  *out = sgn(n) < 0 ? -r : r;
  return NumStatus::Ok;
}

NumStatus double_to_int(double x, mpz_class* out) {
  if (std::isnan(x)) return NumStatus::ValueError;
  if (std::isinf(x)) return NumStatus::Overflow;
  mpz_set_d(out->get_mpz_t(), x);  // truncates toward zero, exact
  return NumStatus::Ok;
}

std::uint64_t int_bit_length(const mpz_class& n) {
  return sgn(n) == 0 ? 0 : mpz_sizeinbase(n.get_mpz_t(), 2);
}

NumStatus divmod(std::int64_t a, std::int64_t b, std::int64_t* q, std::int64_t* r) {
  if (b == 0) return NumStatus::ZeroDivision;
  if (a == INT64_MIN && b == -1) return NumStatus::Overflow;
  std::int64_t qq = a / b, rr = a % b;
  if (rr != 0 && ((rr < 0) != (b < 0))) {
    rr += b;
    --qq;
  }
  if (q) *q = qq;
  if (r) *r = rr;
  return NumStatus::Ok;
}

NumStatus floordiv(std::int64_t a, std::int64_t b, std::int64_t* out) {
  return divmod(a, b, out, nullptr);
}

NumStatus mod(std::int64_t a, std::int64_t b, std::int64_t* out) {
  if (b == -1) {  // avoids INT64_MIN % -1 trapping
    *out = 0;
    return NumStatus::Ok;
  }
  return divmod(a, b, nullptr, out);
}

}  // namespace ftpy::num
