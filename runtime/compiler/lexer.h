// lexer.h — the tokenizer of the ftpy front end.
//
// Turns UTF-8 Python 3.13 source into tokens on demand (the parser pulls them
// one at a time, so errors surface in the same order as in CPython, whose
// tokenizer is also driven by its parser). The lexer never allocates per
// character: tokens are byte ranges into the source plus positions; the
// parser decodes names, numbers and strings from those ranges.
//
// Token stream shape (as CPython's tokenizer):
//   - NEWLINE ends each logical line; blank and comment-only lines produce
//     nothing; newlines inside brackets are ignored (implicit joining).
//   - INDENT / DEDENT bracket each indented block; the end of input produces
//     NEWLINE (if the last line lacked one), the pending DEDENTs, ENDMARKER.
//   - f-strings are split PEP 701 style: FStringStart, then FStringMiddle
//     pieces (raw text, escapes not yet decoded) and replacement fields
//     `{` expression-tokens [`=`] [`!` NAME] [`:` format-spec pieces] `}`,
//     then FStringEnd.
//   - Keywords are their own kinds; soft keywords (match, case, type, _)
//     are plain Names.
//
// Errors: the first error stops the lexer; next() then returns Tok::Error
// forever and error() describes it the way CPython's SyntaxError would.
//
// Concurrency: a Lexer belongs to one thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/compiler/syntax_error.h"

namespace ftpy::compiler {

#define FTPY_TOKEN_KINDS(X)                                                                        \
  X(EndMarker, "ENDMARKER")                                                                        \
  X(Name, "NAME")                                                                                  \
  X(Number, "NUMBER")                                                                              \
  X(String, "STRING") X(Newline, "NEWLINE") X(Indent, "INDENT") X(Dedent, "DEDENT")                \
      X(FStringStart, "FSTRING_START") X(FStringMiddle, "FSTRING_MIDDLE") X(                       \
          FStringEnd, "FSTRING_END") X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]")           \
          X(LBrace, "{") X(RBrace, "}") X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+") X(   \
              Minus, "-") X(Star, "*") X(Slash, "/") X(VBar, "|") X(Amper, "&") X(Less, "<")       \
              X(Greater, ">") X(Equal, "=") X(Dot, ".") X(Percent, "%") X(EqEqual, "==") X(        \
                  NotEqual, "!=") X(LessEqual, "<=") X(GreaterEqual, ">=") X(Tilde, "~")           \
                  X(Circumflex, "^") X(LeftShift, "<<") X(RightShift, ">>") X(DoubleStar, "**") X( \
                      PlusEqual, "+=") X(MinEqual, "-=") X(StarEqual, "*=") X(SlashEqual, "/=")    \
                      X(PercentEqual, "%=") X(AmperEqual, "&=") X(VBarEqual, "|=") X(              \
                          CircumflexEqual, "^=") X(LeftShiftEqual, "<<=")                          \
                          X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=") X(DoubleSlash, "//") \
                              X(DoubleSlashEqual, "//=") X(At, "@") X(AtEqual, "@=") X(            \
                                  RArrow, "->")                                                    \
                                  X(Ellipsis, "...") X(ColonEqual, ":=") X(Exclamation, "!") X(    \
                                      Unknown, "ERRORTOKEN") X(KwFalse, "False")                   \
                                      X(KwNone, "None") X(                                         \
                                          KwTrue,                                                  \
                                          "True") X(KwAnd, "and") X(KwAs, "as")                    \
                                          X(KwAssert, "assert") X(KwAsync, "async") X(             \
                                              KwAwait,                                             \
                                              "await") X(KwBreak,                                  \
                                                         "break") X(KwClass, "class")              \
                                              X(KwContinue, "continue") X(KwDef, "def") X(         \
                                                  KwDel, "del") X(KwElif, "elif")                  \
                                                  X(KwElse, "else") X(KwExcept, "except") X(       \
                                                      KwFinally, "finally") X(KwFor, "for")        \
                                                      X(KwFrom, "from") X(KwGlobal, "global")      \
                                                          X(KwIf, "if") X(KwImport, "import")      \
                                                              X(KwIn, "in") X(KwIs, "is") X(       \
                                                                  KwLambda,                        \
                                                                  "lambda")                        \
                                                                  X(KwNonlocal, "nonlocal") X(     \
                                                                      KwNot, "not") X(KwOr, "or")  \
                                                                      X(KwPass, "pass") X(         \
                                                                          KwRaise, "raise")        \
                                                                          X(KwReturn, "return") X( \
                                                                              KwTry, "try")        \
                                                                              X(KwWhile,           \
                                                                                "while") X(KwWith, \
                                                                                           "with") \
                                                                                  X(KwYield,       \
                                                                                    "yield")       \
                                                                                      X(Error,     \
                                                                                        "<error>")

enum class Tok : uint8_t {
#define FTPY_TOKEN_ENUM(name, text) name,
  FTPY_TOKEN_KINDS(FTPY_TOKEN_ENUM)
#undef FTPY_TOKEN_ENUM
};

// "NAME", "(", "if", ... for diagnostics and tests.
const char* tok_name(Tok kind);
inline bool is_keyword(Tok kind) { return kind >= Tok::KwFalse && kind <= Tok::KwYield; }

struct Token {
  Tok kind = Tok::EndMarker;
  bool in_format_spec = false;  // FStringMiddle inside a format spec: `{{` is no escape there
  int16_t level = 0;            // bracket depth before this token
  uint32_t start = 0, end = 0;  // byte range in Lexer::source()
  int lineno = 0, col = 0;      // 1-based line, 0-based byte column
  int end_lineno = 0, end_col = 0;
};

class Lexer {
 public:
  // `source` must outlive the lexer. A UTF-8 BOM is skipped; "\r\n" and "\r"
  // line ends are read as "\n" (then the lexer keeps a normalized copy).
  explicit Lexer(std::string_view source);

  Token next();

  // The text the token positions refer to (BOM removed, newlines normalized).
  std::string_view source() const { return src_; }
  std::string_view text(const Token& t) const { return src_.substr(t.start, t.end - t.start); }

  bool failed() const { return failed_; }
  const SyntaxErrorInfo& error() const { return error_; }
  // CPython raises some tokenizer errors at once ("hard": bad literal,
  // unmatched bracket...) and reports others only when the parser asks
  // (indentation problems, EOF inside brackets); a later hard error replaces
  // an earlier parser error, the others do not.
  bool hard_error() const { return failed_ && hard_; }
  // The lexer is inside an f-string (its last error, if any, was found there).
  bool in_fstring() const { return !fstrings_.empty(); }
  bool eof_in_brackets() const { return failed_ && eof_in_brackets_; }
  // Innermost bracket still open (line 0 when none).
  int open_bracket_line() const { return brackets_.empty() ? 0 : brackets_.back().line; }

  // Source line `lineno` without its newline ("" when out of range).
  std::string_view line_text(int lineno) const;
  // Number of code points in the first `byte_col` bytes of line `lineno`.
  int char_col(int lineno, int byte_col) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // CPython's location for errors found at the end of input: the last line
  // and one past its last character.
  void eof_location(int* lineno, int* offset) const;

  // Build an error description at a byte position (1-based offsets computed
  // in characters, as CPython's SyntaxError).
  SyntaxErrorInfo make_error(std::string type, std::string msg, int lineno, int byte_col,
                             int end_lineno, int end_byte_col) const;

 private:
  struct Bracket {
    char ch;
    int line;
    int col;
  };
  struct FString {  // an f-string being lexed
    char quote;
    bool triple, raw;
    int line, col;  // where its prefix starts
    uint32_t start;
  };
  struct Field {   // an open `{...}` replacement field
    int fstring;   // index into fstrings_
    int depth;     // brackets_.size() once its `{` is pushed
    bool in_spec;  // lexing its format spec
  };

  void prepare(std::string_view raw);
  int line_of(uint32_t pos) const;
  Token make(Tok kind, uint32_t start, uint32_t end);
  Token fail_at(uint32_t caret_pos, std::string msg);
  Token fail_range(uint32_t pos, uint32_t end_pos, std::string msg);
  Token fail_error(SyntaxErrorInfo info, bool hard);
  Token error_token();

  bool in_fstring_text() const;
  Token lex_fstring_text();
  Token lex_normal();
  bool handle_indentation(Token* out);
  Token lex_name_or_string();
  Token lex_number();
  Token lex_string(uint32_t start, uint32_t quote_pos);
  Token lex_operator();
  bool check_number_end(uint32_t pos, const char* kind, Token* out);
  Token open_bracket(Tok kind, char ch);
  Token close_bracket(Tok kind, char ch);
  Token invalid_character(uint32_t pos);

  char at(uint32_t pos) const { return pos < src_.size() ? src_[pos] : '\0'; }
  bool eof(uint32_t pos) const { return pos >= src_.size(); }

  std::string owned_;  // normalized copy when the input needed one
  std::string_view src_;
  std::vector<uint32_t> line_starts_;
  mutable size_t line_hint_ = 0;  // index into line_starts_ of the last line_of() answer
  uint32_t pos_ = 0;

  bool at_bol_ = true;            // at the start of a physical line outside brackets
  bool line_has_tokens_ = false;  // the current logical line produced a token
  int pending_ = 0;               // >0: INDENTs to emit, <0: DEDENTs
  uint32_t indent_pos_ = 0;       // where the pending INDENT/DEDENTs sit
  std::vector<int> indents_{0}, alt_indents_{0};
  std::vector<Bracket> brackets_;
  std::vector<FString> fstrings_;
  std::vector<Field> fields_;

  bool failed_ = false, hard_ = false, eof_in_brackets_ = false;
  SyntaxErrorInfo error_;
  SyntaxErrorInfo init_error_;  // found while preparing the source
  bool has_init_error_ = false;
};

// All tokens up to and including ENDMARKER or the first Error (for tests and
// tools; the parser pulls tokens lazily instead).
std::vector<Token> tokenize(Lexer& lexer);

}  // namespace ftpy::compiler
