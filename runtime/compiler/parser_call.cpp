// parser_call.cpp — the expression rules with argument lists:
// comprehension clauses, call arguments (positional, keyword, *args,
// **kwargs, a lone generator expression), subscripts and slices, lambda,
// and the parameter lists of lambda and def. Each reports CPython's
// dedicated messages ("positional argument follows keyword argument",
// "parameter without a default follows parameter with a default", ...).

#include "runtime/compiler/parser_impl.h"

namespace ftpy::compiler::detail {

using ast::ExprContext;
using ast::ExprKind;

// ('for' targets 'in' disjunction ('if' disjunction)*)+
bool Parser::for_if_clauses(std::vector<ast::Comprehension*>* out) {
  while (at(Tok::KwFor) || at(Tok::KwAsync)) {
    if (at(Tok::KwAsync)) {
      unsupported(tok(), "asynchronous comprehensions");
      return false;
    }
    advance();
    Mark target_start = mark();
    bool built_tuple = false;
    ast::Expr* target = target_list(TargetKind::For, &built_tuple);
    if (!target || !at(Tok::KwIn)) {
      if (lexer_error_) return false;
      if (target && !failed()) {
        // CPython's invalid_for_if_clause.
        fail_tok(tok(), "'in' expected after for-loop variables");
        return false;
      }
      explain_bad_targets(target_start, TargetKind::For);
      return false;
    }
    advance();  // in
    auto* c = arena_.make<ast::Comprehension>();
    set_context(target, ExprContext::Store);
    c->target = target;
    c->iter = disjunction();
    if (!c->iter) return false;
    while (accept(Tok::KwIf)) {
      ast::Expr* cond = disjunction();
      if (!cond) return false;
      c->ifs.push_back(cond);
    }
    out->push_back(c);
  }
  return true;
}

// ------------------------------------------------------------------ calls and subscripts

ast::Expr* Parser::call_trailer(ast::Expr* func, const Token& start, bool class_bases) {
  Token lpar = advance();
  auto* call = node<ast::Call>(start);
  call->func = func;
  bool seen_kw_unpack = false;  // a **kwargs was seen
  while (!at(Tok::RPar)) {
    Token first = tok();
    if (at(Tok::Star)) {
      advance();
      if (!starts_expression()) return fail_tok(tok(), "Invalid star expression");
      ast::Expr* v = expression();
      if (!v) return nullptr;
      if (at(Tok::KwFor)) {
        ast::Pos span{first.lineno, first.col, v->end_lineno, v->end_col};
        return fail_range(span, span, "iterable unpacking cannot be used in comprehension");
      }
      auto* s = node<ast::Starred>(first);
      s->value = v;
      end_here(s);
      if (seen_kw_unpack) {
        // CPython marks from the comma before this `*` to the end of the
        // token after it.
        const Token& end = at(Tok::Comma) ? tok(1) : tok();
        SyntaxErrorInfo err = error_info(
            "SyntaxError", "iterable argument unpacking follows keyword argument unpacking",
            star_after_kw_comma_.lineno, star_after_kw_comma_.col, end.end_lineno, end.end_col);
        err.end_offset = lexer_.char_col(end.end_lineno, end.end_col);
        return fail(std::move(err));
      }
      call->args.push_back(s);
    } else if (at(Tok::DoubleStar)) {
      advance();
      ast::Expr* v = expression();
      if (!v) return nullptr;
      if (at(Tok::Equal)) {
        advance();
        ast::Expr* rhs = expression();
        if (!rhs) return nullptr;
        return fail_range(pos_of(first), *rhs, "cannot assign to keyword argument unpacking");
      }
      auto* k = node<ast::Keyword>(first);
      k->value = v;
      end_here(k);
      call->keywords.push_back(k);
      seen_kw_unpack = true;
    } else if ((at(Tok::Name) || at(Tok::KwTrue) || at(Tok::KwFalse) || at(Tok::KwNone)) &&
               kind(1) == Tok::Equal) {
      Token name = advance();
      Token eq = advance();
      if (name.kind != Tok::Name)
        return fail_range(pos_of(name), pos_of(eq), "cannot assign to " + std::string(text(name)));
      if (at(Tok::Comma) || at(Tok::RPar))
        return fail_range(pos_of(name), pos_of(eq), "expected argument value expression");
      ast::Expr* v = expression();
      if (!v) return nullptr;
      if (at(Tok::KwFor))
        return fail_range(pos_of(name), pos_of(eq),
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      auto* k = node<ast::Keyword>(name);
      k->arg = std::string(text(name));
      k->value = v;
      end_here(k);
      call->keywords.push_back(k);
    } else {
      ast::Expr* e;
      if (at(Tok::Name) && kind(1) == Tok::ColonEqual)
        e = named_expression();
      else
        e = expression();
      if (!e) return nullptr;
      if (at(Tok::ColonEqual))
        return fail_node(*e, std::string("cannot use assignment expressions with ") + expr_name(e));
      if (at(Tok::Equal)) {
        Token eq = tok();
        return fail_range(*e, pos_of(eq),
                          "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (at_comp_for()) {
        if (class_bases) return invalid_syntax();
        // A generator expression: alone it takes the call's parentheses.
        auto* g = node<ast::GeneratorExp>(lpar);
        g->elt = e;
        if (!for_if_clauses(&g->generators)) return nullptr;
        bool alone = call->args.empty() && call->keywords.empty() && at(Tok::RPar);
        if (!alone) {
          const ast::Comprehension* lastc = g->generators.back();
          const ast::Expr* last_item = lastc->ifs.empty() ? lastc->iter : lastc->ifs.back();
          return fail_range(*e, *last_item, "Generator expression must be parenthesized");
        }
        advance();  // ')'
        end_here(g);
        call->args.push_back(g);
        end_here(call);
        return call;
      }
      if (!call->keywords.empty()) {
        // CPython reports this after reading the rest of the arguments.
        SecondPass second_pass(this);
        while (accept(Tok::Comma)) {
          if (at(Tok::RPar)) break;
          if (at(Tok::Star) || at(Tok::DoubleStar))
            advance();
          else if (at(Tok::Name) && kind(1) == Tok::Equal) {
            advance();
            advance();
          }
          ++no_invalid_;
          ast::Expr* more = expression();
          --no_invalid_;
          if (!more || failed()) break;
        }
        if (lexer_error_) return nullptr;
        has_error_ = false;
        return fail_tok(tok(), seen_kw_unpack
                                   ? "positional argument follows keyword argument unpacking"
                                   : "positional argument follows keyword argument");
      }
      call->args.push_back(e);
    }
    if (!at(Tok::Comma)) break;
    Token comma = advance();
    if (at(Tok::Star)) star_after_kw_comma_ = comma;
  }
  if (!expect(Tok::RPar)) return nullptr;
  end_here(call);
  return call;
}

ast::Expr* Parser::subscript_trailer(ast::Expr* value, const Token& start) {
  advance();  // '['
  Token first = tok();
  ast::Expr* index = slice();
  if (!index) return nullptr;
  if (at(Tok::Comma) || index->kind == ExprKind::Starred) {
    auto* t = node<ast::Tuple>(first);
    t->elts.push_back(index);
    while (accept(Tok::Comma)) {
      if (at(Tok::RSqb)) break;
      ast::Expr* x = slice();
      if (!x) return nullptr;
      t->elts.push_back(x);
    }
    end_here(t);
    index = t;
  }
  if (!expect(Tok::RSqb)) return nullptr;
  auto* s = node<ast::Subscript>(start);
  s->value = value;
  s->slice = index;
  end_here(s);
  return s;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
// (or a starred expression inside a tuple of slices).
ast::Expr* Parser::slice() {
  Token first = tok();
  if (at(Tok::Star)) return star_named_expression();
  ast::Expr* lower = nullptr;
  if (!at(Tok::Colon)) {
    if (at(Tok::Name) && kind(1) == Tok::ColonEqual) return named_expression();
    lower = expression();
    if (!lower) return nullptr;
    if (!at(Tok::Colon)) {
      if (at(Tok::ColonEqual))
        return fail_node(*lower,
                         std::string("cannot use assignment expressions with ") + expr_name(lower));
      return lower;
    }
  }
  advance();  // ':'
  auto* s = node<ast::Slice>(first);
  s->lower = lower;
  if (!at(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RSqb)) {
    s->upper = expression();
    if (!s->upper) return nullptr;
  }
  if (accept(Tok::Colon)) {
    if (!at(Tok::Comma) && !at(Tok::RSqb)) {
      s->step = expression();
      if (!s->step) return nullptr;
    }
  }
  end_here(s);
  return s;
}

// ------------------------------------------------------------------ lambda and parameters

ast::Expr* Parser::lambdef() {
  Token kw = advance();
  ast::Arguments* args = parameters(true, Tok::Colon);
  if (!args) return nullptr;
  if (!at(Tok::Colon)) return invalid_syntax();
  Token colon = advance();
  if (fstring_depth_ > 0 && (at(Tok::FStringMiddle) || at(Tok::LBrace) || at(Tok::RBrace))) {
    return fail_range(pos_of(kw), pos_of(colon),
                      "f-string: lambda expressions are not allowed without parentheses");
  }
  ast::Expr* body = expression();
  if (!body) return nullptr;
  auto* l = node<ast::Lambda>(kw);
  l->args = args;
  l->body = body;
  end_here(l);
  return l;
}

ast::Arg* Parser::parameter(bool is_lambda, bool allow_annotation) {
  if (!at(Tok::Name)) {
    if (at(Tok::LPar)) {
      // def f(a, (b, c)): Python 2 tuple parameters.
      SecondPass second_pass(this);
      Mark m = mark();
      Token lpar = advance();
      int depth = 1;
      while (depth > 0 && !at(Tok::EndMarker) && !at(Tok::Error) && !at(Tok::Newline)) {
        if (at(Tok::LPar)) ++depth;
        if (at(Tok::RPar)) --depth;
        advance();
      }
      if (depth == 0) {
        return fail_range(pos_of(lpar), pos_of(last_),
                          is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                    : "Function parameters cannot be parenthesized");
      }
      reset(m);
    }
    return invalid_syntax();
  }
  Token name = advance();
  auto* a = node<ast::Arg>(name);
  a->arg = std::string(text(name));
  end_here(a);
  if (!is_lambda && allow_annotation && accept(Tok::Colon)) {
    a->annotation = at(Tok::Star) ? star_expression() : expression();
    if (!a->annotation) return nullptr;
    end_here(a);
  }
  return a;
}

ast::Arguments* Parser::parameters(bool is_lambda, Tok close) {
  auto* args = arena_.make<ast::Arguments>();
  bool seen_slash = false, seen_star = false, seen_default = false, seen_kwarg = false;
  while (!at(close)) {
    Token t = tok();
    if (seen_kwarg) return fail_tok(t, "arguments cannot follow var-keyword argument");
    if (at(Tok::Slash)) {
      if (seen_slash) return fail_tok(t, "/ may appear only once");
      if (seen_star) return fail_tok(t, "/ must be ahead of *");
      if (args->args.empty()) return invalid_syntax();
      advance();
      seen_slash = true;
      args->posonlyargs = std::move(args->args);
      args->args.clear();
    } else if (at(Tok::Star)) {
      if (seen_star) {
        if (kind(1) == Tok::Name || kind(1) == Tok::Comma || kind(1) == close)
          return fail_tok(t, "* argument may appear only once");
        return invalid_syntax();
      }
      advance();
      seen_star = true;
      if (at(Tok::Name)) {
        args->vararg = parameter(is_lambda, true);
        if (!args->vararg) return nullptr;
        if (at(Tok::Equal))
          return fail_tok(tok(), "var-positional argument cannot have default value");
      } else {
        // A bare `*` must be followed by keyword-only parameters. For a
        // lambda CPython points at the token that ends the pattern.
        if (at(close)) return fail_tok(is_lambda ? tok() : t, "named arguments must follow bare *");
        if (at(Tok::Comma) && (kind(1) == close || kind(1) == Tok::DoubleStar))
          return fail_tok(is_lambda ? tok(1) : t, "named arguments must follow bare *");
        if (!at(Tok::Comma)) return invalid_syntax();
      }
    } else if (at(Tok::DoubleStar)) {
      advance();
      args->kwarg = parameter(is_lambda, true);
      if (!args->kwarg) return nullptr;
      if (at(Tok::Equal)) return fail_tok(tok(), "var-keyword argument cannot have default value");
      seen_kwarg = true;
    } else {
      ast::Arg* a = parameter(is_lambda, true);
      if (!a) return nullptr;
      ast::Expr* def = nullptr;
      if (accept(Tok::Equal)) {
        def = expression();
        if (!def) return nullptr;
      }
      if (seen_star) {
        args->kwonlyargs.push_back(a);
        args->kw_defaults.push_back(def);
      } else {
        if (def) {
          args->defaults.push_back(def);
          seen_default = true;
        } else if (seen_default) {
          return fail_node(*a, "parameter without a default follows parameter with a default");
        }
        args->args.push_back(a);
      }
    }
    if (!at(Tok::Comma)) break;
    advance();
    if (seen_kwarg && !at(close))
      return fail_tok(tok(), "arguments cannot follow var-keyword argument");
  }
  return args;
}

}  // namespace ftpy::compiler::detail
