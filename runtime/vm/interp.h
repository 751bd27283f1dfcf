// interp.h — running code: the entry points the CLI, exec/eval/compile, the
// import system and the threading module use. Implemented by the VM
// (runtime/vm/*.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "objects/object.h"

namespace ftpy::vm {

// Executes a code object with the given globals (a Dict) and locals (a
// mapping, or null to use globals). Returns the code's return value
// (None for modules). Throws PyException.
Ref<> eval_code(Object* code, Object* globals, Object* locals);

// Calls a Python function object (Function) with vectorcall arguments; the
// Function type's tp_call is this.
Ref<> call_function(Object* func, Object* const* args, size_t nargs, Object* kwnames);

// The globals / locals / builtins of the innermost running Python frame
// (borrowed; null when no frame runs). Used by globals(), locals(), vars(),
// exec() and eval() defaults, and __build_class__.
Object* current_globals();
// The namespace locals() returns: the frame's own dict (class bodies, module
// level, exec), or for a function frame a fresh snapshot of its variables.
Ref<> current_locals();
Object* current_builtins();

// For zero-argument super(): the __class__ cell content and the first
// argument of the innermost function frame. False when not available
// (RuntimeError "super(): no arguments" / "super(): __class__ cell not found").
bool frame_super_args(Ref<>* type, Ref<>* self);

// Prints an exception with its traceback to stderr exactly as CPython's
// default excepthook does (chained __cause__/__context__ sections, the
// "Traceback (most recent call last):" header, `File "f", line N, in name`
// lines with the source line and ~~~^^^ markers, "[Previous line repeated N
// more times]", and the final "Type: message" line; SyntaxError's special
// form with the caret line).
void print_exception(Object* exc);
// An exception nobody can catch (in a finalizer, a weakref callback, the
// collector): writes "Exception ignored <before><repr(obj)><after>" and a
// newline to stderr, then the exception as print_exception does. obj may be
// null; a repr that raises is written as "<object repr() failed>".
void print_unraisable(std::string_view before, Object* obj, std::string_view after, Object* exc);
// The text print_exception would write (for traceback-like uses and tests).
std::string format_exception(Object* exc);

// Registers a file's source so tracebacks can show its lines (the CLI and
// the import system call it for every file they compile; `-c` and exec
// strings are registered under their pseudo-file names too).
void register_source(std::string_view filename, std::string source);

// --- added by the VM engineer
// Readies the VM's own types (traceback, generator). Call once at start-up,
// after init_type_system() and init_function_types().
void init_vm_types();
// Emits a warning the way CPython's default filters do: printed to stderr
// as "file:line: Category: message" plus the source line of the innermost
// Python frame, once per location; DeprecationWarning only when that frame
// runs in __main__. (A minimal stand-in until a warnings module exists.)
void warn(Type* category, std::string_view message);
// Bytes of C++ stack one Python-to-Python call uses at most (eval_frame's
// activation plus the call path), measured on x86-64 gcc -O2; the CLI sizes
// its interpreter thread's stack from recursion_limit() * this (+ margin).
inline constexpr size_t kCStackPerPythonCall = 2048;

}  // namespace ftpy::vm
