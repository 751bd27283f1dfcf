// vm_internal.h — declarations shared by the VM's own files (eval loop,
// calls, generators, tracebacks, interp entry points). Not a contract:
// other parts use interp.h.
#pragma once

#include <string>

#include "objects/code.h"
#include "objects/function.h"
#include "objects/object.h"
#include "runtime/threads/thread_state.h"
#include "runtime/vm/frame.h"

namespace ftpy::vm {

// "module.qualname()" as CPython names a callable in call-site errors.
std::string function_display_name(Object* func);

// Prepends a traceback entry (code, instruction index) to exc.__traceback__.
void traceback_add(Object* exc, Code* code, int64_t lasti);

// Implicit chaining: sets exc.__context__ = handled unless exc already has
// one (overwrite = false) or always (overwrite = true, the `raise`
// statement), breaking any cycle that would create.
void set_exception_context(Object* exc, Object* handled, bool overwrite);

// Moves a just-created data-stack frame (RETURN_GENERATOR) into a new
// Generator object; the frame's slots become the generator's. `sp` is the
// frame's stack top and `resume_ip` the instruction to resume at.
Ref<> generator_from_frame(Frame* f, Object** sp, const Instr* resume_ip);

// The builtins dict new frames without `__builtins__` in their globals use.
Object* default_builtins();
// globals['__builtins__'] (a module or a dict) as a dict, else default_builtins().
Object* builtins_for_globals(Object* globals);

// Runs `func` (no arguments; a class body) with `locals` as its LOAD_NAME /
// STORE_NAME namespace. Returns the body's return value.
Ref<> eval_function_with_locals(Function* func, Object* locals);

// The innermost Python frame of the calling thread, or null.
Frame* current_frame();

// Fills the eval loop's small-int table (idempotent; eval_code calls it).
void init_small_int_table();

// Converts a StopIteration escaping a generator into RuntimeError
// "generator raised StopIteration" (with __cause__ and __context__ set).
Ref<> stop_iteration_to_runtime_error(Object* exc);

}  // namespace ftpy::vm
