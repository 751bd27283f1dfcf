// parser_impl.h — the recursive-descent parser behind parse() (parser.h).
// Private to parser.cpp, parser_stmt.cpp, parser_expr.cpp and
// parser_fstring.cpp.
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
// Depth: depth_ counts nested expression rules; past kMaxDepth the parse
// fails with CPython's "too complex" message instead of exhausting the
// native stack.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "runtime/compiler/ast.h"
#include "runtime/compiler/lexer.h"
#include "runtime/compiler/parser.h"
#include "runtime/compiler/syntax_error.h"

namespace ftpy::compiler::detail {

// What a target is being checked for (CPython's TARGETS_TYPE).
enum class TargetKind { Star, Del, For };

class Parser {
 public:
  Parser(std::string_view source, ast::AstArena& arena);
  ParseResult run(ParseMode mode);

  // Used by is_incomplete_input().
  Lexer& lexer() { return lexer_; }
  bool error_at_eof() const { return error_at_eof_; }

 private:
  static constexpr int kMaxDepth = 3000;

  // ------------------------------------------------------------ tokens
  const Token& tok(int k = 0);
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
  std::nullptr_t fail_range(const ast::Pos& a, const ast::Pos& b, std::string msg,
                            const char* type = "SyntaxError");
  std::nullptr_t fail_node(const ast::Pos& n, std::string msg) { return fail_range(n, n, std::move(msg)); }
  std::nullptr_t invalid_syntax();  // at the current token
  std::nullptr_t unsupported(const Token& t, const std::string& what);
  SyntaxErrorInfo error_info(const char* type, std::string msg, int lineno, int col, int end_lineno,
                             int end_col) const;
  static ast::Pos pos_of(const Token& t) { return ast::Pos{t.lineno, t.col, t.end_lineno, t.end_col}; }
  void finish_error();  // CPython's last look at the rest of the tokens

  struct DepthGuard {
    explicit DepthGuard(Parser* p) : p_(p) { ++p_->depth_; }
    ~DepthGuard() { --p_->depth_; }
    Parser* p_;
  };
  bool too_deep();

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
  ast::Stmt* if_stmt(bool elif);
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
  ast::Expr* target_list(TargetKind kind, bool allow_tuple);
  ast::Expr* target_element(TargetKind kind);
  ast::Expr* single_target_after_as();
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
  ast::Expr* call_trailer(ast::Expr* func);
  ast::Expr* subscript_trailer(ast::Expr* value);
  ast::Expr* slice();
  ast::Expr* lambdef();
  ast::Expr* yield_expr();
  ast::Expr* annotated_rhs();
  ast::Arguments* parameters(bool is_lambda, Tok close);
  ast::Arg* parameter(bool is_lambda, bool allow_annotation);
  bool for_if_clauses(std::vector<ast::Comprehension*>* out);
  // After an expression inside brackets, a second expression with no comma
  // between: CPython's "Perhaps you forgot a comma?".
  bool check_missing_comma(ast::Expr* a, const Mark& a_start);
  ast::Expr* bad_starred_here(ast::Expr* e);

  // ------------------------------------------------------------ f-strings
  bool fstring(std::vector<ast::Expr*>* values, std::vector<ast::Pos>* text_pos,
               std::vector<std::string>* texts);
  ast::Expr* replacement_field(const Token& fstart_tok);
  ast::Expr* format_spec(const Token& colon);

  // ------------------------------------------------------------ state
  Lexer lexer_;
  ast::AstArena& arena_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  Token last_;                 // the last consumed token
  int depth_ = 0;
  bool has_error_ = false;
  bool error_at_eof_ = false;  // the error was found at the end of input
  bool lexer_error_ = false;   // the error came from the lexer
  SyntaxErrorInfo error_;
  std::unordered_set<const ast::Expr*> parenthesized_;  // `(expr)` groups
  int fstring_depth_ = 0;      // replacement fields being parsed
};

}  // namespace ftpy::compiler::detail
