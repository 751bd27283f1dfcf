// Float <-> text conversions with CPython 3.13 semantics, plus the
// format-spec mini-language shared by int/float/str formatting.
// Plain C++ types only; every function is reentrant (no global mutable state).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ftpy::num {

// Outcome of an operation that Python would report with an exception.
// ZeroDivision -> ZeroDivisionError, Overflow -> OverflowError,
// ValueError -> ValueError.  No C++ exceptions cross this API.
enum class NumStatus { Ok, ZeroDivision, Overflow, ValueError };

// ---------------------------------------------------------------------------
// Format-spec mini-language:
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
// ---------------------------------------------------------------------------
struct FormatSpec {
  std::string fill;             // UTF-8 of the fill code point; empty = not given
  char align = 0;               // '<' '>' '^' '=' or 0 when not given
  char sign = 0;                // '+' '-' ' ' or 0 when not given
  bool z = false;               // 'z': coerce negative zero to positive
  bool alternate = false;       // '#'
  bool zero = false;            // '0' before the width (only when no fill given)
  std::int64_t width = -1;      // -1 when absent
  char grouping = 0;            // ',' or '_' or 0
  std::int64_t precision = -1;  // -1 when absent
  char32_t type = 0;            // presentation type code point, 0 when absent
};

// Parses a spec.  On failure returns false and sets *error to CPython's
// ValueError message; type_name is used in "Invalid format specifier '...'
// for object of type '<type_name>'".
bool parse_format_spec(std::string_view spec, FormatSpec* out, std::string* error,
                       std::string_view type_name = "object");

// Message builders (CPython wording).
std::string invalid_format_spec_message(std::string_view spec, std::string_view type_name);
std::string unknown_format_code_message(char32_t type, std::string_view type_name);

// Pads `body` to spec.width code points using fill/align.  Defaults follow
// CPython: numbers right-align, strings left-align, a '0' flag means fill '0'
// (and '=' alignment for numbers).  With '=' the padding goes after the first
// `sign_len` bytes; sign_len == npos means "a leading '+', '-' or ' '".
std::string apply_padding(std::string body, const FormatSpec& spec, bool numeric,
                          std::size_t sign_len = std::string::npos);

// Lays out a number from its pieces: sign ("", "-", "+", " "), prefix
// ("0x"...), integer digits (grouped every group_size digits with
// spec.grouping, zero-padded inside the grouping for '0'/'=' fills) and the
// rest (".5e+10", "%", "inf").  Used by float_format and int_format.
std::string layout_number(std::string_view sign, std::string_view prefix,
                          std::string_view int_digits, std::string_view rest,
                          const FormatSpec& spec, int group_size);

// str.__format__: only type 's' or none; precision truncates (code points).
NumStatus str_format(std::string_view utf8, const FormatSpec& spec, std::string* out,
                     std::string* error, std::string_view type_name = "str");

// ---------------------------------------------------------------------------
// Floats
// ---------------------------------------------------------------------------

// repr(x): shortest round-trip digits, 'inf', '-inf', 'nan', '-0.0', '1e+16'.
std::string float_repr(double x);

// format(x, spec) for a parsed spec.  On an invalid spec returns ValueError
// with *error set (out untouched); precision > INT_MAX is "precision too big".
NumStatus float_format(double x, const FormatSpec& spec, std::string* out, std::string* error,
                       std::string_view type_name = "float");
// Convenience form: returns "" when the spec is invalid for floats.
std::string float_format(double x, const FormatSpec& spec);

// printf-style flags for the '%' operator.
enum PercentFlags : int {
  kPctLeft = 1,   // '-'
  kPctSign = 2,   // '+'
  kPctBlank = 4,  // ' '
  kPctAlt = 8,    // '#'
  kPctZero = 16,  // '0'
};
// '%<flags><width>.<precision><conv>' % x for conv in e E f F g G.
// width < 0: none; precision < 0: default 6.
std::string float_percent_format(double x, char conv, int flags, int width, int precision);

// float(text): whitespace, underscores between digits, inf/infinity/nan
// (any case, optional sign), Unicode digits/spaces.  False when invalid.
bool parse_float(std::string_view text, double* out);

// round(x, ndigits), correctly rounded (half-even on the exact binary
// value).  Sets *overflow (when given) and returns +-inf when the rounded
// value does not fit ("rounded value too large to represent").
double float_round(double x, int ndigits, bool* overflow = nullptr);

// Python's //, % and divmod() on floats.  ZeroDivision when b == 0
// ("float floor division by zero", "float modulo by zero", "float divmod()").
NumStatus float_floordiv(double a, double b, double* out);
NumStatus float_mod(double a, double b, double* out);
NumStatus float_divmod(double a, double b, double* quot, double* rem);

// ---------------------------------------------------------------------------
// Text helpers shared with int parsing/formatting.
// ---------------------------------------------------------------------------

// Number of code points in a UTF-8 string.
std::size_t utf8_length(std::string_view s);
// Appends the UTF-8 encoding of cp.
void append_utf8(std::string* out, char32_t cp);
// Copies `in` with non-ASCII Unicode white space turned into ' ' and Unicode
// decimal digits (category Nd) into ASCII digits, like CPython does before
// parsing int()/float() text.  False on malformed UTF-8.
bool normalize_number_text(std::string_view in, std::string* out);
// Strips ASCII white space (" \t\n\v\f\r") from both ends.
std::string_view strip_ascii_space(std::string_view s);

}  // namespace ftpy::num
