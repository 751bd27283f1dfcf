// parser_impl.h — the recursive-descent parser behind parse() (parser.h).
// Private to the parser's files: parser.cpp (infrastructure, entry points),
// parser_stmt.cpp, parser_compound.cpp, parser_targets.cpp (statements),
// parser_expr.cpp, parser_call.cpp, parser_fstring.cpp (expressions).
//
// Structure: one method per grammar rule of CPython's python.gram for the
// subset, named after the rule. The parser pulls tokens lazily from the
// Lexer into tokens_ and can rewind (mark/reset) for the few places where
// the grammar needs unbounded lookahead (soft keyword `match`, re-parsing a
// bad target to name what is wrong).
//
// Errors: the first error wins. A failing rule records it and returns
// nullptr / false; every caller returns at once. Where CPython's second
// pass ("invalid_*" rules) would give a specific message, the rule that
// notices the problem reports that message directly, with CPython's caret
// range. A lexer error becomes the error as soon as its token is fetched.
//
// Depth: two limits keep parse() (and the compiler's recursive walks over
// its result) inside the native stack. depth_ counts nested expression
// rules plus the length of left-nested chains (a.b.c, a+b+c, elif...) and
// bounds the AST's depth at kMaxDepth; and the native stack used since
// parse() began is capped at kStackBudget bytes, whatever the optimization
// level or sanitizer makes of the frame sizes. Past either limit the parse
// fails with a "too complex" SyntaxError instead of overflowing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "runtime/compiler/ast.h"
#include "runtime/compiler/lexer.h"
#include "runtime/compiler/parser.h"
#include "runtime/compiler/syntax_error.h"

namespace ftpy::compiler::detail {

// One piece of a (possibly concatenated) string literal: decoded text, or
// a FormattedValue.
struct StringPiece {
  ast::Expr* value = nullptr;
  std::string text;
  ast::Pos pos;
};

// CPython's name for an expression in messages ("function call", "literal").
const char* expr_name(const ast::Expr* e);
// Is `k` an augmented assignment operator (`+=` ...)? Sets *op if so.
bool is_augassign(Tok k, ast::Operator* op);

// What a target is being checked for (CPython's TARGETS_TYPE).
enum class TargetKind { Star, Del, For };

class Parser {
 public:
  Parser(std::string_view source, ast::AstArena& arena);
  ParseResult run(ParseMode mode);

  // Used by is_incomplete_input(): the error was found at the end of input.
  bool error_at_eof() const { return error_at_eof_; }

 private:
  static constexpr int kMaxDepth = 3000;
  // Sanitizers make frames several times larger: give them more room.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  static constexpr uintptr_t kStackBudget = 4 * 1024 * 1024;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
  static constexpr uintptr_t kStackBudget = 4 * 1024 * 1024;
#else
  static constexpr uintptr_t kStackBudget = 1024 * 1024;
#endif
#else
  static constexpr uintptr_t kStackBudget = 1024 * 1024;
#endif

  // ------------------------------------------------------------ tokens
  const Token& tok(int k = 0) {
    size_t need = pos_ + static_cast<size_t>(k);
    if (need < tokens_.size()) {
      if (second_pass_ == 0 && need > furthest_) furthest_ = need;
      return tokens_[need];
    }
    return fetch(need);
  }
  const Token& fetch(size_t need);
  Tok kind(int k = 0) { return tok(k).kind; }
  bool at(Tok k) { return kind() == k; }
  Token advance();
  bool accept(Tok k);
  bool expect(Tok k);  // generic "invalid syntax" when missing
  std::string_view text(const Token& t) const { return lexer_.text(t); }
  bool at_name(std::string_view word, int k = 0);
  // Can this token start an expression?
  bool starts_expression(int k = 0);

  struct Mark {
    size_t pos;
    Token last;
    bool had_error;
  };
  Mark mark() { return Mark{pos_, last_, has_error_}; }
  void reset(const Mark& m);

  // ------------------------------------------------------------ errors
  bool failed() const { return has_error_; }
  std::nullptr_t fail(SyntaxErrorInfo e);
  std::nullptr_t fail_tok(const Token& t, std::string msg);
  // Caret at the token's start, no range (offset == end_offset).
  std::nullptr_t fail_point_tok(const Token& t, std::string msg);
  std::nullptr_t fail_range(const ast::Pos& a, const ast::Pos& b, std::string msg,
                            const char* type = "SyntaxError");
  std::nullptr_t fail_node(const ast::Pos& n, std::string msg) {
    return fail_range(n, n, std::move(msg));
  }
  std::nullptr_t invalid_syntax();  // at the current token
  std::nullptr_t unsupported(const Token& t, const std::string& what);
  SyntaxErrorInfo error_info(const char* type, std::string msg, int lineno, int col, int end_lineno,
                             int end_col) const;
  static ast::Pos pos_of(const Token& t) {
    return ast::Pos{t.lineno, t.col, t.end_lineno, t.end_col};
  }
  void finish_error();  // CPython's last look at the rest of the tokens

  // CPython reports generic errors at the furthest token its first pass
  // fetched; look-ahead done only to word a better message (its second
  // pass) must not move that point.
  struct SecondPass {
    explicit SecondPass(Parser* p) : p_(p) { ++p_->second_pass_; }
    ~SecondPass() { --p_->second_pass_; }
    Parser* p_;
  };

  struct DepthGuard {
    explicit DepthGuard(Parser* p) : p_(p) { ++p_->depth_; }
    ~DepthGuard() { --p_->depth_; }
    Parser* p_;
  };
  bool too_deep();
  void too_deep_chain();

  // ------------------------------------------------------------ nodes
  template <class T>
  T* node(const Token& start) {
    T* n = arena_.make<T>();
    n->lineno = start.lineno;
    n->col = start.col;
    return n;
  }
  template <class T>
  T* node_at(const ast::Pos& start) {
    T* n = arena_.make<T>();
    n->lineno = start.lineno;
    n->col = start.col;
    return n;
  }
  void end_here(ast::Pos* n) {
    n->end_lineno = last_.end_lineno;
    n->end_col = last_.end_col;
  }
  static void end_at(ast::Pos* n, const ast::Pos& e) {
    n->end_lineno = e.end_lineno;
    n->end_col = e.end_col;
  }
  ast::Name* make_name(const Token& t, ast::ExprContext ctx = ast::ExprContext::Load);
  bool is_parenthesized(const ast::Expr* e) const { return parenthesized_.count(e) != 0; }

  // ------------------------------------------------------------ statements
  ast::Module* file_input();
  ast::Module* single_input();
  ast::Expr* eval_input();
  bool statement(std::vector<ast::Stmt*>* out);
  bool simple_stmts(std::vector<ast::Stmt*>* out);
  ast::Stmt* simple_stmt();
  ast::Stmt* expression_stmt();
  ast::Stmt* assignment_rest(ast::Expr* first, const Token& start);
  ast::Stmt* annotated_rest(ast::Expr* target, const Token& start);
  ast::Stmt* return_stmt();
  ast::Stmt* raise_stmt();
  ast::Stmt* global_stmt(bool nonlocal);
  ast::Stmt* del_stmt();
  ast::Stmt* assert_stmt();
  ast::Stmt* import_stmt();
  ast::Stmt* import_from();
  bool dotted_name(std::string* out);
  ast::Stmt* compound_stmt();
  ast::Stmt* decorated();
  ast::Stmt* function_def(std::vector<ast::Expr*> decorators);
  ast::Stmt* class_def(std::vector<ast::Expr*> decorators);
  ast::Stmt* if_stmt();
  ast::Stmt* while_stmt();
  ast::Stmt* for_stmt();
  ast::Stmt* try_stmt();
  ast::ExceptHandler* except_block();
  ast::Stmt* with_stmt();
  bool with_item(std::vector<ast::WithItem>* items);
  // `:` then a block; `what` names the statement for the indentation error.
  bool colon_block(std::vector<ast::Stmt*>* body, const std::string& what, int line);
  bool block(std::vector<ast::Stmt*>* body, const std::string& what, int line);
  bool is_match_statement();
  bool is_type_alias();

  // ------------------------------------------------------------ targets
  ast::Expr* invalid_target(ast::Expr* e, TargetKind kind);
  void set_context(ast::Expr* e, ast::ExprContext ctx);
  std::nullptr_t fail_invalid_target(ast::Expr* bad, TargetKind kind);
  // star_targets / del_targets: a target list that stops before `stop`.
  ast::Expr* target_list(TargetKind kind, bool* built_tuple);
  ast::Expr* target_element(TargetKind kind);
  // A target list could not be parsed: re-read it as an expression to say
  // what cannot be assigned (CPython's invalid_for_target & co).
  std::nullptr_t explain_bad_targets(const Mark& start, TargetKind kind);
  bool check_assign_here(ast::Expr* target, const Mark& after_eq);

  // ------------------------------------------------------------ expressions
  ast::Expr* star_expressions();
  ast::Expr* star_expression();
  ast::Expr* expressions();
  ast::Expr* expression();
  ast::Expr* named_expression();
  ast::Expr* star_named_expression();
  ast::Expr* disjunction();
  ast::Expr* conjunction();
  ast::Expr* inversion();
  ast::Expr* comparison();
  ast::Expr* bitwise_or();
  ast::Expr* binary(int min_prec);
  ast::Expr* factor();
  ast::Expr* power();
  ast::Expr* primary();
  ast::Expr* atom();
  ast::Expr* paren_atom();
  ast::Expr* list_atom();
  ast::Expr* brace_atom();
  ast::Expr* strings();
  ast::Expr* number(const Token& t);
  ast::Expr* call_trailer(ast::Expr* func, const Token& start, bool class_bases = false);
  ast::Expr* subscript_trailer(ast::Expr* value, const Token& start);
  ast::Expr* slice();
  ast::Expr* lambdef();
  ast::Expr* yield_expr();
  ast::Expr* annotated_rhs();
  ast::Arguments* parameters(bool is_lambda, Tok close);
  ast::Arg* parameter(bool is_lambda, bool allow_annotation);
  bool for_if_clauses(std::vector<ast::Comprehension*>* out);
  bool at_comp_for();
  // After an expression inside brackets, a second expression with no comma
  // between: CPython's "Perhaps you forgot a comma?".
  bool check_missing_comma(ast::Expr* a, const Mark& a_start);

  // ------------------------------------------------------------ f-strings
  bool fstring(std::vector<StringPiece>* pieces);
  bool replacement_field(bool raw, std::vector<StringPiece>* pieces);

  // ------------------------------------------------------------ state
  Lexer lexer_;
  ast::AstArena& arena_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  Token last_;  // the last consumed token
  int depth_ = 0;
  uintptr_t stack_base_ = 0;  // frame address when run() began
  bool has_error_ = false;
  bool error_at_eof_ = false;  // the error was found at the end of input
  bool lexer_error_ = false;   // the error came from the lexer
  bool no_rescan_ = false;     // keep the error even if later input is worse
  SyntaxErrorInfo error_;
  std::unordered_set<const ast::Expr*> parenthesized_;  // `(expr)` groups
  int fstring_depth_ = 0;                               // replacement fields being parsed
  int no_invalid_ = 0;         // >0: CPython's *_without_invalid (no error hints)
  Token star_after_kw_comma_;  // comma before a `*arg` (for an error range)
  int second_pass_ = 0;        // >0: looking ahead only for an error message
  size_t furthest_ = 0;        // furthest token index fetched outside second_pass_
};

}  // namespace ftpy::compiler::detail
