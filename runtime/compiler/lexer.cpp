// lexer.cpp — the tokenizer (see lexer.h for the token stream it produces).
//
// Design: one cursor (pos_) over the prepared source and a small amount of
// state — the indentation stacks, the open brackets, and for f-strings a
// stack of open strings plus a stack of open replacement fields. The mode is
// derived from that state on every call: inside an f-string with no field
// open (or inside a field's format spec) we lex string text; everywhere else
// ordinary tokens. Error positions reproduce where CPython's tokenizer puts
// its caret (usually one past the character it stopped on).
//
// Limits, as CPython: 200 nested brackets, 100 indentation levels, 150
// nested f-strings, 3 nested replacement fields inside one f-string's format
// specs.

#include "runtime/compiler/lexer.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace ftpy::compiler {

namespace {

constexpr size_t kMaxBrackets = 200;
constexpr size_t kMaxIndent = 100;
constexpr size_t kMaxFStrings = 150;
constexpr int kMaxFieldNesting = 3;

const char* const kTokNames[] = {
#define FTPY_TOKEN_NAME(name, text) text,
    FTPY_TOKEN_KINDS(FTPY_TOKEN_NAME)
#undef FTPY_TOKEN_NAME
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ascii_name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_ascii_name_char(char c) { return is_ascii_name_start(c) || is_digit(c); }

// Length of the UTF-8 sequence starting at s[i], or 0 if invalid there.
size_t utf8_seq_len(std::string_view s, size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  size_t n;
  uint32_t min;
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) {
    n = 2;
    min = 0x80;
  } else if (b >= 0xE0 && b <= 0xEF) {
    n = 3;
    min = 0x800;
  } else if (b >= 0xF0 && b <= 0xF4) {
    n = 4;
    min = 0x10000;
  } else
    return 0;
  if (i + n > s.size()) return 0;
  uint32_t cp = b & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

uint32_t decode_cp(std::string_view s, size_t i, size_t* len) {
  size_t n = utf8_seq_len(s, i);
  *len = n ? n : 1;
  auto b = static_cast<unsigned char>(s[i]);
  if (n <= 1) return b;
  uint32_t cp = b & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

// Code points Python would call non-printable (subset of Cc, Cf, Z*, Co).
bool is_nonprintable(uint32_t cp) {
  return (cp >= 0x80 && cp <= 0xA0) || cp == 0xAD || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x2064) || cp == 0x3000 ||
         cp == 0xFEFF || (cp >= 0xE000 && cp <= 0xF8FF);
}

// Printable code points that cannot appear in an identifier. Without the
// Unicode tables this is a hand-picked list of the symbol and punctuation
// blocks people paste by accident (smart quotes, dashes, arrows, currency,
// fullwidth punctuation, emoji); other non-ASCII characters are accepted as
// identifier characters.
bool is_invalid_identifier_cp(uint32_t cp) {
  if (cp >= 0xA1 && cp <= 0xBF) return cp != 0xAA && cp != 0xB5 && cp != 0xBA && cp != 0xB7;
  if (cp == 0xD7 || cp == 0xF7) return true;
  if (cp >= 0x2010 && cp <= 0x2027) return true;
  if (cp >= 0x2030 && cp <= 0x205E) return cp != 0x203F && cp != 0x2040 && cp != 0x2054;
  if (cp >= 0x20A0 && cp <= 0x20CF) return true;
  if (cp >= 0x2190 && cp <= 0x23FF) return true;
  if (cp >= 0x2500 && cp <= 0x27BF) return true;
  if (cp >= 0x2900 && cp <= 0x2BFF) return true;
  if ((cp >= 0x3001 && cp <= 0x3003) || (cp >= 0x3008 && cp <= 0x3011)) return true;
  if ((cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
      (cp >= 0xFF3B && cp <= 0xFF40 && cp != 0xFF3F) || (cp >= 0xFF5B && cp <= 0xFF65))
    return true;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return true;
  return false;
}

// Keywords are spelled by their token names (FTPY_TOKEN_KINDS in lexer.h).
Tok keyword_kind(std::string_view word) {
  if (word.size() < 2 || word.size() > 8) return Tok::Name;
  char c = word[0];
  if (!((c >= 'a' && c <= 'y') || c == 'F' || c == 'N' || c == 'T')) return Tok::Name;
  for (int k = static_cast<int>(Tok::KwFalse); k <= static_cast<int>(Tok::KwYield); ++k) {
    const char* text = kTokNames[k];
    if (text[0] == c && word == text) return static_cast<Tok>(k);
  }
  return Tok::Name;
}

// Is `word` a string prefix (r, u, b, f and their legal combinations)?
bool is_string_prefix(std::string_view word) {
  if (word.empty() || word.size() > 2) return false;
  bool r = false, b = false, u = false, f = false;
  for (char c : word) {
    switch (c | 0x20) {
      case 'r':
        if (r) return false;
        r = true;
        break;
      case 'b':
        if (b) return false;
        b = true;
        break;
      case 'u':
        if (u) return false;
        u = true;
        break;
      case 'f':
        if (f) return false;
        f = true;
        break;
      default:
        return false;
    }
  }
  if (u) return word.size() == 1;
  return !(b && f);
}

std::string format_u(const char* fmt, uint32_t cp) {
  char buf[96];
  std::snprintf(buf, sizeof buf, fmt, static_cast<unsigned>(cp));
  return buf;
}

}  // namespace

const char* tok_name(Tok kind) { return kTokNames[static_cast<int>(kind)]; }

// ------------------------------------------------------------ preparation

Lexer::Lexer(std::string_view source) { prepare(source); }

void Lexer::prepare(std::string_view raw) {
  if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);

  // Validate UTF-8; a latin-1 coding declaration rescues non-UTF-8 input.
  size_t bad = std::string_view::npos;
  for (size_t i = 0; i < raw.size();) {
    if (static_cast<unsigned char>(raw[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = utf8_seq_len(raw, i);
    if (!n) {
      bad = i;
      break;
    }
    i += n;
  }
  bool latin1 = false;
  if (bad != std::string_view::npos) {
    // Look for `coding[:=] name` in a comment on one of the first two lines.
    size_t line_end = raw.find('\n');
    size_t second_end =
        line_end == std::string_view::npos ? raw.size() : raw.find('\n', line_end + 1);
    std::string_view head = raw.substr(0, std::min(second_end, raw.size()));
    size_t c = head.find("coding");
    if (c != std::string_view::npos && head.rfind('#', c) != std::string_view::npos &&
        c + 6 < head.size() && (head[c + 6] == ':' || head[c + 6] == '=')) {
      size_t k = c + 7;
      while (k < head.size() && (head[k] == ' ' || head[k] == '\t')) ++k;
      std::string name;
      while (k < head.size() && (is_ascii_name_char(head[k]) || head[k] == '-' || head[k] == '.'))
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(head[k++])));
      std::replace(name.begin(), name.end(), '_', '-');
      latin1 = name == "latin-1" || name == "latin1" || name == "iso-8859-1" ||
               name == "iso8859-1" || name == "l1" || name == "iso-latin-1";
    }
    if (!latin1) {
      int line = 1 + static_cast<int>(std::count(raw.begin(), raw.begin() + bad, '\n'));
      char hex[8];
      std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(raw[bad]));
      init_error_.msg =
          std::string("Non-UTF-8 code starting with '\\x") + hex + "' in file {filename} on line " +
          std::to_string(line) +
          ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
      init_error_.lineno = 1;
      has_init_error_ = true;
    }
  }

  bool needs_copy = latin1 || raw.find('\r') != std::string_view::npos;
  if (needs_copy) {
    owned_.reserve(raw.size() + raw.size() / 8);
    for (size_t i = 0; i < raw.size(); ++i) {
      auto c = static_cast<unsigned char>(raw[i]);
      if (c == '\r') {
        owned_ += '\n';
        if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      } else if (latin1 && c >= 0x80) {
        owned_ += static_cast<char>(0xC0 | (c >> 6));
        owned_ += static_cast<char>(0x80 | (c & 0x3F));
      } else {
        owned_ += static_cast<char>(c);
      }
    }
    src_ = owned_;
  } else {
    src_ = raw;
  }

  line_starts_.push_back(0);
  for (size_t i = 0; i < src_.size(); ++i) {
    if (src_[i] == '\n' && i + 1 < src_.size())
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
  }

  if (!has_init_error_) {
    size_t nul = src_.find('\0');
    if (nul != std::string_view::npos) {
      init_error_.msg = "source code cannot contain null bytes";
      init_error_.lineno = line_of(static_cast<uint32_t>(nul));
      has_init_error_ = true;
    }
  }
}

// ------------------------------------------------------------- positions

int Lexer::line_of(uint32_t pos) const {
  // Tokens come in source order: walk forward from the last answer, and
  // fall back to a binary search when asked about an earlier position.
  size_t i = line_hint_;
  if (pos >= line_starts_[i]) {
    while (i + 1 < line_starts_.size() && line_starts_[i + 1] <= pos) ++i;
    line_hint_ = i;
    return static_cast<int>(i + 1);
  }
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos);
  return static_cast<int>(it - line_starts_.begin());
}

std::string_view Lexer::line_text(int lineno) const {
  if (lineno < 1 || lineno > line_count()) return {};
  uint32_t s = line_starts_[lineno - 1];
  size_t e = src_.find('\n', s);
  if (e == std::string_view::npos) e = src_.size();
  return src_.substr(s, e - s);
}

int Lexer::char_col(int lineno, int byte_col) const {
  std::string_view line = line_text(lineno);
  int n = 0;
  for (int i = 0; i < byte_col; ++i) {
    if (i >= static_cast<int>(line.size()) || (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
      ++n;
  }
  return n;
}

void Lexer::eof_location(int* lineno, int* offset) const {
  *lineno = line_count();
  std::string_view last = line_text(*lineno);
  *offset = char_col(*lineno, static_cast<int>(last.size())) + 1;
}

SyntaxErrorInfo Lexer::make_error(std::string type, std::string msg, int lineno, int byte_col,
                                  int end_lineno, int end_byte_col) const {
  SyntaxErrorInfo e;
  e.type = std::move(type);
  e.msg = std::move(msg);
  e.lineno = lineno;
  e.offset = char_col(lineno, byte_col) + 1;
  e.end_lineno = end_lineno;
  e.end_offset = end_byte_col < 0 ? end_byte_col : char_col(end_lineno, end_byte_col) + 1;
  e.text = std::string(line_text(lineno));
  return e;
}

Token Lexer::make(Tok kind, uint32_t start, uint32_t end) {
  Token t;
  t.kind = kind;
  t.start = start;
  t.end = end;
  t.lineno = line_of(start);
  t.col = static_cast<int>(start - line_starts_[t.lineno - 1]);
  t.end_lineno = kind == Tok::Newline ? t.lineno : line_of(end);
  t.end_col = static_cast<int>(end - line_starts_[t.end_lineno - 1]);
  t.level = static_cast<int16_t>(brackets_.size());
  if (kind != Tok::Newline && kind != Tok::Indent && kind != Tok::Dedent) line_has_tokens_ = true;
  return t;
}

Token Lexer::error_token() {
  Token t;
  t.kind = Tok::Error;
  t.start = t.end = pos_;
  t.lineno = t.end_lineno = error_.lineno;
  return t;
}

Token Lexer::fail_error(SyntaxErrorInfo info, bool hard) {
  if (!failed_) {
    failed_ = true;
    hard_ = hard;
    error_ = std::move(info);
  }
  return error_token();
}

// CPython's tokenizer errors put the caret after the character it stopped
// on: `caret_pos` is that position, so offset = characters before it.
Token Lexer::fail_at(uint32_t caret_pos, std::string msg) {
  int line = line_of(caret_pos > 0 ? caret_pos - 1 : 0);
  int col = static_cast<int>(caret_pos - line_starts_[line - 1]);
  SyntaxErrorInfo e = make_error("SyntaxError", std::move(msg), line, col, line, col);
  e.offset = e.end_offset = char_col(line, col);
  return fail_error(std::move(e), true);
}

Token Lexer::fail_range(uint32_t pos, uint32_t end_pos, std::string msg) {
  int line = line_of(pos);
  int col = static_cast<int>(pos - line_starts_[line - 1]);
  int end_col = static_cast<int>(end_pos - line_starts_[line - 1]);
  return fail_error(make_error("SyntaxError", std::move(msg), line, col, line, end_col), true);
}

// ------------------------------------------------------------- main loop

std::vector<Token> tokenize(Lexer& lexer) {
  std::vector<Token> out;
  for (;;) {
    out.push_back(lexer.next());
    Tok k = out.back().kind;
    if (k == Tok::EndMarker || k == Tok::Error) return out;
  }
}

Token Lexer::next() {
  if (has_init_error_) {
    has_init_error_ = false;
    return fail_error(init_error_, true);
  }
  if (failed_) return error_token();
  if (in_fstring_text()) return lex_fstring_text();
  return lex_normal();
}

bool Lexer::in_fstring_text() const {
  if (fstrings_.empty()) return false;
  int top = static_cast<int>(fstrings_.size()) - 1;
  if (fields_.empty() || fields_.back().fstring != top) return true;
  return fields_.back().in_spec;
}

// Measures the indentation of a new line and queues INDENT/DEDENTs. Returns
// false (with *out set to an error) on an indentation error.
bool Lexer::handle_indentation(Token* out) {
  at_bol_ = false;
  int col = 0, altcol = 0;
  uint32_t p = pos_;
  for (;; ++p) {
    char c = at(p);
    if (c == ' ') {
      ++col;
      ++altcol;
    } else if (c == '\t') {
      col = (col / 8 + 1) * 8;
      ++altcol;
    } else if (c == '\f') {
      col = altcol = 0;
    } else
      break;
  }
  pos_ = p;
  char c = at(p);
  if (eof(p) || c == '#' || c == '\n') return true;  // blank line: no change

  int line = line_of(p);
  auto tab_error = [&](const char* type, const char* msg) {
    SyntaxErrorInfo e = make_error(type, msg, line, 0, line, 0);
    e.end_offset = 0;
    *out = fail_error(std::move(e), false);
    return false;
  };
  indent_pos_ = p;
  if (col == indents_.back()) {
    if (altcol != alt_indents_.back())
      return tab_error("TabError", "inconsistent use of tabs and spaces in indentation");
  } else if (col > indents_.back()) {
    if (indents_.size() >= kMaxIndent)
      return tab_error("IndentationError", "too many levels of indentation");
    if (altcol <= alt_indents_.back())
      return tab_error("TabError", "inconsistent use of tabs and spaces in indentation");
    indents_.push_back(col);
    alt_indents_.push_back(altcol);
    pending_ = 1;
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      alt_indents_.pop_back();
      --pending_;
    }
    if (col != indents_.back()) {
      std::string_view text = line_text(line);
      SyntaxErrorInfo e =
          make_error("IndentationError", "unindent does not match any outer indentation level",
                     line, static_cast<int>(text.size()), line, -1);
      e.offset = char_col(line, static_cast<int>(text.size())) + 1;
      *out = fail_error(std::move(e), false);
      return false;
    }
    if (altcol != alt_indents_.back())
      return tab_error("TabError", "inconsistent use of tabs and spaces in indentation");
  }
  return true;
}

Token Lexer::lex_normal() {
  for (;;) {
    if (at_bol_) {
      Token err;
      if (!handle_indentation(&err)) return err;
    }
    if (pending_ != 0) {
      int line = line_of(indent_pos_);
      if (pending_ > 0) {
        --pending_;
        Token t = make(Tok::Indent, line_starts_[line - 1], indent_pos_);
        return t;
      }
      ++pending_;
      return make(Tok::Dedent, indent_pos_, indent_pos_);
    }

    char c = at(pos_);
    if (eof(pos_)) {
      if (!brackets_.empty()) {
        const Bracket& b = brackets_.back();
        SyntaxErrorInfo e =
            make_error("SyntaxError", std::string("'") + b.ch + "' was never closed", b.line, b.col,
                       b.line, 0);
        e.end_offset = 0;
        eof_in_brackets_ = true;
        return fail_error(std::move(e), false);
      }
      if (line_has_tokens_) {
        Token t = make(Tok::Newline, pos_, pos_);
        // The implicit newline sits one past the last character.
        t.end_col = t.col + 1;
        line_has_tokens_ = false;
        return t;
      }
      if (indents_.size() > 1) {
        indents_.pop_back();
        alt_indents_.pop_back();
        return make(Tok::Dedent, pos_, pos_);
      }
      Token t = make(Tok::EndMarker, pos_, pos_);
      if (!src_.empty() && src_.back() == '\n') {
        t.lineno = t.end_lineno = line_count() + 1;
        t.col = t.end_col = 0;
      }
      return t;
    }
    if (c == ' ' || c == '\t' || c == '\f') {
      ++pos_;
      continue;
    }
    if (c == '#') {
      while (!eof(pos_) && src_[pos_] != '\n') ++pos_;
      continue;
    }
    if (c == '\\') {
      char n = at(pos_ + 1);
      if (n == '\n' || eof(pos_ + 1)) {
        pos_ += eof(pos_ + 1) ? 1 : 2;
        if (eof(pos_)) {
          if (!brackets_.empty()) continue;  // reported as an unclosed bracket
          int line, off;
          eof_location(&line, &off);
          SyntaxErrorInfo e;
          e.msg = "unexpected EOF while parsing";
          e.lineno = e.end_lineno = line;
          e.offset = off;
          e.end_offset = -1;
          e.text = std::string(line_text(line));
          return fail_error(std::move(e), false);
        }
        continue;
      }
      int line = line_of(pos_);
      int col = static_cast<int>(pos_ - line_starts_[line - 1]);
      SyntaxErrorInfo e =
          make_error("SyntaxError", "unexpected character after line continuation character", line,
                     col + 1, line, 0);
      e.end_offset = 0;
      return fail_error(std::move(e), false);
    }
    if (c == '\n') {
      if (!brackets_.empty()) {
        ++pos_;
        continue;
      }
      if (!line_has_tokens_) {
        ++pos_;
        at_bol_ = true;
        continue;
      }
      Token t = make(Tok::Newline, pos_, pos_ + 1);
      ++pos_;
      at_bol_ = true;
      line_has_tokens_ = false;
      return t;
    }
    break;
  }

  char c = src_[pos_];
  if (is_ascii_name_start(c) || static_cast<unsigned char>(c) >= 0x80) return lex_name_or_string();
  if (is_digit(c) || (c == '.' && is_digit(at(pos_ + 1)))) return lex_number();
  if (c == '"' || c == '\'') return lex_string(pos_, pos_);
  return lex_operator();
}

Token Lexer::invalid_character(uint32_t pos) {
  size_t len;
  uint32_t cp = decode_cp(src_, pos, &len);
  std::string msg;
  if (cp < 0x80 || is_nonprintable(cp)) {
    msg = format_u("invalid non-printable character U+%04X", cp);
  } else {
    msg = "invalid character '" + std::string(src_.substr(pos, len)) + format_u("' (U+%04X)", cp);
  }
  return fail_at(pos + 1, std::move(msg));
}

Token Lexer::lex_name_or_string() {
  uint32_t start = pos_;
  uint32_t p = pos_;
  while (!eof(p)) {
    auto c = static_cast<unsigned char>(src_[p]);
    if (c < 0x80) {
      if (!is_ascii_name_char(static_cast<char>(c))) break;
      ++p;
      continue;
    }
    size_t len;
    uint32_t cp = decode_cp(src_, p, &len);
    if (is_nonprintable(cp) && cp != 0x200C && cp != 0x200D) {
      if (p == start) return invalid_character(p);
      break;
    }
    if (is_invalid_identifier_cp(cp)) return invalid_character(p);
    p += static_cast<uint32_t>(len);
  }
  if (p == start) return invalid_character(p);
  std::string_view word = src_.substr(start, p - start);
  char q = at(p);
  if ((q == '"' || q == '\'') && is_string_prefix(word)) return lex_string(start, p);
  pos_ = p;
  return make(keyword_kind(word), start, p);
}

// After a numeric literal: CPython allows a few keywords to follow without
// a space (`1if x else 2`), and rejects any other identifier character.
bool Lexer::check_number_end(uint32_t p, const char* kind, Token* out) {
  char c = at(p);
  auto rest_is = [&](const char* kw) {
    size_t n = std::strlen(kw);
    return src_.substr(p, n) == kw;
  };
  bool keyword = (c == 'a' && rest_is("and")) || (c == 'e' && rest_is("else")) ||
                 (c == 'f' && rest_is("for")) || (c == 'o' && rest_is("or")) ||
                 (c == 'n' && rest_is("not")) ||
                 (c == 'i' && (at(p + 1) == 'f' || at(p + 1) == 'n' || at(p + 1) == 's'));
  if (keyword) return true;
  if (is_ascii_name_char(c)) {
    *out = fail_at(p, std::string("invalid ") + kind + " literal");
    return false;
  }
  return true;
}

Token Lexer::lex_number() {
  uint32_t start = pos_;
  uint32_t p = pos_;
  Token err;
  // Digits with single underscores between them; on a bad underscore the
  // caret goes after the underscore.
  auto decimal_tail = [&]() -> bool {
    for (;;) {
      while (is_digit(at(p))) ++p;
      if (at(p) != '_') return true;
      ++p;
      if (!is_digit(at(p))) {
        err = fail_at(p, "invalid decimal literal");
        return false;
      }
    }
  };
  auto finish = [&]() {
    pos_ = p;
    return make(Tok::Number, start, p);
  };
  // Fraction, exponent and imaginary suffix of a decimal number.
  auto exponent = [&]() -> bool {  // at 'e' / 'E'
    uint32_t e = p;
    ++p;
    if (at(p) == '+' || at(p) == '-') {
      ++p;
      if (!is_digit(at(p))) {
        err = fail_at(p, "invalid decimal literal");
        return false;
      }
    } else if (!is_digit(at(p))) {
      // `1else`, `1e` followed by a name: the number ends before the 'e'.
      if (!check_number_end(e, "decimal", &err)) return false;
      p = e;
      return true;
    }
    return decimal_tail();
  };
  auto float_rest = [&]() -> Token {
    if (at(p) == 'e' || at(p) == 'E') {
      uint32_t before = p;
      if (!exponent()) return err;
      if (p == before) return finish();
    }
    if (at(p) == 'j' || at(p) == 'J') {
      ++p;
      if (!check_number_end(p, "imaginary", &err)) return err;
      return finish();
    }
    if (!check_number_end(p, "decimal", &err)) return err;
    return finish();
  };

  char c = src_[p];
  if (c == '.') {  // .5
    ++p;
    if (!decimal_tail()) return err;
    return float_rest();
  }
  if (c == '0') {
    ++p;
    char x = at(p);
    if (x == 'x' || x == 'X' || x == 'o' || x == 'O' || x == 'b' || x == 'B') {
      char base = static_cast<char>(x | 0x20);
      const char* kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
      auto ok_digit = [&](char d) {
        return base == 'x'   ? is_hex(d)
               : base == 'o' ? (d >= '0' && d <= '7')
                             : (d == '0' || d == '1');
      };
      ++p;
      do {
        if (at(p) == '_') ++p;
        if (!ok_digit(at(p))) {
          if (base != 'x' && is_digit(at(p)))
            return fail_at(p + 1,
                           std::string("invalid digit '") + at(p) + "' in " + kind + " literal");
          return fail_at(p, std::string("invalid ") + kind + " literal");
        }
        while (ok_digit(at(p))) ++p;
      } while (at(p) == '_');
      if (base != 'x' && is_digit(at(p)))
        return fail_at(p + 1, std::string("invalid digit '") + at(p) + "' in " + kind + " literal");
      if (!check_number_end(p, kind, &err)) return err;
      return finish();
    }
    // Zeros, possibly an old-style octal (rejected) or a float like 0.5 / 00e1.
    bool nonzero = false;
    for (;;) {
      if (at(p) == '_') {
        ++p;
        if (!is_digit(at(p))) return fail_at(p, "invalid decimal literal");
      }
      if (at(p) != '0') break;
      ++p;
    }
    uint32_t zeros_end = p;
    if (is_digit(at(p))) {
      nonzero = true;
      if (!decimal_tail()) return err;
    }
    if (at(p) == '.') {
      ++p;
      if (is_digit(at(p)) && !decimal_tail()) return err;
      return float_rest();
    }
    if (at(p) == 'e' || at(p) == 'E' || at(p) == 'j' || at(p) == 'J') return float_rest();
    if (nonzero) {
      return fail_range(start, zeros_end,
                        "leading zeros in decimal integer literals are not permitted; "
                        "use an 0o prefix for octal integers");
    }
    if (!check_number_end(p, "decimal", &err)) return err;
    return finish();
  }
  if (!decimal_tail()) return err;
  if (at(p) == '.') {
    ++p;
    if (is_digit(at(p)) && !decimal_tail()) return err;
  }
  return float_rest();
}

// A string literal whose prefix starts at `start` and whose first quote is
// at `quote_pos`. f-strings only produce their FSTRING_START here.
Token Lexer::lex_string(uint32_t start, uint32_t quote_pos) {
  char q = src_[quote_pos];
  bool triple = at(quote_pos + 1) == q && at(quote_pos + 2) == q;
  uint32_t body = quote_pos + (triple ? 3 : 1);
  bool is_f = false, raw = false;
  for (uint32_t i = start; i < quote_pos; ++i) {
    char c = static_cast<char>(src_[i] | 0x20);
    if (c == 'f') is_f = true;
    if (c == 'r') raw = true;
  }
  int start_line = line_of(start);
  int start_col = static_cast<int>(start - line_starts_[start_line - 1]);

  if (is_f) {
    if (fstrings_.size() + 1 >= kMaxFStrings) return fail_at(body, "too many nested f-strings");
    fstrings_.push_back(FString{q, triple, raw, start_line, start_col, start});
    pos_ = body;
    return make(Tok::FStringStart, start, body);
  }

  uint32_t p = body;
  bool escaped_quote = false;
  for (;;) {
    if (eof(p) || (!triple && src_[p] == '\n')) {
      // Inside an f-string expression, a stray quote of the enclosing
      // f-string's kind means the field was not closed.
      if (!fstrings_.empty() && fstrings_.back().quote == q && fstrings_.back().triple == triple) {
        return fail_at(start + 1, "f-string: expecting '}'");
      }
      int detected = eof(p) ? line_count() : line_of(p);
      std::string msg = triple ? "unterminated triple-quoted string literal (detected at line "
                               : "unterminated string literal (detected at line ";
      msg += std::to_string(detected) + ")";
      if (!triple && escaped_quote) msg += "; perhaps you escaped the end quote?";
      SyntaxErrorInfo e =
          make_error("SyntaxError", std::move(msg), start_line, start_col, start_line, start_col);
      e.end_offset = e.offset;
      return fail_error(std::move(e), true);
    }
    char c = src_[p];
    if (c == q) {
      if (!triple) {
        ++p;
        break;
      }
      if (at(p + 1) == q && at(p + 2) == q) {
        p += 3;
        break;
      }
      ++p;
      continue;
    }
    if (c == '\\') {
      if (at(p + 1) == q) escaped_quote = true;
      p += eof(p + 1) ? 1 : 2;
      continue;
    }
    ++p;
  }
  pos_ = p;
  return make(Tok::String, start, p);
}

Token Lexer::open_bracket(Tok kind, char ch) {
  if (brackets_.size() >= kMaxBrackets) return fail_at(pos_ + 1, "too many nested parentheses");
  int line = line_of(pos_);
  brackets_.push_back(Bracket{ch, line, static_cast<int>(pos_ - line_starts_[line - 1])});
  ++pos_;
  return make(kind, pos_ - 1, pos_);
}

Token Lexer::close_bracket(Tok kind, char ch) {
  bool in_field = !fields_.empty() &&
                  fields_.back().fstring == static_cast<int>(fstrings_.size()) - 1 &&
                  !fstrings_.empty();
  if (ch == '}' && in_field && brackets_.size() == static_cast<size_t>(fields_.back().depth)) {
    // The `}` that ends a replacement field.
    brackets_.pop_back();
    fields_.pop_back();
    ++pos_;
    return make(Tok::RBrace, pos_ - 1, pos_);
  }
  if (brackets_.empty()) {
    std::string msg = std::string("unmatched '") + ch + "'";
    return fail_at(pos_ + 1, msg);
  }
  Bracket open = brackets_.back();
  char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
  if (want != ch) {
    if (in_field && open.ch == '{' && brackets_.size() == static_cast<size_t>(fields_.back().depth))
      return fail_at(pos_ + 1, std::string("f-string: unmatched '") + ch + "'");
    std::string msg = std::string("closing parenthesis '") + ch +
                      "' does not match opening parenthesis '" + open.ch + "'";
    if (open.line != line_of(pos_)) msg += " on line " + std::to_string(open.line);
    return fail_at(pos_ + 1, msg);
  }
  brackets_.pop_back();
  ++pos_;
  return make(kind, pos_ - 1, pos_);
}

Token Lexer::lex_operator() {
  char c = src_[pos_];
  char c1 = at(pos_ + 1), c2 = at(pos_ + 2);
  auto op = [&](Tok kind, uint32_t len) {
    pos_ += len;
    return make(kind, pos_ - len, pos_);
  };
  bool in_field = !fstrings_.empty() && !fields_.empty() &&
                  fields_.back().fstring == static_cast<int>(fstrings_.size()) - 1 &&
                  brackets_.size() == static_cast<size_t>(fields_.back().depth);
  switch (c) {
    case '(':
      return open_bracket(Tok::LPar, '(');
    case '[':
      return open_bracket(Tok::LSqb, '[');
    case '{':
      return open_bracket(Tok::LBrace, '{');
    case ')':
      return close_bracket(Tok::RPar, ')');
    case ']':
      return close_bracket(Tok::RSqb, ']');
    case '}':
      return close_bracket(Tok::RBrace, '}');
    case ':':
      if (in_field) {
        // The `:` that starts a replacement field's format spec.
        fields_.back().in_spec = true;
        return op(Tok::Colon, 1);
      }
      return c1 == '=' ? op(Tok::ColonEqual, 2) : op(Tok::Colon, 1);
    case ',':
      return op(Tok::Comma, 1);
    case ';':
      return op(Tok::Semi, 1);
    case '~':
      return op(Tok::Tilde, 1);
    case '.':
      if (c1 == '.' && c2 == '.') return op(Tok::Ellipsis, 3);
      return op(Tok::Dot, 1);
    case '+':
      return c1 == '=' ? op(Tok::PlusEqual, 2) : op(Tok::Plus, 1);
    case '-':
      if (c1 == '=') return op(Tok::MinEqual, 2);
      if (c1 == '>') return op(Tok::RArrow, 2);
      return op(Tok::Minus, 1);
    case '*':
      if (c1 == '*') return c2 == '=' ? op(Tok::DoubleStarEqual, 3) : op(Tok::DoubleStar, 2);
      return c1 == '=' ? op(Tok::StarEqual, 2) : op(Tok::Star, 1);
    case '/':
      if (c1 == '/') return c2 == '=' ? op(Tok::DoubleSlashEqual, 3) : op(Tok::DoubleSlash, 2);
      return c1 == '=' ? op(Tok::SlashEqual, 2) : op(Tok::Slash, 1);
    case '%':
      return c1 == '=' ? op(Tok::PercentEqual, 2) : op(Tok::Percent, 1);
    case '&':
      return c1 == '=' ? op(Tok::AmperEqual, 2) : op(Tok::Amper, 1);
    case '|':
      return c1 == '=' ? op(Tok::VBarEqual, 2) : op(Tok::VBar, 1);
    case '^':
      return c1 == '=' ? op(Tok::CircumflexEqual, 2) : op(Tok::Circumflex, 1);
    case '@':
      return c1 == '=' ? op(Tok::AtEqual, 2) : op(Tok::At, 1);
    case '=':
      return c1 == '=' ? op(Tok::EqEqual, 2) : op(Tok::Equal, 1);
    case '!':
      return c1 == '=' ? op(Tok::NotEqual, 2) : op(Tok::Exclamation, 1);
    case '<':
      if (c1 == '<') return c2 == '=' ? op(Tok::LeftShiftEqual, 3) : op(Tok::LeftShift, 2);
      if (c1 == '=') return op(Tok::LessEqual, 2);
      if (c1 == '>') return op(Tok::NotEqual, 2);  // `<>`: the parser rejects it
      return op(Tok::Less, 1);
    case '>':
      if (c1 == '>') return c2 == '=' ? op(Tok::RightShiftEqual, 3) : op(Tok::RightShift, 2);
      return c1 == '=' ? op(Tok::GreaterEqual, 2) : op(Tok::Greater, 1);
    default:
      break;
  }
  auto uc = static_cast<unsigned char>(c);
  if (uc < 0x20 || uc == 0x7F) return invalid_character(pos_);
  // `$`, `?`, backquote: CPython makes them an error token that the parser
  // rejects as invalid syntax.
  return op(Tok::Unknown, 1);
}

// ------------------------------------------------------------- f-strings

Token Lexer::lex_fstring_text() {
  FString& fs = fstrings_.back();
  int top = static_cast<int>(fstrings_.size()) - 1;
  bool in_spec = !fields_.empty() && fields_.back().fstring == top && fields_.back().in_spec;
  uint32_t p = pos_;
  const char q = fs.quote;
  auto closes = [&](uint32_t i) {
    return at(i) == q && !eof(i) && (!fs.triple || (at(i + 1) == q && at(i + 2) == q));
  };

  if (closes(p)) {
    // Fields of this f-string still open (the parser reports them) are
    // forgotten; their `{` stays on the bracket stack, as in CPython, so a
    // later `)` is reported as not matching it.
    while (!fields_.empty() && fields_.back().fstring == top) fields_.pop_back();
    fstrings_.pop_back();
    uint32_t len = fs.triple ? 3 : 1;
    pos_ = p + len;
    return make(Tok::FStringEnd, p, pos_);
  }
  char c = at(p);
  if (c == '{' && (in_spec || at(p + 1) != '{')) {
    int nesting = 0;
    for (const Field& f : fields_)
      if (f.fstring == top) ++nesting;
    if (nesting >= kMaxFieldNesting) return fail_at(p, "f-string: expressions nested too deeply");
    Token t = open_bracket(Tok::LBrace, '{');
    if (t.kind == Tok::Error) return t;
    fields_.push_back(Field{top, static_cast<int>(brackets_.size()), false});
    return t;
  }
  if (c == '}') {
    if (in_spec) {
      brackets_.pop_back();
      fields_.pop_back();
      pos_ = p + 1;
      return make(Tok::RBrace, p, pos_);
    }
    if (at(p + 1) != '}') return fail_at(p + 1, "f-string: single '}' is not allowed");
  }

  uint32_t start = p;
  for (;;) {
    if (eof(p) || (!fs.triple && src_[p] == '\n')) {
      int detected = eof(p) ? line_count() : line_of(p);
      std::string msg = fs.triple ? "unterminated triple-quoted f-string literal (detected at line "
                                  : "unterminated f-string literal (detected at line ";
      msg += std::to_string(detected) + ")";
      SyntaxErrorInfo e =
          make_error("SyntaxError", std::move(msg), fs.line, fs.col, fs.line, fs.col);
      e.end_offset = e.offset;
      return fail_error(std::move(e), true);
    }
    char ch = src_[p];
    if (closes(p)) break;
    if (ch == '{') {
      if (!in_spec && at(p + 1) == '{') {
        p += 2;
        continue;
      }
      break;
    }
    if (ch == '}') {
      if (!in_spec && at(p + 1) == '}') {
        p += 2;
        continue;
      }
      break;
    }
    if (ch == '\\') {
      char n = at(p + 1);
      if (!fs.raw && n == 'N' && at(p + 2) == '{') {
        uint32_t close = p + 3;
        while (!eof(close) && src_[close] != '}' && src_[close] != q && src_[close] != '\n')
          ++close;
        p = at(close) == '}' ? close + 1 : close;
        continue;
      }
      if (n == q || n == '\\' || n == '\n') {
        p += 2;
        continue;
      }
      ++p;
      continue;
    }
    ++p;
  }
  pos_ = p;
  Token t = make(Tok::FStringMiddle, start, p);
  t.in_format_spec = in_spec;
  return t;
}

}  // namespace ftpy::compiler
