// bytes_methods.cpp — the bytes methods (a common subset of CPython's):
// decode, hex, fromhex, join, split/rsplit, strip family, find/rfind/index/
// rindex/count, startswith/endswith, replace, partition/rpartition,
// removeprefix/removesuffix, upper/lower and the ASCII is*() predicates,
// and BytesType's method table (the layout methods are in bytes_case.cpp).
//
// Whitespace and case are ASCII-only, as for CPython's bytes. Indices are
// byte offsets, so the search helpers in str_helpers.cpp apply directly.
// Concurrency: bytes are immutable; no shared state.
#include <cstring>
#include <string>
#include <vector>

#include "objects/bytes.h"
#include "objects/bytes_internal.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"

namespace ftpy {
namespace {

inline std::string_view bv(Object* o) { return bytes_view(o); }

bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string_view bytes_like(Object* o) {
  if (!is_bytes(o)) raisef(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name_of(o));
  return bv(o);
}

// A find/count needle: bytes, or an int in range(256).
std::string_view needle_arg(Object* o, char* one) {
  if (is_bytes(o)) return bv(o);
  if (is_int(o) || type_of(o)->nb_index) {
    int64_t v = index_as_int64(o);
    if (v < 0 || v > 255) raise(&exc::ValueError, "byte must be in range(0, 256)");
    *one = static_cast<char>(v);
    return std::string_view(one, 1);
  }
  raisef(&exc::TypeError, "argument should be integer or bytes-like object, not '%s'", type_name_of(o));
}

Ref<> sub(Object* self, int64_t b0, int64_t b1) {
  if (b0 == 0 && b1 == bytes_size(self) && type_of(self) == &BytesType) return Ref<>::borrow(self);
  return bytes_new(bv(self).substr(static_cast<size_t>(b0), static_cast<size_t>(b1 - b0)));
}

Ref<> list_of(std::vector<Ref<>>& parts, bool reverse) {
  Ref<List> out = list_new(static_cast<int64_t>(parts.size()));
  if (reverse)
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) list_append(out.get(), it->get());
  else
    for (auto& p : parts) list_append(out.get(), p.get());
  return out;
}

Ref<> split_impl(Object* self, Object* const* args, size_t nargs, Object* kwnames, bool reverse) {
  Object* a[2] = {nullptr, nullptr};
  parse_args(reverse ? "rsplit" : "split", args, nargs, kwnames, {"sep", "maxsplit"}, 0, a);
  int64_t maxsplit = a[1] ? index_as_int64(a[1]) : -1;
  std::string_view s = bv(self);
  auto n = static_cast<int64_t>(s.size());
  std::vector<Ref<>> parts;
  int64_t count = 0;
  auto sp = [&](int64_t i) { return ascii_space(static_cast<unsigned char>(s[static_cast<size_t>(i)])); };
  if (!a[0] || a[0] == kNone) {
    if (!reverse) {
      int64_t i = 0;
      while (true) {
        while (i < n && sp(i)) ++i;
        if (i == n) break;
        if (maxsplit >= 0 && count == maxsplit) { parts.push_back(sub(self, i, n)); break; }
        int64_t j = i;
        while (j < n && !sp(j)) ++j;
        parts.push_back(sub(self, i, j));
        ++count;
        i = j;
      }
    } else {
      int64_t j = n;
      while (true) {
        while (j > 0 && sp(j - 1)) --j;
        if (j == 0) break;
        if (maxsplit >= 0 && count == maxsplit) { parts.push_back(sub(self, 0, j)); break; }
        int64_t i = j;
        while (i > 0 && !sp(i - 1)) --i;
        parts.push_back(sub(self, i, j));
        ++count;
        j = i;
      }
    }
    return list_of(parts, reverse);
  }
  std::string_view sep = bytes_like(a[0]);
  if (sep.empty()) raise(&exc::ValueError, "empty separator");
  if (!reverse) {
    size_t i = 0;
    while (maxsplit < 0 || count < maxsplit) {
      size_t r = s.find(sep, i);
      if (r == std::string_view::npos) break;
      parts.push_back(sub(self, static_cast<int64_t>(i), static_cast<int64_t>(r)));
      i = r + sep.size();
      ++count;
    }
    parts.push_back(sub(self, static_cast<int64_t>(i), n));
  } else {
    int64_t j = n;
    while ((maxsplit < 0 || count < maxsplit) && j >= static_cast<int64_t>(sep.size())) {
      size_t r = s.substr(0, static_cast<size_t>(j)).rfind(sep);
      if (r == std::string_view::npos) break;
      parts.push_back(sub(self, static_cast<int64_t>(r + sep.size()), j));
      j = static_cast<int64_t>(r);
      ++count;
    }
    parts.push_back(sub(self, 0, j));
  }
  return list_of(parts, reverse);
}

Ref<> strip_impl(Object* self, Object* const* args, size_t nargs, Object* kwnames, const char* name, int side) {
  check_posargs("bytes", name, nargs, kwnames, 0, 1);
  std::string_view s = bv(self);
  bool set[256] = {};
  bool ws = nargs == 0 || args[0] == kNone;
  if (!ws)
    for (char c : bytes_like(args[0])) set[static_cast<unsigned char>(c)] = true;
  auto strip_it = [&](char c) {
    auto u = static_cast<unsigned char>(c);
    return ws ? ascii_space(u) : set[u];
  };
  size_t i = 0, j = s.size();
  if (side & 1)
    while (i < j && strip_it(s[i])) ++i;
  if (side & 2)
    while (j > i && strip_it(s[j - 1])) --j;
  return sub(self, static_cast<int64_t>(i), static_cast<int64_t>(j));
}

int64_t find_impl(Object* self, Object* const* args, size_t nargs, Object* kwnames, const char* name, bool reverse) {
  check_posargs("bytes", name, nargs, kwnames, 1, 3);
  char one;
  std::string_view needle = needle_arg(args[0], &one);
  std::string_view s = bv(self);
  int64_t start, end;
  adjust_range(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr, static_cast<int64_t>(s.size()), &start, &end);
  if (end - start < static_cast<int64_t>(needle.size())) return -1;
  std::string_view hay = s.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  int64_t r = reverse ? bytes_rfind(hay, needle) : bytes_find(hay, needle);
  return r < 0 ? -1 : start + r;
}

Ref<> affix_impl(Object* self, Object* const* args, size_t nargs, Object* kwnames, const char* name, bool at_end) {
  check_posargs("bytes", name, nargs, kwnames, 1, 3);
  std::string_view s = bv(self);
  int64_t start, end;
  adjust_range(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr, static_cast<int64_t>(s.size()), &start, &end);
  auto match = [&](std::string_view affix) {
    if (start > static_cast<int64_t>(s.size()) || end - start < static_cast<int64_t>(affix.size())) return false;
    size_t at = at_end ? static_cast<size_t>(end) - affix.size() : static_cast<size_t>(start);
    return s.substr(at, affix.size()) == affix;
  };
  if (is_tuple(args[0])) {
    for (int64_t i = 0; i < tuple_size(args[0]); ++i)
      if (match(bytes_like(tuple_item(args[0], i)))) return py_bool(true);
    return py_bool(false);
  }
  if (!is_bytes(args[0]))
    raisef(&exc::TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, type_name_of(args[0]));
  return py_bool(match(bv(args[0])));
}

template <class Pred>
Ref<> all_bytes(Object* self, size_t nargs, Object* kwnames, const char* qualname, Pred&& pred) {
  check_noargs(qualname, nargs, kwnames);
  std::string_view s = bv(self);
  if (s.empty()) return py_bool(false);
  for (char c : s)
    if (!pred(static_cast<unsigned char>(c))) return py_bool(false);
  return py_bool(true);
}

template <class Fn>
Ref<> map_bytes(Object* self, size_t nargs, Object* kwnames, const char* qualname, Fn&& fn) {
  check_noargs(qualname, nargs, kwnames);
  std::string_view s = bv(self);
  Bytes* r = bytes_alloc(&BytesType, static_cast<int64_t>(s.size()));
  for (size_t i = 0; i < s.size(); ++i) r->data[i] = static_cast<char>(fn(static_cast<unsigned char>(s[i])));
  return Ref<>::steal(r);
}

bool is_lower_c(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper_c(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit_c(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_alpha_c(unsigned char c) { return is_lower_c(c) || is_upper_c(c); }

FTPY_NATIVE(bytes_m_decode) {
  Object* a[2] = {nullptr, nullptr};
  parse_args("decode", args, nargs, kwnames, {"encoding", "errors"}, 0, a);
  return decode_to_str(bv(self), codec_arg(a[0], "decode", "encoding", "utf-8"),
                       codec_arg(a[1], "decode", "errors", "strict"));
}

FTPY_NATIVE(bytes_m_hex) {
  Object* a[2] = {nullptr, nullptr};
  parse_args("hex", args, nargs, kwnames, {"sep", "bytes_per_sep"}, 0, a);
  std::string_view s = bv(self);
  std::string_view sep;
  if (a[0]) {
    sep = is_str(a[0]) ? str_view(a[0]) : bytes_like(a[0]);
    if (sep.size() != 1) raise(&exc::ValueError, "sep must be length 1.");
  }
  int64_t per = a[1] ? index_as_int64(a[1]) : 1;
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  auto n = static_cast<int64_t>(s.size());
  int64_t group = per < 0 ? -per : per;
  for (int64_t i = 0; i < n; ++i) {
    if (!sep.empty() && i > 0 && group > 0) {
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    auto c = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return str_new_counted(out, static_cast<int64_t>(out.size()));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

FTPY_NATIVE(bytes_m_fromhex) {
  check_onearg("bytes.fromhex", nargs, kwnames);
  if (!is_str(args[0]))
    raisef(&exc::TypeError, "fromhex() argument must be str, not %s", type_name_of(args[0]));
  Str* text = static_cast<Str*>(args[0]);
  std::string out;
  int64_t i = 0, n = text->nbytes;
  const char* p = text->data;
  auto fail = [&](int64_t pos) {
    raisef(&exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
           static_cast<long long>(str_cp_index(text, pos)));
  };
  while (i < n) {
    if (ascii_space(static_cast<unsigned char>(p[i]))) { ++i; continue; }
    int hi = hex_digit(p[i]);
    if (hi < 0) fail(i);
    if (i + 1 >= n) fail(i + 1);
    int lo = hex_digit(p[i + 1]);
    if (lo < 0) fail(i + 1);
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  Ref<> result = bytes_new(out);
  if (self && self != &BytesType) return call1(self, result.get());
  return result;
}

FTPY_NATIVE(bytes_m_join) {
  check_onearg("bytes.join", nargs, kwnames);
  Object* seq = args[0];
  Type* t = type_of(seq);
  if (!t->tp_iter && !t->mp_subscript && !is_list(seq) && !is_tuple(seq))
    raise(&exc::TypeError, "can only join an iterable");
  Ref<> items = is_exact_tuple(seq) ? Ref<>::borrow(seq) : sequence_to_tuple(seq);
  int64_t count = tuple_size(items.get());
  std::string_view sep = bv(self);
  int64_t total = count > 0 ? static_cast<int64_t>(sep.size()) * (count - 1) : 0;
  for (int64_t i = 0; i < count; ++i) {
    Object* item = tuple_item(items.get(), i);
    if (!is_bytes(item))
      raisef(&exc::TypeError, "sequence item %lld: expected a bytes-like object, %s found",
             static_cast<long long>(i), type_name_of(item));
    total += bytes_size(item);
  }
  if (count == 1 && type_of(tuple_item(items.get(), 0)) == &BytesType) return Ref<>::borrow(tuple_item(items.get(), 0));
  Bytes* r = bytes_alloc(&BytesType, total);
  char* out = r->data;
  for (int64_t i = 0; i < count; ++i) {
    if (i) { std::memcpy(out, sep.data(), sep.size()); out += sep.size(); }
    std::string_view v = bv(tuple_item(items.get(), i));
    std::memcpy(out, v.data(), v.size());
    out += v.size();
  }
  return Ref<>::steal(r);
}

FTPY_NATIVE(bytes_m_split) { return split_impl(self, args, nargs, kwnames, false); }
FTPY_NATIVE(bytes_m_rsplit) { return split_impl(self, args, nargs, kwnames, true); }
FTPY_NATIVE(bytes_m_strip) { return strip_impl(self, args, nargs, kwnames, "strip", 3); }
FTPY_NATIVE(bytes_m_lstrip) { return strip_impl(self, args, nargs, kwnames, "lstrip", 1); }
FTPY_NATIVE(bytes_m_rstrip) { return strip_impl(self, args, nargs, kwnames, "rstrip", 2); }
FTPY_NATIVE(bytes_m_find) { return int_from(find_impl(self, args, nargs, kwnames, "find", false)); }
FTPY_NATIVE(bytes_m_rfind) { return int_from(find_impl(self, args, nargs, kwnames, "rfind", true)); }

FTPY_NATIVE(bytes_m_index) {
  int64_t r = find_impl(self, args, nargs, kwnames, "index", false);
  if (r < 0) raise(&exc::ValueError, "subsection not found");
  return int_from(r);
}

FTPY_NATIVE(bytes_m_rindex) {
  int64_t r = find_impl(self, args, nargs, kwnames, "rindex", true);
  if (r < 0) raise(&exc::ValueError, "subsection not found");
  return int_from(r);
}

FTPY_NATIVE(bytes_m_count) {
  check_posargs("bytes", "count", nargs, kwnames, 1, 3);
  char one;
  std::string_view needle = needle_arg(args[0], &one);
  std::string_view s = bv(self);
  int64_t start, end;
  adjust_range(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr, static_cast<int64_t>(s.size()), &start, &end);
  if (end < start || start > static_cast<int64_t>(s.size())) return int_from(0);
  if (needle.empty()) return int_from(end - start + 1);
  return int_from(bytes_count(s.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)), needle, INT64_MAX));
}

FTPY_NATIVE(bytes_m_startswith) { return affix_impl(self, args, nargs, kwnames, "startswith", false); }
FTPY_NATIVE(bytes_m_endswith) { return affix_impl(self, args, nargs, kwnames, "endswith", true); }

FTPY_NATIVE(bytes_m_replace) {
  check_posargs("bytes", "replace", nargs, kwnames, 2, 3);
  std::string_view old_b = bytes_like(args[0]);
  std::string_view new_b = bytes_like(args[1]);
  int64_t maxcount = nargs > 2 ? index_as_int64(args[2]) : -1;
  if (maxcount < 0) maxcount = INT64_MAX;
  std::string_view s = bv(self);
  std::string out;
  if (old_b.empty()) {
    int64_t k = 0;
    size_t i = 0;
    for (; k < maxcount && i <= s.size(); ++k) {
      out += new_b;
      if (i < s.size()) out += s[i];
      ++i;
    }
    if (i < s.size()) out += s.substr(i);
  } else {
    size_t i = 0;
    for (int64_t k = 0; k < maxcount; ++k) {
      size_t f = s.find(old_b, i);
      if (f == std::string_view::npos) break;
      out += s.substr(i, f - i);
      out += new_b;
      i = f + old_b.size();
    }
    if (i == 0 && type_of(self) == &BytesType) return Ref<>::borrow(self);
    out += s.substr(i);
  }
  return bytes_new(out);
}

Ref<> partition_impl(Object* self, Object* const* args, size_t nargs, Object* kwnames, bool reverse) {
  check_onearg(reverse ? "bytes.rpartition" : "bytes.partition", nargs, kwnames);
  std::string_view sep = bytes_like(args[0]);
  if (sep.empty()) raise(&exc::ValueError, "empty separator");
  std::string_view s = bv(self);
  size_t r = reverse ? s.rfind(sep) : s.find(sep);
  Ref<> empty = bytes_new("");
  if (r == std::string_view::npos) {
    Ref<> whole = sub(self, 0, static_cast<int64_t>(s.size()));
    return reverse ? tuple_pack({empty.get(), empty.get(), whole.get()})
                   : tuple_pack({whole.get(), empty.get(), empty.get()});
  }
  Ref<> head = sub(self, 0, static_cast<int64_t>(r));
  Ref<> mid = is_bytes(args[0]) && type_of(args[0]) == &BytesType ? Ref<>::borrow(args[0]) : bytes_new(sep);
  Ref<> tail = sub(self, static_cast<int64_t>(r + sep.size()), static_cast<int64_t>(s.size()));
  return tuple_pack({head.get(), mid.get(), tail.get()});
}

FTPY_NATIVE(bytes_m_partition) { return partition_impl(self, args, nargs, kwnames, false); }
FTPY_NATIVE(bytes_m_rpartition) { return partition_impl(self, args, nargs, kwnames, true); }

FTPY_NATIVE(bytes_m_removeprefix) {
  check_onearg("bytes.removeprefix", nargs, kwnames);
  std::string_view p = bytes_like(args[0]), s = bv(self);
  if (!p.empty() && s.substr(0, p.size()) == p) return sub(self, static_cast<int64_t>(p.size()), static_cast<int64_t>(s.size()));
  return sub(self, 0, static_cast<int64_t>(s.size()));
}

FTPY_NATIVE(bytes_m_removesuffix) {
  check_onearg("bytes.removesuffix", nargs, kwnames);
  std::string_view p = bytes_like(args[0]), s = bv(self);
  if (!p.empty() && p.size() <= s.size() && s.substr(s.size() - p.size()) == p)
    return sub(self, 0, static_cast<int64_t>(s.size() - p.size()));
  return sub(self, 0, static_cast<int64_t>(s.size()));
}

FTPY_NATIVE(bytes_m_upper) {
  (void)args;
  return map_bytes(self, nargs, kwnames, "bytes.upper", [](unsigned char c) { return is_lower_c(c) ? c - 32 : c; });
}
FTPY_NATIVE(bytes_m_lower) {
  (void)args;
  return map_bytes(self, nargs, kwnames, "bytes.lower", [](unsigned char c) { return is_upper_c(c) ? c + 32 : c; });
}
FTPY_NATIVE(bytes_m_isdigit) { (void)args; return all_bytes(self, nargs, kwnames, "bytes.isdigit", is_digit_c); }
FTPY_NATIVE(bytes_m_isalpha) { (void)args; return all_bytes(self, nargs, kwnames, "bytes.isalpha", is_alpha_c); }
FTPY_NATIVE(bytes_m_isalnum) {
  (void)args;
  return all_bytes(self, nargs, kwnames, "bytes.isalnum", [](unsigned char c) { return is_alpha_c(c) || is_digit_c(c); });
}
FTPY_NATIVE(bytes_m_isspace) { (void)args; return all_bytes(self, nargs, kwnames, "bytes.isspace", ascii_space); }

FTPY_NATIVE(bytes_m_islower) {
  (void)args;
  check_noargs("bytes.islower", nargs, kwnames);
  bool cased = false;
  for (char c : bv(self)) {
    if (is_upper_c(static_cast<unsigned char>(c))) return py_bool(false);
    cased = cased || is_lower_c(static_cast<unsigned char>(c));
  }
  return py_bool(cased);
}

FTPY_NATIVE(bytes_m_isupper) {
  (void)args;
  check_noargs("bytes.isupper", nargs, kwnames);
  bool cased = false;
  for (char c : bv(self)) {
    if (is_lower_c(static_cast<unsigned char>(c))) return py_bool(false);
    cased = cased || is_upper_c(static_cast<unsigned char>(c));
  }
  return py_bool(cased);
}

}  // namespace

extern const MethodDef kBytesMethods[] = {
    {"decode", bytes_m_decode, kMethodPlain, "Decode the bytes using the codec registered for encoding."},
    {"hex", bytes_m_hex, kMethodPlain, "Create a string of hexadecimal numbers from a bytes object."},
    {"fromhex", bytes_m_fromhex, kMethodClass, "Create a bytes object from a string of hexadecimal numbers."},
    {"join", bytes_m_join, kMethodPlain, "Concatenate any number of bytes objects."},
    {"split", bytes_m_split, kMethodPlain, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"rsplit", bytes_m_rsplit, kMethodPlain, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"strip", bytes_m_strip, kMethodPlain, "Strip leading and trailing bytes contained in the argument."},
    {"lstrip", bytes_m_lstrip, kMethodPlain, "Strip leading bytes contained in the argument."},
    {"rstrip", bytes_m_rstrip, kMethodPlain, "Strip trailing bytes contained in the argument."},
    {"find", bytes_m_find, kMethodPlain, "Return the lowest index in B where subsection sub is found."},
    {"rfind", bytes_m_rfind, kMethodPlain, "Return the highest index in B where subsection sub is found."},
    {"index", bytes_m_index, kMethodPlain, "Return the lowest index in B where subsection sub is found."},
    {"rindex", bytes_m_rindex, kMethodPlain, "Return the highest index in B where subsection sub is found."},
    {"count", bytes_m_count, kMethodPlain, "Return the number of non-overlapping occurrences of subsection sub."},
    {"startswith", bytes_m_startswith, kMethodPlain, "Return True if the bytes starts with the specified prefix."},
    {"endswith", bytes_m_endswith, kMethodPlain, "Return True if the bytes ends with the specified suffix."},
    {"replace", bytes_m_replace, kMethodPlain, "Return a copy with all occurrences of substring old replaced by new."},
    {"partition", bytes_m_partition, kMethodPlain, "Partition the bytes into three parts using the given separator."},
    {"rpartition", bytes_m_rpartition, kMethodPlain, "Partition the bytes into three parts using the given separator."},
    {"removeprefix", bytes_m_removeprefix, kMethodPlain, "Return a bytes object with the given prefix removed if present."},
    {"removesuffix", bytes_m_removesuffix, kMethodPlain, "Return a bytes object with the given suffix removed if present."},
    {"upper", bytes_m_upper, kMethodPlain, "B.upper() -> copy of B with ASCII letters uppercased."},
    {"lower", bytes_m_lower, kMethodPlain, "B.lower() -> copy of B with ASCII letters lowercased."},
    {"isdigit", bytes_m_isdigit, kMethodPlain, "B.isdigit() -> bool"},
    {"isalpha", bytes_m_isalpha, kMethodPlain, "B.isalpha() -> bool"},
    {"isalnum", bytes_m_isalnum, kMethodPlain, "B.isalnum() -> bool"},
    {"isspace", bytes_m_isspace, kMethodPlain, "B.isspace() -> bool"},
    {"islower", bytes_m_islower, kMethodPlain, "B.islower() -> bool"},
    {"isupper", bytes_m_isupper, kMethodPlain, "B.isupper() -> bool"},
    {"istitle", bytes_m_istitle, kMethodPlain, "B.istitle() -> bool"},
    {"isascii", bytes_m_isascii, kMethodPlain, "B.isascii() -> bool"},
    {"capitalize", bytes_m_capitalize, kMethodPlain, "B.capitalize() -> copy of B"},
    {"title", bytes_m_title, kMethodPlain, "B.title() -> copy of B"},
    {"swapcase", bytes_m_swapcase, kMethodPlain, "B.swapcase() -> copy of B"},
    {"center", bytes_m_center, kMethodPlain, "Return a centered string of length width."},
    {"ljust", bytes_m_ljust, kMethodPlain, "Return a left-justified string of length width."},
    {"rjust", bytes_m_rjust, kMethodPlain, "Return a right-justified string of length width."},
    {"zfill", bytes_m_zfill, kMethodPlain, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"expandtabs", bytes_m_expandtabs, kMethodPlain, "Return a copy where all tab characters are expanded using spaces."},
    {"splitlines", bytes_m_splitlines, kMethodPlain, "Return a list of the lines in the bytes, breaking at line boundaries."},
    {"maketrans", bytes_m_maketrans, kMethodStatic, "Return a translation table usable for the bytes or bytearray translate method."},
    {"translate", bytes_m_translate, kMethodPlain, "Return a copy with each character mapped by the given translation table."},
    {"__bytes__", bytes_m_dunder_bytes, kMethodPlain, "Convert this value to exact type bytes."},
    {"__getnewargs__", bytes_m_getnewargs, kMethodPlain, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace ftpy
