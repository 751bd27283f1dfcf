// exceptions_extra.cpp — the built-in exceptions with extra attributes and
// their own __init__/__str__: StopIteration.value, SystemExit.code,
// ImportError name/path/msg, AttributeError/NameError name (and obj),
// OSError errno/strerror/filename (and the errno → subclass mapping of
// OSError(errno, ...)), SyntaxError msg + location, ExceptionGroup
// message/exceptions, UnicodeDecodeError/UnicodeEncodeError messages.
// Field use is documented on BaseExceptionObject (errors.h).
//
// Concurrency: as exceptions.cpp.
#include <cerrno>
#include <cstdio>
#include <string>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace ftpy {

namespace {

BaseExceptionObject* as_exc(Object* o) { return static_cast<BaseExceptionObject*>(o); }
Ref<> or_none(const Ref<>& r) { return r ? r : none(); }
Ref<> borrow_or_null(Object* v) { return v ? Ref<>::borrow(v) : Ref<>(); }

#define FTPY_FIELD_GETSET(fname, field)                              \
  Ref<> get_##fname(Object* s) { return or_none(as_exc(s)->field); } \
  void set_##fname(Object* s, Object* v) { as_exc(s)->field = borrow_or_null(v); }

FTPY_FIELD_GETSET(extra1, extra1)
FTPY_FIELD_GETSET(extra2, extra2)
FTPY_FIELD_GETSET(extra3, extra3)
FTPY_FIELD_GETSET(extra4, extra4)
#undef FTPY_FIELD_GETSET

// Accepts only the keyword names listed; values go to out[] (borrowed).
void take_kwargs(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                 std::initializer_list<const char*> names, Object** out) {
  size_t nkw = kwnames_count(kwnames);
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view k = str_view(tuple_item(kwnames, static_cast<int64_t>(i)));
    size_t j = 0;
    bool found = false;
    for (const char* n : names) {
      if (k == n) {
        out[j] = args[nargs + i];
        found = true;
      }
      ++j;
    }
    if (!found)
      raisef(&exc::TypeError, "%s() got an unexpected keyword argument '%.*s'", type_name_of(self),
             static_cast<int>(k.size()), k.data());
  }
}

// --------------------------------------------------------------- KeyError

Ref<> keyerror_str(Object* self) {
  Object* args = as_exc(self)->args.get();
  if (args && tuple_size(args) == 1) return repr(tuple_item(args, 0));
  return exception_base_str(self);
}

// ---------------------------------------------------------- StopIteration

void stop_init(Object* self, Object* const* args, size_t nargs, Object* kw) {
  exception_base_init(self, args, nargs, kw);
  as_exc(self)->extra1 = nargs ? Ref<>::borrow(args[0]) : none();
}
const GetSetDef kStopGetSets[] = {
    {"value", get_extra1, set_extra1, "generator return value"},
    {nullptr, nullptr, nullptr, nullptr},
};

// ------------------------------------------------------------- SystemExit

void sysexit_init(Object* self, Object* const* args, size_t nargs, Object* kw) {
  exception_base_init(self, args, nargs, kw);
  BaseExceptionObject* e = as_exc(self);
  if (nargs == 0)
    e->extra1 = none();
  else if (nargs == 1)
    e->extra1 = Ref<>::borrow(args[0]);
  else
    e->extra1 = e->args;
}
const GetSetDef kSysExitGetSets[] = {
    {"code", get_extra1, set_extra1, "exception code"},
    {nullptr, nullptr, nullptr, nullptr},
};

// ------------------------------------------------------------ ImportError

void import_init(Object* self, Object* const* args, size_t nargs, Object* kw) {
  Object* opts[2] = {};
  take_kwargs(self, args, nargs, kw, {"name", "path"}, opts);
  BaseExceptionObject* e = as_exc(self);
  e->args = exception_args_tuple(args, nargs);
  e->extra1 = opts[0] ? Ref<>::borrow(opts[0]) : none();
  e->extra2 = opts[1] ? Ref<>::borrow(opts[1]) : none();
  e->extra3 = nargs == 1 ? Ref<>::borrow(args[0]) : none();
}
Ref<> import_str(Object* self) {
  BaseExceptionObject* e = as_exc(self);
  if (e->extra3 && e->extra3.get() != kNone) return str(e->extra3.get());
  return exception_base_str(self);
}
const GetSetDef kImportGetSets[] = {
    {"name", get_extra1, set_extra1, "module name"},
    {"path", get_extra2, set_extra2, "module path"},
    {"msg", get_extra3, set_extra3, "exception message"},
    {nullptr, nullptr, nullptr, nullptr},
};

// ------------------------------------------------- AttributeError/NameError

void attr_init(Object* self, Object* const* args, size_t nargs, Object* kw) {
  Object* opts[2] = {};
  take_kwargs(self, args, nargs, kw, {"name", "obj"}, opts);
  BaseExceptionObject* e = as_exc(self);
  e->args = exception_args_tuple(args, nargs);
  e->extra1 = opts[0] ? Ref<>::borrow(opts[0]) : none();
  e->extra2 = opts[1] ? Ref<>::borrow(opts[1]) : none();
}
void name_init(Object* self, Object* const* args, size_t nargs, Object* kw) {
  Object* opts[1] = {};
  take_kwargs(self, args, nargs, kw, {"name"}, opts);
  BaseExceptionObject* e = as_exc(self);
  e->args = exception_args_tuple(args, nargs);
  e->extra1 = opts[0] ? Ref<>::borrow(opts[0]) : none();
}
const GetSetDef kAttrGetSets[] = {
    {"name", get_extra1, set_extra1, "attribute name"},
    {"obj", get_extra2, set_extra2, "object"},
    {nullptr, nullptr, nullptr, nullptr},
};
const GetSetDef kNameGetSets[] = {
    {"name", get_extra1, set_extra1, "name"},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---------------------------------------------------------------- OSError

Type* errno_subclass(Object* code) {
  int64_t v;
  if (!is_int(code) || !int_to_int64(code, &v)) return nullptr;
  switch (v) {
    case ENOENT:
      return &exc::FileNotFoundError;
    case EEXIST:
      return &exc::FileExistsError;
    case EACCES:
    case EPERM:
      return &exc::PermissionError;
    case EISDIR:
      return &exc::IsADirectoryError;
    case ENOTDIR:
      return &exc::NotADirectoryError;
    case ETIMEDOUT:
      return &exc::TimeoutError;
    case EINTR:
      return &exc::InterruptedError;
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS:
      return &exc::BlockingIOError;
    case ECHILD:
      return &exc::ChildProcessError;
    case ESRCH:
      return &exc::ProcessLookupError;
    case EPIPE:
    case ESHUTDOWN:
      return &exc::BrokenPipeError;
    case ECONNABORTED:
      return &exc::ConnectionAbortedError;
    case ECONNREFUSED:
      return &exc::ConnectionRefusedError;
    case ECONNRESET:
      return &exc::ConnectionResetError;
    default:
      return nullptr;
  }
}

Ref<> oserror_new(Type* type, Object* const* args, size_t nargs, Object* kw) {
  if (type == &exc::OSError && nargs >= 2 && nargs <= 5) {
    if (Type* sub = errno_subclass(args[0])) type = sub;
  }
  return exception_base_new(type, args, nargs, kw);
}

void oserror_init(Object* self, Object* const* args, size_t nargs, Object* kw) {
  if (kwnames_count(kw))
    raisef(&exc::TypeError, "%s() takes no keyword arguments", type_name_of(self));
  BaseExceptionObject* e = as_exc(self);
  e->args = exception_args_tuple(args, nargs);
  e->extra1 = none();
  e->extra2 = none();
  e->extra3 = none();
  e->extra4 = none();
  if (nargs >= 2 && nargs <= 5) {
    e->extra1 = Ref<>::borrow(args[0]);
    e->extra2 = Ref<>::borrow(args[1]);
    if (nargs >= 3) {
      e->extra3 = Ref<>::borrow(args[2]);
      if (nargs >= 5) e->extra4 = Ref<>::borrow(args[4]);
      e->args = exception_args_tuple(args, 2);
    }
  }
}

Ref<> oserror_str(Object* self) {
  BaseExceptionObject* e = as_exc(self);
  auto set = [](const Ref<>& r) { return r && r.get() != kNone; };
  if (set(e->extra3)) {
    std::string s = "[Errno " + str_utf8(e->extra1.get()) + "] " + str_utf8(e->extra2.get()) +
                    ": " + repr_utf8(e->extra3.get());
    if (set(e->extra4)) s += " -> " + repr_utf8(e->extra4.get());
    return str_new(s);
  }
  if (set(e->extra1) && set(e->extra2))
    return str_new("[Errno " + str_utf8(e->extra1.get()) + "] " + str_utf8(e->extra2.get()));
  return exception_base_str(self);
}

const GetSetDef kOSErrorGetSets[] = {
    {"errno", get_extra1, set_extra1, "POSIX exception code"},
    {"strerror", get_extra2, set_extra2, "exception strerror"},
    {"filename", get_extra3, set_extra3, "exception filename"},
    {"filename2", get_extra4, set_extra4, "second exception filename"},
    {nullptr, nullptr, nullptr, nullptr},
};

// ------------------------------------------------------------ SyntaxError

constexpr int kLocFields = 6;  // filename, lineno, offset, text, end_lineno, end_offset

Object* loc_field(BaseExceptionObject* e, int i) {
  if (!e->extra2 || !is_tuple(e->extra2.get()) || tuple_size(e->extra2.get()) <= i) return kNone;
  return tuple_item(e->extra2.get(), i);
}

void set_loc_field(BaseExceptionObject* e, int i, Object* v) {
  Ref<Tuple> t = tuple_new(kLocFields);
  for (int k = 0; k < kLocFields; ++k) {
    Object* item = k == i ? (v ? v : kNone) : loc_field(e, k);
    incref(item);
    tuple_set_steal(t.get(), k, item);
  }
  e->extra2 = std::move(t);
}

void syntax_init(Object* self, Object* const* args, size_t nargs, Object* kw) {
  exception_base_init(self, args, nargs, kw);
  BaseExceptionObject* e = as_exc(self);
  e->extra1 = nargs >= 1 ? Ref<>::borrow(args[0]) : none();
  Ref<Tuple> loc = tuple_new(kLocFields);
  Ref<> info;
  if (nargs == 2) {
    info = sequence_to_tuple(args[1]);
    int64_t n = tuple_size(info.get());
    if (n < 4 || n > 6) raisef(&exc::IndexError, "tuple index out of range");
  }
  for (int k = 0; k < kLocFields; ++k) {
    Object* item = info && k < tuple_size(info.get()) ? tuple_item(info.get(), k) : kNone;
    incref(item);
    tuple_set_steal(loc.get(), k, item);
  }
  e->extra2 = std::move(loc);
}

Ref<> syntax_str(Object* self) {
  BaseExceptionObject* e = as_exc(self);
  Ref<> msg = str(e->extra1 ? e->extra1.get() : kNone);
  Object* filename = loc_field(e, 0);
  Object* lineno = loc_field(e, 1);
  bool have_file = is_str(filename);
  bool have_line = is_int(lineno);
  std::string s(str_view(msg.get()));
  if (!have_file && !have_line) return msg;
  std::string base;
  if (have_file) {
    std::string_view f = str_view(filename);
    size_t slash = f.rfind('/');
    base = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
  }
  if (have_file && have_line)
    s += " (" + base + ", line " + str_utf8(lineno) + ")";
  else if (have_file)
    s += " (" + base + ")";
  else
    s += " (line " + str_utf8(lineno) + ")";
  return str_new(s);
}

#define FTPY_LOC_GETSET(fname, idx)                                                 \
  Ref<> get_##fname(Object* s) { return Ref<>::borrow(loc_field(as_exc(s), idx)); } \
  void set_##fname(Object* s, Object* v) { set_loc_field(as_exc(s), idx, v); }
FTPY_LOC_GETSET(filename, 0)
FTPY_LOC_GETSET(lineno, 1)
FTPY_LOC_GETSET(offset, 2)
FTPY_LOC_GETSET(text, 3)
FTPY_LOC_GETSET(end_lineno, 4)
FTPY_LOC_GETSET(end_offset, 5)
#undef FTPY_LOC_GETSET
Ref<> get_pfl(Object*) { return none(); }

const GetSetDef kSyntaxGetSets[] = {
    {"msg", get_extra1, set_extra1, "exception msg"},
    {"filename", get_filename, set_filename, "exception filename"},
    {"lineno", get_lineno, set_lineno, "exception lineno"},
    {"offset", get_offset, set_offset, "exception offset"},
    {"text", get_text, set_text, "exception text"},
    {"end_lineno", get_end_lineno, set_end_lineno, "exception end lineno"},
    {"end_offset", get_end_offset, set_end_offset, "exception end offset"},
    {"print_file_and_line", get_pfl, nullptr, "exception print_file_and_line"},
    {nullptr, nullptr, nullptr, nullptr},
};

// --------------------------------------------------------- ExceptionGroup

Ref<> group_new(Type* type, Object* const* args, size_t nargs, Object* kw) {
  const char* tn = type_name(type);
  if (kwnames_count(kw)) raisef(&exc::TypeError, "%s() takes no keyword arguments", tn);
  if (nargs != 2)
    raisef(&exc::TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
           nargs);
  if (!is_str(args[0]))
    raisef(&exc::TypeError, "argument 1 must be str, not %s", type_name_of(args[0]));
  Object* seq = args[1];
  if (!is_list(seq) && !is_tuple(seq) && !type_of(seq)->mp_subscript)
    raise(&exc::TypeError, "second argument (exceptions) must be a sequence");
  Ref<> excs = sequence_to_tuple(seq);
  int64_t n = tuple_size(excs.get());
  if (n == 0) raise(&exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (int64_t i = 0; i < n; ++i) {
    Object* x = tuple_item(excs.get(), i);
    if (!is_exception(x))
      raisef(&exc::ValueError, "Item %lld of second argument (exceptions) is not an exception",
             static_cast<long long>(i));
    if (!is_instance_of(x, &exc::Exception)) all_exceptions = false;
  }
  if (type == &exc::BaseExceptionGroup && all_exceptions)
    type = &exc::ExceptionGroup;
  else if (is_subtype(type, &exc::Exception) && !all_exceptions)
    raise(&exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  Ref<> e = exception_base_new(type, args, nargs, nullptr);
  as_exc(e.get())->extra1 = Ref<>::borrow(args[0]);
  as_exc(e.get())->extra2 = excs;
  return e;
}

void group_init(Object* self, Object* const* args, size_t nargs, Object*) {
  as_exc(self)->args = exception_args_tuple(args, nargs);
}

Ref<> group_str(Object* self) {
  BaseExceptionObject* e = as_exc(self);
  int64_t n = e->extra2 ? tuple_size(e->extra2.get()) : 0;
  std::string s = e->extra1 ? str_utf8(e->extra1.get()) : "";
  s += " (" + std::to_string(n) + " sub-exception" + (n == 1 ? ")" : "s)");
  return str_new(s);
}

const GetSetDef kGroupGetSets[] = {
    {"message", get_extra1, nullptr, "exception message"},
    {"exceptions", get_extra2, nullptr, "nested exceptions"},
    {nullptr, nullptr, nullptr, nullptr},
};

// ------------------------------------------------------ Unicode*Error

bool unicode_args(BaseExceptionObject* e, int64_t* start, int64_t* end) {
  Object* a = e->args.get();
  if (!a || tuple_size(a) != 5) return false;
  return is_str(tuple_item(a, 0)) && is_int(tuple_item(a, 2)) && is_int(tuple_item(a, 3)) &&
         int_to_int64(tuple_item(a, 2), start) && int_to_int64(tuple_item(a, 3), end);
}

Ref<> unicode_decode_str(Object* self) {
  BaseExceptionObject* e = as_exc(self);
  int64_t start, end;
  if (!unicode_args(e, &start, &end) || !is_bytes(tuple_item(e->args.get(), 1)))
    return exception_base_str(self);
  Object* a = e->args.get();
  std::string enc(str_view(tuple_item(a, 0)));
  std::string reason = str_utf8(tuple_item(a, 4));
  std::string_view data = bytes_view(tuple_item(a, 1));
  char buf[128];
  if (end == start + 1 && start >= 0 && static_cast<size_t>(start) < data.size()) {
    std::snprintf(buf, sizeof buf, "' codec can't decode byte 0x%02x in position %lld: ",
                  static_cast<unsigned char>(data[start]), static_cast<long long>(start));
  } else {
    std::snprintf(buf, sizeof buf, "' codec can't decode bytes in position %lld-%lld: ",
                  static_cast<long long>(start), static_cast<long long>(end - 1));
  }
  return str_new("'" + enc + buf + reason);
}

Ref<> unicode_encode_str(Object* self) {
  BaseExceptionObject* e = as_exc(self);
  int64_t start, end;
  if (!unicode_args(e, &start, &end) || !is_str(tuple_item(e->args.get(), 1)))
    return exception_base_str(self);
  Object* a = e->args.get();
  std::string enc(str_view(tuple_item(a, 0)));
  std::string reason = str_utf8(tuple_item(a, 4));
  Str* obj = static_cast<Str*>(tuple_item(a, 1));
  char buf[160];
  if (end == start + 1 && start >= 0 && start < obj->length) {
    uint32_t cp = str_char_at(obj, start);
    char ch[16];
    if (cp <= 0xff)
      std::snprintf(ch, sizeof ch, "\\x%02x", cp);
    else if (cp <= 0xffff)
      std::snprintf(ch, sizeof ch, "\\u%04x", cp);
    else
      std::snprintf(ch, sizeof ch, "\\U%08x", cp);
    std::snprintf(buf, sizeof buf, "' codec can't encode character '%s' in position %lld: ", ch,
                  static_cast<long long>(start));
  } else {
    std::snprintf(buf, sizeof buf, "' codec can't encode characters in position %lld-%lld: ",
                  static_cast<long long>(start), static_cast<long long>(end - 1));
  }
  return str_new("'" + enc + buf + reason);
}

}  // namespace

void init_exception_subclasses() {
  exc::KeyError.tp_str = keyerror_str;
  exc::StopIteration.tp_init = stop_init;
  exc::StopIteration.getsets = kStopGetSets;
  exc::SystemExit.tp_init = sysexit_init;
  exc::SystemExit.getsets = kSysExitGetSets;
  exc::ImportError.tp_init = import_init;
  exc::ImportError.tp_str = import_str;
  exc::ImportError.getsets = kImportGetSets;
  exc::AttributeError.tp_init = attr_init;
  exc::AttributeError.getsets = kAttrGetSets;
  exc::NameError.tp_init = name_init;
  exc::NameError.getsets = kNameGetSets;
  exc::OSError.tp_new = oserror_new;
  exc::OSError.tp_init = oserror_init;
  exc::OSError.tp_str = oserror_str;
  exc::OSError.getsets = kOSErrorGetSets;
  exc::SyntaxError.tp_init = syntax_init;
  exc::SyntaxError.tp_str = syntax_str;
  exc::SyntaxError.getsets = kSyntaxGetSets;
  exc::BaseExceptionGroup.tp_new = group_new;
  exc::BaseExceptionGroup.tp_init = group_init;
  exc::BaseExceptionGroup.tp_str = group_str;
  exc::BaseExceptionGroup.getsets = kGroupGetSets;
  // ExceptionGroup(BaseExceptionGroup, Exception), as CPython.
  exc::ExceptionGroup.base = &exc::BaseExceptionGroup;
  exc::ExceptionGroup.bases = tuple_pack({&exc::BaseExceptionGroup, &exc::Exception});
  exc::ExceptionGroup.tp_new = group_new;
  exc::ExceptionGroup.tp_init = group_init;
  exc::UnicodeDecodeError.tp_str = unicode_decode_str;
  exc::UnicodeEncodeError.tp_str = unicode_encode_str;
}

}  // namespace ftpy
