// float_format.cpp -- float repr/format/parse/round with CPython 3.13 rules,
// and the format-spec mini-language shared by int, float and str.
//
// Design:
//  * Digits come from correctly rounded primitives: std::to_chars gives the
//    shortest round-trip digits (repr), glibc's snprintf("%.*e"/"%.*f") gives
//    correctly rounded (round-half-even on the exact binary value) digits for
//    a fixed precision.  Their output is re-parsed into (digits, decimal
//    exponent) and laid out the way CPython's PyOS_double_to_string does.
//  * Invariants: digit strings never carry a sign; the sign is decided
//    separately from signbit() so -0.0 and 'z' work uniformly.
//  * Thread-safety: no global mutable state; every function only touches its
//    arguments and locals, so all are reentrant.  snprintf output is parsed
//    without assuming '.' as the radix character, so LC_NUMERIC is harmless.
#include "objects/numeric/float_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>

namespace ftpy::num {
namespace {

// ----------------------------------------------------------------- UTF-8 --

// Decodes one code point at s[pos]; returns its byte length or 0 if invalid.
std::size_t decode_utf8(std::string_view s, std::size_t pos, char32_t* cp) {
  auto b = static_cast<unsigned char>(s[pos]);
  std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len == 0 || pos + len > s.size()) return 0;
  char32_t v = len == 1 ? b : b & (0x7F >> len);
  for (std::size_t i = 1; i < len; ++i) {
    auto c = static_cast<unsigned char>(s[pos + i]);
    if ((c & 0xC0) != 0x80) return 0;
    v = (v << 6) | (c & 0x3F);
  }
  *cp = v;
  return len;
}

// Code points of the first digit ('0') of every Unicode 15.1 Nd block.
constexpr char32_t kDigitZeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,
    0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,
    0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950, 0x1fbf0};

bool is_unicode_space(char32_t c) {
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// ------------------------------------------------------------ digits -------

// A finite non-negative value as 0.DIGITS * 10**decpt; digits carry no
// trailing zeros except for zero itself ("0", decpt 1).
struct Digits {
  std::string digits;
  int decpt = 1;
};

// Splits "d<radix>ddde[+-]XX" (snprintf/to_chars scientific output).
Digits split_scientific(std::string_view s) {
  Digits d;
  std::size_t i = 0;
  for (; i < s.size() && s[i] != 'e'; ++i)
    if (is_digit(s[i])) d.digits += s[i];
  int exp = 0;
  if (i < s.size()) std::from_chars(s.data() + i + 1 + (s[i + 1] == '+'), s.data() + s.size(), exp);
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  d.decpt = d.digits == "0" ? 1 : exp + 1;
  return d;
}

// snprintf with a precision capped where the digits of any double end
// (1074 fraction digits for %f, 767 significant digits for %e); callers pad.
std::string c_printf(char conv, std::int64_t precision_in, double v) {
  int precision = static_cast<int>(std::min<std::int64_t>(precision_in, conv == 'e' ? 800 : 1100));
  const char* fmt = conv == 'e' ? "%.*e" : "%.*f";
  int n = std::snprintf(nullptr, 0, fmt, precision, v);
  std::string s(static_cast<std::size_t>(n), '\0');
  std::snprintf(s.data(), s.size() + 1, fmt, precision, v);
  return s;
}

Digits shortest_digits(double ax) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, ax, std::chars_format::scientific);
  return split_scientific(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}

Digits significant_digits(double ax, std::int64_t n) {
  return split_scientific(c_printf('e', n - 1, ax));
}

// Fixed notation split into integer digits and fraction digits.
void fixed_digits(double ax, std::int64_t precision, std::string* ip, std::string* fp) {
  std::string s = c_printf('f', precision, ax);
  std::size_t i = 0;
  while (i < s.size() && is_digit(s[i])) ip->push_back(s[i++]);
  for (; i < s.size(); ++i)
    if (is_digit(s[i])) fp->push_back(s[i]);
  fp->append(static_cast<std::size_t>(precision) - fp->size(), '0');
}

struct Pieces {
  std::string int_digits;  // digits before the point
  std::string rest;        // point, fraction, exponent
};

// CPython's layout of a digit string.  use_exp decides scientific notation;
// min_digits pads with zeros; alt forces a point; add_dot_0 appends ".0" to
// integral non-exponent results.
Pieces lay_out(Digits d, bool use_exp, std::size_t min_digits, bool alt, bool add_dot_0) {
  int exp = 0;
  if (use_exp) {
    exp = d.decpt - 1;
    d.decpt = 1;
  }
  if (d.digits.size() < min_digits) d.digits.append(min_digits - d.digits.size(), '0');
  Pieces p;
  std::string frac;
  auto n = static_cast<std::int64_t>(d.digits.size());
  if (d.decpt <= 0) {
    p.int_digits = "0";
    frac.assign(static_cast<std::size_t>(-d.decpt), '0');
    frac += d.digits;
  } else if (d.decpt >= n) {
    p.int_digits = d.digits;
    p.int_digits.append(static_cast<std::size_t>(d.decpt - n), '0');
  } else {
    p.int_digits = d.digits.substr(0, static_cast<std::size_t>(d.decpt));
    frac = d.digits.substr(static_cast<std::size_t>(d.decpt));
  }
  if (frac.empty() && add_dot_0 && !use_exp)
    p.rest = ".0";
  else if (!frac.empty() || alt)
    p.rest = "." + frac;
  if (use_exp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
    p.rest += buf;
  }
  return p;
}

// Renders finite ax >= 0.  mode: 'r' (repr), 'e', 'f', 'g'.
Pieces render(double ax, char mode, std::int64_t precision, bool alt, bool add_dot_0) {
  if (mode == 'f') {
    Pieces p;
    std::string frac;
    fixed_digits(ax, precision, &p.int_digits, &frac);
    if (precision > 0 || alt) p.rest = "." + frac;
    return p;
  }
  if (mode == 'r') {
    Digits d = shortest_digits(ax);
    return lay_out(d, d.decpt <= -4 || d.decpt > 16, 0, alt, add_dot_0);
  }
  if (mode == 'e') {
    return lay_out(significant_digits(ax, precision + 1), true,
                   static_cast<std::size_t>(precision) + 1, alt, add_dot_0);
  }
  std::int64_t p = std::max<std::int64_t>(precision, 1);  // 'g'
  Digits d = significant_digits(ax, p);
  std::int64_t limit = add_dot_0 ? p - 1 : p;
  return lay_out(d, d.decpt <= -4 || d.decpt > limit, alt ? static_cast<std::size_t>(p) : 0, alt,
                 add_dot_0);
}

bool all_zero_digits(const Pieces& p) {
  for (std::string_view part : {std::string_view(p.int_digits), std::string_view(p.rest)})
    for (char c : part) {
      if (c == 'e') return true;
      if (c >= '1' && c <= '9') return false;
    }
  return true;
}

// Renders sign-less pieces for any double (inf/nan go to rest).
Pieces render_any(double x, char mode, std::int64_t precision, bool alt, bool add_dot_0) {
  if (std::isnan(x)) return Pieces{"", "nan"};
  if (std::isinf(x)) return Pieces{"", "inf"};
  return render(std::fabs(x), mode, precision, alt, add_dot_0);
}

void to_upper(std::string* s) {
  for (char& c : *s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
}

// Groups digits from the right, inserting zeros until min_width is reached;
// a separator is never the leading character.
std::string group_digits(std::string_view digits, int group, char sep, std::int64_t min_width) {
  std::string rev;
  std::int64_t remaining = static_cast<std::int64_t>(digits.size());
  std::int64_t need = min_width;
  for (bool first = true;; first = false) {
    std::int64_t len = std::min<std::int64_t>(group, std::max<std::int64_t>({remaining, need, 1}));
    if (!first) rev += sep;
    std::int64_t take = std::min(remaining, len);
    for (std::int64_t i = 0; i < take; ++i)
      rev += digits[static_cast<std::size_t>(remaining - 1 - i)];
    rev.append(static_cast<std::size_t>(len - take), '0');
    remaining -= take;
    need -= len;
    if (remaining <= 0 && need <= 0) break;
    need -= 1;
  }
  return std::string(rev.rbegin(), rev.rend());
}

void resolve_fill_align(const FormatSpec& spec, bool numeric, std::string* fill, char* align) {
  *fill = !spec.fill.empty() ? spec.fill : spec.zero ? "0" : " ";
  if (spec.align)
    *align = spec.align;
  else if (numeric)
    *align = spec.zero ? '=' : '>';
  else
    *align = '<';
}

std::string code_text(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(c));
  return buf;
}

bool grouping_allowed(char sep, char32_t type) {
  switch (type) {
    case 0:
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'F':
    case 'G':
    case '%':
      return true;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      return sep == '_';
    default:
      return false;
  }
}

// Decimal digits at s[*pos]; false if none.  Sets *overflow past INT64_MAX.
bool parse_count(std::string_view s, std::size_t* pos, std::int64_t* out, bool* overflow) {
  std::size_t start = *pos;
  std::int64_t v = 0;
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  while (*pos < s.size() && is_digit(s[*pos])) {
    int d = s[*pos] - '0';
    if (v > (kMax - d) / 10)
      *overflow = true;
    else
      v = v * 10 + d;
    ++*pos;
  }
  *out = v;
  return *pos > start;
}

}  // namespace

// ------------------------------------------------------- text helpers -----

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

void append_utf8(std::string* out, char32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool normalize_number_text(std::string_view in, std::string* out) {
  out->clear();
  for (std::size_t i = 0; i < in.size();) {
    char32_t cp;
    std::size_t len = decode_utf8(in, i, &cp);
    if (len == 0) return false;
    if (len == 1) {
      out->push_back(in[i]);
    } else if (is_unicode_space(cp)) {
      out->push_back(' ');
    } else {
      const char32_t* z = std::upper_bound(std::begin(kDigitZeros), std::end(kDigitZeros), cp);
      if (z != std::begin(kDigitZeros) && cp - z[-1] < 10)
        out->push_back(static_cast<char>('0' + (cp - z[-1])));
      else
        out->append(in.substr(i, len));  // left as is: not a digit
    }
    i += len;
  }
  return true;
}

std::string_view strip_ascii_space(std::string_view s) {
  constexpr std::string_view ws = " \t\n\v\f\r";
  std::size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

// ------------------------------------------------------ format specs ------

std::string invalid_format_spec_message(std::string_view spec, std::string_view type_name) {
  return "Invalid format specifier '" + std::string(spec) + "' for object of type '" +
         std::string(type_name) + "'";
}

std::string unknown_format_code_message(char32_t type, std::string_view type_name) {
  return "Unknown format code '" + code_text(type) + "' for object of type '" +
         std::string(type_name) + "'";
}

bool parse_format_spec(std::string_view spec, FormatSpec* out, std::string* error,
                       std::string_view type_name) {
  FormatSpec f;
  std::size_t pos = 0;
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
  char32_t cp;
  std::size_t first = spec.empty() ? 0 : decode_utf8(spec, 0, &cp);
  if (!spec.empty() && first == 0) {
    *error = invalid_format_spec_message(spec, type_name);
    return false;
  }
  if (first && first < spec.size() && is_align(spec[first])) {
    f.fill = std::string(spec.substr(0, first));
    f.align = spec[first];
    pos = first + 1;
  } else if (!spec.empty() && is_align(spec[0])) {
    f.align = spec[0];
    pos = 1;
  }
  auto peek = [&](char c) { return pos < spec.size() && spec[pos] == c; };
  if (peek('+') || peek('-') || peek(' ')) f.sign = spec[pos++];
  if (peek('z')) {
    f.z = true;
    ++pos;
  }
  if (peek('#')) {
    f.alternate = true;
    ++pos;
  }
  if (f.fill.empty() && peek('0')) {
    f.zero = true;
    ++pos;
  }
  bool overflow = false;
  std::int64_t n;
  if (parse_count(spec, &pos, &n, &overflow)) f.width = n;
  if (peek(',') || peek('_')) {
    f.grouping = spec[pos++];
    if (peek(',') || peek('_')) {
      *error = spec[pos] == f.grouping
                   ? std::string("Cannot specify '") + f.grouping + "' with '" + f.grouping + "'."
                   : "Cannot specify both ',' and '_'.";
      return false;
    }
  }
  if (peek('.')) {
    ++pos;
    if (!parse_count(spec, &pos, &n, &overflow)) {
      *error = "Format specifier missing precision";
      return false;
    }
    f.precision = n;
  }
  if (overflow) {
    *error = "Too many decimal digits in format string";
    return false;
  }
  if (pos < spec.size()) {
    std::size_t len = decode_utf8(spec, pos, &cp);
    if (len == 0 || pos + len != spec.size()) {
      *error = invalid_format_spec_message(spec, type_name);
      return false;
    }
    f.type = cp;
  }
  if (f.grouping && !grouping_allowed(f.grouping, f.type)) {
    *error = std::string("Cannot specify '") + f.grouping + "' with '" + code_text(f.type) + "'.";
    return false;
  }
  *out = std::move(f);
  return true;
}

std::string apply_padding(std::string body, const FormatSpec& spec, bool numeric,
                          std::size_t sign_len) {
  std::size_t len = utf8_length(body);
  if (spec.width < 0 || static_cast<std::size_t>(spec.width) <= len) return body;
  std::string fill;
  char align;
  resolve_fill_align(spec, numeric, &fill, &align);
  std::size_t pad = static_cast<std::size_t>(spec.width) - len;
  auto repeat = [&](std::size_t k) {
    std::string r;
    r.reserve(k * fill.size());
    for (std::size_t i = 0; i < k; ++i) r += fill;
    return r;
  };
  switch (align) {
    case '<':
      return body + repeat(pad);
    case '^':
      return repeat(pad / 2) + body + repeat(pad - pad / 2);
    case '=': {
      if (sign_len == std::string::npos)
        sign_len = !body.empty() && (body[0] == '+' || body[0] == '-' || body[0] == ' ');
      sign_len = std::min(sign_len, body.size());
      return body.substr(0, sign_len) + repeat(pad) + body.substr(sign_len);
    }
    default:
      return repeat(pad) + body;
  }
}

std::string layout_number(std::string_view sign, std::string_view prefix,
                          std::string_view int_digits, std::string_view rest,
                          const FormatSpec& spec, int group_size) {
  std::string fill;
  char align;
  resolve_fill_align(spec, true, &fill, &align);
  std::string body(sign);
  body += prefix;
  if (spec.grouping && !int_digits.empty()) {
    std::int64_t min_width = 0;
    if (align == '=' && fill == "0" && spec.width > 0)
      min_width =
          spec.width - static_cast<std::int64_t>(sign.size() + prefix.size() + utf8_length(rest));
    body += group_digits(int_digits, group_size, spec.grouping, min_width);
  } else {
    body += int_digits;
  }
  body += rest;
  return apply_padding(std::move(body), spec, true, sign.size() + prefix.size());
}

NumStatus str_format(std::string_view utf8, const FormatSpec& spec, std::string* out,
                     std::string* error, std::string_view type_name) {
  const char* msg = nullptr;
  if (spec.type != 0 && spec.type != 's') {
    *error = unknown_format_code_message(spec.type, type_name);
    return NumStatus::ValueError;
  }
  if (spec.sign)
    msg = "Sign not allowed in string format specifier";
  else if (spec.z)
    msg = "Negative zero coercion (z) not allowed in string format specifier";
  else if (spec.alternate)
    msg = "Alternate form (#) not allowed in string format specifier";
  else if (spec.align == '=')
    msg = "'=' alignment not allowed in string format specifier";
  if (msg) {
    *error = msg;
    return NumStatus::ValueError;
  }
  std::string_view body = utf8;
  if (spec.precision >= 0) {  // keep the first `precision` code points
    std::size_t i = 0, count = 0;
    for (; i < body.size(); ++i) {
      if ((static_cast<unsigned char>(body[i]) & 0xC0) != 0x80 &&
          count++ == static_cast<std::size_t>(spec.precision))
        break;
    }
    body = body.substr(0, i);
  }
  *out = apply_padding(std::string(body), spec, false);
  return NumStatus::Ok;
}

// -------------------------------------------------------------- floats ----

std::string float_repr(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  Pieces p = render(std::fabs(x), 'r', 0, false, true);
  return (std::signbit(x) ? "-" : "") + p.int_digits + p.rest;
}

NumStatus float_format(double x, const FormatSpec& spec, std::string* out, std::string* error,
                       std::string_view type_name) {
  char32_t type = spec.type;
  char mode;
  bool add_dot_0 = false, upper = false, percent = false;
  std::int64_t precision = spec.precision;
  switch (type) {
    case 0:
      mode = precision < 0 ? 'r' : 'g';
      add_dot_0 = true;
      break;
    case 'e':
    case 'f':
    case 'g':
      mode = static_cast<char>(type);
      break;
    case 'E':
    case 'F':
    case 'G':
      mode = static_cast<char>(type - 'A' + 'a');
      upper = true;
      break;
    case 'n':
      mode = 'g';
      break;
    case '%':
      mode = 'f';
      percent = true;
      x *= 100;
      break;
    default:
      *error = unknown_format_code_message(type, type_name);
      return NumStatus::ValueError;
  }
  if (precision > std::numeric_limits<int>::max()) {
    *error = "precision too big";
    return NumStatus::ValueError;
  }
  if (precision < 0) precision = 6;
  Pieces p = render_any(x, mode, precision, spec.alternate, add_dot_0);
  bool neg = std::signbit(x) && !std::isnan(x);
  if (neg && spec.z && !std::isinf(x) && all_zero_digits(p)) neg = false;
  const char* sign = neg ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
  if (upper) to_upper(&p.rest);
  if (percent) p.rest += '%';
  *out = layout_number(sign, "", p.int_digits, p.rest, spec, 3);
  return NumStatus::Ok;
}

std::string float_format(double x, const FormatSpec& spec) {
  std::string out, error;
  return float_format(x, spec, &out, &error) == NumStatus::Ok ? out : std::string();
}

std::string float_percent_format(double x, char conv, int flags, int width, int precision) {
  if (precision < 0) precision = 6;
  bool upper = conv == 'E' || conv == 'F' || conv == 'G';
  char mode = static_cast<char>(upper ? conv - 'A' + 'a' : conv);
  if (mode != 'e' && mode != 'f') mode = 'g';
  Pieces p = render_any(x, mode, precision, (flags & kPctAlt) != 0, false);
  std::string body = p.int_digits + p.rest;
  if (upper) to_upper(&body);
  bool neg = std::signbit(x) && !std::isnan(x);
  std::string sign = neg ? "-" : (flags & kPctSign) ? "+" : (flags & kPctBlank) ? " " : "";
  std::size_t len = sign.size() + body.size();
  if (width < 0 || static_cast<std::size_t>(width) <= len) return sign + body;
  std::size_t pad = static_cast<std::size_t>(width) - len;
  if (flags & kPctLeft) return sign + body + std::string(pad, ' ');
  if (flags & kPctZero) return sign + std::string(pad, '0') + body;
  return std::string(pad, ' ') + sign + body;
}

bool parse_float(std::string_view text, double* out) {
  std::string norm;
  if (!normalize_number_text(text, &norm)) return false;
  std::string_view s = strip_ascii_space(norm);
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  std::string lower(s);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (lower == "inf" || lower == "infinity" || lower == "nan") {
    double v = lower == "nan" ? std::numeric_limits<double>::quiet_NaN()
                              : std::numeric_limits<double>::infinity();
    *out = neg ? -v : v;
    return true;
  }
  // Validate [digits][.digits][e[sign]digits], dropping legal underscores.
  std::string clean;
  bool point = false, exp = false, mant_digits = false, exp_digits = false;
  long long lead_exp = 0;  // decimal exponent of the first non-zero digit
  bool nonzero = false;
  long long exp_value = 0;
  bool exp_neg = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (is_digit(c)) {
      clean += c;
      if (exp) {
        exp_digits = true;
        exp_value = std::min(exp_value * 10 + (c - '0'), 1000000000LL);
      } else {
        mant_digits = true;
        // lead_exp: -(zeros after the point) until the first non-zero
        // digit, then the count of integer digits after it.
        if (!nonzero && c != '0') {
          nonzero = true;
          lead_exp = point ? lead_exp - 1 : 0;
        } else if (!nonzero && point) {
          --lead_exp;
        } else if (nonzero && !point) {
          ++lead_exp;
        }
      }
    } else if (c == '_') {
      if (i == 0 || !is_digit(s[i - 1]) || i + 1 >= s.size() || !is_digit(s[i + 1])) return false;
    } else if (c == '.' && !point && !exp) {
      point = true;
      clean += c;
    } else if ((c == 'e' || c == 'E') && !exp && mant_digits) {
      exp = true;
      clean += 'e';
      if (i + 1 < s.size() && (s[i + 1] == '+' || s[i + 1] == '-')) {
        exp_neg = s[++i] == '-';
        clean += s[i];
      }
    } else {
      return false;
    }
  }
  if (!mant_digits || (exp && !exp_digits)) return false;
  double v = 0.0;
  auto r = std::from_chars(clean.data(), clean.data() + clean.size(), v);
  if (r.ec == std::errc::result_out_of_range) {
    long long magnitude = lead_exp + (exp_neg ? -exp_value : exp_value);
    v = nonzero && magnitude >= 0 ? std::numeric_limits<double>::infinity() : 0.0;
  } else if (r.ec != std::errc() || r.ptr != clean.data() + clean.size()) {
    return false;
  }
  *out = neg ? -v : v;
  return true;
}

double float_round(double x, int ndigits, bool* overflow) {
  if (overflow) *overflow = false;
  // Beyond these bounds the answer is x itself, or a zero of x's sign.
  if (!std::isfinite(x) || x == 0.0 || ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  double ax = std::fabs(x), r = 0.0;
  if (ndigits >= 0) {
    std::string s = c_printf('f', ndigits, ax);  // correctly rounded
    std::string t;
    for (char c : s) t += is_digit(c) ? c : '.';
    std::from_chars(t.data(), t.data() + t.size(), r);
  } else {
    // Integer part is exact; round its digits at 10**k by hand.
    double ip = std::floor(ax);
    bool sticky = ax != ip;
    std::string d = c_printf('f', 0, ip);
    std::size_t k = static_cast<std::size_t>(-ndigits);
    std::string kept = d.size() > k ? d.substr(0, d.size() - k) : "0";
    std::string dropped =
        d.size() > k ? d.substr(d.size() - k) : std::string(k - d.size(), '0') + d;
    bool rest_zero = !sticky && dropped.find_first_not_of('0', 1) == std::string::npos;
    bool up =
        dropped[0] > '5' || (dropped[0] == '5' && (!rest_zero || (kept.back() - '0') % 2 == 1));
    if (up) {
      std::size_t i = kept.size();
      while (i > 0 && kept[i - 1] == '9') kept[--i] = '0';
      if (i == 0)
        kept.insert(kept.begin(), '1');
      else
        ++kept[i - 1];
    }
    std::string t = kept + "e" + std::to_string(k);
    auto res = std::from_chars(t.data(), t.data() + t.size(), r);
    if (res.ec == std::errc::result_out_of_range) r = std::numeric_limits<double>::infinity();
    if (std::isinf(r) && overflow) *overflow = true;
  }
  return std::copysign(r, x);
}

// Python float %, // and divmod: the remainder takes the divisor's sign.
NumStatus float_divmod(double a, double b, double* quot, double* rem) {
  if (b == 0.0) return NumStatus::ZeroDivision;
  double mod = std::fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, b);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;  // undo fmod's inexactness
  } else {
    floordiv = std::copysign(0.0, a / b);
  }
  if (quot) *quot = floordiv;
  if (rem) *rem = mod;
  return NumStatus::Ok;
}

NumStatus float_floordiv(double a, double b, double* out) {
  return float_divmod(a, b, out, nullptr);
}

NumStatus float_mod(double a, double b, double* out) {
  if (b == 0.0) return NumStatus::ZeroDivision;
  double mod = std::fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  *out = mod;
  return NumStatus::Ok;
}

}  // namespace ftpy::num
