// str_unicode.h — UTF-8 coding and the character classes / case mappings
// behind str's is*/upper/lower/title/casefold methods and repr.
//
// Data: the Unicode 15.1 character database (as CPython 3.13 sees it),
// generated into objects/unicode_tables.inc by tools/gen_unicode_tables.py:
// general-category classes behind the predicates, the full case mappings
// (special casing such as ß -> SS, ﬁ -> FI, İ -> i̇ included), decimal/digit
// values, printable, XID_Start/XID_Continue, Cased and Case_Ignorable. The
// Final_Sigma context rule is applied by the callers (str_case.cpp). ASCII
// answers come from plain comparisons without touching the tables.
//
// Strings store UTF-8; lone surrogates (from '\ud800' literals) are kept as
// their 3-byte generalized-UTF-8 form, so decode() accepts them.
//
// Concurrency: pure functions over immutable tables.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ftpy::uni {

// Decodes the code point starting at p (valid UTF-8 as stored in a Str);
// returns its byte length (1..4).
inline int decode(const char* p, uint32_t* cp) {
  auto b0 = static_cast<unsigned char>(p[0]);
  if (b0 < 0x80) { *cp = b0; return 1; }
  auto b1 = static_cast<unsigned char>(p[1]) & 0x3F;
  if (b0 < 0xE0) { *cp = ((b0 & 0x1Fu) << 6) | b1; return 2; }
  auto b2 = static_cast<unsigned char>(p[2]) & 0x3F;
  if (b0 < 0xF0) { *cp = ((b0 & 0x0Fu) << 12) | (b1 << 6) | b2; return 3; }
  auto b3 = static_cast<unsigned char>(p[3]) & 0x3F;
  *cp = ((b0 & 0x07u) << 18) | (b1 << 12) | (b2 << 6) | b3;
  return 4;
}
// Byte length of the sequence that starts with lead byte b.
inline int seq_len(unsigned char b) { return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4; }
inline int encoded_len(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }
// Writes cp as UTF-8 to out (room for 4 bytes); returns the length.
inline int encode(uint32_t cp, char* out) {
  if (cp < 0x80) { out[0] = static_cast<char>(cp); return 1; }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}
inline void append(std::string* out, uint32_t cp) {
  char buf[4];
  out->append(buf, static_cast<size_t>(encode(cp, buf)));
}
// Number of code points in UTF-8 text (counts non-continuation bytes).
int64_t count_code_points(std::string_view s);

// Strict UTF-8 validation as CPython's decoder ('utf-8', errors='strict').
// Returns true when valid; otherwise fills the error position (byte offset),
// the length of the bad range (1 = "byte 0x.. in position i", more = "bytes
// in position i-j") and the reason ("invalid start byte", ...).
struct Utf8Error {
  size_t pos = 0;
  size_t len = 1;
  const char* reason = "";
};
bool validate_utf8(std::string_view s, Utf8Error* err, int64_t* length_out);

// Character classes (CPython's str.is* per code point).
bool is_space(uint32_t cp);      // str.isspace / split() separators
bool is_linebreak(uint32_t cp);  // splitlines boundaries
bool is_alpha(uint32_t cp);
int decimal_value(uint32_t cp);  // 0..9 for category Nd, else -1
bool is_decimal(uint32_t cp);
bool is_digit(uint32_t cp);      // decimals + superscript/subscript/circled digits
bool is_numeric(uint32_t cp);    // digits + vulgar fractions, roman numerals, CJK numerals
bool is_alnum(uint32_t cp);
bool is_printable(uint32_t cp);
bool is_lower(uint32_t cp);
bool is_upper(uint32_t cp);
bool is_title(uint32_t cp);      // category Lt (titlecase digraphs such as ǅ)
bool is_cased(uint32_t cp);      // Unicode Cased (Lowercase | Uppercase | Lt)
bool is_case_ignorable(uint32_t cp);  // Unicode Case_Ignorable (Final_Sigma rule)
int digit_value(uint32_t cp);    // 0..9 for characters with a digit value, else -1
bool is_xid_start(uint32_t cp);
bool is_xid_continue(uint32_t cp);

// Full case mappings (SpecialCasing included; no context rules): write 1..3
// code points to out, return how many.
int to_upper(uint32_t cp, uint32_t* out);
int to_lower(uint32_t cp, uint32_t* out);
int to_title(uint32_t cp, uint32_t* out);
int to_fold(uint32_t cp, uint32_t* out);

}  // namespace ftpy::uni
