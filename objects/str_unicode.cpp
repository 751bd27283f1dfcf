// str_unicode.cpp — character classes, case mappings and UTF-8 validation for
// str (see str_unicode.h for what is covered and what is not).
//
// Design: ASCII answers come from straight comparisons; everything else from
// small sorted range tables searched by binary search, and from the simple
// case-pair rules of each block (pairs at +1, +0x20, +0x50, +0x30 ...).
// Invariant: to_upper/to_lower are inverse on every pair listed here.
// Concurrency: pure functions; the tables are constant.
#include "objects/str_unicode.h"

#include <algorithm>
#include <iterator>

namespace ftpy::uni {
namespace {

struct Range {
  uint32_t lo, hi;
};

template <size_t N>
bool in_ranges(const Range (&table)[N], uint32_t cp) {
  auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                             [](uint32_t c, const Range& r) { return c < r.lo; });
  if (it == std::begin(table)) return false;
  --it;
  return cp <= it->hi;
}

// Letters outside ASCII (approximate Unicode L* + Nl for the blocks named in
// str_unicode.h).
constexpr Range kAlpha[] = {
    {0xAA, 0xAA},       {0xB5, 0xB5},       {0xBA, 0xBA},       {0xC0, 0xD6},
    {0xD8, 0xF6},       {0xF8, 0x2C1},      {0x2C6, 0x2D1},     {0x2E0, 0x2E4},
    {0x2EC, 0x2EC},     {0x2EE, 0x2EE},     {0x370, 0x374},     {0x376, 0x377},
    {0x37A, 0x37D},     {0x37F, 0x37F},     {0x386, 0x386},     {0x388, 0x38A},
    {0x38C, 0x38C},     {0x38E, 0x3A1},     {0x3A3, 0x3F5},     {0x3F7, 0x481},
    {0x48A, 0x52F},     {0x531, 0x556},     {0x559, 0x559},     {0x560, 0x588},
    {0x5D0, 0x5EA},     {0x5EF, 0x5F2},     {0x620, 0x64A},     {0x66E, 0x66F},
    {0x671, 0x6D3},     {0x6D5, 0x6D5},     {0x904, 0x939},     {0x93D, 0x93D},
    {0x950, 0x950},     {0x958, 0x961},     {0x971, 0x980},     {0x985, 0x98C},
    {0x98F, 0x990},     {0x993, 0x9A8},     {0x9AA, 0x9B0},     {0xE01, 0xE30},
    {0xE32, 0xE33},     {0xE40, 0xE46},     {0x10A0, 0x10C5},   {0x10D0, 0x10FA},
    {0x10FC, 0x10FF},   {0x1100, 0x1248},   {0x13A0, 0x13F5},   {0x1C90, 0x1CBA},
    {0x1CBD, 0x1CBF},   {0x1D00, 0x1DBF},   {0x1E00, 0x1F15},   {0x1F18, 0x1F1D},
    {0x1F20, 0x1F45},   {0x1F48, 0x1F4D},   {0x1F50, 0x1F57},   {0x1F59, 0x1F59},
    {0x1F5B, 0x1F5B},   {0x1F5D, 0x1F5D},   {0x1F5F, 0x1F7D},   {0x1F80, 0x1FB4},
    {0x1FB6, 0x1FBC},   {0x1FBE, 0x1FBE},   {0x1FC2, 0x1FC4},   {0x1FC6, 0x1FCC},
    {0x1FD0, 0x1FD3},   {0x1FD6, 0x1FDB},   {0x1FE0, 0x1FEC},   {0x1FF2, 0x1FF4},
    {0x1FF6, 0x1FFC},   {0x2071, 0x2071},   {0x207F, 0x207F},   {0x2090, 0x209C},
    {0x2102, 0x2102},   {0x2107, 0x2107},   {0x210A, 0x2113},   {0x2115, 0x2115},
    {0x2119, 0x211D},   {0x2124, 0x2124},   {0x2126, 0x2126},   {0x2128, 0x2128},
    {0x212A, 0x212D},   {0x212F, 0x2139},   {0x213C, 0x213F},   {0x2145, 0x2149},
    {0x214E, 0x214E},   {0x2183, 0x2184},   {0x2C00, 0x2CE4},   {0x2D00, 0x2D25},
    {0x3005, 0x3006},   {0x3031, 0x3035},   {0x303B, 0x303C},   {0x3041, 0x3096},
    {0x309D, 0x309F},   {0x30A1, 0x30FA},   {0x30FC, 0x30FF},   {0x3105, 0x312F},
    {0x3131, 0x318E},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA640, 0xA66E},
    {0xA680, 0xA69D},   {0xA722, 0xA788},   {0xA78B, 0xA7CA},   {0xAC00, 0xD7A3},
    {0xF900, 0xFA6D},   {0xFB00, 0xFB06},   {0xFF21, 0xFF3A},   {0xFF41, 0xFF5A},
    {0xFF66, 0xFFBE},   {0x10400, 0x1044F}, {0x1D400, 0x1D6A5}, {0x20000, 0x2A6DF},
};

// The first code point ('0') of every Unicode 15.1 decimal-digit (Nd) block.
constexpr uint32_t kDigitZeros[] = {
    0x30,    0x660,   0x6F0,   0x7C0,   0x966,   0x9E6,   0xA66,   0xAE6,   0xB66,
    0xBE6,   0xC66,   0xCE6,   0xD66,   0xDE6,   0xE50,   0xED0,   0xF20,   0x1040,
    0x1090,  0x17E0,  0x1810,  0x1946,  0x19D0,  0x1A80,  0x1A90,  0x1B50,  0x1BB0,
    0x1C40,  0x1C50,  0xA620,  0xA8D0,  0xA900,  0xA9D0,  0xA9F0,  0xAA50,  0xABF0,
    0xFF10,  0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450,
    0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0,
    0x11F50, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
    0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950, 0x1FBF0};

// Digits that are not decimal (superscripts, subscripts, circled ...).
constexpr Range kOtherDigits[] = {
    {0xB2, 0xB3},     {0xB9, 0xB9},     {0x1369, 0x1371}, {0x19DA, 0x19DA},
    {0x2070, 0x2070}, {0x2074, 0x2079}, {0x2080, 0x2089}, {0x2460, 0x2468},
    {0x2474, 0x247C}, {0x2488, 0x2490}, {0x24EA, 0x24EA}, {0x24F5, 0x24FD},
    {0x24FF, 0x24FF}, {0x2776, 0x277E}, {0x2780, 0x2788}, {0x278A, 0x2792},
};

// Numeric characters that are not digits (fractions, Roman numerals, ...).
constexpr Range kOtherNumeric[] = {
    {0xBC, 0xBE},     {0x09F4, 0x09F9}, {0x16EE, 0x16F0}, {0x2150, 0x2182},
    {0x2185, 0x2189}, {0x2469, 0x2473}, {0x247D, 0x2487}, {0x2491, 0x249B},
    {0x24EB, 0x24F4}, {0x24FE, 0x24FE}, {0x277F, 0x277F}, {0x2789, 0x2789},
    {0x2793, 0x2793}, {0x2CFD, 0x2CFD}, {0x3007, 0x3007}, {0x3021, 0x3029},
    {0x3038, 0x303A}, {0x3192, 0x3195}, {0x3220, 0x3229}, {0x3248, 0x324F},
    {0x3251, 0x325F}, {0x3280, 0x3289}, {0x32B1, 0x32BF}, {0x4E00, 0x4E00},
    {0x4E03, 0x4E03}, {0x4E07, 0x4E07}, {0x4E09, 0x4E09}, {0x4E5D, 0x4E5D},
    {0x4E8C, 0x4E8C}, {0x4E94, 0x4E94}, {0x516B, 0x516B}, {0x516D, 0x516D},
    {0x5341, 0x5341}, {0x5343, 0x5343}, {0x5104, 0x5104}, {0x5146, 0x5146},
    {0x56DB, 0x56DB}, {0x767E, 0x767E}, {0x842C, 0x842C}, {0x96F6, 0x96F6},
};

// Not printable beyond ASCII: controls, format characters, separators other
// than ' ', surrogates, private use, noncharacters.
constexpr Range kNonPrintable[] = {
    {0x7F, 0xA0},       {0xAD, 0xAD},       {0x378, 0x379},     {0x380, 0x383},
    {0x38B, 0x38B},     {0x38D, 0x38D},     {0x3A2, 0x3A2},     {0x600, 0x605},
    {0x61C, 0x61C},     {0x6DD, 0x6DD},     {0x70F, 0x70F},     {0x1680, 0x1680},
    {0x180E, 0x180E},   {0x2000, 0x200F},   {0x2028, 0x202F},   {0x205F, 0x2064},
    {0x2066, 0x206F},   {0x3000, 0x3000},   {0xD800, 0xF8FF},   {0xFEFF, 0xFEFF},
    {0xFFF0, 0xFFFB},   {0xFFFE, 0xFFFF},   {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
    {0xE0000, 0xE0FFF}, {0xF0000, 0x10FFFF},
};

// Combining marks and connectors allowed inside identifiers.
constexpr Range kIdContinueExtra[] = {
    {0xB7, 0xB7},     {0x300, 0x36F},   {0x387, 0x387},   {0x483, 0x487},
    {0x591, 0x5BD},   {0x5BF, 0x5BF},   {0x5C1, 0x5C2},   {0x610, 0x61A},
    {0x64B, 0x65F},   {0x670, 0x670},   {0x900, 0x903},   {0x93A, 0x93C},
    {0x93E, 0x94F},   {0x951, 0x957},   {0x962, 0x963},   {0xE31, 0xE31},
    {0xE34, 0xE3A},   {0xE47, 0xE4E},   {0x1DC0, 0x1DFF}, {0x203F, 0x2040},
    {0x2054, 0x2054}, {0x20D0, 0x20DC}, {0x20E1, 0x20E1}, {0x20E5, 0x20F0},
    {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFE33, 0xFE34}, {0xFE4D, 0xFE4F},
    {0xFF3F, 0xFF3F},
};

bool even_odd_pair(uint32_t cp, uint32_t lo, uint32_t hi) { return cp >= lo && cp <= hi; }

// Simple uppercase → lowercase; returns cp itself when it has none.
uint32_t simple_lower(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (cp < 0x100) return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ? cp + 32 : cp;
  if (cp < 0x180) {
    if (cp == 0x130) return 'i';
    if (cp == 0x178) return 0xFF;
    if ((cp < 0x138 || (cp >= 0x14A && cp < 0x178)) && cp != 0x131) return cp % 2 == 0 ? cp + 1 : cp;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 == 1 ? cp + 1 : cp;
    return cp;
  }
  if (cp < 0x250) {
    if (cp == 0x1C4 || cp == 0x1C7 || cp == 0x1CA || cp == 0x1F1) return cp + 2;
    if (cp == 0x1C5 || cp == 0x1C8 || cp == 0x1CB || cp == 0x1F2) return cp + 1;
    if (even_odd_pair(cp, 0x1CD, 0x1DC)) return cp % 2 == 1 ? cp + 1 : cp;
    if (even_odd_pair(cp, 0x1DE, 0x1EF) || even_odd_pair(cp, 0x1F8, 0x21F) ||
        even_odd_pair(cp, 0x222, 0x233) || even_odd_pair(cp, 0x246, 0x24F))
      return cp % 2 == 0 ? cp + 1 : cp;
    return cp;
  }
  if (cp < 0x400) {
    if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 32;
    if (cp == 0x386) return 0x3AC;
    if (cp >= 0x388 && cp <= 0x38A) return cp + 37;
    if (cp == 0x38C) return 0x3CC;
    if (cp == 0x38E || cp == 0x38F) return cp + 63;
    if (even_odd_pair(cp, 0x3D8, 0x3EF)) return cp % 2 == 0 ? cp + 1 : cp;
    return cp;
  }
  if (cp < 0x530) {
    if (cp < 0x410) return cp + 80;
    if (cp < 0x430) return cp + 32;
    if (even_odd_pair(cp, 0x460, 0x481) || even_odd_pair(cp, 0x48A, 0x4BF) ||
        even_odd_pair(cp, 0x4D0, 0x52F))
      return cp % 2 == 0 ? cp + 1 : cp;
    if (cp == 0x4C0) return 0x4CF;
    if (even_odd_pair(cp, 0x4C1, 0x4CE)) return cp % 2 == 1 ? cp + 1 : cp;
    return cp;
  }
  if (cp >= 0x531 && cp <= 0x556) return cp + 48;
  if (cp >= 0x1E00 && cp <= 0x1EFF) {
    if (cp == 0x1E9E) return 0xDF;
    if (cp <= 0x1E95 || cp >= 0x1EA0) return cp % 2 == 0 ? cp + 1 : cp;
    return cp;
  }
  if (cp >= 0x2160 && cp <= 0x216F) return cp + 16;
  if (cp >= 0x24B6 && cp <= 0x24CF) return cp + 26;
  if (cp >= 0xFF21 && cp <= 0xFF3A) return cp + 32;
  return cp;
}

// Simple lowercase → uppercase; returns cp itself when it has none.
uint32_t simple_upper(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
  if (cp < 0x100) {
    if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 32;
    if (cp == 0xFF) return 0x178;
    if (cp == 0xB5) return 0x39C;
    return cp;
  }
  if (cp < 0x180) {
    if (cp == 0x131) return 'I';
    if (cp == 0x17F) return 'S';
    if ((cp < 0x138 || (cp >= 0x14A && cp < 0x178)) && cp != 0x130) return cp % 2 == 1 ? cp - 1 : cp;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 == 0 ? cp - 1 : cp;
    return cp;
  }
  if (cp < 0x250) {
    if (cp == 0x1C6 || cp == 0x1C9 || cp == 0x1CC || cp == 0x1F3) return cp - 2;
    if (cp == 0x1C5 || cp == 0x1C8 || cp == 0x1CB || cp == 0x1F2) return cp - 1;
    if (even_odd_pair(cp, 0x1CD, 0x1DC)) return cp % 2 == 0 ? cp - 1 : cp;
    if (even_odd_pair(cp, 0x1DE, 0x1EF) || even_odd_pair(cp, 0x1F8, 0x21F) ||
        even_odd_pair(cp, 0x222, 0x233) || even_odd_pair(cp, 0x246, 0x24F))
      return cp % 2 == 1 ? cp - 1 : cp;
    return cp;
  }
  if (cp < 0x400) {
    if (cp >= 0x3B1 && cp <= 0x3CB && cp != 0x3C2) return cp - 32;
    if (cp == 0x3C2) return 0x3A3;
    if (cp == 0x3AC) return 0x386;
    if (cp >= 0x3AD && cp <= 0x3AF) return cp - 37;
    if (cp == 0x3CC) return 0x38C;
    if (cp == 0x3CD || cp == 0x3CE) return cp - 63;
    if (even_odd_pair(cp, 0x3D8, 0x3EF)) return cp % 2 == 1 ? cp - 1 : cp;
    return cp;
  }
  if (cp < 0x530) {
    if (cp >= 0x430 && cp < 0x450) return cp - 32;
    if (cp >= 0x450 && cp < 0x460) return cp - 80;
    if (even_odd_pair(cp, 0x460, 0x481) || even_odd_pair(cp, 0x48A, 0x4BF) ||
        even_odd_pair(cp, 0x4D0, 0x52F))
      return cp % 2 == 1 ? cp - 1 : cp;
    if (cp == 0x4CF) return 0x4C0;
    if (even_odd_pair(cp, 0x4C1, 0x4CE)) return cp % 2 == 0 ? cp - 1 : cp;
    return cp;
  }
  if (cp >= 0x561 && cp <= 0x586) return cp - 48;
  if (cp >= 0x1E00 && cp <= 0x1EFF) {
    if (cp <= 0x1E95 || cp >= 0x1EA0) return cp % 2 == 1 ? cp - 1 : cp;
    return cp;
  }
  if (cp >= 0x2170 && cp <= 0x217F) return cp - 16;
  if (cp >= 0x24D0 && cp <= 0x24E9) return cp - 26;
  if (cp >= 0xFF41 && cp <= 0xFF5A) return cp - 32;
  return cp;
}

bool is_titlecase_digraph(uint32_t cp) {
  return cp == 0x1C5 || cp == 0x1C8 || cp == 0x1CB || cp == 0x1F2;
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
    if (b < 0x80) { ++i; continue; }
    if (b < 0xC2 || b > 0xF4) return fail(1, "invalid start byte");
    size_t need = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b == 0xE0) lo = 0xA0;
    else if (b == 0xED) hi = 0x9F;
    else if (b == 0xF0) lo = 0x90;
    else if (b == 0xF4) hi = 0x8F;
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
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool is_linebreak(uint32_t cp) {
  return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}

bool is_alpha(uint32_t cp) {
  if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
  return in_ranges(kAlpha, cp);
}

int decimal_value(uint32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') ? static_cast<int>(cp - '0') : -1;
  auto it = std::upper_bound(std::begin(kDigitZeros), std::end(kDigitZeros), cp);
  if (it == std::begin(kDigitZeros)) return -1;
  uint32_t zero = *(it - 1);
  return cp - zero < 10 ? static_cast<int>(cp - zero) : -1;
}

bool is_decimal(uint32_t cp) { return decimal_value(cp) >= 0; }
bool is_digit(uint32_t cp) { return is_decimal(cp) || (cp >= 0x80 && in_ranges(kOtherDigits, cp)); }
bool is_numeric(uint32_t cp) { return is_digit(cp) || (cp >= 0x80 && in_ranges(kOtherNumeric, cp)); }
bool is_alnum(uint32_t cp) { return is_alpha(cp) || is_numeric(cp); }

bool is_printable(uint32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return !in_ranges(kNonPrintable, cp);
}

bool is_lower(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (simple_upper(cp) != cp) return !is_titlecase_digraph(cp);
  return cp == 0xAA || cp == 0xBA || cp == 0xDF || cp == 0x138 || cp == 0x149 ||
         (cp >= 0x250 && cp <= 0x2B8) || (cp >= 0x1D00 && cp <= 0x1DBF) ||
         (cp >= 0x1E96 && cp <= 0x1E9D) || cp == 0x1E9F;
}

bool is_upper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (simple_lower(cp) != cp) return !is_titlecase_digraph(cp);
  return false;
}

bool is_cased(uint32_t cp) { return is_lower(cp) || is_upper(cp) || is_titlecase_digraph(cp); }

bool is_xid_start(uint32_t cp) {
  if (cp < 0x80) return cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z');
  if (cp == 0xAA || cp == 0xBA || cp == 0xB5) return true;
  return is_alpha(cp) || (cp >= 0x2160 && cp <= 0x2188) || cp == 0x3007 ||
         (cp >= 0x3021 && cp <= 0x3029);
}

bool is_xid_continue(uint32_t cp) {
  if (cp < 0x80) return is_xid_start(cp) || (cp >= '0' && cp <= '9');
  return is_xid_start(cp) || is_decimal(cp) || in_ranges(kIdContinueExtra, cp);
}

int to_upper(uint32_t cp, uint32_t* out) {
  if (cp == 0xDF) { out[0] = 'S'; out[1] = 'S'; return 2; }
  if (cp == 0x149) { out[0] = 0x2BC; out[1] = 'N'; return 2; }
  if (cp == 0x1C5 || cp == 0x1C8 || cp == 0x1CB || cp == 0x1F2) { out[0] = cp - 1; return 1; }
  out[0] = simple_upper(cp);
  return 1;
}

int to_lower(uint32_t cp, uint32_t* out) {
  if (cp == 0x130) { out[0] = 'i'; out[1] = 0x307; return 2; }
  out[0] = simple_lower(cp);
  return 1;
}

int to_title(uint32_t cp, uint32_t* out) {
  if (cp == 0xDF) { out[0] = 'S'; out[1] = 's'; return 2; }
  if (cp >= 0x1C4 && cp <= 0x1CC) { out[0] = 0x1C5 + (cp - 0x1C4) / 3 * 3; return 1; }
  if (cp >= 0x1F1 && cp <= 0x1F3) { out[0] = 0x1F2; return 1; }
  return to_upper(cp, out);
}

int to_fold(uint32_t cp, uint32_t* out) {
  switch (cp) {
    case 0xDF: case 0x1E9E: out[0] = 's'; out[1] = 's'; return 2;
    case 0xB5: out[0] = 0x3BC; return 1;
    case 0x17F: out[0] = 's'; return 1;
    case 0x3C2: out[0] = 0x3C3; return 1;
    case 0x149: out[0] = 0x2BC; out[1] = 'n'; return 2;
    default: return to_lower(cp, out);
  }
}

}  // namespace ftpy::uni
