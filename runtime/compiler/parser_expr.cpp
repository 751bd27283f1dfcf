// parser_expr.cpp — expression rules of the grammar (CPython's python.gram,
// "EXPRESSIONS" section): precedence levels, atoms, displays,
// comprehensions, calls, subscripts, lambda and parameters.
//
// Binary operators use precedence climbing (one function for the six
// levels from `|` down to `*`), so a parenthesized expression costs about
// ten native frames. Every node starts at the first token of its rule, as
// in CPython (`(a) + b` starts at the parenthesis).

#include <charconv>
#include <cmath>

#include "runtime/compiler/parser_impl.h"
#include "runtime/compiler/string_literal.h"

namespace ftpy::compiler::detail {

using ast::ExprContext;
using ast::ExprKind;

namespace {

// Binary operator precedence for precedence climbing; 0 = not binary.
int binary_prec(Tok k, ast::Operator* op) {
  switch (k) {
    case Tok::VBar:
      *op = ast::Operator::BitOr;
      return 1;
    case Tok::Circumflex:
      *op = ast::Operator::BitXor;
      return 2;
    case Tok::Amper:
      *op = ast::Operator::BitAnd;
      return 3;
    case Tok::LeftShift:
      *op = ast::Operator::LShift;
      return 4;
    case Tok::RightShift:
      *op = ast::Operator::RShift;
      return 4;
    case Tok::Plus:
      *op = ast::Operator::Add;
      return 5;
    case Tok::Minus:
      *op = ast::Operator::Sub;
      return 5;
    case Tok::Star:
      *op = ast::Operator::Mult;
      return 6;
    case Tok::Slash:
      *op = ast::Operator::Div;
      return 6;
    case Tok::DoubleSlash:
      *op = ast::Operator::FloorDiv;
      return 6;
    case Tok::Percent:
      *op = ast::Operator::Mod;
      return 6;
    case Tok::At:
      *op = ast::Operator::MatMult;
      return 6;
    default:
      return 0;
  }
}

bool is_soft_keyword(std::string_view s) {
  return s == "match" || s == "case" || s == "_" || s == "type";
}

}  // namespace

// ------------------------------------------------------------------ tuples and stars

ast::Expr* Parser::star_expressions() {
  Token first = tok();
  ast::Expr* e = star_expression();
  if (!e) return nullptr;
  if (!at(Tok::Comma)) return e;
  auto* t = node<ast::Tuple>(first);
  t->elts.push_back(e);
  while (accept(Tok::Comma)) {
    if (!starts_expression() && !at(Tok::Star)) break;
    ast::Expr* x = star_expression();
    if (!x) return nullptr;
    t->elts.push_back(x);
  }
  end_here(t);
  return t;
}

ast::Expr* Parser::star_expression() {
  if (at(Tok::Star)) {
    Token star = advance();
    ast::Expr* v = bitwise_or();
    if (!v) return nullptr;
    auto* s = node<ast::Starred>(star);
    s->value = v;
    end_here(s);
    return s;
  }
  return expression();
}

ast::Expr* Parser::star_named_expression() {
  if (at(Tok::Star)) {
    Token star = advance();
    if (!starts_expression()) return fail_tok(tok(), "Invalid star expression");
    ast::Expr* v = bitwise_or();
    if (!v) return nullptr;
    auto* s = node<ast::Starred>(star);
    s->value = v;
    end_here(s);
    return s;
  }
  return named_expression();
}

// `expressions` (eval input): expression (',' expression)* [','].
ast::Expr* Parser::expressions() {
  Token first = tok();
  ast::Expr* e = expression();
  if (!e) return nullptr;
  if (!at(Tok::Comma)) return e;
  auto* t = node<ast::Tuple>(first);
  t->elts.push_back(e);
  while (accept(Tok::Comma)) {
    if (!starts_expression()) break;
    ast::Expr* x = expression();
    if (!x) return nullptr;
    t->elts.push_back(x);
  }
  end_here(t);
  return t;
}

ast::Expr* Parser::annotated_rhs() { return at(Tok::KwYield) ? yield_expr() : star_expressions(); }

ast::Expr* Parser::yield_expr() {
  Token kw = advance();
  if (accept(Tok::KwFrom)) {
    ast::Expr* v = expression();
    if (!v) return nullptr;
    auto* y = node<ast::YieldFrom>(kw);
    y->value = v;
    end_here(y);
    return y;
  }
  auto* y = node<ast::Yield>(kw);
  if (starts_expression() || at(Tok::Star)) {
    y->value = star_expressions();
    if (!y->value) return nullptr;
  }
  end_here(y);
  return y;
}

// ------------------------------------------------------------------ expression levels

ast::Expr* Parser::named_expression() {
  if (at(Tok::Name) && kind(1) == Tok::ColonEqual) {
    Token name = advance();
    advance();  // :=
    ast::Expr* value = expression();
    if (!value) return nullptr;
    auto* n = node<ast::NamedExpr>(name);
    n->target = make_name(name, ExprContext::Store);
    n->value = value;
    end_here(n);
    return n;
  }
  Token start = tok();
  ast::Expr* e = expression();
  if (!e) return nullptr;
  if (at(Tok::ColonEqual)) {
    return fail_node(*e, std::string("cannot use assignment expressions with ") + expr_name(e));
  }
  if (at(Tok::Equal) && !no_invalid_) {
    // CPython's invalid_named_expression: `if x = 1:` and friends.
    SecondPass second_pass(this);
    Mark eq = mark();
    advance();
    Mark after = mark();
    ast::Expr* rhs = bitwise_or();
    bool fire = rhs && !failed() && !at(Tok::Equal) && !at(Tok::ColonEqual);
    reset(eq);
    if (fire) {
      (void)after;
      if (e->kind == ExprKind::Name && !is_parenthesized(e))
        return fail_range(*e, *rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      if (check_assign_here(e, after)) return nullptr;
    }
  }
  (void)start;
  return e;
}

ast::Expr* Parser::expression() {
  DepthGuard guard(this);
  if (too_deep()) return nullptr;
  if (at(Tok::KwLambda)) return lambdef();
  Token start = tok();
  Mark m = mark();
  ast::Expr* a = disjunction();
  if (!a) return nullptr;
  if (at(Tok::KwIf)) {
    Mark before_if = mark();
    advance();
    ast::Expr* test = disjunction();
    if (!test || !at(Tok::KwElse)) {
      if (no_invalid_ && !lexer_error_) {
        // Only looking ahead for an error message: like CPython's PEG
        // alternatives, settle for the disjunction before the `if`.
        reset(before_if);
        return a;
      }
      if (!test) return nullptr;
      if (at(Tok::Colon)) return invalid_syntax();
      return fail_range(*a, *test, "expected 'else' after 'if' expression");
    }
    advance();
    ast::Expr* orelse = expression();
    if (!orelse) return nullptr;
    auto* e = node<ast::IfExp>(start);
    e->test = test;
    e->body = a;
    e->orelse = orelse;
    end_here(e);
    return e;
  }
  if (!no_invalid_ && (starts_expression() || at(Tok::KwYield)) && check_missing_comma(a, m))
    return nullptr;
  return a;
}

// CPython's invalid_expression / invalid_legacy_expression: an expression
// directly followed by another one.
bool Parser::check_missing_comma(ast::Expr* a, const Mark& a_start) {
  SecondPass second_pass(this);
  const Token& first = tokens_[a_start.pos];
  const Token& second = tokens_[a_start.pos + 1 < tokens_.size() ? a_start.pos + 1 : a_start.pos];
  bool name_string =
      first.kind == Tok::Name && (second.kind == Tok::String || second.kind == Tok::FStringStart);
  bool soft = first.kind == Tok::Name && is_soft_keyword(text(first));
  bool legacy = a->kind == ExprKind::Name && (static_cast<ast::Name*>(a)->id == "print" ||
                                              static_cast<ast::Name*>(a)->id == "exec");
  Mark after_a = mark();
  if (!name_string && !soft && !legacy) {
    ++no_invalid_;
    ast::Expr* b = expression();
    --no_invalid_;
    if (b && !failed() && last_.level > 0) {
      fail_range(*a, *b, "invalid syntax. Perhaps you forgot a comma?");
      return true;
    }
    reset(after_a);
  }
  if (legacy && !is_parenthesized(a) && !at(Tok::LPar)) {
    ++no_invalid_;
    ast::Expr* b = star_expressions();
    --no_invalid_;
    if (b && !failed()) {
      const std::string& id = static_cast<ast::Name*>(a)->id;
      fail_range(*a, *b,
                 "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
      return true;
    }
    reset(after_a);
  }
  return false;
}

ast::Expr* Parser::disjunction() {
  Token start = tok();
  ast::Expr* first = conjunction();
  if (!first) return nullptr;
  if (!at(Tok::KwOr)) return first;
  auto* b = node<ast::BoolOp>(start);
  b->op = ast::BoolOpKind::Or;
  b->values.push_back(first);
  while (accept(Tok::KwOr)) {
    ast::Expr* v = conjunction();
    if (!v) return nullptr;
    b->values.push_back(v);
  }
  end_here(b);
  return b;
}

ast::Expr* Parser::conjunction() {
  Token start = tok();
  ast::Expr* first = inversion();
  if (!first) return nullptr;
  if (!at(Tok::KwAnd)) return first;
  auto* b = node<ast::BoolOp>(start);
  b->op = ast::BoolOpKind::And;
  b->values.push_back(first);
  while (accept(Tok::KwAnd)) {
    ast::Expr* v = inversion();
    if (!v) return nullptr;
    b->values.push_back(v);
  }
  end_here(b);
  return b;
}

ast::Expr* Parser::inversion() {
  if (at(Tok::KwNot)) {
    DepthGuard guard(this);
    if (too_deep()) return nullptr;
    Token kw = advance();
    ast::Expr* operand = inversion();
    if (!operand) return nullptr;
    auto* u = node<ast::UnaryOp>(kw);
    u->op = ast::UnaryOpKind::Not;
    u->operand = operand;
    end_here(u);
    return u;
  }
  return comparison();
}

ast::Expr* Parser::comparison() {
  Token start = tok();
  ast::Expr* left = bitwise_or();
  if (!left) return nullptr;
  ast::Compare* c = nullptr;
  for (;;) {
    ast::CmpOp op;
    switch (kind()) {
      case Tok::EqEqual:
        op = ast::CmpOp::Eq;
        break;
      case Tok::NotEqual:
        if (text(tok()) == "<>") return invalid_syntax();
        op = ast::CmpOp::NotEq;
        break;
      case Tok::Less:
        op = ast::CmpOp::Lt;
        break;
      case Tok::LessEqual:
        op = ast::CmpOp::LtE;
        break;
      case Tok::Greater:
        op = ast::CmpOp::Gt;
        break;
      case Tok::GreaterEqual:
        op = ast::CmpOp::GtE;
        break;
      case Tok::KwIn:
        op = ast::CmpOp::In;
        break;
      case Tok::KwIs:
        op = kind(1) == Tok::KwNot ? ast::CmpOp::IsNot : ast::CmpOp::Is;
        break;
      case Tok::KwNot:
        if (kind(1) != Tok::KwIn) goto done;
        op = ast::CmpOp::NotIn;
        break;
      default:
        goto done;
    }
    advance();
    if (op == ast::CmpOp::IsNot || op == ast::CmpOp::NotIn) advance();
    {
      ast::Expr* right = bitwise_or();
      if (!right) return nullptr;
      if (!c) {
        c = node<ast::Compare>(start);
        c->left = left;
      }
      c->ops.push_back(op);
      c->comparators.push_back(right);
    }
  }
done:
  if (!c) return left;
  end_here(c);
  return c;
}

ast::Expr* Parser::bitwise_or() { return binary(1); }

ast::Expr* Parser::binary(int min_prec) {
  Token start = tok();
  ast::Expr* left = factor();
  if (!left) return nullptr;
  int chain = 0;
  for (;;) {
    ast::Operator op;
    int prec = binary_prec(kind(), &op);
    if (prec == 0 || prec < min_prec) return left;
    advance();
    ast::Expr* right = binary(prec + 1);
    if (!right) return nullptr;
    if (++chain + depth_ > kMaxDepth) {
      too_deep_chain();
      return nullptr;
    }
    auto* b = node<ast::BinOp>(start);
    b->left = left;
    b->op = op;
    b->right = right;
    end_here(b);
    left = b;
  }
}

ast::Expr* Parser::factor() {
  ast::UnaryOpKind op;
  switch (kind()) {
    case Tok::Plus:
      op = ast::UnaryOpKind::UAdd;
      break;
    case Tok::Minus:
      op = ast::UnaryOpKind::USub;
      break;
    case Tok::Tilde:
      op = ast::UnaryOpKind::Invert;
      break;
    default:
      return power();
  }
  DepthGuard guard(this);
  if (too_deep()) return nullptr;
  Token t = advance();
  ast::Expr* operand = factor();
  if (!operand) return nullptr;
  auto* u = node<ast::UnaryOp>(t);
  u->op = op;
  u->operand = operand;
  end_here(u);
  return u;
}

ast::Expr* Parser::power() {
  Token start = tok();
  if (at(Tok::KwAwait)) return unsupported(start, "'await'");
  ast::Expr* base = primary();
  if (!base) return nullptr;
  if (!at(Tok::DoubleStar)) return base;
  advance();
  DepthGuard guard(this);  // 2**2**2...: right-nested, one level each
  if (too_deep()) return nullptr;
  ast::Expr* exp = factor();
  if (!exp) return nullptr;
  auto* b = node<ast::BinOp>(start);
  b->left = base;
  b->op = ast::Operator::Pow;
  b->right = exp;
  end_here(b);
  return b;
}

// ------------------------------------------------------------------ primaries

ast::Expr* Parser::primary() {
  Token start = tok();
  ast::Expr* e = atom();
  if (!e) return nullptr;
  int chain = 0;
  for (;;) {
    if (at(Tok::Dot)) {
      advance();
      if (!at(Tok::Name)) return invalid_syntax();
      Token name = advance();
      auto* a = node<ast::Attribute>(start);
      a->value = e;
      a->attr = std::string(text(name));
      end_here(a);
      e = a;
    } else if (at(Tok::LPar)) {
      e = call_trailer(e, start);
      if (!e) return nullptr;
    } else if (at(Tok::LSqb)) {
      e = subscript_trailer(e, start);
      if (!e) return nullptr;
    } else {
      return e;
    }
    if (++chain + depth_ > kMaxDepth) {
      too_deep_chain();
      return nullptr;
    }
  }
}

ast::Expr* Parser::atom() {
  const Token& t = tok();
  switch (t.kind) {
    case Tok::Name: {
      Token n = advance();
      return make_name(n);
    }
    case Tok::KwTrue:
    case Tok::KwFalse:
    case Tok::KwNone:
    case Tok::Ellipsis: {
      Token k = advance();
      auto* c = node<ast::Constant>(k);
      c->ckind = k.kind == Tok::KwTrue    ? ast::ConstantKind::True
                 : k.kind == Tok::KwFalse ? ast::ConstantKind::False
                 : k.kind == Tok::KwNone  ? ast::ConstantKind::None
                                          : ast::ConstantKind::Ellipsis;
      end_here(c);
      return c;
    }
    case Tok::Number: {
      Token n = advance();
      return number(n);
    }
    case Tok::String:
    case Tok::FStringStart:
      return strings();
    case Tok::LPar:
      return paren_atom();
    case Tok::LSqb:
      return list_atom();
    case Tok::LBrace:
      return brace_atom();
    case Tok::KwAwait:
      return unsupported(t, "'await'");
    default:
      return invalid_syntax();
  }
}

ast::Expr* Parser::number(const Token& t) {
  std::string_view s = text(t);
  std::string digits;
  digits.reserve(s.size());
  for (char c : s)
    if (c != '_') digits += c;
  auto* c = node<ast::Constant>(t);
  end_here(c);
  bool is_hex = digits.size() > 1 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X');
  char last = digits.back();
  bool imaginary = last == 'j' || last == 'J';
  if (imaginary) digits.pop_back();
  bool is_float = !is_hex && digits.find_first_of(".eE") != std::string::npos;
  if (!imaginary && !is_float) {
    c->ckind = ast::ConstantKind::Int;
    if (digits.size() > 1 && digits[0] == '0' &&
        std::isalpha(static_cast<unsigned char>(digits[1])))
      digits[1] = static_cast<char>(std::tolower(static_cast<unsigned char>(digits[1])));
    c->text = std::move(digits);
    return c;
  }
  c->ckind = imaginary ? ast::ConstantKind::Imaginary : ast::ConstantKind::Float;
  double v = 0;
  auto res = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (res.ec == std::errc::result_out_of_range) {
    size_t e = digits.find_first_of("eE");
    bool negative_exp = e != std::string::npos && e + 1 < digits.size() && digits[e + 1] == '-';
    v = negative_exp ? 0.0 : HUGE_VAL;
  }
  c->number = v;
  c->text = std::string(s);
  return c;
}

// '(' ... ')': empty tuple, group, tuple, generator expression, or a
// parenthesized yield.
ast::Expr* Parser::paren_atom() {
  Token lpar = advance();
  if (at(Tok::RPar)) {
    advance();
    auto* t = node<ast::Tuple>(lpar);
    end_here(t);
    return t;
  }
  if (at(Tok::KwYield)) {
    ast::Expr* y = yield_expr();
    if (!y) return nullptr;
    if (!expect(Tok::RPar)) return nullptr;
    parenthesized_.insert(y);
    return y;
  }
  if (at(Tok::DoubleStar)) {
    Token ds = advance();
    ast::Expr* v = bitwise_or();
    if (!v) return nullptr;
    return fail_tok(ds, "cannot use double starred expression here");
  }
  ast::Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (at_comp_for()) {
    if (first->kind == ExprKind::Starred)
      return fail_node(*first, "iterable unpacking cannot be used in comprehension");
    auto* g = node<ast::GeneratorExp>(lpar);
    g->elt = first;
    if (!for_if_clauses(&g->generators)) return nullptr;
    if (!expect(Tok::RPar)) return nullptr;
    end_here(g);
    return g;
  }
  if (at(Tok::RPar)) {
    advance();
    if (first->kind == ExprKind::Starred)
      return fail_node(*first, "cannot use starred expression here");
    parenthesized_.insert(first);
    return first;
  }
  if (!at(Tok::Comma)) return invalid_syntax();
  auto* t = node<ast::Tuple>(lpar);
  t->elts.push_back(first);
  while (accept(Tok::Comma)) {
    if (at(Tok::RPar)) break;
    ast::Expr* x = star_named_expression();
    if (!x) return nullptr;
    t->elts.push_back(x);
  }
  if (!expect(Tok::RPar)) return nullptr;
  end_here(t);
  parenthesized_.insert(t);
  return t;
}

// A comprehension's `for` (an `async for` is reported by for_if_clauses).
bool Parser::at_comp_for() { return at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor); }

ast::Expr* Parser::list_atom() {
  Token lsqb = advance();
  auto* l = node<ast::List>(lsqb);
  if (accept(Tok::RSqb)) {
    end_here(l);
    return l;
  }
  ast::Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (at_comp_for()) {
    if (first->kind == ExprKind::Starred)
      return fail_node(*first, "iterable unpacking cannot be used in comprehension");
    auto* c = node<ast::ListComp>(lsqb);
    c->elt = first;
    if (!for_if_clauses(&c->generators)) return nullptr;
    if (!expect(Tok::RSqb)) return nullptr;
    end_here(c);
    return c;
  }
  l->elts.push_back(first);
  while (accept(Tok::Comma)) {
    if (at(Tok::RSqb)) break;
    if (at(Tok::KwFor)) {  // [a, for x in y]
      ast::Pos span{first->lineno, first->col, last_.end_lineno, last_.end_col};
      return fail_range(span, span, "did you forget parentheses around the comprehension target?");
    }
    ast::Expr* x = star_named_expression();
    if (!x) return nullptr;
    l->elts.push_back(x);
    if (at(Tok::KwFor)) {
      return fail_range(*first, *x, "did you forget parentheses around the comprehension target?");
    }
  }
  if (!expect(Tok::RSqb)) return nullptr;
  end_here(l);
  return l;
}

// '{' ... '}': dict, set, dict or set comprehension.
ast::Expr* Parser::brace_atom() {
  Token lbrace = advance();
  if (accept(Tok::RBrace)) {
    auto* d = node<ast::Dict>(lbrace);
    end_here(d);
    return d;
  }
  // First element decides dict vs set.
  ast::Expr* key = nullptr;
  ast::Expr* value = nullptr;
  Token first_tok = tok();
  if (at(Tok::DoubleStar)) {
    advance();
    value = bitwise_or();
    if (!value) return nullptr;
    if (at(Tok::KwFor))
      return fail_tok(first_tok, "dict unpacking cannot be used in dict comprehension");
  } else {
    key = star_named_expression();
    if (!key) return nullptr;
    if (at(Tok::Colon) && key->kind != ExprKind::Starred &&
        !(key->kind == ExprKind::NamedExpr && !is_parenthesized(key))) {
      advance();
      if (at(Tok::RBrace) || at(Tok::Comma))
        return fail_tok(last_, "expression expected after dictionary key and ':'");
      if (at(Tok::Star)) {
        Token star = tok();
        advance();
        ast::Expr* v = bitwise_or();
        if (!v) return nullptr;
        ast::Pos span{star.lineno, star.col, v->end_lineno, v->end_col};
        return fail_range(span, span, "cannot use a starred expression in a dictionary value");
      }
      value = expression();
      if (!value) return nullptr;
      if (at_comp_for()) {
        auto* dc = node<ast::DictComp>(lbrace);
        dc->key = key;
        dc->value = value;
        if (!for_if_clauses(&dc->generators)) return nullptr;
        if (!expect(Tok::RBrace)) return nullptr;
        end_here(dc);
        return dc;
      }
    } else {
      // A set.
      if (at_comp_for()) {
        if (key->kind == ExprKind::Starred)
          return fail_node(*key, "iterable unpacking cannot be used in comprehension");
        auto* sc = node<ast::SetComp>(lbrace);
        sc->elt = key;
        if (!for_if_clauses(&sc->generators)) return nullptr;
        if (!expect(Tok::RBrace)) return nullptr;
        end_here(sc);
        return sc;
      }
      auto* s = node<ast::Set>(lbrace);
      s->elts.push_back(key);
      while (accept(Tok::Comma)) {
        if (at(Tok::RBrace)) break;
        ast::Expr* x = star_named_expression();
        if (!x) return nullptr;
        s->elts.push_back(x);
        if (at(Tok::KwFor))
          return fail_range(*key, *x,
                            "did you forget parentheses around the comprehension target?");
      }
      if (!expect(Tok::RBrace)) return nullptr;
      end_here(s);
      return s;
    }
  }
  // A dict: first pair parsed.
  auto* d = node<ast::Dict>(lbrace);
  d->keys.push_back(key);
  d->values.push_back(value);
  while (accept(Tok::Comma)) {
    if (at(Tok::RBrace)) break;
    if (accept(Tok::DoubleStar)) {
      ast::Expr* v = bitwise_or();
      if (!v) return nullptr;
      d->keys.push_back(nullptr);
      d->values.push_back(v);
      continue;
    }
    ++no_invalid_;
    ast::Expr* k = expression();
    --no_invalid_;
    if (!k) return nullptr;
    if (!at(Tok::Colon)) {
      // CPython's invalid_kvpair: the caret on the key's last character.
      SyntaxErrorInfo e =
          error_info("SyntaxError", "':' expected after dictionary key", k->end_lineno,
                     k->end_col > 0 ? k->end_col - 1 : 0, k->end_lineno, 0);
      e.end_offset = 0;
      return fail(std::move(e));
    }
    advance();
    if (at(Tok::RBrace) || at(Tok::Comma))
      return fail_tok(last_, "expression expected after dictionary key and ':'");
    if (at(Tok::Star)) {
      Token star = advance();
      ast::Expr* v = bitwise_or();
      if (!v) return nullptr;
      ast::Pos span{star.lineno, star.col, v->end_lineno, v->end_col};
      return fail_range(span, span, "cannot use a starred expression in a dictionary value");
    }
    ast::Expr* v = expression();
    if (!v) return nullptr;
    d->keys.push_back(k);
    d->values.push_back(v);
  }
  if (!expect(Tok::RBrace)) return nullptr;
  end_here(d);
  return d;
}

}  // namespace ftpy::compiler::detail
