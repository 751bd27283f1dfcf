// str_helpers.cpp — argument checks, index adjustment, slice unpacking and
// byte-level search shared by str and bytes (declared in str_internal.h).
//
// Slices are read through their `start`/`stop`/`step` attributes because no
// slice header exists yet; when the containers part publishes one, only
// unpack_slice() changes.
// Concurrency: pure functions of their arguments.
#include <cstring>

#include "objects/int.h"
#include "objects/str_internal.h"

namespace ftpy {

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
  static Str* const kStart = intern("start");
  static Str* const kStop = intern("stop");
  static Str* const kStep = intern("step");
  Ref<> ostep = getattr(slice, kStep);
  int64_t st = 1;
  if (ostep.get() != kNone) {
    st = slice_value(ostep.get());
    if (st == 0) raise(&exc::ValueError, "slice step cannot be zero");
    if (st < -INT64_MAX) st = -INT64_MAX;
  }
  Ref<> ostart = getattr(slice, kStart);
  Ref<> ostop = getattr(slice, kStop);
  int64_t b = ostart.get() == kNone ? (st < 0 ? INT64_MAX : 0) : slice_value(ostart.get());
  int64_t e = ostop.get() == kNone ? (st < 0 ? INT64_MIN : INT64_MAX) : slice_value(ostop.get());
  auto adjust = [&](int64_t v) {
    if (v < 0) {
      v += length;
      if (v < 0) v = st < 0 ? -1 : 0;
    } else if (v >= length) {
      v = st < 0 ? length - 1 : length;
    }
    return v;
  };
  b = adjust(b);
  e = adjust(e);
  *start = b;
  *stop = e;
  *step = st;
  if (st < 0) return e < b ? (b - e - 1) / (-st) + 1 : 0;
  return b < e ? (e - b - 1) / st + 1 : 0;
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
