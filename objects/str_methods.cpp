// str_methods.cpp — str methods that search and cut: join, split/rsplit,
// splitlines, strip family, replace, find/index/count, startswith/endswith,
// partition, removeprefix/removesuffix.
//
// Everything works on the UTF-8 bytes (a byte match of valid UTF-8 is a
// code-point match); code-point indices are converted only at the edges
// (start/end arguments in, find() results out), so ASCII text pays nothing.
// Results are built with one allocation each (replace sizes its result
// first); an unchanged exact str is returned as itself, as CPython does.
//
// Concurrency: strs are immutable. join() reads a list's items under the
// list's critical section (the per-call atomicity CPython gives join).
#include <cstring>
#include <vector>

#include "objects/int.h"
#include "objects/list.h"
#include "objects/str_internal.h"
#include "objects/str_unicode.h"
#include "objects/tuple.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {
namespace {

inline Str* self_str(Object* o) { return static_cast<Str*>(o); }

// s[b0:b1] by byte offsets (on code-point boundaries).
Ref<Str> sub_bytes(Str* s, int64_t b0, int64_t b1) {
  if (b0 == 0 && b1 == s->nbytes) return str_exact(s);
  std::string_view v(s->data + b0, static_cast<size_t>(b1 - b0));
  return s->ascii ? str_new_counted(v, b1 - b0) : str_new(v);
}

// The code point ending just before byte offset `end` (end > 0); sets *start.
uint32_t cp_before(const Str* s, int64_t end, int64_t* start) {
  int64_t b = end - 1;
  while (b > 0 && (static_cast<unsigned char>(s->data[b]) & 0xC0) == 0x80) --b;
  uint32_t cp;
  uni::decode(s->data + b, &cp);
  *start = b;
  return cp;
}

uint32_t cp_at(const Str* s, int64_t b, int* len) {
  uint32_t cp;
  *len = uni::decode(s->data + b, &cp);
  return cp;
}

Ref<> join_items(Str* sep, Object* const* items, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (!is_str(items[i]))
      raisef(&exc::TypeError, "sequence item %zu: expected str instance, %s found", i, type_name_of(items[i]));
  }
  if (n == 1 && !is_exact_str(items[0])) return str_exact(static_cast<Str*>(items[0]));
  return str_join(sep->view(), items, n);
}

int64_t maxsplit_arg(Object* o) {
  if (!o) return -1;
  int64_t m = index_as_int64(o);
  return m;
}

// split()/rsplit() on runs of whitespace.
Ref<> split_whitespace(Str* s, int64_t maxsplit) {
  Ref<List> out = list_new();
  int64_t n = s->nbytes, i = 0, count = 0;
  int len;
  while (true) {
    while (i < n && uni::is_space(cp_at(s, i, &len))) i += len;
    if (i == n) break;
    if (maxsplit >= 0 && count == maxsplit) {
      list_append(out.get(), sub_bytes(s, i, n).get());
      break;
    }
    int64_t j = i;
    while (j < n && !uni::is_space(cp_at(s, j, &len))) j += len;
    list_append(out.get(), sub_bytes(s, i, j).get());
    ++count;
    i = j;
  }
  return out;
}

Ref<> rsplit_whitespace(Str* s, int64_t maxsplit) {
  std::vector<Ref<Str>> parts;
  int64_t j = s->nbytes, count = 0, b;
  while (true) {
    while (j > 0 && uni::is_space(cp_before(s, j, &b))) j = b;
    if (j == 0) break;
    if (maxsplit >= 0 && count == maxsplit) {
      parts.push_back(sub_bytes(s, 0, j));
      break;
    }
    int64_t i = j;
    while (i > 0 && !uni::is_space(cp_before(s, i, &b))) i = b;
    parts.push_back(sub_bytes(s, i, j));
    ++count;
    j = i;
  }
  Ref<List> out = list_new(static_cast<int64_t>(parts.size()));
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) list_append(out.get(), it->get());
  return out;
}

void parse_split_args(const char* name, Object* const* args, size_t nargs, Object* kwnames,
                      Str** sep, int64_t* maxsplit) {
  Object* a[2] = {nullptr, nullptr};
  parse_args(name, args, nargs, kwnames, {"sep", "maxsplit"}, 0, a);
  *sep = str_or_none_arg(a[0]);
  *maxsplit = maxsplit_arg(a[1]);
  if (*sep && (*sep)->nbytes == 0) raise(&exc::ValueError, "empty separator");
}

// Set of characters for strip(chars).
struct CharSet {
  bool ascii[128] = {};
  std::vector<uint32_t> other;
  explicit CharSet(Str* chars) {
    for_each_cp(chars, [&](uint32_t cp, int) {
      if (cp < 128) ascii[cp] = true;
      else other.push_back(cp);
    });
  }
  bool has(uint32_t cp) const {
    if (cp < 128) return ascii[cp];
    for (uint32_t c : other)
      if (c == cp) return true;
    return false;
  }
};

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

Ref<> do_strip(Object* self, Object* const* args, size_t nargs, Object* kwnames, const char* name, int side) {
  check_posargs("str", name, nargs, kwnames, 0, 1);
  Str* s = self_str(self);
  Object* chars = nargs ? args[0] : nullptr;
  if (chars && chars != kNone && !is_str(chars)) raisef(&exc::TypeError, "%s arg must be None or str", name);
  int64_t i = 0, j = s->nbytes, b;
  int len;
  if (!chars || chars == kNone) {
    if (side & kLeft)
      while (i < j && uni::is_space(cp_at(s, i, &len))) i += len;
    if (side & kRight)
      while (j > i && uni::is_space(cp_before(s, j, &b))) j = b;
  } else {
    CharSet set(self_str(chars));
    if (side & kLeft)
      while (i < j && set.has(cp_at(s, i, &len))) i += len;
    if (side & kRight)
      while (j > i && set.has(cp_before(s, j, &b))) j = b;
  }
  return sub_bytes(s, i, j);
}

// Shared by find/rfind/index/rindex: the code-point index or -1.
int64_t find_impl(Object* self, Object* const* args, size_t nargs, Object* kwnames, const char* name,
                  bool reverse) {
  check_posargs("str", name, nargs, kwnames, 1, 3);
  Str* s = self_str(self);
  Str* sub = str_arg(args[0], name, 1);
  int64_t start, end;
  adjust_range(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr, s->length, &start, &end);
  if (end - start < sub->length) return -1;
  int64_t b0 = str_byte_offset(s, start);
  int64_t b1 = str_byte_offset(s, end);
  std::string_view hay(s->data + b0, static_cast<size_t>(b1 - b0));
  int64_t r = reverse ? bytes_rfind(hay, sub->view()) : bytes_find(hay, sub->view());
  if (r < 0) return -1;
  if (s->ascii) return start + r;
  return start + uni::count_code_points(hay.substr(0, static_cast<size_t>(r)));
}

// startswith/endswith for one candidate affix.
bool affix_match(Str* s, Str* affix, int64_t start, int64_t end, bool at_end) {
  if (end - start < affix->length) return false;
  if (affix->nbytes == 0) return true;
  int64_t b = at_end ? str_byte_offset(s, end) - affix->nbytes : str_byte_offset(s, start);
  if (b < 0 || b + affix->nbytes > s->nbytes) return false;
  return std::memcmp(s->data + b, affix->data, static_cast<size_t>(affix->nbytes)) == 0;
}

Ref<> affix_impl(Object* self, Object* const* args, size_t nargs, Object* kwnames, const char* name,
                 bool at_end) {
  check_posargs("str", name, nargs, kwnames, 1, 3);
  Str* s = self_str(self);
  int64_t start, end;
  adjust_range(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr, s->length, &start, &end);
  Object* arg = args[0];
  if (is_tuple(arg)) {
    for (int64_t i = 0; i < tuple_size(arg); ++i) {
      Object* item = tuple_item(arg, i);
      if (!is_str(item))
        raisef(&exc::TypeError, "tuple for %s must only contain str, not %s", name, type_name_of(item));
      if (start <= s->length && affix_match(s, static_cast<Str*>(item), start, end, at_end))
        return py_bool(true);
    }
    return py_bool(false);
  }
  if (!is_str(arg))
    raisef(&exc::TypeError, "%s first arg must be str or a tuple of str, not %s", name, type_name_of(arg));
  if (start > s->length) return py_bool(false);
  return py_bool(affix_match(s, static_cast<Str*>(arg), start, end, at_end));
}

Ref<> partition_impl(Object* self, Object* const* args, size_t nargs, Object* kwnames, bool reverse) {
  check_onearg(reverse ? "str.rpartition" : "str.partition", nargs, kwnames);
  Str* s = self_str(self);
  if (!is_str(args[0])) raisef(&exc::TypeError, "must be str, not %s", type_name_of(args[0]));
  Str* sep = self_str(args[0]);
  if (sep->nbytes == 0) raise(&exc::ValueError, "empty separator");
  int64_t r = reverse ? bytes_rfind(s->view(), sep->view()) : bytes_find(s->view(), sep->view());
  Ref<Str> empty = Ref<Str>::steal(empty_str());
  if (r < 0) {
    Ref<Str> whole = str_exact(s);
    return reverse ? tuple_pack({empty.get(), empty.get(), whole.get()})
                   : tuple_pack({whole.get(), empty.get(), empty.get()});
  }
  Ref<Str> head = sub_bytes(s, 0, r);
  Ref<Str> tail = sub_bytes(s, r + sep->nbytes, s->nbytes);
  Ref<Str> mid = str_exact(sep);
  return tuple_pack({head.get(), mid.get(), tail.get()});
}

}  // namespace

FTPY_NATIVE(str_m_join) {
  check_onearg("str.join", nargs, kwnames);
  Str* sep = self_str(self);
  Object* seq = args[0];
  if (is_exact_tuple(seq)) return join_items(sep, static_cast<Tuple*>(seq)->items, static_cast<size_t>(tuple_size(seq)));
  if (is_exact_list(seq)) {
    CriticalSection cs(seq);
    auto* l = static_cast<List*>(seq);
    return join_items(sep, l->items, static_cast<size_t>(l->size));
  }
  Type* t = type_of(seq);
  if (!t->tp_iter && !t->mp_subscript) raise(&exc::TypeError, "can only join an iterable");
  Ref<> items = sequence_to_tuple(seq);
  return join_items(sep, static_cast<Tuple*>(items.get())->items, static_cast<size_t>(tuple_size(items.get())));
}

FTPY_NATIVE(str_m_split) {
  Str* sep;
  int64_t maxsplit;
  parse_split_args("split", args, nargs, kwnames, &sep, &maxsplit);
  Str* s = self_str(self);
  if (!sep) return split_whitespace(s, maxsplit);
  Ref<List> out = list_new();
  std::string_view v = s->view(), sv = sep->view();
  int64_t i = 0, count = 0;
  while (maxsplit < 0 || count < maxsplit) {
    size_t r = sv.size() == 1 ? v.find(sv[0], static_cast<size_t>(i)) : v.find(sv, static_cast<size_t>(i));
    if (r == std::string_view::npos) break;
    list_append(out.get(), sub_bytes(s, i, static_cast<int64_t>(r)).get());
    i = static_cast<int64_t>(r + sv.size());
    ++count;
  }
  list_append(out.get(), sub_bytes(s, i, s->nbytes).get());
  return out;
}

FTPY_NATIVE(str_m_rsplit) {
  Str* sep;
  int64_t maxsplit;
  parse_split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit);
  Str* s = self_str(self);
  if (!sep) return rsplit_whitespace(s, maxsplit);
  std::vector<Ref<Str>> parts;
  std::string_view v = s->view(), sv = sep->view();
  int64_t j = s->nbytes, count = 0;
  while ((maxsplit < 0 || count < maxsplit) && j >= static_cast<int64_t>(sv.size())) {
    size_t r = v.substr(0, static_cast<size_t>(j)).rfind(sv);
    if (r == std::string_view::npos) break;
    parts.push_back(sub_bytes(s, static_cast<int64_t>(r + sv.size()), j));
    j = static_cast<int64_t>(r);
    ++count;
  }
  parts.push_back(sub_bytes(s, 0, j));
  Ref<List> out = list_new(static_cast<int64_t>(parts.size()));
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) list_append(out.get(), it->get());
  return out;
}

FTPY_NATIVE(str_m_splitlines) {
  Object* a[1] = {nullptr};
  parse_args("splitlines", args, nargs, kwnames, {"keepends"}, 0, a);
  bool keep = a[0] && truthy(a[0]);
  Str* s = self_str(self);
  Ref<List> out = list_new();
  int64_t n = s->nbytes, i = 0;
  while (i < n) {
    int64_t j = i, eol = n, next = n;
    int len;
    while (j < n) {
      uint32_t cp = cp_at(s, j, &len);
      if (uni::is_linebreak(cp)) {
        eol = j;
        next = j + len;
        if (cp == '\r' && next < n && s->data[next] == '\n') ++next;
        break;
      }
      j += len;
    }
    list_append(out.get(), sub_bytes(s, i, keep ? next : eol).get());
    i = next;
  }
  return out;
}

FTPY_NATIVE(str_m_strip) { return do_strip(self, args, nargs, kwnames, "strip", kBoth); }
FTPY_NATIVE(str_m_lstrip) { return do_strip(self, args, nargs, kwnames, "lstrip", kLeft); }
FTPY_NATIVE(str_m_rstrip) { return do_strip(self, args, nargs, kwnames, "rstrip", kRight); }

FTPY_NATIVE(str_m_replace) {
  if (nargs < 2)
    raisef(&exc::TypeError, "replace() takes at least 2 positional arguments (%zu given)", nargs);
  Object* a[3] = {nullptr, nullptr, nullptr};
  parse_args("replace", args, nargs, kwnames, {"old", "new", "count"}, 2, a, 2);
  Str* s = self_str(self);
  Str* old_s = str_arg(a[0], "replace", 1);
  Str* new_s = str_arg(a[1], "replace", 2);
  int64_t maxcount = a[2] ? index_as_int64(a[2]) : -1;
  if (maxcount < 0) maxcount = INT64_MAX;
  int64_t n;
  if (old_s->nbytes == 0) n = std::min(maxcount, s->length + 1);
  else n = bytes_count(s->view(), old_s->view(), maxcount);
  if (n == 0) return str_exact(s);
  int64_t nbytes = s->nbytes + n * (new_s->nbytes - old_s->nbytes);
  int64_t length = s->length + n * (new_s->length - old_s->length);
  Str* r = str_alloc(&StrType, nbytes);
  char* out = r->data;
  auto put = [&](const char* p, int64_t k) {
    std::memcpy(out, p, static_cast<size_t>(k));
    out += k;
  };
  if (old_s->nbytes == 0) {
    int64_t i = 0;
    for (int64_t k = 0; k < n; ++k) {
      put(new_s->data, new_s->nbytes);
      if (i < s->nbytes) {
        int len = uni::seq_len(static_cast<unsigned char>(s->data[i]));
        put(s->data + i, len);
        i += len;
      }
    }
    put(s->data + i, s->nbytes - i);
  } else {
    std::string_view v = s->view();
    size_t i = 0;
    for (int64_t k = 0; k < n; ++k) {
      size_t f = v.find(old_s->view(), i);
      put(s->data + i, static_cast<int64_t>(f - i));
      put(new_s->data, new_s->nbytes);
      i = f + static_cast<size_t>(old_s->nbytes);
    }
    put(s->data + i, s->nbytes - static_cast<int64_t>(i));
  }
  return Ref<>::steal(str_finish(r, length));
}

FTPY_NATIVE(str_m_find) { return int_from(find_impl(self, args, nargs, kwnames, "find", false)); }
FTPY_NATIVE(str_m_rfind) { return int_from(find_impl(self, args, nargs, kwnames, "rfind", true)); }

FTPY_NATIVE(str_m_index) {
  int64_t r = find_impl(self, args, nargs, kwnames, "index", false);
  if (r < 0) raise(&exc::ValueError, "substring not found");
  return int_from(r);
}

FTPY_NATIVE(str_m_rindex) {
  int64_t r = find_impl(self, args, nargs, kwnames, "rindex", true);
  if (r < 0) raise(&exc::ValueError, "substring not found");
  return int_from(r);
}

FTPY_NATIVE(str_m_count) {
  check_posargs("str", "count", nargs, kwnames, 1, 3);
  Str* s = self_str(self);
  Str* sub = str_arg(args[0], "count", 1);
  int64_t start, end;
  adjust_range(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr, s->length, &start, &end);
  if (end < start || start > s->length) return int_from(0);
  if (sub->nbytes == 0) return int_from(end - start + 1);
  int64_t b0 = str_byte_offset(s, start), b1 = str_byte_offset(s, end);
  return int_from(bytes_count(std::string_view(s->data + b0, static_cast<size_t>(b1 - b0)), sub->view(), INT64_MAX));
}

FTPY_NATIVE(str_m_startswith) { return affix_impl(self, args, nargs, kwnames, "startswith", false); }
FTPY_NATIVE(str_m_endswith) { return affix_impl(self, args, nargs, kwnames, "endswith", true); }
FTPY_NATIVE(str_m_partition) { return partition_impl(self, args, nargs, kwnames, false); }
FTPY_NATIVE(str_m_rpartition) { return partition_impl(self, args, nargs, kwnames, true); }

FTPY_NATIVE(str_m_removeprefix) {
  check_onearg("str.removeprefix", nargs, kwnames);
  Str* s = self_str(self);
  if (!is_str(args[0]))
    raisef(&exc::TypeError, "removeprefix() argument must be str, not %s", type_name_of(args[0]));
  Str* p = self_str(args[0]);
  if (p->nbytes && p->nbytes <= s->nbytes && std::memcmp(s->data, p->data, static_cast<size_t>(p->nbytes)) == 0)
    return sub_bytes(s, p->nbytes, s->nbytes);
  return str_exact(s);
}

FTPY_NATIVE(str_m_removesuffix) {
  check_onearg("str.removesuffix", nargs, kwnames);
  Str* s = self_str(self);
  if (!is_str(args[0]))
    raisef(&exc::TypeError, "removesuffix() argument must be str, not %s", type_name_of(args[0]));
  Str* p = self_str(args[0]);
  if (p->nbytes && p->nbytes <= s->nbytes &&
      std::memcmp(s->data + s->nbytes - p->nbytes, p->data, static_cast<size_t>(p->nbytes)) == 0)
    return sub_bytes(s, 0, s->nbytes - p->nbytes);
  return str_exact(s);
}

}  // namespace ftpy
