// parser_targets.cpp — assignment and deletion targets: parsing target
// lists (for, del, with ... as, comprehensions), giving targets their
// Store/Del context, and naming what cannot be assigned the way CPython's
// invalid_* rules do ("cannot assign to function call here. Maybe you meant
// '==' instead of '='?", "cannot delete literal", ...).

#include "runtime/compiler/parser_impl.h"

namespace ftpy::compiler::detail {

using ast::ExprContext;
using ast::ExprKind;

// What CPython calls an expression in "cannot assign to %s" messages.
const char* expr_name(const ast::Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute:
      return "attribute";
    case ExprKind::Subscript:
      return "subscript";
    case ExprKind::Starred:
      return "starred";
    case ExprKind::Name:
      return "name";
    case ExprKind::List:
      return "list";
    case ExprKind::Tuple:
      return "tuple";
    case ExprKind::Lambda:
      return "lambda";
    case ExprKind::Call:
      return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp:
      return "expression";
    case ExprKind::GeneratorExp:
      return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
      return "yield expression";
    case ExprKind::ListComp:
      return "list comprehension";
    case ExprKind::SetComp:
      return "set comprehension";
    case ExprKind::DictComp:
      return "dict comprehension";
    case ExprKind::Dict:
      return "dict literal";
    case ExprKind::Set:
      return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
      return "f-string expression";
    case ExprKind::Constant: {
      auto* c = static_cast<const ast::Constant*>(e);
      switch (c->ckind) {
        case ast::ConstantKind::None:
          return "None";
        case ast::ConstantKind::True:
          return "True";
        case ast::ConstantKind::False:
          return "False";
        case ast::ConstantKind::Ellipsis:
          return "ellipsis";
        default:
          return "literal";
      }
    }
    case ExprKind::Compare:
      return "comparison";
    case ExprKind::IfExp:
      return "conditional expression";
    case ExprKind::NamedExpr:
      return "named expression";
    case ExprKind::Slice:
      return "slice";
  }
  return "expression";
}

// CPython's invalid_named_expression, seen from an assignment statement:
// `target = rhs` where `rhs` is a bitwise_or not followed by `=` or `:=`.
bool Parser::check_assign_here(ast::Expr* target, const Mark& after_eq) {
  ExprKind k = target->kind;
  bool paren = is_parenthesized(target);
  if (!paren) {
    if (k == ExprKind::List || k == ExprKind::Tuple || k == ExprKind::GeneratorExp) return false;
    if (k == ExprKind::Constant) {
      auto ck = static_cast<ast::Constant*>(target)->ckind;
      if (ck == ast::ConstantKind::True || ck == ast::ConstantKind::False ||
          ck == ast::ConstantKind::None)
        return false;
    }
    // It must have been a bitwise_or: not a comparison, not/and/or,
    // conditional, lambda, starred or walrus.
    switch (k) {
      case ExprKind::Compare:
      case ExprKind::BoolOp:
      case ExprKind::IfExp:
      case ExprKind::Lambda:
      case ExprKind::Starred:
      case ExprKind::NamedExpr:
      case ExprKind::Yield:
      case ExprKind::YieldFrom:
        return false;
      case ExprKind::UnaryOp:
        if (static_cast<ast::UnaryOp*>(target)->op == ast::UnaryOpKind::Not) return false;
        break;
      default:
        break;
    }
  } else if (k == ExprKind::Tuple || k == ExprKind::GeneratorExp) {
    return false;
  }
  SecondPass second_pass(this);
  Mark save = mark();
  reset(after_eq);
  ast::Expr* rhs = bitwise_or();
  bool fire = rhs && !failed() && !at(Tok::Equal) && !at(Tok::ColonEqual);
  reset(save);
  if (!fire) return false;
  if (k == ExprKind::Name && !paren) {
    fail_range(*target, *rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return true;
  }
  fail_node(*target, std::string("cannot assign to ") + expr_name(target) +
                         " here. Maybe you meant '==' instead of '='?");
  return true;
}

// ------------------------------------------------------------------ targets

// The part of `e` that cannot be assigned to / deleted, or nullptr when it
// is a valid target (CPython's _PyPegen_get_invalid_target).
ast::Expr* Parser::invalid_target(ast::Expr* e, TargetKind kind) {
  switch (e->kind) {
    case ExprKind::List:
      for (ast::Expr* x : static_cast<ast::List*>(e)->elts)
        if (ast::Expr* bad = invalid_target(x, kind)) return bad;
      return nullptr;
    case ExprKind::Tuple:
      for (ast::Expr* x : static_cast<ast::Tuple*>(e)->elts)
        if (ast::Expr* bad = invalid_target(x, kind)) return bad;
      return nullptr;
    case ExprKind::Starred:
      if (kind == TargetKind::Del) return e;
      return invalid_target(static_cast<ast::Starred*>(e)->value, kind);
    case ExprKind::Compare:
      // `for x in y` read as an expression is a comparison.
      if (kind == TargetKind::For) {
        auto* c = static_cast<ast::Compare*>(e);
        if (c->ops[0] == ast::CmpOp::In) return invalid_target(c->left, kind);
      }
      return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

std::nullptr_t Parser::fail_invalid_target(ast::Expr* bad, TargetKind kind) {
  const char* verb = kind == TargetKind::Del ? "cannot delete " : "cannot assign to ";
  return fail_node(*bad, verb + std::string(expr_name(bad)));
}

void Parser::set_context(ast::Expr* e, ExprContext ctx) {
  switch (e->kind) {
    case ExprKind::Name:
      static_cast<ast::Name*>(e)->ctx = ctx;
      break;
    case ExprKind::Attribute:
      static_cast<ast::Attribute*>(e)->ctx = ctx;
      break;
    case ExprKind::Subscript:
      static_cast<ast::Subscript*>(e)->ctx = ctx;
      break;
    case ExprKind::Starred: {
      auto* s = static_cast<ast::Starred*>(e);
      s->ctx = ctx;
      set_context(s->value, ctx);
      break;
    }
    case ExprKind::List: {
      auto* l = static_cast<ast::List*>(e);
      l->ctx = ctx;
      for (ast::Expr* x : l->elts) set_context(x, ctx);
      break;
    }
    case ExprKind::Tuple: {
      auto* t = static_cast<ast::Tuple*>(e);
      t->ctx = ctx;
      for (ast::Expr* x : t->elts) set_context(x, ctx);
      break;
    }
    default:
      break;
  }
}

// One element of a target list: `*`target, or an atom with trailers. Bad
// targets are reported by the caller (it knows the right message).
ast::Expr* Parser::target_element(TargetKind kind) {
  if (at(Tok::Star)) {
    Token star = advance();
    ast::Expr* inner = target_element(kind);
    if (!inner) return nullptr;
    auto* s = node<ast::Starred>(star);
    s->value = inner;
    end_here(s);
    return s;
  }
  DepthGuard g(this);
  if (too_deep()) return nullptr;
  ast::Expr* e = primary();
  if (!e) return nullptr;
  if (invalid_target(e, kind)) return nullptr;
  return e;
}

// star_targets / del_targets / for targets: elements separated by commas;
// more than one (or a trailing comma) makes a Tuple.
ast::Expr* Parser::target_list(TargetKind kind, bool* built_tuple) {
  Token first = tok();
  ast::Expr* e = target_element(kind);
  if (!e) return nullptr;
  if (!at(Tok::Comma)) return e;
  *built_tuple = true;
  auto* t = node<ast::Tuple>(first);
  t->elts.push_back(e);
  while (accept(Tok::Comma)) {
    if (at(Tok::KwIn) || at(Tok::Newline) || at(Tok::Semi) || at(Tok::Equal)) break;
    ast::Expr* x = target_element(kind);
    if (!x) return nullptr;
    t->elts.push_back(x);
  }
  end_here(t);
  return t;
}

std::nullptr_t Parser::explain_bad_targets(const Mark& start, TargetKind kind) {
  if (lexer_error_) return nullptr;
  Mark fail_point = mark();
  int saved_second = second_pass_++;
  SyntaxErrorInfo first_error = error_;
  bool had = has_error_;
  reset(start);
  ast::Expr* e = star_expressions();
  second_pass_ = saved_second;
  if (e && !failed()) {
    ast::Expr* bad = invalid_target(e, kind);
    if (bad) return fail_invalid_target(bad, kind);
  }
  if (lexer_error_) return nullptr;
  reset(fail_point);
  has_error_ = had;
  error_ = first_error;
  if (!had) invalid_syntax();
  return nullptr;
}

}  // namespace ftpy::compiler::detail
