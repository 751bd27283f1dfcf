// interp.h — running code: the entry points the CLI, exec/eval/compile, the
// import system and the threading module use. Implemented by the VM
// (runtime/vm/*.cpp).
#pragma once

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
Object* current_locals();   // returns a new snapshot dict for function frames? see interp.cpp
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
// The text print_exception would write (for traceback-like uses and tests).
std::string format_exception(Object* exc);

// Registers a file's source so tracebacks can show its lines (the CLI and
// the import system call it for every file they compile; `-c` and exec
// strings are registered under their pseudo-file names too).
void register_source(std::string_view filename, std::string source);

}  // namespace ftpy::vm
