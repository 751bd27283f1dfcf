// compiler.h — source text to a code object: parse (parser.h), build the
// symbol table (scopes: locals, globals, cells, free variables, class
// bodies), generate bytecode (opcodes.def), and compute stack depth and the
// exception table. Syntax errors found at any stage are thrown as a Python
// SyntaxError / IndentationError / TabError instance with CPython's
// attributes (msg, filename, lineno, offset, text, end_lineno, end_offset).
//
// Concurrency: compilation touches no shared mutable state except interning
// (thread-safe), so several threads may compile at once.
#pragma once

#include <string_view>

#include "objects/object.h"
#include "runtime/compiler/parser.h"

namespace ftpy::compiler {

// mode: File for modules and exec(), Eval for eval(), Single for the REPL
// (expression statements print their value through sys.displayhook).
Ref<> compile(std::string_view source, std::string_view filename, ParseMode mode);

// Human-readable disassembly of a code object and, recursively, of the code
// objects in its constants, in the spirit of CPython's dis.dis output
// (offset, line, opcode name, argument, argument meaning, exception table).
std::string disassemble(Object* code);

}  // namespace ftpy::compiler
