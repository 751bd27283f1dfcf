// errors.h — Python exceptions as C++ exceptions.
//
// A raised Python exception travels up the C++ stack as `PyException`, which
// owns the exception instance. The eval loop catches it at each frame, adds a
// traceback entry, and either jumps to a handler (exception table) or
// rethrows. Native code that must clean up uses RAII (Ref), so unwinding never
// leaks. std::bad_alloc is turned into MemoryError by the eval loop; no other
// C++ exception may escape native code.
//
// Fast paths avoid throwing: iteration end and missing attributes are empty
// Refs (see object.h), so `for` loops and hasattr() never pay for an unwind.
//
// Concurrency: a PyException is owned by the thread that threw it.
#pragma once

#include <string>
#include <string_view>

#include "objects/object.h"

namespace ftpy {

// The exception types, named exc::TypeError etc.
namespace exc {
#define EXC(cname, pyname, base) extern Type cname;
#include "objects/exception_types.def"
#undef EXC
}  // namespace exc

// The instance layout of BaseException and every built-in subclass
// (objects/exceptions.cpp owns it).
struct BaseExceptionObject : Object {
  Ref<> args;               // tuple
  Ref<> traceback;          // a Traceback object or null (runtime/vm/traceback.h)
  Ref<> cause;              // __cause__ or null
  Ref<> context;            // __context__ or null
  bool suppress_context = false;
  Ref<> notes;              // __notes__ list or null
  // Subclass extras (used when the type is/derives from these):
  Ref<> extra1;             // StopIteration.value, SystemExit.code, KeyError/ImportError.name, SyntaxError.msg
  Ref<> extra2;             // SyntaxError: (filename, lineno, offset, text, end_lineno, end_offset) tuple; ImportError.path
  // More subclass fields (objects/exceptions.cpp): AttributeError: extra1 = name,
  // extra2 = obj; NameError: extra1 = name; ImportError: extra3 = msg;
  // OSError: extra1 = errno, extra2 = strerror, extra3 = filename, extra4 = filename2;
  // BaseExceptionGroup: extra1 = message, extra2 = exceptions (tuple).
  Ref<> extra3;
  Ref<> extra4;
};

struct PyException {
  Ref<> value;  // the exception instance (never null)
  explicit PyException(Ref<> v) : value(std::move(v)) {}
  Type* type() const { return value->ob_type; }
};

// Raise a new instance of `type` whose single argument is the message.
[[noreturn]] void raise(Type* type, std::string_view message);
// printf-style convenience (the format is a C string; %s takes const char*).
[[noreturn]] void raisef(Type* type, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
// Raise an instance of `type` with no arguments (e.g. `raise StopIteration`).
[[noreturn]] void raise_empty(Type* type);
// Raise an existing exception instance, or an exception class (instantiated
// with no arguments), as the `raise` statement does. TypeError otherwise.
[[noreturn]] void raise_object(Object* exc_or_type);
// Raise StopIteration(value).
[[noreturn]] void raise_stop_iteration(Object* value);
// Raise KeyError(key) with the key itself as the argument (repr'd in str()).
[[noreturn]] void raise_key_error(Object* key);

// Builds an exception instance: type(*args) for built-in exception types.
Ref<> make_exception(Type* type, std::string_view message);

// True if the exception instance is an instance of `type` (subclasses count).
bool exception_matches(Object* exc, Type* type);

// The common messages, so every caller words them as CPython does.
[[noreturn]] void raise_type_error_not_callable(Object* o);           // "'int' object is not callable"
[[noreturn]] void raise_attribute_error(Object* o, Str* name);        // "'K' object has no attribute 'x'"
[[noreturn]] void raise_unsupported_binop(Object* a, Object* b, const char* op_symbol);

// Readies every type of exception_types.def (objects/exceptions.cpp).
void init_exception_types();
// Builds an instance of a built-in exception type from positional args (as
// type(*args) would, without calling Python code).
Ref<> make_exception_args(Type* type, Object* const* args, size_t nargs);

}  // namespace ftpy
