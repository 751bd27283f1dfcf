// syntax_error.h — the description of a syntax error found by the lexer or
// parser, in the shape of CPython's SyntaxError attributes, so the caller can
// build the exception object and print CPython's report.
//
// Columns here follow CPython's SyntaxError: 1-based and counted in
// characters (code points), not bytes. `end_offset` may be -1 or 0 where
// CPython reports those values (for example after "unexpected indent").
#pragma once

#include <string>

namespace ftpy::compiler {

struct SyntaxErrorInfo {
  std::string type = "SyntaxError";    // or "IndentationError", "TabError"
  std::string msg;                     // CPython's message text
  int lineno = 0;                      // 1-based
  int offset = 0;                      // 1-based column of the caret start, 0 if none
  int end_lineno = 0, end_offset = 0;  // CPython's end positions (0 if none)
  std::string text;                    // the offending source line (no newline), empty if none
};

}  // namespace ftpy::compiler
