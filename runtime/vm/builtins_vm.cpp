// builtins_vm.cpp — the built-in functions that need the interpreter:
// __build_class__, globals, locals, vars, exec, eval, compile. Exported as
// one MethodDef table (vm_builtin_methods) that the builtins module adds.
//
// __build_class__(func, name, *bases, metaclass=None, **kwds): picks the
// metaclass (explicit, else the type of the first base, else `type`, then
// the most derived via calculate_metaclass), asks it for a namespace
// (__prepare__, a plain dict for `type`), runs the class body function with
// that namespace as its locals, calls metaclass(name, bases, ns, **kwds),
// and fills the __class__ cell the body returned.
//
// Concurrency: each call works on its own objects; exec/eval run on the
// calling thread.
#include <string>
#include <vector>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/identifiers.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/compiler/compiler.h"
#include "runtime/vm/interp.h"
#include "runtime/vm/vm_internal.h"

namespace ftpy {

namespace {

Ref<> builtin_build_class(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs < 2) raise(&exc::TypeError, "__build_class__: not enough arguments");
  Object* func = args[0];
  if (type_of(func) != &FunctionType) raise(&exc::TypeError, "__build_class__: func must be a function");
  Object* name = args[1];
  if (!is_str(name)) raise(&exc::TypeError, "__build_class__: name is not a string");
  Ref<> bases = tuple_from_array(args + 2, static_cast<int64_t>(nargs - 2));
  // Keywords: metaclass= is ours, the rest go to __prepare__ and the metaclass.
  Object* meta = nullptr;
  std::vector<Object*> kw_values;
  std::vector<Object*> kw_names;
  size_t nkw = kwnames_count(kwnames);
  for (size_t i = 0; i < nkw; ++i) {
    Object* k = tuple_item(kwnames, static_cast<int64_t>(i));
    if (str_view(k) == "metaclass") meta = args[nargs + i];
    else {
      kw_names.push_back(k);
      kw_values.push_back(args[nargs + i]);
    }
  }
  Ref<> meta_ref;
  if (!meta) {
    meta = tuple_size(bases.get()) > 0 ? static_cast<Object*>(type_of(tuple_item(bases.get(), 0)))
                                      : static_cast<Object*>(&TypeType);
  }
  if (is_type_object(meta)) {
    meta = calculate_metaclass(static_cast<Type*>(meta), bases.get());
  }
  meta_ref = Ref<>::borrow(meta);
  Ref<> extra_kwnames;
  if (!kw_names.empty()) extra_kwnames = tuple_from_array(kw_names.data(), static_cast<int64_t>(kw_names.size()));
  // The namespace.
  Ref<> ns;
  if (meta == &TypeType) {
    ns = dict_new();
  } else if (Ref<> prepare = getattr_or_null(meta, id::prepare)) {
    std::vector<Object*> pargs = {name, bases.get()};
    pargs.insert(pargs.end(), kw_values.begin(), kw_values.end());
    ns = call(prepare.get(), pargs.data(), 2, extra_kwnames.get());
  } else {
    ns = dict_new();
  }
  Ref<> cell = vm::eval_function_with_locals(static_cast<Function*>(func), ns.get());
  std::vector<Object*> margs = {name, bases.get(), ns.get()};
  margs.insert(margs.end(), kw_values.begin(), kw_values.end());
  Ref<> cls = call(meta, margs.data(), 3, extra_kwnames.get());
  if (cell && type_of(cell.get()) == &CellType && is_type_object(cls.get())) {
    Cell* c = static_cast<Cell*>(cell.get());
    if (!c->contents) {
      c->contents = cls;
    } else if (c->contents.get() != cls.get()) {
      std::string n(str_view(name));
      std::string a = repr_utf8(c->contents.get());
      std::string b = repr_utf8(cls.get());
      raisef(&exc::TypeError, "__class__ set to %s defining '%s' as %s", a.c_str(), n.c_str(),
             b.c_str());
    }
  }
  return cls;
}

Ref<> builtin_globals(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("globals", kwnames);
  check_nargs("globals", nargs, 0, 0);
  Object* g = vm::current_globals();
  return g ? Ref<>::borrow(g) : Ref<>(dict_new());
}

Ref<> builtin_locals(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("locals", kwnames);
  check_nargs("locals", nargs, 0, 0);
  Ref<> l = vm::current_locals();
  return l ? l : Ref<>(dict_new());
}

Ref<> builtin_vars(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("vars", kwnames);
  check_nargs("vars", nargs, 0, 1);
  if (nargs == 0) {
    Ref<> l = vm::current_locals();
    return l ? l : Ref<>(dict_new());
  }
  Ref<> d = getattr_or_null(args[0], id::dict);
  if (!d) raise(&exc::TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

// Source text of exec/eval/compile's first argument (str or bytes).
bool source_text(Object* src, std::string* out) {
  if (is_str(src)) {
    *out = std::string(str_view(src));
    return true;
  }
  if (is_bytes(src)) {
    // Raw bytes: the compiler detects the encoding (PEP 263) as CPython does.
    *out = std::string(bytes_view(src));
    return true;
  }
  return false;
}

// `holder` keeps a snapshot of the caller's function locals alive.
void check_exec_namespaces(const char* fname, Object** globals, Object** locals, Ref<>* holder) {
  if (*globals == kNone) *globals = nullptr;
  if (*locals == kNone) *locals = nullptr;
  if (*globals && !is_dict(*globals)) {
    raisef(&exc::TypeError, "%s() globals must be a dict, not %s", fname, type_name_of(*globals));
  }
  if (*locals && !hasattr(*locals, id::getitem)) {
    raisef(&exc::TypeError, "locals must be a mapping");
  }
  if (!*globals) {
    *globals = vm::current_globals();
    if (!*locals) {
      *holder = vm::current_locals();
      *locals = holder->get();
    }
    if (!*globals) raisef(&exc::SystemError, "%s(): no globals", fname);
  } else if (!*locals) {
    *locals = *globals;
  }
  Dict* g = static_cast<Dict*>(*globals);
  if (!dict_get_str(g, id::builtins)) dict_set(g, id::builtins, vm::current_builtins());
}

Ref<> builtin_exec(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[4] = {nullptr, nullptr, nullptr, nullptr};
  parse_args("exec", args, nargs, kwnames, {"source", "globals", "locals", "closure"}, 1, a, 1);
  Object* globals = a[1] ? a[1] : kNone;
  Object* locals = a[2] ? a[2] : kNone;
  Ref<> locals_holder;
  check_exec_namespaces("exec", &globals, &locals, &locals_holder);
  Ref<> code;
  if (type_of(a[0]) == &CodeType) {
    code = Ref<>::borrow(a[0]);
  } else {
    std::string text;
    if (!source_text(a[0], &text)) {
      raise(&exc::TypeError, "exec() arg 1 must be a string, bytes or code object");
    }
    code = compiler::compile(text, "<string>", compiler::ParseMode::File);
  }
  vm::eval_code(code.get(), globals, locals);
  return none();
}

Ref<> builtin_eval(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[3] = {nullptr, nullptr, nullptr};
  parse_args("eval", args, nargs, kwnames, {"source", "globals", "locals"}, 1, a, 1);
  Object* globals = a[1] ? a[1] : kNone;
  Object* locals = a[2] ? a[2] : kNone;
  Ref<> locals_holder;
  check_exec_namespaces("eval", &globals, &locals, &locals_holder);
  Ref<> code;
  if (type_of(a[0]) == &CodeType) {
    code = Ref<>::borrow(a[0]);
  } else {
    std::string text;
    if (!source_text(a[0], &text)) {
      raise(&exc::TypeError, "eval() arg 1 must be a string, bytes or code object");
    }
    size_t k = 0;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
    code = compiler::compile(std::string_view(text).substr(k), "<string>", compiler::ParseMode::Eval);
  }
  return vm::eval_code(code.get(), globals, locals);
}

Ref<> builtin_compile(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[6] = {nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
  parse_args("compile", args, nargs, kwnames,
             {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3, a);
  if (type_of(a[0]) == &CodeType) return Ref<>::borrow(a[0]);
  std::string text;
  if (!source_text(a[0], &text)) {
    raise(&exc::TypeError, "compile() arg 1 must be a string, bytes or AST object");
  }
  Ref<> fname_ref = str(a[1]);
  std::string filename(str_view(fname_ref.get()));
  if (!is_str(a[2])) {
    raisef(&exc::TypeError, "compile() argument 'mode' must be str, not %s", type_name_of(a[2]));
  }
  std::string_view mode = str_view(a[2]);
  compiler::ParseMode pm;
  if (mode == "exec") pm = compiler::ParseMode::File;
  else if (mode == "eval") pm = compiler::ParseMode::Eval;
  else if (mode == "single") pm = compiler::ParseMode::Single;
  else raise(&exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  return compiler::compile(text, filename, pm);
}

const MethodDef kVmBuiltins[] = {
    {"__build_class__", builtin_build_class, kMethodPlain,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
     "Internal helper function used by the class statement."},
    {"globals", builtin_globals, kMethodPlain,
     "Return the dictionary containing the current scope's global variables."},
    {"locals", builtin_locals, kMethodPlain,
     "Return a dictionary containing the current scope's local variables."},
    {"vars", builtin_vars, kMethodPlain,
     "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals().\n"
     "With an argument, equivalent to object.__dict__."},
    {"exec", builtin_exec, kMethodPlain,
     "Execute the given source in the context of globals and locals."},
    {"eval", builtin_eval, kMethodPlain,
     "Evaluate the given source in the context of globals and locals."},
    {"compile", builtin_compile, kMethodPlain,
     "Compile source into a code object that can be executed by exec() or eval()."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

const MethodDef* vm_builtin_methods() { return kVmBuiltins; }

}  // namespace ftpy
