// time_module.cpp — the `time` module: clocks (time, perf_counter,
// monotonic, process_time, thread_time and their _ns forms), sleep, and the
// calendar functions over struct_time (gmtime, localtime, mktime, strftime,
// asctime, ctime) with CPython 3.13's messages.
//
// struct_time is a tuple subclass like CPython's structseq: 9 visible items
// (indexing, len, unpacking, comparison and hashing are tuple's) plus two
// hidden ones, tm_zone and tm_gmtoff, stored after them in the same item
// array (the object is allocated with 11 items and its size set to 9; the
// dealloc restores 11 so the tuple destructor releases all of them).
//
// Concurrency: stateless apart from libc's time-zone data (tzset() runs
// once at module creation under the import lock; localtime_r/mktime are
// thread-safe). sleep() releases the thread (DetachScope) while it waits.
#include <time.h>

#include <cerrno>
#include <cmath>
#include <string>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/modules/builtin_modules.h"
#include "runtime/modules/module_util.h"
#include "runtime/threads/attach.h"
#include "runtime/threads/interrupt.h"

namespace ftpy {

namespace {

Type StructTimeType;  // time.struct_time

constexpr int64_t kVisibleFields = 9;
constexpr int64_t kAllFields = 11;
const char* const kFieldNames[kAllFields] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour",
                                             "tm_min",  "tm_sec",  "tm_wday", "tm_yday",
                                             "tm_isdst", "tm_zone", "tm_gmtoff"};

// ------------------------------------------------------------ struct_time

Ref<> struct_time_from_items(Object* const* items, int64_t n) {
  Ref<Tuple> t = tuple_new_of_type(&StructTimeType, kAllFields);
  for (int64_t i = 0; i < kAllFields; ++i) {
    Object* v = i < n ? items[i] : kNone;
    incref(v);
    tuple_set_steal(t.get(), i, v);
  }
  t->size = kVisibleFields;
  return t;
}

Ref<> struct_time_from_tm(const struct tm& tm) {
  Ref<> items[kAllFields] = {
      int_from(tm.tm_year + 1900LL), int_from(tm.tm_mon + 1), int_from(tm.tm_mday),
      int_from(tm.tm_hour),          int_from(tm.tm_min),     int_from(tm.tm_sec),
      int_from((tm.tm_wday + 6) % 7), int_from(tm.tm_yday + 1), int_from(tm.tm_isdst),
      tm.tm_zone ? Ref<>(str_new(tm.tm_zone)) : none(),       int_from(tm.tm_gmtoff)};
  Object* raw[kAllFields];
  for (int64_t i = 0; i < kAllFields; ++i) raw[i] = items[i].get();
  return struct_time_from_items(raw, kAllFields);
}

void struct_time_dealloc(Object* o) {
  static_cast<Tuple*>(o)->size = kAllFields;
  destroy_object<Tuple>(o);
}

void struct_time_traverse(Object* o, VisitFn visit, void* arg) {
  Tuple* t = static_cast<Tuple*>(o);
  for (int64_t i = 0; i < kAllFields; ++i)
    if (t->items[i]) visit(t->items[i], arg);
}

Ref<> struct_time_new(Type*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("struct_time", args, nargs, kwnames, {"sequence", "dict"}, 1, a);
  Ref<> seq = sequence_to_tuple(a[0]);
  int64_t n = tuple_size(seq.get());
  if (n < kVisibleFields)
    raisef(&exc::TypeError, "time.struct_time() takes an at least 9-sequence (%lld-sequence given)",
           static_cast<long long>(n));
  if (n > kAllFields)
    raisef(&exc::TypeError, "time.struct_time() takes an at most 11-sequence (%lld-sequence given)",
           static_cast<long long>(n));
  return struct_time_from_items(static_cast<Tuple*>(seq.get())->items, n);
}

Ref<> struct_time_repr(Object* self) {
  std::string out = "time.struct_time(";
  for (int64_t i = 0; i < kVisibleFields; ++i) {
    if (i) out += ", ";
    out += kFieldNames[i];
    out += '=';
    out += repr_utf8(tuple_item(self, i));
  }
  out += ')';
  return str_new(out);
}

#define FIELD_GETTER(i) \
  [](Object* self) -> Ref<> { return Ref<>::borrow(tuple_item(self, i)); }

const GetSetDef kStructTimeGetSets[] = {
    {"tm_year", FIELD_GETTER(0), nullptr, "year, for example, 1993"},
    {"tm_mon", FIELD_GETTER(1), nullptr, "month of year, range [1, 12]"},
    {"tm_mday", FIELD_GETTER(2), nullptr, "day of month, range [1, 31]"},
    {"tm_hour", FIELD_GETTER(3), nullptr, "hours, range [0, 23]"},
    {"tm_min", FIELD_GETTER(4), nullptr, "minutes, range [0, 59]"},
    {"tm_sec", FIELD_GETTER(5), nullptr, "seconds, range [0, 61])"},
    {"tm_wday", FIELD_GETTER(6), nullptr, "day of week, range [0, 6], Monday is 0"},
    {"tm_yday", FIELD_GETTER(7), nullptr, "day of year, range [1, 366]"},
    {"tm_isdst", FIELD_GETTER(8), nullptr, "1 if summer time is in effect, 0 if not, and -1 if unknown"},
    {"tm_zone", FIELD_GETTER(9), nullptr, "abbreviation of timezone name"},
    {"tm_gmtoff", FIELD_GETTER(10), nullptr, "offset from UTC in seconds"},
    {nullptr, nullptr, nullptr, nullptr},
};
#undef FIELD_GETTER

void init_struct_time_type() {
  Type* t = &StructTimeType;
  if (type_has_flag(t, kTypeReady)) return;
  t->name = "time.struct_time";
  t->base = &TupleType;
  t->basicsize = TupleType.basicsize;
  t->itemsize = TupleType.itemsize;
  t->flags |= kTypeTupleSubclass | kTypeHasGc;
  t->tp_new = struct_time_new;
  t->tp_dealloc = struct_time_dealloc;
  t->tp_traverse = struct_time_traverse;
  t->tp_repr = struct_time_repr;
  t->getsets = kStructTimeGetSets;
  t->doc = "The time value as returned by gmtime(), localtime(), and strptime()";
  type_ready(t);
}

// ------------------------------------------------------------------ clocks

int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

Ref<> seconds_of(clockid_t id) { return float_from(static_cast<double>(clock_ns(id)) * 1e-9); }

#define CLOCK_FUNCS(pyname, clock)                                                  \
  Ref<> t_##pyname(Object*, Object* const*, size_t nargs, Object* kwnames) {        \
    check_no_kwargs(#pyname, kwnames);                                              \
    check_nargs(#pyname, nargs, 0, 0);                                              \
    return seconds_of(clock);                                                       \
  }                                                                                 \
  Ref<> t_##pyname##_ns(Object*, Object* const*, size_t nargs, Object* kwnames) {   \
    check_no_kwargs(#pyname "_ns", kwnames);                                        \
    check_nargs(#pyname "_ns", nargs, 0, 0);                                        \
    return int_from(clock_ns(clock));                                               \
  }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef CLOCK_FUNCS

// A seconds argument as CPython's _PyTime_FromSecondsObject reads it: a
// float, or anything with __index__.
double seconds_arg(Object* o) {
  if (is_float(o)) {
    double d = float_value(o);
    if (std::isnan(d)) raise(&exc::ValueError, "Invalid value NaN (not a number)");
    return d;
  }
  Ref<> i = index(o);
  return int_to_double(i.get());
}

Ref<> t_sleep(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("sleep", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "time.sleep() takes exactly one argument (%zu given)", nargs);
  double secs = seconds_arg(args[0]);
  if (secs < 0) raise(&exc::ValueError, "sleep length must be non-negative");
  if (secs > 9.2e9) raise(&exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
  struct timespec req;
  req.tv_sec = static_cast<time_t>(secs);
  req.tv_nsec = static_cast<long>((secs - static_cast<double>(req.tv_sec)) * 1e9);
  if (req.tv_nsec >= 1000000000L) req.tv_nsec = 999999999L;
  {
    DetachScope detached;  // other threads run (GIL released) while we wait
    struct timespec rem;
    // Ctrl-C (SIGINT reaches only the main thread, runtime/threads/interrupt.h)
    // ends the sleep early; other signals resume it.
    while (nanosleep(&req, &rem) != 0 && errno == EINTR) {
      if (is_main_thread() && interrupt_pending()) break;
      req = rem;
    }
  }
  raise_pending_interrupt();  // KeyboardInterrupt if Ctrl-C ended the sleep
  return none();
}

// ----------------------------------------------------------------- calendar

// Text from the OS (file names, environment, strftime output) as a str:
// UTF-8 when valid, else each byte as a Latin-1 code point (CPython would
// use surrogateescape; ftpy's str cannot hold lone surrogates).
bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

Ref<> os_text(std::string_view s) {
  if (valid_utf8(s)) return str_new(s);
  return str_from_latin1(s);
}

time_t time_arg(const char* fname, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs(fname, kwnames);
  check_nargs(fname, nargs, 0, 1);
  if (nargs == 0 || args[0] == kNone) return static_cast<time_t>(clock_ns(CLOCK_REALTIME) / 1000000000LL);
  double d = seconds_arg(args[0]);
  d = std::floor(d);
  if (!(d > -9.2e18 && d < 9.2e18)) raise(&exc::OverflowError, "timestamp out of range for platform time_t");
  return static_cast<time_t>(d);
}

Ref<> t_gmtime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  time_t t = time_arg("gmtime", args, nargs, kwnames);
  struct tm tm;
  if (!gmtime_r(&t, &tm)) raise(&exc::OverflowError, "timestamp out of range for platform time_t");
  return struct_time_from_tm(tm);
}

Ref<> t_localtime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  time_t t = time_arg("localtime", args, nargs, kwnames);
  struct tm tm;
  if (!localtime_r(&t, &tm)) raise(&exc::OverflowError, "timestamp out of range for platform time_t");
  return struct_time_from_tm(tm);
}

// A time tuple (or struct_time) to struct tm, CPython's gettmarg + checktm.
struct tm tm_arg(const char* fname, Object* o) {
  if (!is_tuple(o)) raise(&exc::TypeError, "Tuple or struct_time argument required");
  if (tuple_size(o) != kVisibleFields)
    raisef(&exc::TypeError, "%s(): illegal time tuple argument", fname);
  int64_t v[9];
  for (int i = 0; i < 9; ++i) {
    Object* item = tuple_item(o, i);
    if (is_float(item)) raise(&exc::TypeError, "'float' object cannot be interpreted as an integer");
    v[i] = index_as_int64(item);
  }
  struct tm tm {};
  tm.tm_year = static_cast<int>(v[0] - 1900);
  tm.tm_mon = static_cast<int>(v[1] - 1);
  tm.tm_mday = static_cast<int>(v[2]);
  tm.tm_hour = static_cast<int>(v[3]);
  tm.tm_min = static_cast<int>(v[4]);
  tm.tm_sec = static_cast<int>(v[5]);
  tm.tm_wday = static_cast<int>((v[6] + 1) % 7);
  tm.tm_yday = static_cast<int>(v[7] - 1);
  tm.tm_isdst = static_cast<int>(v[8]);
  Tuple* t = static_cast<Tuple*>(o);
  if (is_type(o, &StructTimeType)) {
    if (t->items[10] && is_int(t->items[10])) tm.tm_gmtoff = index_as_int64(t->items[10]);
  }
  return tm;
}

// checktm() of CPython for strftime/asctime: zeros are accepted and mapped
// to the first valid value.
void check_tm(struct tm* tm) {
  if (tm->tm_mon == -1) tm->tm_mon = 0;
  else if (tm->tm_mon < 0 || tm->tm_mon > 11) raise(&exc::ValueError, "month out of range");
  if (tm->tm_mday == 0) tm->tm_mday = 1;
  else if (tm->tm_mday < 0 || tm->tm_mday > 31) raise(&exc::ValueError, "day of month out of range");
  if (tm->tm_hour < 0 || tm->tm_hour > 23) raise(&exc::ValueError, "hour out of range");
  if (tm->tm_min < 0 || tm->tm_min > 59) raise(&exc::ValueError, "minute out of range");
  if (tm->tm_sec < 0 || tm->tm_sec > 61) raise(&exc::ValueError, "seconds out of range");
  if (tm->tm_wday < 0) raise(&exc::ValueError, "day of week out of range");
  if (tm->tm_yday == -1) tm->tm_yday = 0;
  else if (tm->tm_yday < 0 || tm->tm_yday > 365) raise(&exc::ValueError, "day of year out of range");
}

struct tm tm_arg_or_now(const char* fname, Object* o) {
  if (o) {
    struct tm tm = tm_arg(fname, o);
    check_tm(&tm);
    return tm;
  }
  time_t now = static_cast<time_t>(clock_ns(CLOCK_REALTIME) / 1000000000LL);
  struct tm tm;
  localtime_r(&now, &tm);
  return tm;
}

Ref<> t_strftime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("strftime", kwnames);
  check_nargs("strftime", nargs, 1, 2);
  if (!is_str(args[0]))
    raisef(&exc::TypeError, "strftime() argument 1 must be str, not %s", type_name_of(args[0]));
  struct tm tm = tm_arg_or_now("strftime", nargs == 2 ? args[1] : nullptr);
  if (tm.tm_isdst < -1) tm.tm_isdst = -1;
  if (tm.tm_isdst > 1) tm.tm_isdst = 1;
  std::string fmt(str_view(args[0]));
  if (fmt.empty()) return str_new("");
  // strftime returns 0 both for "buffer too small" and for an empty result;
  // grow up to 256 bytes per format byte, as CPython does, then give up.
  for (size_t cap = 1024;; cap *= 2) {
    std::string buf(cap, '\0');
    size_t n = ::strftime(buf.data(), cap, fmt.c_str(), &tm);
    if (n > 0 || cap > 256 * fmt.size()) {
      buf.resize(n);
      return os_text(buf);
    }
  }
}

std::string asctime_text(const struct tm& tm) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", kDays[((tm.tm_wday % 7) + 7) % 7],
           kMonths[tm.tm_mon], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
           static_cast<long long>(tm.tm_year) + 1900);
  return buf;
}

Ref<> t_asctime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("asctime", kwnames);
  check_nargs("asctime", nargs, 0, 1);
  struct tm tm = tm_arg_or_now("asctime", nargs ? args[0] : nullptr);
  return str_new(asctime_text(tm));
}

Ref<> t_ctime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  time_t t = time_arg("ctime", args, nargs, kwnames);
  struct tm tm;
  if (!localtime_r(&t, &tm)) raise(&exc::OverflowError, "timestamp out of range for platform time_t");
  return str_new(asctime_text(tm));
}

Ref<> t_mktime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("mktime", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "time.mktime() takes exactly one argument (%zu given)", nargs);
  struct tm tm = tm_arg("mktime", args[0]);
  tm.tm_wday = -1;  // sentinel: mktime sets it on success
  time_t t = ::mktime(&tm);
  if (t == static_cast<time_t>(-1) && tm.tm_wday == -1)
    raise(&exc::OverflowError, "mktime argument out of range");
  return float_from(static_cast<double>(t));
}

const MethodDef kTimeFunctions[] = {
    {"time", t_time, 0, "Return the current time in seconds since the Epoch."},
    {"time_ns", t_time_ns, 0, "Return the current time in nanoseconds since the Epoch."},
    {"perf_counter", t_perf_counter, 0, "Performance counter for benchmarking."},
    {"perf_counter_ns", t_perf_counter_ns, 0, "Performance counter for benchmarking as nanoseconds."},
    {"monotonic", t_monotonic, 0, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", t_monotonic_ns, 0, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"process_time", t_process_time, 0, "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", t_process_time_ns, 0, "Process time for profiling as nanoseconds."},
    {"thread_time", t_thread_time, 0, "Thread time for profiling: sum of the kernel and user-space CPU time."},
    {"thread_time_ns", t_thread_time_ns, 0, "Thread time for profiling as nanoseconds."},
    {"sleep", t_sleep, 0, "Delay execution for a given number of seconds."},
    {"gmtime", t_gmtime, 0, "Convert seconds since the Epoch to a time tuple expressing UTC."},
    {"localtime", t_localtime, 0, "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"mktime", t_mktime, 0, "Convert a time tuple in local time to seconds since the Epoch."},
    {"strftime", t_strftime, 0, "Convert a time tuple to a string according to a format specification."},
    {"asctime", t_asctime, 0, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."},
    {"ctime", t_ctime, 0, "Convert a time in seconds since the Epoch to a string in local time."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref<> make_time_module() {
  init_struct_time_type();
  tzset();
  Ref<> m = make_module("time", kTimeFunctions, "This module provides various functions to manipulate time values.");
  module_add(m.get(), "struct_time", &StructTimeType);
  // timezone/altzone/daylight/tzname from January and July of this year, as
  // CPython's init_timezone does.
  time_t now = time(nullptr);
  struct tm jan, jul;
  localtime_r(&now, &jan);
  jan.tm_mon = 0; jan.tm_mday = 1; jan.tm_hour = 0; jan.tm_isdst = -1;
  jul = jan;
  jul.tm_mon = 6;
  time_t tj = ::mktime(&jan), tl = ::mktime(&jul);
  struct tm a, b;
  localtime_r(&tj, &a);
  localtime_r(&tl, &b);
  long jan_off = -a.tm_gmtoff, jul_off = -b.tm_gmtoff;
  const char* jan_name = a.tm_zone ? a.tm_zone : "UTC";
  const char* jul_name = b.tm_zone ? b.tm_zone : "UTC";
  bool southern = jan_off < jul_off;
  long std_off = southern ? jul_off : jan_off, dst_off = southern ? jan_off : jul_off;
  Ref<> tz = int_from(std_off), alt = int_from(dst_off), day = int_from(jan_off != jul_off);
  Ref<> n1 = str_new(southern ? jul_name : jan_name), n2 = str_new(southern ? jan_name : jul_name);
  Ref<> names = tuple_pack({n1.get(), n2.get()});
  module_add(m.get(), "timezone", tz.get());
  module_add(m.get(), "altzone", alt.get());
  module_add(m.get(), "daylight", day.get());
  module_add(m.get(), "tzname", names.get());
  return m;
}

}  // namespace ftpy
