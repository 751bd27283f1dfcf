// sys_module.cpp — the `sys` module: argv, path, modules, the standard
// streams, exit, recursion limit, switch interval, exc_info, version facts
// and the variant query `_is_gil_enabled()`.
//
// Concurrency: the module dict is a normal Dict. The switch interval is an
// atomic double read by the GIL hand-off (relaxed: a slightly stale interval
// is harmless).
#include "runtime/modules/sys_module.h"

#include <atomic>
#include <cstdint>

#include "gc/alloc.h"
#include "gc/gc_counts.h"
#include "gc/config.h"
#include "objects/api.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/modules/import.h"
#include "runtime/modules/module_util.h"
#include "runtime/modules/stdio.h"
#include "runtime/threads/thread_state.h"

namespace ftpy {

namespace {

Ref<> the_sys_module;
std::atomic<double> the_switch_interval{0.005};

Ref<> sys_exit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("exit", kwnames);
  check_nargs("exit", nargs, 0, 1);
  // sys.exit(None) raises SystemExit() with no args, as CPython.
  Ref<> e = nargs == 0 || args[0] == kNone ? call0(&exc::SystemExit) : call1(&exc::SystemExit, args[0]);
  throw PyException(std::move(e));
}

Ref<> sys_getrecursionlimit(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("getrecursionlimit", kwnames);
  check_nargs("getrecursionlimit", nargs, 0, 0);
  return int_from(recursion_limit());
}

Ref<> sys_setrecursionlimit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("setrecursionlimit", kwnames);
  check_nargs("setrecursionlimit", nargs, 1, 1);
  if (is_float(args[0])) raise(&exc::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t limit = index_as_int64(args[0]);
  if (limit < 1) raise(&exc::ValueError, "recursion limit must be greater or equal than 1");
  if (limit > INT32_MAX) raise(&exc::OverflowError, "Python int too large to convert to C int");
  set_recursion_limit(static_cast<int>(limit));
  return none();
}

Ref<> sys_getswitchinterval(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("getswitchinterval", kwnames);
  check_nargs("getswitchinterval", nargs, 0, 0);
  return float_from(the_switch_interval.load(std::memory_order_relaxed));
}

Ref<> sys_setswitchinterval(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("setswitchinterval", kwnames);
  check_nargs("setswitchinterval", nargs, 1, 1);
  double v = as_double(args[0]);
  if (v <= 0) raise(&exc::ValueError, "switch interval must be strictly positive");
  the_switch_interval.store(v, std::memory_order_relaxed);
  return none();
}

Ref<> sys_is_gil_enabled(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("_is_gil_enabled", kwnames);
  check_nargs("_is_gil_enabled", nargs, 0, 0);
  return py_bool(config::kGil);
}

Ref<> sys_exception(Object*, Object* const*, size_t, Object*) {
  ThreadState* ts = current_thread_state();
  return ts->handled_exception ? ts->handled_exception : none();
}

Ref<> sys_exc_info(Object*, Object* const*, size_t, Object*) {
  ThreadState* ts = current_thread_state();
  Object* e = ts->handled_exception.get();
  if (!e) return tuple_pack({kNone, kNone, kNone});
  BaseExceptionObject* be = static_cast<BaseExceptionObject*>(e);
  Object* tb = be->traceback ? be->traceback.get() : kNone;
  return tuple_pack({type_of(e), e, tb});
}

// ftpy counts objects, not memory blocks: objects allocated and not yet
// freed, over all threads (gc/gc_counts.h), immortal ones included.
Ref<> sys_getallocatedblocks(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("getallocatedblocks", kwnames);
  check_nargs("getallocatedblocks", nargs, 0, 0);
  return int_from(gc::live_object_count());
}

Ref<> sys_getrefcount(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("getrefcount", kwnames);
  check_nargs("getrefcount", nargs, 1, 1);
  return int_from(refcount_of(args[0]));
}

Ref<> sys_intern(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("intern", kwnames);
  check_nargs("intern", nargs, 1, 1);
  if (!is_exact_str(args[0]))
    raisef(&exc::TypeError, "intern() argument must be str, not %s", type_name_of(args[0]));
  return Ref<>::borrow(intern(static_cast<Str*>(args[0])));
}

Ref<> sys_get_int_max_str_digits(Object*, Object* const*, size_t, Object*) { return int_from(4300); }
Ref<> sys_set_int_max_str_digits(Object*, Object* const*, size_t, Object*) {
  raise(&exc::ValueError, "ftpy does not support changing the int string conversion limit");
}

// Used by the interactive prompt: prints repr(value) and stores builtins._.
Ref<> sys_displayhook(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("displayhook", kwnames);
  check_nargs("displayhook", nargs, 1, 1);
  if (args[0] == kNone) return none();
  dict_set_str(static_cast<Dict*>(builtins_dict()), "_", kNone);
  Ref<> text = repr(args[0]);
  std::string line(str_view(text.get()));
  line += '\n';
  Ref<> out = sys_stdout();
  stream_write(out.get(), line);
  dict_set_str(static_cast<Dict*>(builtins_dict()), "_", args[0]);
  return none();
}

// sys.version_info: a tuple subclass with named fields (CPython's structseq).
Type VersionInfoType;
const char* const kVersionFields[] = {"major", "minor", "micro", "releaselevel", "serial"};

template <int I>
Ref<> version_field(Object* self) { return Ref<>::borrow(tuple_item(self, I)); }

Ref<> version_info_repr(Object* self) {
  std::string text = "sys.version_info(";
  for (int i = 0; i < 5; ++i) {
    if (i) text += ", ";
    text += kVersionFields[i];
    text += '=';
    text += repr_utf8(tuple_item(self, i));
  }
  text += ')';
  return str_new(text);
}

const GetSetDef kVersionInfoGetSets[] = {
    {"major", version_field<0>, nullptr, nullptr},
    {"minor", version_field<1>, nullptr, nullptr},
    {"micro", version_field<2>, nullptr, nullptr},
    {"releaselevel", version_field<3>, nullptr, nullptr},
    {"serial", version_field<4>, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Ref<> make_version_info() {
  Type& t = VersionInfoType;
  if (!type_has_flag(&t, kTypeReady)) {
    t.name = "sys.version_info";
    t.base = &TupleType;
    t.basicsize = TupleType.basicsize;
    t.itemsize = TupleType.itemsize;
    t.tp_repr = version_info_repr;
    t.getsets = kVersionInfoGetSets;
    type_ready(&t);
  }
  Ref<Tuple> v = tuple_new_of_type(&VersionInfoType, 5);
  Object* items[5] = {int_from(3).release(), int_from(13).release(), int_from(0).release(),
                      str_new("final").release(), int_from(0).release()};
  for (int i = 0; i < 5; ++i) tuple_set_steal(v.get(), i, items[i]);
  return v;
}

const MethodDef kSysFunctions[] = {
    {"exit", sys_exit, kMethodPlain, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, kMethodPlain, "Return the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, kMethodPlain, "Set the maximum depth of the Python interpreter stack to n."},
    {"getswitchinterval", sys_getswitchinterval, kMethodPlain, "Return the current thread switch interval; see sys.setswitchinterval()."},
    {"setswitchinterval", sys_setswitchinterval, kMethodPlain, "Set the ideal thread switching delay inside the Python interpreter."},
    {"_is_gil_enabled", sys_is_gil_enabled, kMethodPlain, "Return True if the GIL is currently enabled and False otherwise."},
    {"exception", sys_exception, kMethodPlain, "Return the current exception."},
    {"exc_info", sys_exc_info, kMethodPlain, "Return current exception information: (type, value, traceback)."},
    {"getallocatedblocks", sys_getallocatedblocks, kMethodPlain, "Return the number of objects currently allocated."},
    {"getrefcount", sys_getrefcount, kMethodPlain, "Return the reference count of object."},
    {"intern", sys_intern, kMethodPlain, "``Intern'' the given string."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, kMethodPlain, "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, kMethodPlain, "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"displayhook", sys_displayhook, kMethodPlain, "Print an object to sys.stdout and also save it in builtins._"},
    {nullptr, nullptr, 0, nullptr},
};

Ref<> string_list(const std::vector<std::string>& items) {
  Ref<List> list = list_new(static_cast<int64_t>(items.size()));
  for (const std::string& s : items) {
    Ref<> item = str_new(s);
    list_append(list.get(), item.get());
  }
  return list;
}

}  // namespace

void init_sys(const std::vector<std::string>& argv, const std::vector<std::string>& path) {
  Ref<> m = make_module("sys", kSysFunctions, "This module provides access to some objects used or maintained by the interpreter.");
  Object* mod = m.get();
  Ref<> v;
  v = string_list(argv);
  module_add(mod, "argv", v.get());
  v = string_list(path);
  module_add(mod, "path", v.get());
  module_add(mod, "modules", sys_modules());
  for (int fd = 0; fd < 3; ++fd) {
    const char* names[3] = {"stdin", "stdout", "stderr"};
    module_add(mod, names[fd], std_stream(fd));
    module_add(mod, std::string("__") + names[fd] + "__", std_stream(fd));
  }
  v = int_from(INT64_MAX);
  module_add(mod, "maxsize", v.get());
  v = int_from(0x10ffff);
  module_add(mod, "maxunicode", v.get());
  std::string version = std::string("3.13.0 (ftpy, ") + config::kVariantName + " build, " +
                        allocator_name() + ")";
  v = str_new(version);
  module_add(mod, "version", v.get());
  v = make_version_info();
  module_add(mod, "version_info", v.get());
  v = int_from(0x030d00f0);
  module_add(mod, "hexversion", v.get());
  v = str_new("linux");
  module_add(mod, "platform", v.get());
  v = str_new("little");
  module_add(mod, "byteorder", v.get());
  v = str_new("ftpy");
  module_add(mod, "executable", v.get());
  module_add(mod, "implementation_name", v.get());
  v = str_new(config::kVariantName);
  module_add(mod, "ftpy_variant", v.get());
  v = str_new(">>> ");
  module_add(mod, "ps1", v.get());
  v = str_new("... ");
  module_add(mod, "ps2", v.get());
  // Lives as long as the process (teardown empties its namespace).
  make_immortal(m.get());
  make_immortal(module_dict(m.get()));
  the_sys_module = std::move(m);
  dict_set_str(static_cast<Dict*>(sys_modules()), "sys", the_sys_module.get());
}

Object* sys_module() { return the_sys_module.get(); }

Ref<> sys_attr(std::string_view name) {
  return dict_get_str(static_cast<Dict*>(module_dict(the_sys_module.get())), name);
}

Ref<> sys_stdout() {
  static Str* name = intern("stdout");
  return dict_get_str(static_cast<Dict*>(module_dict(the_sys_module.get())), name);
}

Ref<> sys_stderr() {
  static Str* name = intern("stderr");
  return dict_get_str(static_cast<Dict*>(module_dict(the_sys_module.get())), name);
}

double switch_interval() { return the_switch_interval.load(std::memory_order_relaxed); }

}  // namespace ftpy
