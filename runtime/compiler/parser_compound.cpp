// parser_compound.cpp — compound statement rules of the grammar (CPython's
// python.gram: function and class definitions, decorators, if/while/for,
// try/except/finally, with) and blocks, with CPython's messages for missing
// colons and bodies ("expected ':'", "expected an indented block after ...").
//
// Block bodies, decorators and elif chains are loops: statement nesting
// costs native stack only per indentation level (at most 100, enforced by
// the lexer).

#include "runtime/compiler/parser_impl.h"

namespace ftpy::compiler::detail {

using ast::ExprContext;
using ast::ExprKind;

// ------------------------------------------------------------------ compound statements

ast::Stmt* Parser::compound_stmt() {
  switch (kind()) {
    case Tok::KwDef:
      return function_def({});
    case Tok::KwClass:
      return class_def({});
    case Tok::At:
      return decorated();
    case Tok::KwIf:
      return if_stmt();
    case Tok::KwWhile:
      return while_stmt();
    case Tok::KwFor:
      return for_stmt();
    case Tok::KwTry:
      return try_stmt();
    case Tok::KwWith:
      return with_stmt();
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
    if (at(Tok::Newline))
      fail_tok(tok(), "expected ':'");
    else
      invalid_syntax();
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
    std::string msg =
        "expected an indented block after " + what + " on line " + std::to_string(line);
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
      SyntaxErrorInfo e =
          error_info("IndentationError", std::move(msg), t.lineno, t.col, t.lineno, t.col);
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
    if (!colon_block(&s->body, elif ? "'elif' statement" : "'if' statement", kw.lineno))
      return nullptr;
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
      SyntaxErrorInfo e = error_info("SyntaxError", "expected 'except' or 'finally' block",
                                     prev.lineno, prev.col, prev.lineno, prev.col);
      e.offset =
          lexer_.char_col(prev.lineno, static_cast<int>(lexer_.line_text(prev.lineno).size())) + 1;
      e.end_offset = -1;
      return fail(std::move(e));
    }
    return fail_tok(t, "expected 'except' or 'finally' block");
  }
  const ast::Stmt* last = !s->finalbody.empty() ? s->finalbody.back()
                          : !s->orelse.empty()  ? s->orelse.back()
                                                : nullptr;
  if (last)
    end_at(s, *last);
  else
    end_at(s, *s->handlers.back());
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
      if (!with_item(&items)) {
        ok = false;
        break;
      }
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
    case Tok::Equal:
    case Tok::Dot:
    case Tok::Comma:
    case Tok::RPar:
    case Tok::Newline:
    case Tok::Colon:
    case Tok::Semi:
    case Tok::EndMarker:
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

bool Parser::is_type_alias() {
  return kind(1) == Tok::Name && (kind(2) == Tok::Equal || kind(2) == Tok::LSqb);
}

}  // namespace ftpy::compiler::detail
