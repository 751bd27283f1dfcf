// str_unicode.cpp — character classes, case mappings and UTF-8 validation for
// str (see str_unicode.h).
//
// Design: ASCII answers come from straight comparisons. Everything else reads
// the generated Unicode database (unicode_tables.inc, made by
// tools/gen_unicode_tables.py): a two-level table maps a code point to one of
// a few hundred CharRecords (flag bits, case-mapping deltas, digit values);
// multi-character mappings (ß -> SS) live in kSpecial. A lookup is two array
// reads and never allocates.
// Concurrency: pure functions; the tables are constant.
#include "objects/str_unicode.h"

namespace ftpy::uni {
namespace {

struct CharRecord {
  uint16_t flags;
  int32_t upper, lower, title, fold;  // delta, or kSpecialBase + index into kSpecial
  int8_t decimal, digit;              // -1 when none
};

#include "objects/unicode_tables.inc"

inline const CharRecord& record(uint32_t cp) {
  if (cp >= 0x110000) return kRecords[0];
  uint32_t block = kIndex1[cp >> kShift];
  return kRecords[kIndex2[block * kBlockSize + (cp & kBlockMask)]];
}

inline bool has(uint32_t cp, uint16_t flag) { return (record(cp).flags & flag) != 0; }

// Applies one mapping field of cp's record.
inline int apply_mapping(uint32_t cp, int32_t m, uint32_t* out) {
  if (m < kSpecialBase) {
    out[0] = static_cast<uint32_t>(static_cast<int32_t>(cp) + m);
    return 1;
  }
  const uint32_t* seq = &kSpecial[m - kSpecialBase];
  int n = static_cast<int>(seq[0]);
  for (int k = 0; k < n; ++k) out[k] = seq[1 + k];
  return n;
}

}  // namespace

int64_t count_code_points(std::string_view s) {
  int64_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool validate_utf8(std::string_view s, Utf8Error* err, int64_t* length_out) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  int64_t length = 0;
  auto fail = [&](size_t len, const char* reason) {
    err->pos = i;
    err->len = len;
    err->reason = reason;
    return false;
  };
  while (i < n) {
    unsigned char b = p[i];
    ++length;
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (b < 0xC2 || b > 0xF4) return fail(1, "invalid start byte");
    size_t need = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b == 0xE0)
      lo = 0xA0;
    else if (b == 0xED)
      hi = 0x9F;
    else if (b == 0xF0)
      lo = 0x90;
    else if (b == 0xF4)
      hi = 0x8F;
    for (size_t k = 1; k <= need; ++k) {
      if (i + k >= n) return fail(k, "unexpected end of data");
      unsigned char c = p[i + k];
      bool ok = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF);
      if (!ok) return fail(k, "invalid continuation byte");
    }
    i += need + 1;
  }
  if (length_out) *length_out = length;
  return true;
}

bool is_space(uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  return has(cp, kSpace);
}

bool is_linebreak(uint32_t cp) {
  if (cp < 0x80) return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E);
  return has(cp, kLinebreak);
}

bool is_alpha(uint32_t cp) {
  if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
  return has(cp, kAlpha);
}

int decimal_value(uint32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') ? static_cast<int>(cp - '0') : -1;
  return record(cp).decimal;
}

int digit_value(uint32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') ? static_cast<int>(cp - '0') : -1;
  return record(cp).digit;
}

bool is_decimal(uint32_t cp) { return decimal_value(cp) >= 0; }

bool is_digit(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return has(cp, kDigit);
}

bool is_numeric(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return has(cp, kNumeric);
}

bool is_alnum(uint32_t cp) {
  if (cp < 0x80) return ((cp | 32) >= 'a' && (cp | 32) <= 'z') || (cp >= '0' && cp <= '9');
  return has(cp, kAlpha | kNumeric);
}

bool is_printable(uint32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return has(cp, kPrintable);
}

bool is_lower(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return has(cp, kLower);
}

bool is_upper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return has(cp, kUpper);
}

bool is_title(uint32_t cp) { return cp >= 0x80 && has(cp, kTitle); }

bool is_cased(uint32_t cp) {
  if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
  return has(cp, kCased);
}

bool is_case_ignorable(uint32_t cp) {
  if (cp < 0x80) return cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`';
  return has(cp, kCaseIgnorable);
}

bool is_xid_start(uint32_t cp) {
  if (cp < 0x80) return cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z');
  return has(cp, kXidStart);
}

bool is_xid_continue(uint32_t cp) {
  if (cp < 0x80)
    return cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z') || (cp >= '0' && cp <= '9');
  return has(cp, kXidContinue);
}

int to_upper(uint32_t cp, uint32_t* out) {
  if (cp < 0x80) {
    out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    return 1;
  }
  return apply_mapping(cp, record(cp).upper, out);
}

int to_lower(uint32_t cp, uint32_t* out) {
  if (cp < 0x80) {
    out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return 1;
  }
  return apply_mapping(cp, record(cp).lower, out);
}

int to_title(uint32_t cp, uint32_t* out) {
  if (cp < 0x80) return to_upper(cp, out);
  return apply_mapping(cp, record(cp).title, out);
}

int to_fold(uint32_t cp, uint32_t* out) {
  if (cp < 0x80) return to_lower(cp, out);
  return apply_mapping(cp, record(cp).fold, out);
}

}  // namespace ftpy::uni
