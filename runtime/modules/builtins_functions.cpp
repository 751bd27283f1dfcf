// builtins_functions.cpp — the built-in functions that are thin layers over
// the object protocol (objects/api.h): len, repr, abs, hash, id, getattr,
// isinstance, chr/ord, hex/oct/bin, divmod, pow, round, format, callable ...
// The iteration built-ins (min, max, sum, sorted, iter, next ...) are in
// builtins_iteration.cpp; print and input in builtins_io.cpp.
//
// Concurrency: stateless; every function may run on any attached thread.
#include <cmath>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/numeric/int_format.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/list.h"
#include "objects/dict.h"
#include "objects/type.h"
#include "runtime/modules/builtins_parts.h"

namespace ftpy {

namespace {

Ref<> builtin_len(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("len", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "len() takes exactly one argument (%zu given)", nargs);
  return int_from(length(args[0]));
}

Ref<> builtin_repr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("repr", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "repr() takes exactly one argument (%zu given)", nargs);
  return repr(args[0]);
}

Ref<> builtin_ascii(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("ascii", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "ascii() takes exactly one argument (%zu given)", nargs);
  return ascii(args[0]);
}

Ref<> builtin_abs(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("abs", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "abs() takes exactly one argument (%zu given)", nargs);
  return absolute(args[0]);
}

Ref<> builtin_hash(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("hash", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "hash() takes exactly one argument (%zu given)", nargs);
  return int_from(hash(args[0]));
}

Ref<> builtin_id(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("id", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "id() takes exactly one argument (%zu given)", nargs);
  return int_from_mpz(mpz_class(static_cast<unsigned long>(reinterpret_cast<uintptr_t>(args[0]))));
}

Ref<> builtin_callable(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("callable", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "callable() takes exactly one argument (%zu given)", nargs);
  return py_bool(is_callable(args[0]));
}

Str* attr_name_arg(const char* fname, Object* name) {
  if (!is_str(name))
    raisef(&exc::TypeError, "attribute name must be string, not '%s'", type_name_of(name));
  (void)fname;
  return static_cast<Str*>(name);
}

Ref<> builtin_getattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("getattr", kwnames);
  if (nargs < 2) raisef(&exc::TypeError, "getattr expected at least 2 arguments, got %zu", nargs);
  if (nargs > 3) raisef(&exc::TypeError, "getattr expected at most 3 arguments, got %zu", nargs);
  Str* name = attr_name_arg("getattr", args[1]);
  if (nargs == 2) return getattr(args[0], name);
  try {
    Ref<> r = getattr_or_null(args[0], name);
    if (r) return r;
  } catch (PyException& e) {
    if (!exception_matches(e.value.get(), &exc::AttributeError)) throw;
  }
  return Ref<>::borrow(args[2]);
}

Ref<> builtin_hasattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("hasattr", kwnames);
  check_nargs("hasattr", nargs, 2, 2);
  Str* name = attr_name_arg("hasattr", args[1]);
  try {
    return py_bool(static_cast<bool>(getattr_or_null(args[0], name)));
  } catch (PyException& e) {
    if (!exception_matches(e.value.get(), &exc::AttributeError)) throw;
    return py_bool(false);
  }
}

Ref<> builtin_setattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("setattr", kwnames);
  check_nargs("setattr", nargs, 3, 3);
  setattr(args[0], attr_name_arg("setattr", args[1]), args[2]);
  return none();
}

Ref<> builtin_delattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("delattr", kwnames);
  check_nargs("delattr", nargs, 2, 2);
  delattr(args[0], attr_name_arg("delattr", args[1]));
  return none();
}

Ref<> builtin_isinstance(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("isinstance", kwnames);
  if (nargs != 2) raisef(&exc::TypeError, "isinstance expected 2 arguments, got %zu", nargs);
  return py_bool(isinstance(args[0], args[1]));
}

bool issubclass_impl(Object* cls, Object* classinfo) {
  if (is_tuple(classinfo)) {
    for (int64_t i = 0; i < tuple_size(classinfo); ++i)
      if (issubclass_impl(cls, tuple_item(classinfo, i))) return true;
    return false;
  }
  if (!is_type_object(classinfo))
    raise(&exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  Ref<> hook = getattr_or_null(type_of(classinfo), id::subclasscheck);
  if (hook && type_of(classinfo) != &TypeType) {
    Ref<> bound = getattr(classinfo, id::subclasscheck);
    return truthy(call1(bound.get(), cls).get());
  }
  if (!is_type_object(cls)) raise(&exc::TypeError, "issubclass() arg 1 must be a class");
  return is_subtype(static_cast<Type*>(cls), static_cast<Type*>(classinfo));
}

Ref<> builtin_issubclass(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("issubclass", kwnames);
  if (nargs != 2) raisef(&exc::TypeError, "issubclass expected 2 arguments, got %zu", nargs);
  return py_bool(issubclass_impl(args[0], args[1]));
}

Ref<> builtin_chr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("chr", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "chr() takes exactly one argument (%zu given)", nargs);
  if (is_float(args[0])) raise(&exc::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t cp = index_as_int64_clamped(args[0]);
  if (cp < 0 || cp > 0x10ffff) raise(&exc::ValueError, "chr() arg not in range(0x110000)");
  return str_from_codepoint(static_cast<uint32_t>(cp));
}

Ref<> builtin_ord(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("ord", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "ord() takes exactly one argument (%zu given)", nargs);
  Object* c = args[0];
  if (is_str(c)) {
    Str* s = static_cast<Str*>(c);
    if (s->length != 1)
      raisef(&exc::TypeError, "ord() expected a character, but string of length %lld found",
             static_cast<long long>(s->length));
    return int_from(str_char_at(s, 0));
  }
  if (is_bytes(c)) {
    Ref<> n = int_from(length(c));
    if (length(c) != 1)
      raisef(&exc::TypeError, "ord() expected a character, but string of length %lld found",
             static_cast<long long>(length(c)));
    Ref<> zero = int_from(0);
    return getitem(c, zero.get());
  }
  raisef(&exc::TypeError, "ord() expected string of length 1, but %s found", type_name_of(c));
}

Ref<> radix_string(const char* fname, Object* arg, std::string (*conv)(const mpz_class&)) {
  (void)fname;
  Ref<> i = index(arg);
  return str_new(conv(int_to_mpz(i.get())));
}

Ref<> builtin_hex(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("hex", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "hex() takes exactly one argument (%zu given)", nargs);
  return radix_string("hex", args[0], num::int_to_hex);
}
Ref<> builtin_oct(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("oct", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "oct() takes exactly one argument (%zu given)", nargs);
  return radix_string("oct", args[0], num::int_to_oct);
}
Ref<> builtin_bin(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("bin", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "bin() takes exactly one argument (%zu given)", nargs);
  return radix_string("bin", args[0], num::int_to_bin);
}

Ref<> builtin_divmod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("divmod", kwnames);
  if (nargs != 2) raisef(&exc::TypeError, "divmod expected 2 arguments, got %zu", nargs);
  Object* a = args[0];
  Object* b = args[1];
  bool numeric = (is_int(a) || is_float(a)) && (is_int(b) || is_float(b));
  if (numeric) {
    if (is_float(a) || is_float(b)) {
      if (as_double(b) == 0.0) raise(&exc::ZeroDivisionError, "float divmod()");
    } else if (int_is_small(b) && int_small_value(b) == 0) {
      raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
    }
    Ref<> q = binary_op(a, b, BinaryOp::FloorDiv);
    Ref<> r = binary_op(a, b, BinaryOp::Mod);
    return tuple_pack({q.get(), r.get()});
  }
  // User types: __divmod__ / __rdivmod__.
  static Str* divmod_name = intern("__divmod__");
  static Str* rdivmod_name = intern("__rdivmod__");
  if (Ref<> m = getattr_or_null(type_of(a), divmod_name)) {
    Ref<> r = call2(m.get(), a, b);
    if (r.get() != kNotImplemented) return r;
  }
  if (Ref<> m = getattr_or_null(type_of(b), rdivmod_name)) {
    Ref<> r = call2(m.get(), b, a);
    if (r.get() != kNotImplemented) return r;
  }
  raisef(&exc::TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
         type_name_of(a), type_name_of(b));
}

Ref<> builtin_pow(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[3] = {};
  parse_args("pow", args, nargs, kwnames, {"base", "exp", "mod"}, 2, a);
  if (a[2] && a[2] != kNone) return power3(a[0], a[1], a[2]);
  return binary_op(a[0], a[1], BinaryOp::Pow);
}

Ref<> builtin_round(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("round", args, nargs, kwnames, {"number", "ndigits"}, 1, a);
  Ref<> method = getattr_or_null(type_of(a[0]), id::round);
  if (!method)
    raisef(&exc::TypeError, "type %s doesn't define __round__ method", type_name_of(a[0]));
  if (!a[1] || a[1] == kNone) return call1(method.get(), a[0]);
  return call2(method.get(), a[0], a[1]);
}

Ref<> builtin_format(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("format", args, nargs, kwnames, {"value", "format_spec"}, 1, a, 2);
  if (!a[1]) return format(a[0], empty_str());
  if (!is_str(a[1]))
    raisef(&exc::TypeError, "format() argument 2 must be str, not %s", type_name_of(a[1]));
  return format(a[0], a[1]);
}

Ref<> builtin_dir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("dir", kwnames);
  check_nargs("dir", nargs, 0, 1);
  Ref<> names;
  if (nargs == 0) {
    Ref<> locals = builtins_current_locals();
    names = dict_keys_list(static_cast<Dict*>(locals.get()));
  } else {
    // type(obj).__dir__(obj), as CPython: for a class this finds
    // type.__dir__, for an instance the class's (or object's) __dir__.
    static Str* dir_name = intern("__dir__");
    Object* method = type_lookup(type_of(args[0]), dir_name);
    if (!method) raisef(&exc::TypeError, "object does not provide __dir__");
    names = sequence_to_list(call1(method, args[0]).get());
  }
  list_sort(static_cast<List*>(names.get()), nullptr, false);
  return names;
}

Ref<> builtin_import(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[5] = {};
  parse_args("__import__", args, nargs, kwnames, {"name", "globals", "locals", "fromlist", "level"}, 1, a);
  Ref<> zero = int_from(0);
  return builtins_import_hook(a[0], a[1] ? a[1] : kNone, a[3] ? a[3] : kNone, a[4] ? a[4] : zero.get());
}

}  // namespace

extern const MethodDef kBuiltinFunctions[] = {
    {"len", builtin_len, kMethodPlain, "Return the number of items in a container."},
    {"repr", builtin_repr, kMethodPlain, "Return the canonical string representation of the object."},
    {"ascii", builtin_ascii, kMethodPlain, "Return an ASCII-only representation of an object."},
    {"abs", builtin_abs, kMethodPlain, "Return the absolute value of the argument."},
    {"hash", builtin_hash, kMethodPlain, "Return the hash value for the given object."},
    {"id", builtin_id, kMethodPlain, "Return the identity of an object."},
    {"callable", builtin_callable, kMethodPlain, "Return whether the object is callable."},
    {"getattr", builtin_getattr, kMethodPlain, "Get a named attribute from an object."},
    {"hasattr", builtin_hasattr, kMethodPlain, "Return whether the object has an attribute with the given name."},
    {"setattr", builtin_setattr, kMethodPlain, "Sets the named attribute on the given object to the specified value."},
    {"delattr", builtin_delattr, kMethodPlain, "Deletes the named attribute from the given object."},
    {"isinstance", builtin_isinstance, kMethodPlain, "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", builtin_issubclass, kMethodPlain, "Return whether 'cls' is derived from another class or is the same class."},
    {"chr", builtin_chr, kMethodPlain, "Return a Unicode string of one character with ordinal i."},
    {"ord", builtin_ord, kMethodPlain, "Return the Unicode code point for a one-character string."},
    {"hex", builtin_hex, kMethodPlain, "Return the hexadecimal representation of an integer."},
    {"oct", builtin_oct, kMethodPlain, "Return the octal representation of an integer."},
    {"bin", builtin_bin, kMethodPlain, "Return the binary representation of an integer."},
    {"divmod", builtin_divmod, kMethodPlain, "Return the tuple (x//y, x%y)."},
    {"pow", builtin_pow, kMethodPlain, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"round", builtin_round, kMethodPlain, "Round a number to a given precision in decimal digits."},
    {"format", builtin_format, kMethodPlain, "Return type(value).__format__(value, format_spec)"},
    {"dir", builtin_dir, kMethodPlain, "Show attributes of an object."},
    {"__import__", builtin_import, kMethodPlain, "Import a module."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace ftpy
