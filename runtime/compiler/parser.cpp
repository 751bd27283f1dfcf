// parser.cpp — parser infrastructure: token buffer, errors, rewinding, the
// three entry modes, and is_incomplete_input(). The grammar rules live in
// parser_stmt.cpp, parser_expr.cpp and parser_fstring.cpp.
//
// Error priority follows CPython's pegen: a tokenizer error wins as soon as
// its token is fetched; after a parser error the rest of the input is still
// tokenized, and a later "hard" tokenizer error (bad literal, unterminated
// string, unmatched bracket) replaces the parser's error, as does a bracket
// left open on an earlier line than the error.

#include "runtime/compiler/parser.h"

#include <algorithm>

#include "runtime/compiler/parser_impl.h"

namespace ftpy::compiler {

namespace detail {

Parser::Parser(std::string_view source, ast::AstArena& arena) : lexer_(source), arena_(arena) {
  tokens_.reserve(source.size() / 6 + 16);
}

// ------------------------------------------------------------------ tokens

const Token& Parser::fetch(size_t need) {
  while (tokens_.size() <= need) {
    if (!tokens_.empty() &&
        (tokens_.back().kind == Tok::EndMarker || tokens_.back().kind == Tok::Error)) {
      tokens_.push_back(tokens_.back());
      continue;
    }
    Token t = lexer_.next();
    if (t.kind == Tok::Error && !lexer_error_) {
      lexer_error_ = true;
      has_error_ = true;
      error_ = lexer_.error();
    }
    tokens_.push_back(t);
  }
  if (second_pass_ == 0 && need > furthest_) furthest_ = need;
  return tokens_[need];
}

Token Parser::advance() {
  Token t = tok();
  if (t.kind != Tok::EndMarker && t.kind != Tok::Error) ++pos_;
  last_ = t;
  return t;
}

bool Parser::accept(Tok k) {
  if (kind() != k) return false;
  advance();
  return true;
}

bool Parser::expect(Tok k) {
  if (accept(k)) return true;
  invalid_syntax();
  return false;
}

bool Parser::at_name(std::string_view word, int k) {
  const Token& t = tok(k);
  return t.kind == Tok::Name && text(t) == word;
}

bool Parser::starts_expression(int k) {
  switch (kind(k)) {
    case Tok::Name:
    case Tok::Number:
    case Tok::String:
    case Tok::FStringStart:
    case Tok::LPar:
    case Tok::LSqb:
    case Tok::LBrace:
    case Tok::Minus:
    case Tok::Plus:
    case Tok::Tilde:
    case Tok::Ellipsis:
    case Tok::KwNone:
    case Tok::KwTrue:
    case Tok::KwFalse:
    case Tok::KwNot:
    case Tok::KwLambda:
    case Tok::KwAwait:
      return true;
    default:
      return false;
  }
}

void Parser::reset(const Mark& m) {
  pos_ = m.pos;
  last_ = m.last;
  if (lexer_error_) return;
  has_error_ = m.had_error;
  if (!has_error_) no_rescan_ = false;
}

ast::Name* Parser::make_name(const Token& t, ast::ExprContext ctx) {
  auto* n = node<ast::Name>(t);
  n->id = std::string(text(t));
  n->ctx = ctx;
  end_at(n, pos_of(t));
  return n;
}

// ------------------------------------------------------------------ errors

SyntaxErrorInfo Parser::error_info(const char* type, std::string msg, int lineno, int col,
                                   int end_lineno, int end_col) const {
  return lexer_.make_error(type, std::move(msg), lineno, col, end_lineno, end_col);
}

std::nullptr_t Parser::fail(SyntaxErrorInfo e) {
  if (!has_error_) {
    has_error_ = true;
    error_ = std::move(e);
  }
  return nullptr;
}

std::nullptr_t Parser::fail_tok(const Token& t, std::string msg) {
  if (t.kind == Tok::Error) return fail(lexer_.error());
  return fail(error_info("SyntaxError", std::move(msg), t.lineno, t.col, t.end_lineno, t.end_col));
}

std::nullptr_t Parser::fail_point_tok(const Token& t, std::string msg) {
  if (t.kind == Tok::Error) return fail(lexer_.error());
  SyntaxErrorInfo e = error_info("SyntaxError", std::move(msg), t.lineno, t.col, t.lineno, t.col);
  e.end_offset = e.offset;
  return fail(std::move(e));
}

std::nullptr_t Parser::fail_range(const ast::Pos& a, const ast::Pos& b, std::string msg,
                                  const char* type) {
  return fail(error_info(type, std::move(msg), a.lineno, a.col, b.end_lineno, b.end_col));
}

std::nullptr_t Parser::invalid_syntax() {
  tok();
  // The furthest real token fetched (repeated ENDMARKER/Error copies aside).
  size_t i = std::min(furthest_, tokens_.size() - 1);
  while (i > 0 && tokens_[i].kind == tokens_[i - 1].kind &&
         (tokens_[i].kind == Tok::EndMarker || tokens_[i].kind == Tok::Error))
    --i;
  const Token t = tokens_[i];
  if (t.kind == Tok::Error) return nullptr;
  if (t.kind == Tok::Dedent && t.start >= lexer_.source().size()) error_at_eof_ = true;
  if (t.kind == Tok::Indent || t.kind == Tok::Dedent) {
    SyntaxErrorInfo e = error_info(
        "IndentationError", t.kind == Tok::Indent ? "unexpected indent" : "unexpected unindent",
        t.lineno, t.col, t.lineno, t.col);
    e.offset = lexer_.char_col(t.lineno, t.end_col);
    e.end_offset = -1;
    // CPython reports these without looking at the rest of the input.
    if (!has_error_) no_rescan_ = true;
    return fail(std::move(e));
  }
  if (t.kind == Tok::EndMarker) {
    SyntaxErrorInfo e;
    lexer_.eof_location(&e.lineno, &e.offset);
    e.offset = 0;
    e.end_lineno = e.lineno;
    e.end_offset = 0;
    e.msg = "invalid syntax";
    e.text = std::string(lexer_.line_text(e.lineno));
    error_at_eof_ = true;
    return fail(std::move(e));
  }
  return fail_tok(t, "invalid syntax");
}

std::nullptr_t Parser::unsupported(const Token& t, const std::string& what) {
  return fail_tok(t, "ftpy does not support " + what);
}

bool Parser::too_deep() {
  auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (depth_ <= kMaxDepth && (here >= stack_base_ || stack_base_ - here <= kStackBudget))
    return false;
  const Token& t = tok();
  fail(error_info("SyntaxError", "too many nested expressions: Python source too complex to parse",
                  t.lineno, t.col, t.end_lineno, t.end_col));
  return true;
}

void Parser::too_deep_chain() {
  const Token& t = tok();
  fail(error_info("SyntaxError", "too many nested expressions: Python source too complex to parse",
                  t.lineno, t.col, t.end_lineno, t.end_col));
}

void Parser::finish_error() {
  if (no_rescan_) return;
  if (lexer_error_) {
    error_at_eof_ = error_at_eof_ || lexer_.eof_in_brackets();
    return;
  }
  // The line of the furthest token the parser looked at.
  int err_line = 0;
  for (auto it = tokens_.rbegin(); it != tokens_.rend(); ++it) {
    if (it->kind != Tok::Error) {
      err_line = it->lineno;
      break;
    }
  }
  for (;;) {
    Token t = lexer_.next();
    if (t.kind == Tok::EndMarker) return;
    if (t.kind != Tok::Error) continue;
    if (lexer_.hard_error()) {
      // As CPython, an error inside an f-string does not replace the
      // parser's (which is likely about that f-string's expression).
      if (lexer_.in_fstring()) return;
      error_ = lexer_.error();
      error_at_eof_ = false;
    } else if (lexer_.eof_in_brackets() && lexer_.open_bracket_line() < err_line) {
      error_ = lexer_.error();
      error_at_eof_ = true;
    }
    return;
  }
}

// ------------------------------------------------------------------ modes

ParseResult Parser::run(ParseMode mode) {
  stack_base_ = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  ParseResult r;
  switch (mode) {
    case ParseMode::File:
      r.module = file_input();
      break;
    case ParseMode::Single:
      r.module = single_input();
      break;
    case ParseMode::Eval:
      r.expr = eval_input();
      break;
  }
  if (has_error_) {
    finish_error();
    r.ok = false;
    r.module = nullptr;
    r.expr = nullptr;
    r.error = error_;
    return r;
  }
  r.ok = true;
  return r;
}

ast::Module* Parser::file_input() {
  auto* m = arena_.make<ast::Module>();
  while (!at(Tok::EndMarker)) {
    if (!statement(&m->body)) return nullptr;
  }
  return m;
}

ast::Module* Parser::single_input() {
  auto* m = arena_.make<ast::Module>();
  if (at(Tok::Newline) || at(Tok::EndMarker)) return m;
  if (!statement(&m->body)) return nullptr;
  Token end_of_first = last_;
  while (accept(Tok::Newline)) {
  }
  if (!at(Tok::EndMarker)) {
    const Token& t = tok();
    if (t.kind == Tok::Error) return nullptr;
    if (end_of_first.kind == Tok::Dedent) return invalid_syntax();
    return fail_tok(end_of_first, "multiple statements found while compiling a single statement");
  }
  return m;
}

ast::Expr* Parser::eval_input() {
  if (at(Tok::EndMarker)) {  // nothing at all: CPython reports line 0
    SyntaxErrorInfo e;
    e.msg = "invalid syntax";
    return fail(std::move(e));
  }
  ast::Expr* e = expressions();
  if (!e) return nullptr;
  while (accept(Tok::Newline)) {
  }
  if (!at(Tok::EndMarker)) return invalid_syntax();
  return e;
}

}  // namespace detail

ParseResult parse(std::string_view source, ParseMode mode, ast::AstArena& arena) {
  detail::Parser p(source, arena);
  return p.run(mode);
}

namespace {

bool is_compound_start(Tok k) {
  switch (k) {
    case Tok::KwIf:
    case Tok::KwWhile:
    case Tok::KwFor:
    case Tok::KwTry:
    case Tok::KwWith:
    case Tok::KwDef:
    case Tok::KwClass:
    case Tok::At:
    case Tok::KwAsync:
      return true;
    default:
      return false;
  }
}

}  // namespace

bool is_incomplete_input(std::string_view source) {
  // The tokenizer runs out of input inside a construct: an open bracket, a
  // triple-quoted string, a backslash continuation.
  Lexer lx(source);
  std::vector<Token> toks = tokenize(lx);
  if (lx.failed()) {
    if (lx.eof_in_brackets()) return true;
    const std::string& msg = lx.error().msg;
    return msg.rfind("unterminated triple-quoted", 0) == 0 || msg == "unexpected EOF while parsing";
  }
  // Otherwise parse: input is incomplete when the parser wanted more at the
  // very end (a block header with no body yet, a decorator with no def)...
  ast::AstArena arena;
  detail::Parser p(source, arena);
  ParseResult r = p.run(ParseMode::File);
  if (!r.ok) return p.error_at_eof();
  // ...or, as in CPython's REPL, when it starts a compound statement that no
  // blank line has ended yet.
  if (toks.empty() || !is_compound_start(toks.front().kind)) return false;
  std::string_view s = source;
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return !(s.size() >= 2 && s.substr(s.size() - 2) == "\n\n");
}

}  // namespace ftpy::compiler
