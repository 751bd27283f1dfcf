// parser_stmt.cpp — statement rules of the grammar (CPython's python.gram,
// "STATEMENTS" section), plus assignment-target checking.
//
// Each rule consumes its tokens and returns a node, or records the error and
// returns nullptr / false. Block bodies, decorators and chained assignments
// are loops, so statement nesting costs native stack only per indentation
// level (at most 100, enforced by the lexer).

#include "runtime/compiler/parser_impl.h"

namespace ftpy::compiler::detail {

using ast::ExprContext;
using ast::ExprKind;

namespace {

bool is_augassign(Tok k, ast::Operator* op) {
  switch (k) {
    case Tok::PlusEqual: *op = ast::Operator::Add; return true;
    case Tok::MinEqual: *op = ast::Operator::Sub; return true;
    case Tok::StarEqual: *op = ast::Operator::Mult; return true;
    case Tok::AtEqual: *op = ast::Operator::MatMult; return true;
    case Tok::SlashEqual: *op = ast::Operator::Div; return true;
    case Tok::PercentEqual: *op = ast::Operator::Mod; return true;
    case Tok::AmperEqual: *op = ast::Operator::BitAnd; return true;
    case Tok::VBarEqual: *op = ast::Operator::BitOr; return true;
    case Tok::CircumflexEqual: *op = ast::Operator::BitXor; return true;
    case Tok::LeftShiftEqual: *op = ast::Operator::LShift; return true;
    case Tok::RightShiftEqual: *op = ast::Operator::RShift; return true;
    case Tok::DoubleStarEqual: *op = ast::Operator::Pow; return true;
    case Tok::DoubleSlashEqual: *op = ast::Operator::FloorDiv; return true;
    default: return false;
  }
}

}  // namespace

// What CPython calls an expression in "cannot assign to %s" messages.
const char* expr_name(const ast::Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
      auto* c = static_cast<const ast::Constant*>(e);
      switch (c->ckind) {
        case ast::ConstantKind::None: return "None";
        case ast::ConstantKind::True: return "True";
        case ast::ConstantKind::False: return "False";
        case ast::ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

// ------------------------------------------------------------------ driver

bool Parser::statement(std::vector<ast::Stmt*>* out) {
  switch (kind()) {
    case Tok::KwDef: case Tok::KwClass: case Tok::At: case Tok::KwIf: case Tok::KwWhile:
    case Tok::KwFor: case Tok::KwTry: case Tok::KwWith: case Tok::KwAsync: {
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
    case Tok::KwPass: case Tok::KwBreak: case Tok::KwContinue: {
      Token k = advance();
      ast::Stmt* s = k.kind == Tok::KwPass    ? static_cast<ast::Stmt*>(node<ast::Pass>(k))
                     : k.kind == Tok::KwBreak ? static_cast<ast::Stmt*>(node<ast::Break>(k))
                                              : static_cast<ast::Stmt*>(node<ast::Continue>(k));
      end_here(s);
      return s;
    }
    case Tok::KwReturn: return return_stmt();
    case Tok::KwRaise: return raise_stmt();
    case Tok::KwGlobal: return global_stmt(false);
    case Tok::KwNonlocal: return global_stmt(true);
    case Tok::KwDel: return del_stmt();
    case Tok::KwAssert: return assert_stmt();
    case Tok::KwImport: return import_stmt();
    case Tok::KwFrom: return import_from();
    case Tok::KwAwait: return unsupported(t, "'await'");
    case Tok::Indent: case Tok::Dedent: case Tok::KwElse: case Tok::KwElif: case Tok::KwExcept:
    case Tok::KwFinally: case Tok::KwIn: case Tok::KwAs: case Tok::KwIs: case Tok::KwAnd:
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
  if (at(Tok::Colon) && e->kind != ExprKind::Yield && e->kind != ExprKind::YieldFrom) return annotated_rest(e, start);
  ast::Operator op;
  if (is_augassign(kind(), &op)) {
    ExprKind k = e->kind;
    if (k != ExprKind::Name && k != ExprKind::Attribute && k != ExprKind::Subscript) {
      return fail_node(*e, std::string("'") + expr_name(e) + "' is an illegal expression for augmented assignment");
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

// CPython's invalid_named_expression, seen from an assignment statement:
// `target = rhs` where `rhs` is a bitwise_or not followed by `=` or `:=`.
bool Parser::check_assign_here(ast::Expr* target, const Mark& after_eq) {
  ExprKind k = target->kind;
  bool paren = is_parenthesized(target);
  if (!paren) {
    if (k == ExprKind::List || k == ExprKind::Tuple || k == ExprKind::GeneratorExp) return false;
    if (k == ExprKind::Constant) {
      auto ck = static_cast<ast::Constant*>(target)->ckind;
      if (ck == ast::ConstantKind::True || ck == ast::ConstantKind::False || ck == ast::ConstantKind::None)
        return false;
    }
    // It must have been a bitwise_or: not a comparison, not/and/or,
    // conditional, lambda, starred or walrus.
    switch (k) {
      case ExprKind::Compare: case ExprKind::BoolOp: case ExprKind::IfExp: case ExprKind::Lambda:
      case ExprKind::Starred: case ExprKind::NamedExpr: case ExprKind::Yield: case ExprKind::YieldFrom:
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

ast::Stmt* Parser::annotated_rest(ast::Expr* target, const Token& start) {
  bool paren = is_parenthesized(target) || target->col != start.col || target->lineno != start.lineno;
  switch (target->kind) {
    case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript:
      break;
    case ExprKind::Tuple:
      if (!paren) {
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
  if (built_tuple) s->targets = static_cast<ast::Tuple*>(targets)->elts;
  else s->targets.push_back(targets);
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
      return fail_range(pos_of(kw), pos_of(last_), "Did you mean to use 'from ... import ...' instead?");
    return nullptr;
  }
  end_here(s);
  return s;
}

ast::Stmt* Parser::import_from() {
  Token kw = advance();
  auto* s = node<ast::ImportFrom>(kw);
  for (;;) {
    if (accept(Tok::Dot)) s->level += 1;
    else if (accept(Tok::Ellipsis)) s->level += 3;
    else break;
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

// ------------------------------------------------------------------ compound statements

ast::Stmt* Parser::compound_stmt() {
  switch (kind()) {
    case Tok::KwDef: return function_def({});
    case Tok::KwClass: return class_def({});
    case Tok::At: return decorated();
    case Tok::KwIf: return if_stmt();
    case Tok::KwWhile: return while_stmt();
    case Tok::KwFor: return for_stmt();
    case Tok::KwTry: return try_stmt();
    case Tok::KwWith: return with_stmt();
    case Tok::KwAsync: {
      Tok next = kind(1);
      if (next == Tok::KwDef) return unsupported(tok(), "'async def'");
      if (next == Tok::KwFor) return unsupported(tok(), "'async for'");
      if (next == Tok::KwWith) return unsupported(tok(), "'async with'");
      return invalid_syntax();
    }
    default:
      return invalid_syntax();
  }
}

ast::Stmt* Parser::decorated() {
  std::vector<ast::Expr*> decorators;
  while (accept(Tok::At)) {
    ast::Expr* d = named_expression();
    if (!d) return nullptr;
    decorators.push_back(d);
    if (!expect(Tok::Newline)) return nullptr;
  }
  if (at(Tok::KwDef)) return function_def(std::move(decorators));
  if (at(Tok::KwClass)) return class_def(std::move(decorators));
  if (at(Tok::KwAsync) && kind(1) == Tok::KwDef) return unsupported(tok(), "'async def'");
  return invalid_syntax();
}

ast::Stmt* Parser::function_def(std::vector<ast::Expr*> decorators) {
  Token kw = advance();  // def
  if (!at(Tok::Name)) return invalid_syntax();
  Token name = advance();
  if (at(Tok::LSqb)) return unsupported(tok(), "type parameter lists");
  if (!at(Tok::LPar)) return fail_tok(tok(), "expected '('");
  advance();
  ast::Arguments* args = parameters(false, Tok::RPar);
  if (!args) return nullptr;
  if (!expect(Tok::RPar)) return nullptr;
  auto* f = node<ast::FunctionDef>(kw);
  f->name = std::string(text(name));
  f->args = args;
  f->decorator_list = std::move(decorators);
  if (accept(Tok::RArrow)) {
    if (!starts_expression() && !at(Tok::KwYield)) return fail_tok(last_, "expected ':'");
    f->returns = expression();
    if (!f->returns) return nullptr;
  }
  if (!at(Tok::Colon)) return fail_tok(tok(), "expected ':'");
  advance();
  if (!block(&f->body, "function definition", kw.lineno)) return nullptr;
  end_at(f, *f->body.back());
  return f;
}

ast::Stmt* Parser::class_def(std::vector<ast::Expr*> decorators) {
  Token kw = advance();  // class
  if (!at(Tok::Name)) return invalid_syntax();
  Token name = advance();
  if (at(Tok::LSqb)) return unsupported(tok(), "type parameter lists");
  auto* c = node<ast::ClassDef>(kw);
  c->name = std::string(text(name));
  c->decorator_list = std::move(decorators);
  if (at(Tok::LPar)) {
    // Parse as a call's argument list, then take it apart.
    auto* fake = node<ast::Name>(name);
    ast::Expr* call = call_trailer(fake, name, /*class_bases=*/true);
    if (!call) return nullptr;
    auto* cl = static_cast<ast::Call*>(call);
    c->bases = std::move(cl->args);
    c->keywords = std::move(cl->keywords);
  }
  if (!colon_block(&c->body, "class definition", kw.lineno)) return nullptr;
  end_at(c, *c->body.back());
  return c;
}

// `:` then the block, with CPython's "expected ':'" when the line ends
// early. `what` is the statement's description for the indentation error.
bool Parser::colon_block(std::vector<ast::Stmt*>* body, const std::string& what, int line) {
  if (!at(Tok::Colon)) {
    if (at(Tok::Newline)) fail_tok(tok(), "expected ':'");
    else invalid_syntax();
    return false;
  }
  advance();
  return block(body, what, line);
}

bool Parser::block(std::vector<ast::Stmt*>* body, const std::string& what, int line) {
  if (!at(Tok::Newline)) return simple_stmts(body);
  advance();
  if (!at(Tok::Indent)) {
    const Token& t = tok();
    if (t.kind == Tok::Error) return false;
    std::string msg = "expected an indented block after " + what + " on line " + std::to_string(line);
    if (t.kind == Tok::EndMarker || t.kind == Tok::Dedent) {
      // At the end of input CPython points one past the last line.
      if (t.kind == Tok::EndMarker || t.start >= lexer_.source().size()) {
        SyntaxErrorInfo e;
        e.type = "IndentationError";
        e.msg = std::move(msg);
        lexer_.eof_location(&e.lineno, &e.offset);
        e.end_lineno = e.lineno;
        e.end_offset = -1;
        e.text = std::string(lexer_.line_text(e.lineno));
        error_at_eof_ = true;
        fail(std::move(e));
        return false;
      }
    }
    if (t.kind == Tok::Dedent) {
      // CPython's DEDENT has no column: it reports where its reader stood.
      SyntaxErrorInfo e = error_info("IndentationError", std::move(msg), t.lineno, t.col, t.lineno, t.col);
      e.offset = lexer_.char_col(t.lineno, t.col);
      e.end_offset = -1;
      fail(std::move(e));
      return false;
    }
    fail_range(pos_of(t), pos_of(t), std::move(msg), "IndentationError");
    return false;
  }
  advance();
  while (!at(Tok::Dedent)) {
    if (at(Tok::EndMarker) || at(Tok::Error)) {
      if (!failed()) invalid_syntax();
      return false;
    }
    if (!statement(body)) return false;
  }
  advance();
  return true;
}

// if / elif chains: each `elif` is an If nested in the previous orelse,
// built in a loop so a long chain costs no native stack.
ast::Stmt* Parser::if_stmt() {
  std::vector<ast::If*> chain;
  for (;;) {
    Token kw = advance();  // if / elif
    ast::Expr* test = named_expression();
    if (!test) return nullptr;
    auto* s = node<ast::If>(kw);
    s->test = test;
    bool elif = kw.kind == Tok::KwElif;
    if (!colon_block(&s->body, elif ? "'elif' statement" : "'if' statement", kw.lineno)) return nullptr;
    if (!chain.empty()) chain.back()->orelse.push_back(s);
    chain.push_back(s);
    if (static_cast<int>(chain.size()) + depth_ > kMaxDepth) {
      too_deep_chain();
      return nullptr;
    }
    if (!at(Tok::KwElif)) break;
  }
  ast::If* last = chain.back();
  if (at(Tok::KwElse)) {
    Token e = advance();
    if (!at(Tok::Colon)) return fail_tok(tok(), "expected ':'");
    advance();
    if (!block(&last->orelse, "'else' statement", e.lineno)) return nullptr;
  }
  // Every If in the chain ends where the whole statement ends.
  const ast::Stmt* end = last->orelse.empty() ? last->body.back() : last->orelse.back();
  for (ast::If* s : chain) end_at(s, *end);
  return chain.front();
}

ast::Stmt* Parser::while_stmt() {
  Token kw = advance();
  ast::Expr* test = named_expression();
  if (!test) return nullptr;
  auto* s = node<ast::While>(kw);
  s->test = test;
  if (!colon_block(&s->body, "'while' statement", kw.lineno)) return nullptr;
  if (at(Tok::KwElse)) {
    Token e = advance();
    if (!at(Tok::Colon)) return fail_tok(tok(), "expected ':'");
    advance();
    if (!block(&s->orelse, "'else' statement", e.lineno)) return nullptr;
  }
  end_at(s, s->orelse.empty() ? *s->body.back() : *s->orelse.back());
  return s;
}

ast::Stmt* Parser::for_stmt() {
  Token kw = advance();
  Mark target_start = mark();
  bool built_tuple = false;
  ast::Expr* target = target_list(TargetKind::For, &built_tuple);
  if (!target || !at(Tok::KwIn)) {
    if (lexer_error_) return nullptr;
    explain_bad_targets(target_start, TargetKind::For);
    return nullptr;
  }
  advance();  // in
  ast::Expr* iter = star_expressions();
  if (!iter) return nullptr;
  set_context(target, ExprContext::Store);
  auto* s = node<ast::For>(kw);
  s->target = target;
  s->iter = iter;
  if (!colon_block(&s->body, "'for' statement", kw.lineno)) return nullptr;
  if (at(Tok::KwElse)) {
    Token e = advance();
    if (!at(Tok::Colon)) return fail_tok(tok(), "expected ':'");
    advance();
    if (!block(&s->orelse, "'else' statement", e.lineno)) return nullptr;
  }
  end_at(s, s->orelse.empty() ? *s->body.back() : *s->orelse.back());
  return s;
}

ast::Stmt* Parser::try_stmt() {
  Token kw = advance();
  if (!at(Tok::Colon)) return fail_tok(tok(), "expected ':'");
  advance();
  auto* s = node<ast::Try>(kw);
  if (!block(&s->body, "'try' statement", kw.lineno)) return nullptr;
  while (at(Tok::KwExcept)) {
    ast::ExceptHandler* h = except_block();
    if (!h) return nullptr;
    s->handlers.push_back(h);
  }
  if (!s->handlers.empty() && at(Tok::KwElse)) {
    Token e = advance();
    if (!at(Tok::Colon)) return fail_tok(tok(), "expected ':'");
    advance();
    if (!block(&s->orelse, "'else' statement", e.lineno)) return nullptr;
  }
  if (at(Tok::KwFinally)) {
    Token f = advance();
    if (!at(Tok::Colon)) return fail_tok(tok(), "expected ':'");
    advance();
    if (!block(&s->finalbody, "'finally' statement", f.lineno)) return nullptr;
  }
  if (s->handlers.empty() && s->finalbody.empty()) {
    const Token& t = tok();
    if (t.kind == Tok::Error) return nullptr;
    if (t.kind == Tok::EndMarker || t.kind == Tok::Dedent) {
      // CPython reports this at the end of the last line it read.
      if (t.kind == Tok::EndMarker || t.start >= lexer_.source().size()) error_at_eof_ = true;
      const Token& prev = last_;
      SyntaxErrorInfo e = error_info("SyntaxError", "expected 'except' or 'finally' block", prev.lineno, prev.col,
                                     prev.lineno, prev.col);
      e.offset = lexer_.char_col(prev.lineno, static_cast<int>(lexer_.line_text(prev.lineno).size())) + 1;
      e.end_offset = -1;
      return fail(std::move(e));
    }
    return fail_tok(t, "expected 'except' or 'finally' block");
  }
  const ast::Stmt* last = !s->finalbody.empty() ? s->finalbody.back()
                          : !s->orelse.empty()  ? s->orelse.back()
                                                : nullptr;
  if (last) end_at(s, *last);
  else end_at(s, *s->handlers.back());
  return s;
}

ast::ExceptHandler* Parser::except_block() {
  Token kw = advance();  // except
  if (at(Tok::Star)) return unsupported(tok(), "'except*'");
  auto* h = node<ast::ExceptHandler>(kw);
  if (!at(Tok::Colon)) {
    if (at(Tok::Newline)) return fail_tok(tok(), "expected ':'");
    Token first = tok();
    h->type = expression();
    if (!h->type) return nullptr;
    if (at(Tok::Comma)) {
      // `except A, B:` — CPython 3.13 asks for parentheses.
      SecondPass second_pass(this);
      Mark m = mark();
      advance();
      ast::Expr* more = expression();
      (void)first;
      if (more && !failed()) {
        while (accept(Tok::Comma)) {
          more = expression();
          if (!more) break;
        }
        if (more && !failed()) {
          ast::Pos span{h->type->lineno, h->type->col, more->end_lineno, more->end_col};
          return fail_range(span, span, "multiple exception types must be parenthesized");
        }
      }
      reset(m);
      return invalid_syntax();
    }
    if (accept(Tok::KwAs)) {
      if (!at(Tok::Name)) return invalid_syntax();
      h->name = std::string(text(advance()));
    }
  }
  if (!colon_block(&h->body, "'except' statement", kw.lineno)) return nullptr;
  end_at(h, *h->body.back());
  return h;
}

ast::Stmt* Parser::with_stmt() {
  Token kw = advance();
  auto* s = node<ast::With>(kw);
  // `with (a as b, c):` — parenthesized items, unless the parenthesis is
  // just part of the first expression (`with (a, b) as c:`, `with (a):`).
  bool parsed = false;
  if (at(Tok::LPar)) {
    Mark m = mark();
    advance();
    std::vector<ast::WithItem> items;
    bool ok = true;
    for (;;) {
      if (!with_item(&items)) { ok = false; break; }
      if (!accept(Tok::Comma)) break;
      if (at(Tok::RPar)) break;
    }
    if (ok && !failed() && accept(Tok::RPar) && at(Tok::Colon)) {
      s->items = std::move(items);
      parsed = true;
    } else {
      reset(m);
    }
  }
  if (!parsed) {
    for (;;) {
      if (!with_item(&s->items)) return nullptr;
      if (!accept(Tok::Comma)) break;
    }
  }
  if (!colon_block(&s->body, "'with' statement", kw.lineno)) return nullptr;
  end_at(s, *s->body.back());
  return s;
}

bool Parser::with_item(std::vector<ast::WithItem>* items) {
  ast::WithItem item;
  item.context_expr = expression();
  if (!item.context_expr) return false;
  if (accept(Tok::KwAs)) {
    Mark m = mark();
    ast::Expr* t = target_element(TargetKind::Star);
    bool follow_ok = at(Tok::Comma) || at(Tok::RPar) || at(Tok::Colon) || at(Tok::Newline);
    if (!t || !follow_ok) {
      if (lexer_error_) return false;
      Mark fail_point = mark();
      {
        // CPython's invalid_with_item: name what cannot be assigned.
        SecondPass second_pass(this);
        reset(m);
        ast::Expr* e = expression();
        if (e && !failed() && (at(Tok::Comma) || at(Tok::RPar) || at(Tok::Colon))) {
          ast::Expr* bad = invalid_target(e, TargetKind::Star);
          if (bad) return fail_invalid_target(bad, TargetKind::Star), false;
        }
        if (lexer_error_) return false;
        reset(fail_point);
      }
      invalid_syntax();
      return false;
    }
    set_context(t, ExprContext::Store);
    item.optional_vars = t;
  }
  items->push_back(item);
  return true;
}

// `match` starts a match statement when `match <subject>:` ends its line.
bool Parser::is_match_statement() {
  Tok next = kind(1);
  switch (next) {
    case Tok::Equal: case Tok::Dot: case Tok::Comma: case Tok::RPar: case Tok::Newline: case Tok::Colon:
    case Tok::Semi: case Tok::EndMarker:
      return false;
    default: {
      ast::Operator op;
      if (is_augassign(next, &op)) return false;
    }
  }
  Mark m = mark();
  advance();
  ast::Expr* subject = star_named_expression();
  bool yes = false;
  if (subject && !failed()) {
    while (accept(Tok::Comma)) {
      if (at(Tok::Colon)) break;
      if (!star_named_expression() || failed()) break;
    }
    yes = !failed() && at(Tok::Colon) && kind(1) == Tok::Newline;
  }
  reset(m);
  return yes;
}

bool Parser::is_type_alias() { return kind(1) == Tok::Name && (kind(2) == Tok::Equal || kind(2) == Tok::LSqb); }

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
    case ExprKind::Name: case ExprKind::Subscript: case ExprKind::Attribute:
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
    case ExprKind::Name: static_cast<ast::Name*>(e)->ctx = ctx; break;
    case ExprKind::Attribute: static_cast<ast::Attribute*>(e)->ctx = ctx; break;
    case ExprKind::Subscript: static_cast<ast::Subscript*>(e)->ctx = ctx; break;
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
