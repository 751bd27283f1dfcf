// bytes_case.cpp — the bytes methods that map or lay out bytes as ASCII
// text: capitalize/title/swapcase, istitle/isascii, center/ljust/rjust/zfill,
// expandtabs, splitlines, maketrans/translate, __bytes__/__getnewargs__, and
// the `bytes % args` slot (the formatter itself is in str_percent.cpp).
//
// Case and whitespace are ASCII-only, as for CPython's bytes; every result is
// one allocation sized up front (expandtabs/translate count first). An
// unchanged exact bytes is returned as itself where CPython does so.
// Concurrency: bytes are immutable; no shared state.
#include <cstring>

#include "objects/bytes.h"
#include "objects/bytes_internal.h"
#include "objects/list.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"

namespace ftpy {
namespace {

inline std::string_view bv(Object* o) { return bytes_view(o); }
inline bool lower_c(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool upper_c(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool alpha_c(unsigned char c) { return lower_c(c) || upper_c(c); }
inline unsigned char to_upper_c(unsigned char c) { return lower_c(c) ? c - 32 : c; }
inline unsigned char to_lower_c(unsigned char c) { return upper_c(c) ? c + 32 : c; }

std::string_view bytes_like(Object* o) {
  if (!is_bytes(o))
    raisef(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name_of(o));
  return bv(o);
}

// self itself when it is an exact bytes, else an exact copy.
Ref<> unchanged(Object* self) {
  if (type_of(self) == &BytesType) return Ref<>::borrow(self);
  return bytes_new(bv(self));
}

// Maps every byte through fn(byte, index, previous byte was a letter).
template <class Fn>
Ref<> map_ascii(Object* self, const char* qualname, size_t nargs, Object* kwnames, Fn&& fn) {
  check_noargs(qualname, nargs, kwnames);
  std::string_view s = bv(self);
  Bytes* r = bytes_alloc(&BytesType, static_cast<int64_t>(s.size()));
  bool prev_alpha = false;
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    r->data[i] = static_cast<char>(fn(c, i, prev_alpha));
    prev_alpha = alpha_c(c);
  }
  return Ref<>::steal(r);
}

// s padded with left/right copies of fill; one allocation.
Ref<> pad(Object* self, int64_t left, int64_t right, char fill) {
  if (left <= 0 && right <= 0) return unchanged(self);
  left = left < 0 ? 0 : left;
  right = right < 0 ? 0 : right;
  std::string_view s = bv(self);
  Bytes* r = bytes_alloc(&BytesType, static_cast<int64_t>(s.size()) + left + right);
  std::memset(r->data, fill, static_cast<size_t>(left));
  std::memcpy(r->data + left, s.data(), s.size());
  std::memset(r->data + left + static_cast<int64_t>(s.size()), fill, static_cast<size_t>(right));
  return Ref<>::steal(r);
}

Ref<> justify(Object* self, Object* const* args, size_t nargs, Object* kwnames, const char* name,
              char how) {
  check_posargs("bytes", name, nargs, kwnames, 1, 2);
  int64_t width = index_as_int64(args[0]);
  char fill = ' ';
  if (nargs > 1) {
    if (!is_bytes(args[1]) || bytes_size(args[1]) != 1)
      raisef(&exc::TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
             type_name_of(args[1]));
    fill = bv(args[1])[0];
  }
  int64_t padding = width - bytes_size(self);
  if (padding <= 0) return unchanged(self);
  if (how == '<') return pad(self, 0, padding, fill);
  if (how == '>') return pad(self, padding, 0, fill);
  int64_t left = padding / 2 + (padding & width & 1);
  return pad(self, left, padding - left, fill);
}

}  // namespace

FTPY_NATIVE(bytes_m_capitalize) {
  (void)args;
  return map_ascii(self, "bytes.capitalize", nargs, kwnames, [](unsigned char c, size_t i, bool) {
    return i == 0 ? to_upper_c(c) : to_lower_c(c);
  });
}

FTPY_NATIVE(bytes_m_title) {
  (void)args;
  return map_ascii(self, "bytes.title", nargs, kwnames, [](unsigned char c, size_t, bool prev) {
    return prev ? to_lower_c(c) : to_upper_c(c);
  });
}

FTPY_NATIVE(bytes_m_swapcase) {
  (void)args;
  return map_ascii(self, "bytes.swapcase", nargs, kwnames,
                   [](unsigned char c, size_t, bool) { return alpha_c(c) ? c ^ 32 : c; });
}

FTPY_NATIVE(bytes_m_istitle) {
  (void)args;
  check_noargs("bytes.istitle", nargs, kwnames);
  bool cased = false, prev_cased = false;
  for (char ch : bv(self)) {
    auto c = static_cast<unsigned char>(ch);
    if (upper_c(c)) {
      if (prev_cased) return py_bool(false);
      prev_cased = cased = true;
    } else if (lower_c(c)) {
      if (!prev_cased) return py_bool(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return py_bool(cased);
}

FTPY_NATIVE(bytes_m_isascii) {
  (void)args;
  check_noargs("bytes.isascii", nargs, kwnames);
  for (char c : bv(self))
    if (static_cast<unsigned char>(c) >= 0x80) return py_bool(false);
  return py_bool(true);
}

FTPY_NATIVE(bytes_m_center) { return justify(self, args, nargs, kwnames, "center", '^'); }
FTPY_NATIVE(bytes_m_ljust) { return justify(self, args, nargs, kwnames, "ljust", '<'); }
FTPY_NATIVE(bytes_m_rjust) { return justify(self, args, nargs, kwnames, "rjust", '>'); }

FTPY_NATIVE(bytes_m_zfill) {
  check_onearg("bytes.zfill", nargs, kwnames);
  int64_t width = index_as_int64(args[0]);
  std::string_view s = bv(self);
  int64_t fill = width - static_cast<int64_t>(s.size());
  if (fill <= 0) return unchanged(self);
  Ref<> r = pad(self, fill, 0, '0');
  auto* rb = static_cast<Bytes*>(r.get());
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {  // keep the sign in front
    rb->data[0] = s[0];
    rb->data[fill] = '0';
  }
  return r;
}

FTPY_NATIVE(bytes_m_expandtabs) {
  Object* a[1] = {nullptr};
  parse_args("expandtabs", args, nargs, kwnames, {"tabsize"}, 0, a);
  int64_t tabsize = a[0] ? index_as_int64(a[0]) : 8;
  std::string_view s = bv(self);
  if (!std::memchr(s.data(), '\t', s.size())) return unchanged(self);
  auto walk = [&](char* out) {  // returns the result size; writes when out != null
    int64_t col = 0, n = 0;
    for (char c : s) {
      if (c == '\t') {
        if (tabsize > 0) {
          int64_t k = tabsize - col % tabsize;
          if (out) std::memset(out + n, ' ', static_cast<size_t>(k));
          n += k;
          col += k;
        }
      } else {
        if (out) out[n] = c;
        ++n;
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
      }
    }
    return n;
  };
  Bytes* r = bytes_alloc(&BytesType, walk(nullptr));
  walk(r->data);
  return Ref<>::steal(r);
}

FTPY_NATIVE(bytes_m_splitlines) {
  Object* a[1] = {nullptr};
  parse_args("splitlines", args, nargs, kwnames, {"keepends"}, 0, a);
  bool keep = a[0] && truthy(a[0]);
  std::string_view s = bv(self);
  Ref<List> out = list_new();
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n' && s[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) j += (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? 2 : 1;
    size_t stop = keep ? j : eol;
    Ref<> line = (i == 0 && stop == n) ? unchanged(self) : bytes_new(s.substr(i, stop - i));
    list_append(out.get(), line.get());
    i = j;
  }
  return out;
}

FTPY_NATIVE(bytes_m_maketrans) {
  (void)self;
  check_posargs("bytes", "maketrans", nargs, kwnames, 2, 2);
  std::string_view from = bytes_like(args[0]), to = bytes_like(args[1]);
  if (from.size() != to.size())
    raise(&exc::ValueError, "maketrans arguments must have same length");
  Bytes* r = bytes_alloc(&BytesType, 256);
  for (int c = 0; c < 256; ++c) r->data[c] = static_cast<char>(c);
  for (size_t i = 0; i < from.size(); ++i) r->data[static_cast<unsigned char>(from[i])] = to[i];
  return Ref<>::steal(r);
}

FTPY_NATIVE(bytes_m_translate) {
  Object* a[2] = {nullptr, nullptr};
  parse_args("translate", args, nargs, kwnames, {"table", "delete"}, 1, a, 1);
  const char* table = nullptr;
  if (a[0] != kNone) {
    std::string_view t = bytes_like(a[0]);
    if (t.size() != 256) raise(&exc::ValueError, "translation table must be 256 characters long");
    table = t.data();
  }
  bool drop[256] = {};
  if (a[1])
    for (char c : bytes_like(a[1])) drop[static_cast<unsigned char>(c)] = true;
  std::string_view s = bv(self);
  int64_t size = 0;
  bool changed = false;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (drop[u]) {
      changed = true;
      continue;
    }
    ++size;
    changed = changed || (table && table[u] != c);
  }
  if (!changed) return unchanged(self);
  Bytes* r = bytes_alloc(&BytesType, size);
  int64_t k = 0;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (!drop[u]) r->data[k++] = table ? table[u] : c;
  }
  return Ref<>::steal(r);
}

FTPY_NATIVE(bytes_m_dunder_bytes) {
  (void)args;
  check_noargs("bytes.__bytes__", nargs, kwnames);
  return unchanged(self);
}

FTPY_NATIVE(bytes_m_getnewargs) {
  (void)args;
  check_noargs("bytes.__getnewargs__", nargs, kwnames);
  Ref<> copy = bytes_new(bv(self));
  return tuple_pack({copy.get()});
}

Ref<> bytes_mod_slot(Object* a, Object* b) {
  if (!is_bytes(a)) return not_implemented();
  return bytes_percent_format(a, b);
}

}  // namespace ftpy
