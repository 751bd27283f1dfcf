// parser.h — the ftpy front end's entry points: source text to AST.
//
// parse() runs the lexer and a hand-written recursive-descent parser for the
// Python 3.13 grammar (the ftpy subset: no async/await, match, type
// statements or type parameters, except*; those are reported as syntax
// errors that name the feature). It reports what CPython's tokenizer and
// parser report — message, line and caret offsets — and leaves semantic
// checks ('return' outside function, nonlocal problems, duplicate
// arguments...) to the compiler.
//
// parse() never throws and never recurses without bound: brackets nest at
// most 200 deep (as CPython), and expressions nest at most a few thousand
// levels before "too complex" is reported.
//
// Concurrency: independent calls may run on different threads; one arena
// must not be shared by concurrent parses.
#pragma once

#include <string_view>

#include "runtime/compiler/ast.h"
#include "runtime/compiler/syntax_error.h"

namespace ftpy::compiler {

enum class ParseMode {
  File,
  Eval,
  Single
};  // exec/file, eval (one expression), interactive statement

struct ParseResult {
  bool ok = false;
  ast::Module* module = nullptr;  // File and Single modes
  ast::Expr* expr = nullptr;      // Eval mode
  SyntaxErrorInfo error;          // when !ok
};

// `source` is UTF-8 (a BOM is skipped; a `# coding: latin-1` declaration is
// honoured for input that is not valid UTF-8). Errors about the encoding
// carry "{filename}" in msg for the caller to substitute.
ParseResult parse(std::string_view source, ParseMode mode, ast::AstArena& arena);

// For the REPL: true if `source` is an incomplete statement (open bracket,
// trailing ':' block, backslash continuation, open triple-quote, or a
// compound statement not yet ended by a blank line) so the prompt should ask
// for more lines.
bool is_incomplete_input(std::string_view source);

}  // namespace ftpy::compiler
