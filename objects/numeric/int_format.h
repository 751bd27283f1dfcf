// Python int semantics over GMP integers (and int64 fast paths): text
// conversion, format(), floor division, modular pow, shifts and correctly
// rounded conversion to float.  No exceptions: failures are NumStatus codes;
// the comment on each function gives the CPython message to raise.
#pragma once

#include <gmpxx.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/numeric/float_format.h"

namespace ftpy::num {

// ------------------------------------------------------------------ text --

// Digits of n in base 2..36 (lowercase), '-' for negatives, no prefix.
std::string int_to_string(const mpz_class& n, int base = 10);
std::string int_to_string(std::int64_t n);
// hex()/oct()/bin(): '-0x1f', '0o17', '0b101'.
std::string int_to_hex(const mpz_class& n);
std::string int_to_oct(const mpz_class& n);
std::string int_to_bin(const mpz_class& n);

// int(text, base): base 0 or 2..36, surrounding white space, sign,
// single underscores between digits (and right after a base prefix),
// prefixes 0x/0o/0b (base 0, or the matching base), and base 0 rejects
// leading zeros ('010').  Unicode digits and spaces are accepted.  False when
// invalid (ValueError "invalid literal for int() with base %d: %R", or
// "int() base must be >= 2 and <= 36, or 0").  The 4300-digit limit of
// sys.set_int_max_str_digits is left to the caller.
bool parse_int(std::string_view text, int base, mpz_class* out);

// format(v, spec).  Types b c d o x X n and none; e E f F g G % go through
// float_format.  ValueError: spec misuse (message in *error);
// Overflow: 'c' out of range ("%c arg not in range(0x110000)") or
// float conversion ("int too large to convert to float").
NumStatus int_format(const mpz_class& v, const FormatSpec& spec, std::string* out,
                     std::string* error, std::string_view type_name = "int");
// Convenience form: "" on any error.
std::string int_format(const mpz_class& v, const FormatSpec& spec);

// ------------------------------------------------------------ arithmetic --
// ZeroDivision messages: // "integer division or modulo by zero",
// % "integer modulo by zero", divmod "integer division or modulo by zero".

NumStatus floordiv(const mpz_class& a, const mpz_class& b, mpz_class* out);
NumStatus mod(const mpz_class& a, const mpz_class& b, mpz_class* out);
NumStatus divmod(const mpz_class& a, const mpz_class& b, mpz_class* q, mpz_class* r);

// pow(base, exp, m).  ValueError when m == 0 ("pow() 3rd argument cannot be
// 0") or exp < 0 and base has no inverse ("base is not invertible for the
// given modulus").  The result has the sign of m (like %).
NumStatus pow_mod(const mpz_class& base, const mpz_class& exp, const mpz_class& m, mpz_class* out);

// a << n, a >> n (arithmetic: floor for negatives).  ValueError for n < 0
// ("negative shift count"); lshift gives Overflow when the result would
// need more than 2**40 bits ("too many digits in integer").
NumStatus lshift(const mpz_class& a, const mpz_class& n, mpz_class* out);
NumStatus rshift(const mpz_class& a, const mpz_class& n, mpz_class* out);

// Two's-complement bitwise operations (infinite sign extension).
mpz_class bit_and(const mpz_class& a, const mpz_class& b);
mpz_class bit_or(const mpz_class& a, const mpz_class& b);
mpz_class bit_xor(const mpz_class& a, const mpz_class& b);
mpz_class bit_invert(const mpz_class& a);  // -(a + 1)

// a / b correctly rounded.  ZeroDivision ("division by zero"); Overflow
// ("integer division result too large for a float").
NumStatus int_true_divide(const mpz_class& a, const mpz_class& b, double* out);
NumStatus int_true_divide(std::int64_t a, std::int64_t b, double* out);

// float(n) correctly rounded (half-even); Overflow "int too large to convert
// to float".
NumStatus int_to_double(const mpz_class& n, double* out);
// int(x), truncating.  Overflow for inf ("cannot convert float infinity to
// integer"), ValueError for nan ("cannot convert float NaN to integer").
NumStatus double_to_int(double x, mpz_class* out);

// n.bit_length()
std::uint64_t int_bit_length(const mpz_class& n);

// int64 fast paths with Python floor semantics.  Overflow only for
// INT64_MIN // -1 (the caller then redoes the operation with mpz).
NumStatus floordiv(std::int64_t a, std::int64_t b, std::int64_t* out);
NumStatus mod(std::int64_t a, std::int64_t b, std::int64_t* out);
NumStatus divmod(std::int64_t a, std::int64_t b, std::int64_t* q, std::int64_t* r);

}  // namespace ftpy::num
