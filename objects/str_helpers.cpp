// str_helpers.cpp — argument checks, index adjustment, slice unpacking and
// byte-level search shared by str and bytes (declared in str_internal.h).
//
// Concurrency: pure functions of their arguments.
#include <cstring>

#include "objects/int.h"
#include "objects/slice.h"
#include "objects/str_internal.h"

namespace ftpy {

void check_noargs(const char* qualname, size_t nargs, Object* kwnames) {
  if (kwnames_count(kwnames)) raisef(&exc::TypeError, "%s() takes no keyword arguments", qualname);
  if (nargs) raisef(&exc::TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
}

void check_onearg(const char* qualname, size_t nargs, Object* kwnames) {
  if (kwnames_count(kwnames)) raisef(&exc::TypeError, "%s() takes no keyword arguments", qualname);
  if (nargs != 1) raisef(&exc::TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
}

void check_posargs(const char* tname, const char* fname, size_t nargs, Object* kwnames, size_t min,
                   size_t max) {
  if (kwnames_count(kwnames)) raisef(&exc::TypeError, "%s.%s() takes no keyword arguments", tname, fname);
  if (nargs < min)
    raisef(&exc::TypeError, "%s expected at least %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s", nargs);
  if (nargs > max)
    raisef(&exc::TypeError, "%s expected at most %zu argument%s, got %zu", fname, max, max == 1 ? "" : "s", nargs);
}

Str* str_arg(Object* o, const char* fname, int argno) {
  if (!is_str(o))
    raisef(&exc::TypeError, "%s() argument %d must be str, not %s", fname, argno, type_name_of(o));
  return static_cast<Str*>(o);
}

Str* str_or_none_arg(Object* o) {
  if (!o || o == kNone) return nullptr;
  if (!is_str(o)) raisef(&exc::TypeError, "must be str or None, not %s", type_name_of(o));
  return static_cast<Str*>(o);
}

namespace {
int64_t slice_value(Object* o) {
  if (!is_int(o) && !type_of(o)->nb_index)
    raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  return index_as_int64_clamped(o);
}
}  // namespace

int64_t opt_index_arg(Object* o, int64_t dflt) {
  if (!o || o == kNone) return dflt;
  if (is_exact_int(o) && int_is_small(o)) return int_small_value(o);
  return slice_value(o);
}

void adjust_range(Object* start_arg, Object* end_arg, int64_t len, int64_t* start, int64_t* end) {
  int64_t s = opt_index_arg(start_arg, 0);
  int64_t e = opt_index_arg(end_arg, INT64_MAX);
  if (e > len) e = len;
  else if (e < 0) { e += len; if (e < 0) e = 0; }
  if (s < 0) { s += len; if (s < 0) s = 0; }
  *start = s;
  *end = e;
}

int64_t unpack_slice(Object* slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step) {
  int64_t count = 0;
  slice_unpack(slice, length, start, stop, step, &count);
  return count;
}

int64_t bytes_find(std::string_view hay, std::string_view needle) {
  size_t r = hay.find(needle);
  return r == std::string_view::npos ? -1 : static_cast<int64_t>(r);
}

int64_t bytes_rfind(std::string_view hay, std::string_view needle) {
  size_t r = hay.rfind(needle);
  return r == std::string_view::npos ? -1 : static_cast<int64_t>(r);
}

int64_t bytes_count(std::string_view hay, std::string_view needle, int64_t max) {
  if (needle.empty()) return 0;
  int64_t n = 0;
  size_t pos = 0;
  while (n < max) {
    size_t r = needle.size() == 1 ? hay.find(needle[0], pos) : hay.find(needle, pos);
    if (r == std::string_view::npos) break;
    ++n;
    pos = r + needle.size();
  }
  return n;
}

}  // namespace ftpy
