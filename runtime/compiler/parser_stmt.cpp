// parser_stmt.cpp — simple statement rules of the grammar (CPython's
// python.gram, "STATEMENTS" section): the statement dispatcher, expression
// statements and every kind of assignment, return/raise/global/nonlocal/
// del/assert, and imports. Compound statements are in parser_compound.cpp,
// target checking in parser_targets.cpp.
//
// Each rule consumes its tokens and returns a node, or records the error and
// returns nullptr / false.

#include "runtime/compiler/parser_impl.h"

namespace ftpy::compiler::detail {

using ast::ExprContext;
using ast::ExprKind;

bool is_augassign(Tok k, ast::Operator* op) {
  switch (k) {
    case Tok::PlusEqual:
      *op = ast::Operator::Add;
      return true;
    case Tok::MinEqual:
      *op = ast::Operator::Sub;
      return true;
    case Tok::StarEqual:
      *op = ast::Operator::Mult;
      return true;
    case Tok::AtEqual:
      *op = ast::Operator::MatMult;
      return true;
    case Tok::SlashEqual:
      *op = ast::Operator::Div;
      return true;
    case Tok::PercentEqual:
      *op = ast::Operator::Mod;
      return true;
    case Tok::AmperEqual:
      *op = ast::Operator::BitAnd;
      return true;
    case Tok::VBarEqual:
      *op = ast::Operator::BitOr;
      return true;
    case Tok::CircumflexEqual:
      *op = ast::Operator::BitXor;
      return true;
    case Tok::LeftShiftEqual:
      *op = ast::Operator::LShift;
      return true;
    case Tok::RightShiftEqual:
      *op = ast::Operator::RShift;
      return true;
    case Tok::DoubleStarEqual:
      *op = ast::Operator::Pow;
      return true;
    case Tok::DoubleSlashEqual:
      *op = ast::Operator::FloorDiv;
      return true;
    default:
      return false;
  }
}

// ------------------------------------------------------------------ driver

bool Parser::statement(std::vector<ast::Stmt*>* out) {
  switch (kind()) {
    case Tok::KwDef:
    case Tok::KwClass:
    case Tok::At:
    case Tok::KwIf:
    case Tok::KwWhile:
    case Tok::KwFor:
    case Tok::KwTry:
    case Tok::KwWith:
    case Tok::KwAsync: {
      ast::Stmt* s = compound_stmt();
      if (!s) return false;
      out->push_back(s);
      return true;
    }
    case Tok::Name:
      if (at_name("match") && is_match_statement()) {
        unsupported(tok(), "the 'match' statement");
        return false;
      }
      if (at_name("type") && is_type_alias()) {
        unsupported(tok(), "the 'type' statement");
        return false;
      }
      break;
    default:
      break;
  }
  return simple_stmts(out);
}

bool Parser::simple_stmts(std::vector<ast::Stmt*>* out) {
  for (;;) {
    ast::Stmt* s = simple_stmt();
    if (!s) return false;
    out->push_back(s);
    if (!accept(Tok::Semi) || at(Tok::Newline)) break;
  }
  if (accept(Tok::Newline)) return true;
  invalid_syntax();
  return false;
}

ast::Stmt* Parser::simple_stmt() {
  const Token& t = tok();
  switch (t.kind) {
    case Tok::KwPass:
    case Tok::KwBreak:
    case Tok::KwContinue: {
      Token k = advance();
      ast::Stmt* s = k.kind == Tok::KwPass    ? static_cast<ast::Stmt*>(node<ast::Pass>(k))
                     : k.kind == Tok::KwBreak ? static_cast<ast::Stmt*>(node<ast::Break>(k))
                                              : static_cast<ast::Stmt*>(node<ast::Continue>(k));
      end_here(s);
      return s;
    }
    case Tok::KwReturn:
      return return_stmt();
    case Tok::KwRaise:
      return raise_stmt();
    case Tok::KwGlobal:
      return global_stmt(false);
    case Tok::KwNonlocal:
      return global_stmt(true);
    case Tok::KwDel:
      return del_stmt();
    case Tok::KwAssert:
      return assert_stmt();
    case Tok::KwImport:
      return import_stmt();
    case Tok::KwFrom:
      return import_from();
    case Tok::KwAwait:
      return unsupported(t, "'await'");
    case Tok::Indent:
    case Tok::Dedent:
    case Tok::KwElse:
    case Tok::KwElif:
    case Tok::KwExcept:
    case Tok::KwFinally:
    case Tok::KwIn:
    case Tok::KwAs:
    case Tok::KwIs:
    case Tok::KwAnd:
    case Tok::KwOr:
      return invalid_syntax();
    default:
      return expression_stmt();
  }
}

// Expression statements, assignments (plain, chained, augmented, annotated).
ast::Stmt* Parser::expression_stmt() {
  Token start = tok();
  ast::Expr* e = at(Tok::KwYield) ? yield_expr() : star_expressions();
  if (!e) return nullptr;

  if (at(Tok::Equal)) return assignment_rest(e, start);
  if (at(Tok::Colon) && e->kind != ExprKind::Yield && e->kind != ExprKind::YieldFrom)
    return annotated_rest(e, start);
  ast::Operator op;
  if (is_augassign(kind(), &op)) {
    ExprKind k = e->kind;
    if (k != ExprKind::Name && k != ExprKind::Attribute && k != ExprKind::Subscript) {
      return fail_node(*e, std::string("'") + expr_name(e) +
                               "' is an illegal expression for augmented assignment");
    }
    advance();
    ast::Expr* value = at(Tok::KwYield) ? yield_expr() : star_expressions();
    if (!value) return nullptr;
    set_context(e, ExprContext::Store);
    auto* s = node<ast::AugAssign>(start);
    s->target = e;
    s->op = op;
    s->value = value;
    end_here(s);
    return s;
  }
  auto* s = node<ast::ExprStmt>(start);
  s->value = e;
  end_here(s);
  return s;
}

ast::Stmt* Parser::assignment_rest(ast::Expr* first, const Token& start) {
  std::vector<ast::Expr*> targets{first};
  std::vector<Mark> after_eq;
  ast::Expr* value = nullptr;
  while (at(Tok::Equal)) {
    advance();
    after_eq.push_back(mark());
    ast::Expr* v = at(Tok::KwYield) ? yield_expr() : star_expressions();
    if (!v) return nullptr;
    if (at(Tok::Equal)) {
      targets.push_back(v);
    } else {
      value = v;
    }
  }
  // Validate the targets left to right, as CPython's invalid_assignment.
  for (size_t i = 0; i < targets.size(); ++i) {
    ast::Expr* bad = invalid_target(targets[i], TargetKind::Star);
    if (!bad) continue;
    Mark end = mark();
    // The first target may get the "Maybe you meant '=='" hint.
    ast::Expr* hint_target = targets[0];
    if (hint_target->kind == ExprKind::Tuple && !is_parenthesized(hint_target)) {
      auto* tup = static_cast<ast::Tuple*>(hint_target);
      hint_target = tup->elts.empty() ? nullptr : tup->elts.back();
    }
    if (hint_target && check_assign_here(hint_target, after_eq[0])) return nullptr;
    reset(end);
    if (targets[i]->kind == ExprKind::Yield || targets[i]->kind == ExprKind::YieldFrom) {
      if (!is_parenthesized(targets[i]))
        return fail_node(*targets[i], "assignment to yield expression not possible");
    }
    return fail_invalid_target(bad, TargetKind::Star);
  }
  for (ast::Expr* t : targets) set_context(t, ExprContext::Store);
  auto* s = node<ast::Assign>(start);
  s->targets = std::move(targets);
  s->value = value;
  end_here(s);
  return s;
}

ast::Stmt* Parser::annotated_rest(ast::Expr* target, const Token& start) {
  bool paren =
      is_parenthesized(target) || target->col != start.col || target->lineno != start.lineno;
  ExprKind k = target->kind;
  if (k != ExprKind::Name && k != ExprKind::Attribute && k != ExprKind::Subscript) {
    // CPython names a bad annotation target only when an annotation follows.
    SecondPass second_pass(this);
    Mark colon = mark();
    advance();
    ++no_invalid_;
    ast::Expr* annotation = expression();
    --no_invalid_;
    if (lexer_error_) return nullptr;
    reset(colon);
    if (!annotation) return invalid_syntax();
  }
  switch (k) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      break;
    case ExprKind::Tuple:
      if (!paren && !static_cast<ast::Tuple*>(target)->elts.empty()) {
        // `a, b: int` points at the first element; `(): int` has none.
        auto* t = static_cast<ast::Tuple*>(target);
        return fail_node(*t->elts.front(), "only single target (not tuple) can be annotated");
      }
      return fail_node(*target, "only single target (not tuple) can be annotated");
    case ExprKind::List:
      return fail_node(*target, "only single target (not list) can be annotated");
    default:
      return fail_node(*target, "illegal target for annotation");
  }
  advance();  // ':'
  ast::Expr* annotation = expression();
  if (!annotation) return nullptr;
  ast::Expr* value = nullptr;
  if (accept(Tok::Equal)) {
    value = annotated_rhs();
    if (!value) return nullptr;
  }
  set_context(target, ExprContext::Store);
  auto* s = node<ast::AnnAssign>(start);
  s->target = target;
  s->annotation = annotation;
  s->value = value;
  s->simple = target->kind == ExprKind::Name && !paren;
  end_here(s);
  return s;
}

// ------------------------------------------------------------------ simple statements

ast::Stmt* Parser::return_stmt() {
  Token kw = advance();
  auto* s = node<ast::Return>(kw);
  if (!at(Tok::Newline) && !at(Tok::Semi)) {
    s->value = star_expressions();
    if (!s->value) return nullptr;
  }
  end_here(s);
  return s;
}

ast::Stmt* Parser::raise_stmt() {
  Token kw = advance();
  auto* s = node<ast::Raise>(kw);
  if (starts_expression() || at(Tok::KwYield)) {
    s->exc = expression();
    if (!s->exc) return nullptr;
    if (accept(Tok::KwFrom)) {
      s->cause = expression();
      if (!s->cause) return nullptr;
    }
  }
  end_here(s);
  return s;
}

ast::Stmt* Parser::global_stmt(bool nonlocal) {
  Token kw = advance();
  std::vector<std::string> names;
  for (;;) {
    if (!at(Tok::Name)) return invalid_syntax();
    names.emplace_back(text(advance()));
    if (!accept(Tok::Comma)) break;
  }
  ast::Stmt* s;
  if (nonlocal) {
    auto* n = node<ast::Nonlocal>(kw);
    n->names = std::move(names);
    s = n;
  } else {
    auto* g = node<ast::Global>(kw);
    g->names = std::move(names);
    s = g;
  }
  end_here(s);
  return s;
}

ast::Stmt* Parser::del_stmt() {
  Token kw = advance();
  Mark start = mark();
  bool built_tuple = false;
  ast::Expr* targets = target_list(TargetKind::Del, &built_tuple);
  if (!targets || !(at(Tok::Newline) || at(Tok::Semi))) {
    if (lexer_error_) return nullptr;
    return explain_bad_targets(start, TargetKind::Del);
  }
  auto* s = node<ast::Delete>(kw);
  if (built_tuple)
    s->targets = static_cast<ast::Tuple*>(targets)->elts;
  else
    s->targets.push_back(targets);
  for (ast::Expr* t : s->targets) set_context(t, ExprContext::Del);
  end_here(s);
  return s;
}

ast::Stmt* Parser::assert_stmt() {
  Token kw = advance();
  auto* s = node<ast::Assert>(kw);
  s->test = expression();
  if (!s->test) return nullptr;
  if (accept(Tok::Comma)) {
    s->msg = expression();
    if (!s->msg) return nullptr;
  }
  end_here(s);
  return s;
}

bool Parser::dotted_name(std::string* out) {
  if (!at(Tok::Name)) {
    invalid_syntax();
    return false;
  }
  *out = std::string(text(advance()));
  while (at(Tok::Dot)) {
    advance();
    if (!at(Tok::Name)) {
      invalid_syntax();
      return false;
    }
    *out += '.';
    *out += text(advance());
  }
  return true;
}

ast::Stmt* Parser::import_stmt() {
  Token kw = advance();
  auto* s = node<ast::Import>(kw);
  if (at(Tok::Newline)) return fail_point_tok(tok(), "Expected one or more names after 'import'");
  for (;;) {
    Token first = tok();
    auto* a = node<ast::Alias>(first);
    if (!dotted_name(&a->name)) return nullptr;
    if (accept(Tok::KwAs)) {
      if (!at(Tok::Name)) return invalid_syntax();
      a->asname = std::string(text(advance()));
    }
    end_here(a);
    s->names.push_back(a);
    if (!accept(Tok::Comma)) break;
  }
  if (at(Tok::KwFrom)) {
    // `import a from b`
    SecondPass second_pass(this);
    advance();
    std::string module;
    if (at(Tok::Name) && dotted_name(&module))
      return fail_range(pos_of(kw), pos_of(last_),
                        "Did you mean to use 'from ... import ...' instead?");
    return nullptr;
  }
  end_here(s);
  return s;
}

ast::Stmt* Parser::import_from() {
  Token kw = advance();
  auto* s = node<ast::ImportFrom>(kw);
  for (;;) {
    if (accept(Tok::Dot))
      s->level += 1;
    else if (accept(Tok::Ellipsis))
      s->level += 3;
    else
      break;
  }
  if (at(Tok::Name)) {
    if (!dotted_name(&s->module)) return nullptr;
  } else if (s->level == 0) {
    return invalid_syntax();
  }
  if (!accept(Tok::KwImport)) return invalid_syntax();
  if (at(Tok::Newline)) return fail_point_tok(tok(), "Expected one or more names after 'import'");
  if (at(Tok::Star)) {
    Token star = advance();
    auto* a = node<ast::Alias>(star);
    a->name = "*";
    end_here(a);
    s->names.push_back(a);
    end_here(s);
    return s;
  }
  bool paren = accept(Tok::LPar);
  for (;;) {
    if (!at(Tok::Name)) return invalid_syntax();
    Token first = advance();
    auto* a = node<ast::Alias>(first);
    a->name = std::string(text(first));
    if (accept(Tok::KwAs)) {
      if (!at(Tok::Name)) return invalid_syntax();
      a->asname = std::string(text(advance()));
    }
    end_here(a);
    s->names.push_back(a);
    if (!at(Tok::Comma)) break;
    advance();  // ','
    if (paren && at(Tok::RPar)) break;
    if (!paren && at(Tok::Newline)) {
      return fail_tok(tok(), "trailing comma not allowed without surrounding parentheses");
    }
  }
  if (paren && !expect(Tok::RPar)) return nullptr;
  end_here(s);
  return s;
}

}  // namespace ftpy::compiler::detail
