// parser_fstring.cpp — string literals: implicit concatenation, escape
// decoding (string_literal.h), and f-strings built from the lexer's
// FSTRING_START / FSTRING_MIDDLE / replacement field / FSTRING_END tokens
// into JoinedStr nodes, with CPython 3.13's positions and error messages.

#include "runtime/compiler/parser_impl.h"
#include "runtime/compiler/string_literal.h"

namespace ftpy::compiler::detail {

// Literal text pieces next to each other become one Constant spanning them
// all; empty text disappears.
namespace {

void merge_pieces(ast::AstArena& arena, std::vector<StringPiece>& pieces,
                  std::vector<ast::Expr*>* out) {
  size_t i = 0;
  while (i < pieces.size()) {
    if (pieces[i].value) {
      out->push_back(pieces[i].value);
      ++i;
      continue;
    }
    std::string s;
    ast::Pos start = pieces[i].pos, end = pieces[i].pos;
    while (i < pieces.size() && !pieces[i].value) {
      s += pieces[i].text;
      end = pieces[i].pos;
      ++i;
    }
    if (s.empty()) continue;
    auto* c = arena.make<ast::Constant>();
    c->ckind = ast::ConstantKind::Str;
    c->text = std::move(s);
    c->lineno = start.lineno;
    c->col = start.col;
    c->end_lineno = end.end_lineno;
    c->end_col = end.end_col;
    out->push_back(c);
  }
}

}  // namespace

ast::Expr* Parser::strings() {
  Token first = tok();
  std::vector<StringPiece> pieces;
  bool any_f = false, any_bytes = false, any_str = false;
  while (at(Tok::String) || at(Tok::FStringStart)) {
    if (at(Tok::FStringStart)) {
      any_f = any_str = true;
      if (!fstring(&pieces)) return nullptr;
      continue;
    }
    Token t = advance();
    std::string_view tx = text(t);
    StringPrefix p = parse_string_prefix(tx);
    StringPiece piece;
    piece.pos = pos_of(t);
    DecodeError err;
    std::string_view body = string_body(tx, p.length);
    bool ok = p.bytes ? decode_bytes(body, p.raw, &piece.text, &err)
                      : decode_str(body, p.raw, &piece.text, &err);
    if (!ok) return fail_tok(t, err.msg);
    (p.bytes ? any_bytes : any_str) = true;
    pieces.push_back(std::move(piece));
  }
  if (any_bytes && any_str) return fail_tok(tok(), "cannot mix bytes and nonbytes literals");
  if (!any_f) {
    auto* c = node<ast::Constant>(first);
    c->ckind = any_bytes ? ast::ConstantKind::Bytes : ast::ConstantKind::Str;
    size_t total = 0;
    for (const StringPiece& p : pieces) total += p.text.size();
    c->text.reserve(total);
    for (const StringPiece& p : pieces) c->text += p.text;
    end_here(c);
    return c;
  }
  auto* j = node<ast::JoinedStr>(first);
  merge_pieces(arena_, pieces, &j->values);
  end_here(j);
  return j;
}

// FSTRING_START (text | replacement field)* FSTRING_END, appended to pieces.
bool Parser::fstring(std::vector<StringPiece>* pieces) {
  Token start = advance();
  bool raw = parse_string_prefix(text(start)).raw;
  for (;;) {
    switch (kind()) {
      case Tok::FStringMiddle: {
        Token t = advance();
        StringPiece piece;
        piece.pos = pos_of(t);
        DecodeError err;
        if (!decode_fstring_text(text(t), raw, t.in_format_spec, &piece.text, &err)) {
          fail_tok(t, err.msg);
          return false;
        }
        pieces->push_back(std::move(piece));
        break;
      }
      case Tok::LBrace:
        if (!replacement_field(raw, pieces)) return false;
        break;
      case Tok::FStringEnd:
        advance();
        return true;
      default:
        invalid_syntax();
        return false;
    }
  }
}

// '{' expression ['='] ['!' NAME] [':' format_spec] '}'
bool Parser::replacement_field(bool raw, std::vector<StringPiece>* pieces) {
  DepthGuard guard(this);
  if (too_deep()) return false;
  ++fstring_depth_;
  struct Leave {
    int* d;
    ~Leave() { --*d; }
  } leave{&fstring_depth_};

  Token lbrace = advance();
  switch (kind()) {
    case Tok::Equal:
      fail_tok(tok(), "f-string: valid expression required before '='");
      return false;
    case Tok::Exclamation:
      fail_tok(tok(), "f-string: valid expression required before '!'");
      return false;
    case Tok::Colon:
      fail_tok(tok(), "f-string: valid expression required before ':'");
      return false;
    case Tok::RBrace:
      fail_tok(tok(), "f-string: valid expression required before '}'");
      return false;
    default:
      break;
  }
  if (!starts_expression() && !at(Tok::Star) && !at(Tok::KwYield)) {
    fail_tok(tok(), "f-string: expecting a valid expression after '{'");
    return false;
  }
  ast::Expr* value = at(Tok::KwYield) ? yield_expr() : star_expressions();
  if (!value) return false;

  bool debug = false;
  if (at(Tok::Equal)) {
    advance();
    debug = true;
    const Token& next = tok();
    if (next.kind == Tok::Error) return false;
    StringPiece piece;
    piece.text = std::string(lexer_.source().substr(lbrace.end, next.start - lbrace.end));
    piece.pos = ast::Pos{lbrace.end_lineno, lbrace.end_col, next.lineno, next.col};
    pieces->push_back(std::move(piece));
    if (!at(Tok::Exclamation) && !at(Tok::Colon) && !at(Tok::RBrace)) {
      fail_tok(tok(), "f-string: expecting '!', or ':', or '}'");
      return false;
    }
  } else if (!at(Tok::Exclamation) && !at(Tok::Colon) && !at(Tok::RBrace)) {
    fail_tok(tok(), "f-string: expecting '=', or '!', or ':', or '}'");
    return false;
  }

  int conversion = -1;
  if (at(Tok::Exclamation)) {
    Token bang = advance();
    if (at(Tok::Colon) || at(Tok::RBrace)) {
      fail_tok(tok(), "f-string: missing conversion character");
      return false;
    }
    if (!at(Tok::Name)) {
      fail_tok(tok(), "f-string: invalid conversion character");
      return false;
    }
    Token name = advance();
    if (name.start != bang.end) {
      fail_range(pos_of(bang), pos_of(name),
                 "f-string: conversion type must come right after the exclamanation mark");
      return false;
    }
    std::string_view conv = text(name);
    if (conv != "s" && conv != "r" && conv != "a") {
      fail_tok(name, "f-string: invalid conversion character '" + std::string(conv) +
                         "': expected 's', 'r', or 'a'");
      return false;
    }
    conversion = conv[0];
    if (!at(Tok::Colon) && !at(Tok::RBrace)) {
      fail_tok(tok(), "f-string: expecting ':' or '}'");
      return false;
    }
  }

  ast::JoinedStr* spec = nullptr;
  if (at(Tok::Colon)) {
    Token colon = advance();
    spec = node<ast::JoinedStr>(colon);
    std::vector<StringPiece> spec_pieces;
    for (;;) {
      if (at(Tok::FStringMiddle)) {
        Token t = advance();
        StringPiece piece;
        piece.pos = pos_of(t);
        DecodeError err;
        if (!decode_fstring_text(text(t), raw, true, &piece.text, &err)) {
          fail_tok(t, err.msg);
          return false;
        }
        spec_pieces.push_back(std::move(piece));
      } else if (at(Tok::LBrace)) {
        if (!replacement_field(raw, &spec_pieces)) return false;
      } else {
        break;
      }
    }
    if (!at(Tok::RBrace)) {
      fail_tok(tok(), "f-string: expecting '}', or format specs");
      return false;
    }
    merge_pieces(arena_, spec_pieces, &spec->values);
    if (spec_pieces.empty()) {
      end_at(spec, pos_of(colon));
    } else {
      end_at(spec, spec_pieces.back().value
                       ? static_cast<const ast::Pos&>(*spec_pieces.back().value)
                       : spec_pieces.back().pos);
    }
  }
  if (!at(Tok::RBrace)) {
    fail_tok(tok(), "f-string: expecting '}'");
    return false;
  }
  advance();
  if (debug && conversion == -1 && !spec) conversion = 'r';
  auto* fv = node<ast::FormattedValue>(lbrace);
  fv->value = value;
  fv->conversion = conversion;
  fv->format_spec = spec;
  end_here(fv);
  StringPiece piece;
  piece.value = fv;
  pieces->push_back(std::move(piece));
  return true;
}

}  // namespace ftpy::compiler::detail
