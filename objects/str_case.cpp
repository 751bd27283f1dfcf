// str_case.cpp — str methods that map characters: case conversions, the
// is*() predicates, padding (center/ljust/rjust/zfill/expandtabs), encode,
// maketrans/translate. Character data comes from str_unicode.h (the
// generated Unicode database); this file applies the context rules
// (Final_Sigma, word starts for title()).
//
// ASCII strings take byte loops that write straight into the one result
// allocation; other strings map code points into a std::string first.
// Concurrency: strs are immutable; translate() calls back into Python
// (the table's __getitem__) with no lock held.
#include <cstring>
#include <string>

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str_internal.h"
#include "objects/str_unicode.h"

namespace ftpy {
namespace {

inline Str* self_str(Object* o) { return static_cast<Str*>(o); }

// Unicode's Final_Sigma condition for the capital sigma at byte offset off:
// a cased letter before it and none after it (case-ignorables skipped).
bool final_sigma(const Str* s, int64_t off) {
  const char* d = s->data;
  int64_t b = off;
  bool cased_before = false;
  while (b > 0) {
    do --b; while (b > 0 && (static_cast<unsigned char>(d[b]) & 0xC0) == 0x80);
    uint32_t cp;
    uni::decode(d + b, &cp);
    if (uni::is_case_ignorable(cp)) continue;
    cased_before = uni::is_cased(cp);
    break;
  }
  if (!cased_before) return false;
  b = off + 2;  // U+03A3 is two bytes
  while (b < s->nbytes) {
    uint32_t cp;
    b += uni::decode(d + b, &cp);
    if (!uni::is_case_ignorable(cp)) return !uni::is_cased(cp);
  }
  return true;
}

// lower() of one code point in its context (final sigma).
int lower_in(const Str* s, uint32_t cp, int64_t off, uint32_t* out) {
  if (cp == 0x3A3 && final_sigma(s, off)) {
    out[0] = 0x3C2;
    return 1;
  }
  return uni::to_lower(cp, out);
}

// Maps every code point; ASCII text goes through `ascii_map` byte by byte.
template <class AsciiMap, class CpMap>
Ref<> map_chars(Str* s, AsciiMap&& ascii_map, CpMap&& cp_map) {
  if (s->ascii) {
    Str* r = str_alloc(&StrType, s->nbytes);
    for (int64_t i = 0; i < s->nbytes; ++i) r->data[i] = ascii_map(s->data[i], i);
    return Ref<>::steal(str_finish(r, s->length));
  }
  std::string out;
  out.reserve(static_cast<size_t>(s->nbytes));
  int64_t index = 0, off = 0;
  for_each_cp(s, [&](uint32_t cp, int len) {
    uint32_t buf[3];
    int n = cp_map(cp, buf, index++, off);
    for (int k = 0; k < n; ++k) uni::append(&out, buf[k]);
    off += len;
  });
  return str_new(out);
}

inline char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

template <class Pred>
Ref<> all_chars(Object* self, size_t nargs, Object* kwnames, const char* qualname, Pred&& pred) {
  check_noargs(qualname, nargs, kwnames);
  Str* s = self_str(self);
  if (s->nbytes == 0) return py_bool(false);
  bool ok = true;
  for_each_cp(s, [&](uint32_t cp, int) { ok = ok && pred(cp); });
  return py_bool(ok);
}

uint32_t fill_char_arg(Object* o) {
  if (!o) return ' ';
  if (!is_str(o))
    raisef(&exc::TypeError, "The fill character must be a unicode character, not %s", type_name_of(o));
  Str* f = self_str(o);
  if (f->length != 1) raise(&exc::TypeError, "The fill character must be exactly one character long");
  return str_char_at(f, 0);
}

// s padded with `left` and `right` copies of fill; one allocation.
Ref<> pad(Str* s, int64_t left, int64_t right, uint32_t fill) {
  if (left <= 0 && right <= 0) return str_exact(s);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  char f[4];
  int flen = uni::encode(fill, f);
  Str* r = str_alloc(&StrType, s->nbytes + (left + right) * flen);
  char* out = r->data;
  auto put_fill = [&](int64_t k) {
    if (flen == 1) {
      std::memset(out, f[0], static_cast<size_t>(k));
      out += k;
    } else {
      for (int64_t i = 0; i < k; ++i, out += flen) std::memcpy(out, f, static_cast<size_t>(flen));
    }
  };
  put_fill(left);
  std::memcpy(out, s->data, static_cast<size_t>(s->nbytes));
  out += s->nbytes;
  put_fill(right);
  return Ref<>::steal(str_finish(r, s->length + left + right));
}

Ref<> justify(Object* self, Object* const* args, size_t nargs, Object* kwnames, const char* name, char how) {
  check_posargs("str", name, nargs, kwnames, 1, 2);
  Str* s = self_str(self);
  int64_t width = index_as_int64(args[0]);
  uint32_t fill = fill_char_arg(nargs > 1 ? args[1] : nullptr);
  int64_t padding = width - s->length;
  if (padding <= 0) return str_exact(s);
  if (how == '<') return pad(s, 0, padding, fill);
  if (how == '>') return pad(s, padding, 0, fill);
  int64_t left = padding / 2 + (padding & width & 1);
  return pad(s, left, padding - left, fill);
}

}  // namespace

FTPY_NATIVE(str_m_upper) {
  check_noargs("str.upper", nargs, kwnames);
  (void)args;
  return map_chars(self_str(self), [](char c, int64_t) { return ascii_upper(c); },
                   [](uint32_t cp, uint32_t* out, int64_t, int64_t) { return uni::to_upper(cp, out); });
}

FTPY_NATIVE(str_m_lower) {
  check_noargs("str.lower", nargs, kwnames);
  (void)args;
  Str* s = self_str(self);
  return map_chars(s, [](char c, int64_t) { return ascii_lower(c); },
                   [s](uint32_t cp, uint32_t* out, int64_t, int64_t off) { return lower_in(s, cp, off, out); });
}

FTPY_NATIVE(str_m_casefold) {
  check_noargs("str.casefold", nargs, kwnames);
  (void)args;
  return map_chars(self_str(self), [](char c, int64_t) { return ascii_lower(c); },
                   [](uint32_t cp, uint32_t* out, int64_t, int64_t) { return uni::to_fold(cp, out); });
}

FTPY_NATIVE(str_m_swapcase) {
  check_noargs("str.swapcase", nargs, kwnames);
  (void)args;
  Str* s = self_str(self);
  return map_chars(
      s, [](char c, int64_t) { return ascii_alpha(c) ? static_cast<char>(c ^ 32) : c; },
      [s](uint32_t cp, uint32_t* out, int64_t, int64_t off) {
        if (uni::is_upper(cp)) return lower_in(s, cp, off, out);
        if (uni::is_lower(cp)) return uni::to_upper(cp, out);
        out[0] = cp;
        return 1;
      });
}

FTPY_NATIVE(str_m_capitalize) {
  check_noargs("str.capitalize", nargs, kwnames);
  (void)args;
  Str* s = self_str(self);
  return map_chars(
      s, [](char c, int64_t i) { return i == 0 ? ascii_upper(c) : ascii_lower(c); },
      [s](uint32_t cp, uint32_t* out, int64_t i, int64_t off) {
        return i == 0 ? uni::to_title(cp, out) : lower_in(s, cp, off, out);
      });
}

FTPY_NATIVE(str_m_title) {
  check_noargs("str.title", nargs, kwnames);
  (void)args;
  bool prev_cased = false;
  Str* s = self_str(self);
  return map_chars(
      s,
      [&](char c, int64_t) {
        char r = prev_cased ? ascii_lower(c) : ascii_upper(c);
        prev_cased = ascii_alpha(c);
        return r;
      },
      [&](uint32_t cp, uint32_t* out, int64_t, int64_t off) {
        int n = prev_cased ? lower_in(s, cp, off, out) : uni::to_title(cp, out);
        prev_cased = uni::is_cased(cp);
        return n;
      });
}

FTPY_NATIVE(str_m_center) { return justify(self, args, nargs, kwnames, "center", '^'); }
FTPY_NATIVE(str_m_ljust) { return justify(self, args, nargs, kwnames, "ljust", '<'); }
FTPY_NATIVE(str_m_rjust) { return justify(self, args, nargs, kwnames, "rjust", '>'); }

FTPY_NATIVE(str_m_zfill) {
  check_onearg("str.zfill", nargs, kwnames);
  Str* s = self_str(self);
  int64_t width = index_as_int64(args[0]);
  int64_t fill = width - s->length;
  if (fill <= 0) return str_exact(s);
  Ref<> r = pad(s, fill, 0, '0');
  Str* rs = self_str(r.get());
  if (s->nbytes && (s->data[0] == '+' || s->data[0] == '-')) {  // keep the sign in front
    rs->data[0] = s->data[0];
    rs->data[fill] = '0';
  }
  return r;
}

FTPY_NATIVE(str_m_expandtabs) {
  Object* a[1] = {nullptr};
  parse_args("expandtabs", args, nargs, kwnames, {"tabsize"}, 0, a);
  int64_t tabsize = a[0] ? index_as_int64(a[0]) : 8;
  Str* s = self_str(self);
  if (!std::memchr(s->data, '\t', static_cast<size_t>(s->nbytes))) return str_exact(s);
  std::string out;
  int64_t col = 0;
  for_each_cp(s, [&](uint32_t cp, int) {
    if (cp == '\t') {
      if (tabsize > 0) {
        int64_t n = tabsize - col % tabsize;
        out.append(static_cast<size_t>(n), ' ');
        col += n;
      }
    } else {
      uni::append(&out, cp);
      col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
    }
  });
  return str_new(out);
}

FTPY_NATIVE(str_m_isdigit) { (void)args; return all_chars(self, nargs, kwnames, "str.isdigit", uni::is_digit); }
FTPY_NATIVE(str_m_isdecimal) { (void)args; return all_chars(self, nargs, kwnames, "str.isdecimal", uni::is_decimal); }
FTPY_NATIVE(str_m_isnumeric) { (void)args; return all_chars(self, nargs, kwnames, "str.isnumeric", uni::is_numeric); }
FTPY_NATIVE(str_m_isalpha) { (void)args; return all_chars(self, nargs, kwnames, "str.isalpha", uni::is_alpha); }
FTPY_NATIVE(str_m_isalnum) { (void)args; return all_chars(self, nargs, kwnames, "str.isalnum", uni::is_alnum); }
FTPY_NATIVE(str_m_isspace) { (void)args; return all_chars(self, nargs, kwnames, "str.isspace", uni::is_space); }

FTPY_NATIVE(str_m_isprintable) {
  (void)args;
  check_noargs("str.isprintable", nargs, kwnames);
  bool ok = true;
  for_each_cp(self_str(self), [&](uint32_t cp, int) { ok = ok && uni::is_printable(cp); });
  return py_bool(ok);
}

FTPY_NATIVE(str_m_isascii) {
  (void)args;
  check_noargs("str.isascii", nargs, kwnames);
  return py_bool(self_str(self)->ascii);
}

FTPY_NATIVE(str_m_isupper) {
  (void)args;
  check_noargs("str.isupper", nargs, kwnames);
  bool cased = false, ok = true;
  for_each_cp(self_str(self), [&](uint32_t cp, int) {
    if (uni::is_lower(cp) || uni::is_title(cp)) ok = false;
    else if (uni::is_upper(cp)) cased = true;
  });
  return py_bool(ok && cased);
}

FTPY_NATIVE(str_m_islower) {
  (void)args;
  check_noargs("str.islower", nargs, kwnames);
  bool cased = false, ok = true;
  for_each_cp(self_str(self), [&](uint32_t cp, int) {
    if (uni::is_upper(cp) || uni::is_title(cp)) ok = false;
    else if (uni::is_lower(cp)) cased = true;
  });
  return py_bool(ok && cased);
}

FTPY_NATIVE(str_m_istitle) {
  (void)args;
  check_noargs("str.istitle", nargs, kwnames);
  bool cased = false, prev_cased = false, ok = true;
  for_each_cp(self_str(self), [&](uint32_t cp, int) {
    if (uni::is_upper(cp) || uni::is_title(cp)) {
      if (prev_cased) ok = false;
      prev_cased = cased = true;
    } else if (uni::is_lower(cp)) {
      if (!prev_cased) ok = false;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  });
  return py_bool(ok && cased);
}

FTPY_NATIVE(str_m_isidentifier) {
  (void)args;
  check_noargs("str.isidentifier", nargs, kwnames);
  Str* s = self_str(self);
  if (s->nbytes == 0) return py_bool(false);
  bool ok = true, first = true;
  for_each_cp(s, [&](uint32_t cp, int) {
    ok = ok && (first ? uni::is_xid_start(cp) : uni::is_xid_continue(cp));
    first = false;
  });
  return py_bool(ok);
}

FTPY_NATIVE(str_m_encode) {
  Object* a[2] = {nullptr, nullptr};
  parse_args("encode", args, nargs, kwnames, {"encoding", "errors"}, 0, a);
  std::string_view enc = codec_arg(a[0], "encode", "encoding", "utf-8");
  std::string_view errors = codec_arg(a[1], "encode", "errors", "strict");
  return encode_str(self_str(self), enc, errors);
}

FTPY_NATIVE(str_m_maketrans) {
  (void)self;
  check_posargs("str", "maketrans", nargs, kwnames, 1, 3);
  Ref<Dict> table = dict_new();
  if (nargs == 1) {
    if (!is_dict(args[0])) raise(&exc::TypeError, "if you give only one argument to maketrans it must be a dict");
    int64_t pos = 0;
    Ref<> key, value;
    while (dict_next(static_cast<Dict*>(args[0]), &pos, &key, &value)) {
      if (is_str(key.get())) {
        Str* k = self_str(key.get());
        if (k->length != 1) raise(&exc::ValueError, "string keys in translate table must be of length 1");
        Ref<> code = int_from(str_char_at(k, 0));
        dict_set(table.get(), code.get(), value.get());
      } else if (is_int(key.get())) {
        dict_set(table.get(), key.get(), value.get());
      } else {
        raise(&exc::TypeError, "keys in translate table must be strings or integers");
      }
    }
    return table;
  }
  if (!is_str(args[0]))
    raise(&exc::TypeError, "first maketrans argument must be a string if there is a second argument");
  Str* x = self_str(args[0]);
  Str* y = str_arg(args[1], "maketrans", 2);
  if (x->length != y->length) raise(&exc::ValueError, "the first two maketrans arguments must have equal length");
  for (int64_t i = 0; i < x->length; ++i) {
    Ref<> k = int_from(str_char_at(x, i));
    Ref<> v = int_from(str_char_at(y, i));
    dict_set(table.get(), k.get(), v.get());
  }
  if (nargs == 3) {
    Str* z = str_arg(args[2], "maketrans", 3);
    for_each_cp(z, [&](uint32_t cp, int) {
      Ref<> k = int_from(cp);
      dict_set(table.get(), k.get(), kNone);
    });
  }
  return table;
}

FTPY_NATIVE(str_m_translate) {
  check_onearg("str.translate", nargs, kwnames);
  Str* s = self_str(self);
  Object* table = args[0];
  std::string out;
  out.reserve(static_cast<size_t>(s->nbytes));
  for_each_cp(s, [&](uint32_t cp, int) {
    Ref<> key = int_from(cp);
    Ref<> v;
    if (is_exact_dict(table)) {
      v = dict_get(static_cast<Dict*>(table), key.get());
    } else {
      try {
        v = getitem(table, key.get());
      } catch (PyException& e) {
        if (!exception_matches(e.value.get(), &exc::LookupError)) throw;
      }
    }
    if (!v) {
      uni::append(&out, cp);
    } else if (v.get() == kNone) {
      // deleted
    } else if (is_int(v.get())) {
      int64_t c;
      if (!int_to_int64(v.get(), &c) || c < 0 || c >= 0x110000)
        raise(&exc::ValueError, "character mapping must be in range(0x110000)");
      uni::append(&out, static_cast<uint32_t>(c));
    } else if (is_str(v.get())) {
      out.append(str_view(v.get()));
    } else {
      raise(&exc::TypeError, "character mapping must return integer, None or str");
    }
  });
  return str_new(out);
}

}  // namespace ftpy
