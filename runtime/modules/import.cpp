// import.cpp — the import system (import.h).
//
// Lookup order for `import a.b`: sys.modules, then the built-in module table
// (module_util.h), then the Python modules embedded in the binary
// (embedded_lib.h: lib/*.py), then for each directory of sys.path a package
// `dir/a/__init__.py` or a module `dir/a.py`; submodules are searched in the
// parent package's __path__. A module is put into sys.modules before its
// body runs (so circular imports see the partial module) and removed again
// if the body raises, as CPython does.
//
// Concurrency: one process-wide recursive import lock serialises finding and
// executing modules. A thread that has to wait for it detaches first, so in
// the GIL build a waiting thread never holds the GIL that the importing
// thread needs.
#include "runtime/modules/import.h"

#include <fstream>
#include <mutex>
#include <sstream>
#include <sys/stat.h>

#include "objects/api.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/compiler/compiler.h"
#include "runtime/modules/embedded_lib.h"
#include "runtime/modules/module_util.h"
#include "runtime/modules/sys_module.h"
#include "runtime/threads/attach.h"
#include "runtime/vm/interp.h"

namespace ftpy {

namespace {

Ref<> the_sys_modules;
std::recursive_mutex import_lock;

class ImportLockScope {
 public:
  ImportLockScope() {
    if (!import_lock.try_lock()) {
      DetachScope detached;
      import_lock.lock();
    }
  }
  ~ImportLockScope() { import_lock.unlock(); }
};

Dict* modules_dict() { return static_cast<Dict*>(the_sys_modules.get()); }

bool is_file(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

[[noreturn]] void raise_not_found(std::string_view name) {
  std::string msg = "No module named '" + std::string(name) + "'";
  Ref<> e = make_exception(&exc::ModuleNotFoundError, msg);
  Ref<> n = str_new(name);
  static_cast<BaseExceptionObject*>(e.get())->extra1 = n;
  throw PyException(std::move(e));
}

// Runs `source` in a fresh module registered under `name`; `path` names it
// in tracebacks and, when `set_file`, becomes __file__.
Ref<> exec_module_source(std::string_view name, const std::string& source, const std::string& path,
                         bool set_file, bool is_package, const std::string& package_dir) {
  Ref<> module = module_new(name);
  Object* dict = module_dict(module.get());
  if (set_file) {
    Ref<> file = str_new(path);
    dict_set(static_cast<Dict*>(dict), id::file, file.get());
  }
  dict_set(static_cast<Dict*>(dict), id::builtins, builtins_module());
  std::string package(name);
  if (is_package) {
    Ref<> path_list = list_new(1);
    Ref<> dir = str_new(package_dir);
    list_append(static_cast<List*>(path_list.get()), dir.get());
    dict_set_str(static_cast<Dict*>(dict), "__path__", path_list.get());
  } else {
    size_t dot = package.rfind('.');
    package = dot == std::string::npos ? "" : package.substr(0, dot);
  }
  Ref<> pkg = str_new(package);
  dict_set_str(static_cast<Dict*>(dict), "__package__", pkg.get());
  vm::register_source(path, source);
  Ref<> code = compiler::compile(source, path, compiler::ParseMode::File);
  Ref<> key = str_new(name);
  dict_set(modules_dict(), key.get(), module.get());
  try {
    vm::eval_code(code.get(), dict, dict);
  } catch (...) {
    dict_del(modules_dict(), key.get());
    throw;
  }
  // The module may have replaced itself in sys.modules.
  Ref<> final_module = dict_get(modules_dict(), key.get());
  return final_module ? final_module : module;
}

// Runs a module file's source in a fresh module registered under `name`.
Ref<> exec_module_file(std::string_view name, const std::string& path, bool is_package,
                       const std::string& package_dir) {
  std::string source;
  if (!read_file(path, &source)) raise_not_found(name);
  return exec_module_source(name, source, path, true, is_package, package_dir);
}

// Finds and loads `name` (not yet in sys.modules); `search_path` is a list
// of directories (sys.path or a package's __path__).
Ref<> load_module(std::string_view name, Object* search_path) {
  for (const BuiltinModule* b = builtin_module_table(); b->name; ++b) {
    if (name == b->name) {
      Ref<> m = b->create();
      Ref<> key = str_new(name);
      dict_set(modules_dict(), key.get(), m.get());
      return m;
    }
  }
  // Python modules embedded in the binary (lib/*.py; embedded_lib.h). Their
  // tracebacks name them "<frozen NAME>", as CPython's frozen modules.
  for (const EmbeddedModule* e = embedded_lib_modules(); e->name; ++e) {
    if (name == e->name) {
      return exec_module_source(name, e->source, "<frozen " + std::string(name) + ">", false, false, "");
    }
  }
  std::string_view last = name.substr(name.rfind('.') == std::string_view::npos ? 0 : name.rfind('.') + 1);
  if (search_path && is_list(search_path)) {
    Ref<> entries = sequence_to_tuple(search_path);
    for (int64_t i = 0; i < tuple_size(entries.get()); ++i) {
      Object* entry = tuple_item(entries.get(), i);
      if (!is_str(entry)) continue;
      std::string dir(str_view(entry));
      if (dir.empty()) dir = ".";
      std::string base = dir + "/" + std::string(last);
      if (is_file(base + "/__init__.py")) return exec_module_file(name, base + "/__init__.py", true, base);
      if (is_file(base + ".py")) return exec_module_file(name, base + ".py", false, "");
    }
  }
  raise_not_found(name);
}

// Imports the dotted name fully (each parent first) and returns the leaf.
Ref<> import_dotted(std::string_view name) {
  if (Ref<> m = dict_get_str(modules_dict(), name)) return m;
  ImportLockScope lock;
  if (Ref<> m = dict_get_str(modules_dict(), name)) return m;
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) {
    Ref<> path = sys_attr("path");
    return load_module(name, path.get());
  }
  Ref<> parent = import_dotted(name.substr(0, dot));
  // The parent's body may have registered the submodule itself (os.path).
  if (Ref<> m = dict_get_str(modules_dict(), name)) return m;
  Ref<> parent_path = getattr_or_null(parent.get(), intern("__path__"));
  if (!parent_path) {
    std::string msg = "No module named '" + std::string(name) + "'; '" +
                      std::string(name.substr(0, dot)) + "' is not a package";
    Ref<> e = make_exception(&exc::ModuleNotFoundError, msg);
    throw PyException(std::move(e));
  }
  Ref<> child = load_module(name, parent_path.get());
  Ref<> child_name = str_new(name.substr(dot + 1));
  setattr(parent.get(), static_cast<Str*>(child_name.get()), child.get());
  return child;
}

// The absolute name for a relative import of `level` dots from a module
// whose globals are `globals`.
std::string resolve_relative(std::string_view name, Object* globals, int64_t level) {
  if (!globals || !is_dict(globals)) raise(&exc::ImportError, "attempted relative import with no known parent package");
  Ref<> package = dict_get_str(static_cast<Dict*>(globals), "__package__");
  std::string base;
  if (package && is_str(package.get()) && !str_view(package.get()).empty()) {
    base = std::string(str_view(package.get()));
  } else {
    raise(&exc::ImportError, "attempted relative import with no known parent package");
  }
  for (int64_t i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) raise(&exc::ImportError, "attempted relative import beyond top-level package");
    base.resize(dot);
  }
  if (name.empty()) return base;
  return base + "." + std::string(name);
}

}  // namespace

Object* sys_modules() {
  if (!the_sys_modules) {
    the_sys_modules = dict_new();
    make_immortal(the_sys_modules.get());  // lives as long as the process
  }
  return the_sys_modules.get();
}

Ref<> import_module(std::string_view name) { return import_dotted(name); }

Ref<> import_name(Object* name, Object* globals, Object* fromlist, Object* level_obj) {
  if (!is_str(name)) raisef(&exc::TypeError, "module name must be str, not %s", type_name_of(name));
  int64_t level = level_obj && is_int(level_obj) ? index_as_int64(level_obj) : 0;
  std::string_view requested = str_view(name);
  std::string absolute = level > 0 ? resolve_relative(requested, globals, level) : std::string(requested);
  if (absolute.empty()) raise(&exc::ValueError, "Empty module name");
  Ref<> module = import_dotted(absolute);
  bool has_fromlist = fromlist && fromlist != kNone && truthy(fromlist);
  if (has_fromlist) {
    // `from pkg import sub`: load submodules named in the fromlist.
    if (getattr_or_null(module.get(), intern("__path__"))) {
      for_each(fromlist, [&](Object* item) {
        if (!is_str(item) || str_view(item) == "*") return;
        if (getattr_or_null(module.get(), static_cast<Str*>(item))) return;
        try {
          import_dotted(absolute + "." + std::string(str_view(item)));
        } catch (PyException& e) {
          if (!exception_matches(e.value.get(), &exc::ModuleNotFoundError)) throw;
        }
      });
    }
    return module;
  }
  if (level > 0 && requested.empty()) return module;
  // `import a.b.c` binds `a`.
  size_t dot = absolute.find('.');
  if (dot == std::string::npos) return module;
  std::string top = level > 0 ? absolute.substr(0, absolute.size() - requested.size() + requested.find('.'))
                              : absolute.substr(0, dot);
  return import_dotted(top);
}

Ref<> import_from(Object* module, Str* name) {
  if (Ref<> v = getattr_or_null(module, name)) return v;
  Ref<> mod_name = getattr_or_null(module, id::name);
  if (mod_name && is_str(mod_name.get())) {
    std::string full = std::string(str_view(mod_name.get())) + "." + std::string(name->view());
    if (Ref<> sub = dict_get_str(modules_dict(), full)) return sub;
  }
  std::string mod = mod_name && is_str(mod_name.get()) ? std::string(str_view(mod_name.get())) : "<unknown module name>";
  std::string msg = "cannot import name '" + std::string(name->view()) + "' from '" + mod + "'";
  Ref<> file = getattr_or_null(module, id::file);
  if (file && is_str(file.get())) msg += " (" + std::string(str_view(file.get())) + ")";
  else msg += " (unknown location)";
  raise(&exc::ImportError, msg);
}

void import_star(Object* module, Object* locals) {
  Ref<> all = getattr_or_null(module, id::all);
  if (all) {
    for_each(all.get(), [&](Object* n) {
      if (!is_str(n)) raisef(&exc::TypeError, "Item in %s.__all__ must be str, not %s", "module", type_name_of(n));
      Ref<> v = getattr(module, static_cast<Str*>(n));
      setitem(locals, n, v.get());
    });
    return;
  }
  Dict* d = static_cast<Dict*>(module_dict(module));
  int64_t pos = 0;
  Ref<> k, v;
  while (dict_next(d, &pos, &k, &v)) {
    if (is_str(k.get()) && !str_view(k.get()).empty() && str_view(k.get())[0] == '_') continue;
    setitem(locals, k.get(), v.get());
  }
}

}  // namespace ftpy
