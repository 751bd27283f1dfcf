// test_lexer.cpp — unit tests for the ftpy tokenizer (runtime/compiler/lexer.h)
// and literal decoding (runtime/compiler/string_literal.h).
//
// Token streams are written compactly: NAME/NUMBER/STRING/FSTRING_MIDDLE
// tokens as KIND:text, operators and keywords as their text, the rest by
// kind name. Tokenizer-level error cases at the end run through parse()
// and compare the full error (type, message, line, offsets) with what
// CPython 3.13 reports for the same source; those expected values were
// taken from CPython itself.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "runtime/compiler/ast.h"
#include "runtime/compiler/ast_dump.h"
#include "runtime/compiler/lexer.h"
#include "runtime/compiler/parser.h"
#include "runtime/compiler/string_literal.h"

namespace ftpy::compiler {
namespace {

std::string toks(std::string_view src) {
  Lexer lx(src);
  std::string out;
  for (const Token& t : tokenize(lx)) {
    if (!out.empty()) out += ' ';
    switch (t.kind) {
      case Tok::Name:
      case Tok::Number:
      case Tok::String:
      case Tok::FStringMiddle:
        out += tok_name(t.kind);
        out += ':';
        out += lx.text(t);
        break;
      case Tok::Error:
        out += "ERROR(" + lx.error().msg + ")";
        break;
      default:
        out += tok_name(t.kind);
    }
  }
  return out;
}

std::string pos(const Token& t) {
  return std::to_string(t.lineno) + ":" + std::to_string(t.col) + "-" +
         std::to_string(t.end_lineno) + ":" + std::to_string(t.end_col);
}

// The first error's description, or "" if the source tokenizes cleanly.
SyntaxErrorInfo lex_error(std::string_view src) {
  Lexer lx(src);
  tokenize(lx);
  return lx.failed() ? lx.error() : SyntaxErrorInfo{};
}

std::string decoded(std::string_view body, bool raw = false) {
  std::string out;
  DecodeError err;
  if (!decode_str(body, raw, &out, &err)) return "ERR " + err.msg;
  return out;
}

std::string decoded_bytes(std::string_view body, bool raw = false) {
  std::string out;
  DecodeError err;
  if (!decode_bytes(body, raw, &out, &err)) return "ERR " + err.msg;
  return out;
}

// ------------------------------------------------------------------ tokens

TEST(Lexer, SimpleStatement) {
  EXPECT_EQ(toks("x = 1"), "NAME:x = NUMBER:1 NEWLINE ENDMARKER");
  EXPECT_EQ(toks("x = 1\n"), "NAME:x = NUMBER:1 NEWLINE ENDMARKER");
  EXPECT_EQ(toks(""), "ENDMARKER");
  EXPECT_EQ(toks("\n\n  \n# comment\n"), "ENDMARKER");
  EXPECT_EQ(toks("print('hi')  # comment"), "NAME:print ( STRING:'hi' ) NEWLINE ENDMARKER");
}

TEST(Lexer, KeywordsAndSoftKeywords) {
  EXPECT_EQ(toks("if elif else for while def class return yield lambda"),
            "if elif else for while def class return yield lambda NEWLINE ENDMARKER");
  EXPECT_EQ(toks("and or not in is None True False pass break continue"),
            "and or not in is None True False pass break continue NEWLINE ENDMARKER");
  EXPECT_EQ(
      toks("try except finally raise with as global nonlocal del assert import from async await"),
      "try except finally raise with as global nonlocal del assert import from async await NEWLINE "
      "ENDMARKER");
  // Soft keywords stay names; so do near-misses.
  EXPECT_EQ(toks("match case type _ iff Not none"),
            "NAME:match NAME:case NAME:type NAME:_ NAME:iff NAME:Not NAME:none NEWLINE ENDMARKER");
}

TEST(Lexer, Operators) {
  EXPECT_EQ(toks("+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != ->"),
            "+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != -> NEWLINE ENDMARKER");
  EXPECT_EQ(toks("+= -= *= /= //= %= **= @= <<= >>= &= |= ^= := ="),
            "+= -= *= /= //= %= **= @= <<= >>= &= |= ^= := = NEWLINE ENDMARKER");
  EXPECT_EQ(toks("( ) [ ] { } , : ; . ... !"), "( ) [ ] { } , : ; . ... ! NEWLINE ENDMARKER");
  EXPECT_EQ(toks("a->b"), "NAME:a -> NAME:b NEWLINE ENDMARKER");
  EXPECT_EQ(toks("a...b"), "NAME:a ... NAME:b NEWLINE ENDMARKER");
  EXPECT_EQ(toks("x**=2"), "NAME:x **= NUMBER:2 NEWLINE ENDMARKER");
  EXPECT_EQ(toks("a<>b"), "NAME:a != NAME:b NEWLINE ENDMARKER");  // the parser rejects `<>`
  EXPECT_EQ(toks("$ ?"), "ERRORTOKEN ERRORTOKEN NEWLINE ENDMARKER");
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(toks("0 123 1_000_000 0x1F 0X_ff 0o17 0O7 0b1010 0B_1"),
            "NUMBER:0 NUMBER:123 NUMBER:1_000_000 NUMBER:0x1F NUMBER:0X_ff NUMBER:0o17 NUMBER:0O7 "
            "NUMBER:0b1010 "
            "NUMBER:0B_1 NEWLINE ENDMARKER");
  EXPECT_EQ(toks("1.5 1. .5 1e10 1E-5 1.5e+3 1_0.0_1 00 0.0 09.5 00e1"),
            "NUMBER:1.5 NUMBER:1. NUMBER:.5 NUMBER:1e10 NUMBER:1E-5 NUMBER:1.5e+3 NUMBER:1_0.0_1 "
            "NUMBER:00 "
            "NUMBER:0.0 NUMBER:09.5 NUMBER:00e1 NEWLINE ENDMARKER");
  EXPECT_EQ(toks("1j 1.5J 1e3j 0j .5j"),
            "NUMBER:1j NUMBER:1.5J NUMBER:1e3j NUMBER:0j NUMBER:.5j NEWLINE ENDMARKER");
  // A number may be followed directly by some keywords (CPython warns).
  EXPECT_EQ(toks("1if x else 2"), "NUMBER:1 if NAME:x else NUMBER:2 NEWLINE ENDMARKER");
  EXPECT_EQ(toks("0x1for"), "NUMBER:0x1f or NEWLINE ENDMARKER");
  EXPECT_EQ(toks("1in x"), "NUMBER:1 in NAME:x NEWLINE ENDMARKER");
  EXPECT_EQ(toks("1 .real"), "NUMBER:1 . NAME:real NEWLINE ENDMARKER");
  EXPECT_EQ(toks("1..real"), "NUMBER:1. . NAME:real NEWLINE ENDMARKER");
}

TEST(Lexer, NumberErrors) {
  EXPECT_EQ(toks("1abc"), "ERROR(invalid decimal literal)");
  EXPECT_EQ(toks("1_"), "ERROR(invalid decimal literal)");
  EXPECT_EQ(toks("1__0"), "ERROR(invalid decimal literal)");
  EXPECT_EQ(toks("0x"), "ERROR(invalid hexadecimal literal)");
  EXPECT_EQ(toks("0x1g"), "ERROR(invalid hexadecimal literal)");
  EXPECT_EQ(toks("0o8"), "ERROR(invalid digit '8' in octal literal)");
  EXPECT_EQ(toks("0b2"), "ERROR(invalid digit '2' in binary literal)");
  EXPECT_EQ(toks("0b"), "ERROR(invalid binary literal)");
  EXPECT_EQ(toks("1e"), "ERROR(invalid decimal literal)");
  EXPECT_EQ(toks("1e+"), "ERROR(invalid decimal literal)");
  EXPECT_EQ(toks("1jx"), "ERROR(invalid imaginary literal)");
  EXPECT_EQ(toks("0777"),
            "ERROR(leading zeros in decimal integer literals are not permitted; use an 0o prefix "
            "for octal "
            "integers)");
}

TEST(Lexer, StringPrefixes) {
  EXPECT_EQ(toks("'a' \"b\" '''c''' \"\"\"d\"\"\""),
            "STRING:'a' STRING:\"b\" STRING:'''c''' STRING:\"\"\"d\"\"\" NEWLINE ENDMARKER");
  EXPECT_EQ(toks("r'a' R'a' b'a' B'a' u'a' U'a' rb'a' bR'a' Rb'a' BR'a'"),
            "STRING:r'a' STRING:R'a' STRING:b'a' STRING:B'a' STRING:u'a' STRING:U'a' STRING:rb'a' "
            "STRING:bR'a' "
            "STRING:Rb'a' STRING:BR'a' NEWLINE ENDMARKER");
  // Not prefixes: names followed by a string.
  EXPECT_EQ(toks("ub'a'"), "NAME:ub STRING:'a' NEWLINE ENDMARKER");
  EXPECT_EQ(toks("bf'a'"), "NAME:bf STRING:'a' NEWLINE ENDMARKER");
  EXPECT_EQ(toks("'' \"\" '''''' ''"),
            "STRING:'' STRING:\"\" STRING:'''''' STRING:'' NEWLINE ENDMARKER");
  EXPECT_EQ(toks("'it\\'s' r'\\'' '\\\\'"),
            "STRING:'it\\'s' STRING:r'\\'' STRING:'\\\\' NEWLINE ENDMARKER");
  EXPECT_EQ(toks("'a\\\nb'"), "STRING:'a\\\nb' NEWLINE ENDMARKER");
  EXPECT_EQ(toks("'''a\n'b'\nc'''"), "STRING:'''a\n'b'\nc''' NEWLINE ENDMARKER");
}

TEST(Lexer, StringErrors) {
  EXPECT_EQ(toks("'abc"), "ERROR(unterminated string literal (detected at line 1))");
  EXPECT_EQ(toks("'abc\nx"), "ERROR(unterminated string literal (detected at line 1))");
  EXPECT_EQ(toks("x = '''abc\n\n"),
            "NAME:x = ERROR(unterminated triple-quoted string literal (detected at line 2))");
  EXPECT_EQ(toks("r'\\'"),
            "ERROR(unterminated string literal (detected at line 1); perhaps you escaped the end "
            "quote?)");
}

TEST(Lexer, FStringTokens) {
  EXPECT_EQ(
      toks("f'a{b}c'"),
      "FSTRING_START FSTRING_MIDDLE:a { NAME:b } FSTRING_MIDDLE:c FSTRING_END NEWLINE ENDMARKER");
  EXPECT_EQ(toks("f'{x!r:>{w}}'"),
            "FSTRING_START { NAME:x ! NAME:r : FSTRING_MIDDLE:> { NAME:w } } FSTRING_END NEWLINE "
            "ENDMARKER");
  EXPECT_EQ(toks("f'{x=}'"), "FSTRING_START { NAME:x = } FSTRING_END NEWLINE ENDMARKER");
  EXPECT_EQ(toks("f'{x!=y}'"), "FSTRING_START { NAME:x != NAME:y } FSTRING_END NEWLINE ENDMARKER");
  EXPECT_EQ(toks("f'{{a}}'"), "FSTRING_START FSTRING_MIDDLE:{{a}} FSTRING_END NEWLINE ENDMARKER");
  EXPECT_EQ(toks("f''"), "FSTRING_START FSTRING_END NEWLINE ENDMARKER");
  // 3.12+ rules: the same quote may be reused inside a replacement field.
  EXPECT_EQ(toks("f'{'a' + f'{b}'}'"),
            "FSTRING_START { STRING:'a' + FSTRING_START { NAME:b } FSTRING_END } FSTRING_END "
            "NEWLINE ENDMARKER");
  // A `:` inside brackets does not start a format spec; `:=` at top level does.
  EXPECT_EQ(toks("f'{d[1:2]}'"),
            "FSTRING_START { NAME:d [ NUMBER:1 : NUMBER:2 ] } FSTRING_END NEWLINE ENDMARKER");
  EXPECT_EQ(toks("f'{x:=5}'"),
            "FSTRING_START { NAME:x : FSTRING_MIDDLE:=5 } FSTRING_END NEWLINE ENDMARKER");
  // In a format spec `{{` opens a nested field.
  EXPECT_EQ(toks("f'{x:{{}}}'"),
            "FSTRING_START { NAME:x : { { } } } FSTRING_END NEWLINE ENDMARKER");
  // Backslashes: `\N{...}` is not a field; `\{` leaves the brace to start one.
  EXPECT_EQ(toks("f'\\N{DASH}'"),
            "FSTRING_START FSTRING_MIDDLE:\\N{DASH} FSTRING_END NEWLINE ENDMARKER");
  EXPECT_EQ(toks("f'\\{x}'"),
            "FSTRING_START FSTRING_MIDDLE:\\ { NAME:x } FSTRING_END NEWLINE ENDMARKER");
  EXPECT_EQ(toks("rf'\\{x}'"),
            "FSTRING_START FSTRING_MIDDLE:\\ { NAME:x } FSTRING_END NEWLINE ENDMARKER");
  // Triple-quoted f-strings span lines; expressions may too.
  EXPECT_EQ(toks("f'''a\n{\nx\n}'''"),
            "FSTRING_START FSTRING_MIDDLE:a\n { NAME:x } FSTRING_END NEWLINE ENDMARKER");
}

TEST(Lexer, FStringErrors) {
  EXPECT_EQ(toks("f'abc"),
            "FSTRING_START ERROR(unterminated f-string literal (detected at line 1))");
  EXPECT_EQ(
      toks("f'''abc"),
      "FSTRING_START ERROR(unterminated triple-quoted f-string literal (detected at line 1))");
  EXPECT_EQ(toks("f'}'"), "FSTRING_START ERROR(f-string: single '}' is not allowed)");
  EXPECT_EQ(toks("f'{x'"), "FSTRING_START { NAME:x ERROR(f-string: expecting '}')");
  EXPECT_EQ(toks("f'{x)}'"), "FSTRING_START { NAME:x ERROR(f-string: unmatched ')')");
  EXPECT_EQ(toks("f'{x:{y:{z:{w}}}}'").substr(0, 10), "FSTRING_ST");
  EXPECT_NE(toks("f'{x:{y:{z:{w}}}}'").find("ERROR(f-string: expressions nested too deeply)"),
            std::string::npos);
}

TEST(Lexer, Indentation) {
  EXPECT_EQ(toks("if x:\n    y\nz"),
            "if NAME:x : NEWLINE INDENT NAME:y NEWLINE DEDENT NAME:z NEWLINE ENDMARKER");
  EXPECT_EQ(toks("if x:\n  if y:\n    a\nb"),
            "if NAME:x : NEWLINE INDENT if NAME:y : NEWLINE INDENT NAME:a NEWLINE DEDENT DEDENT "
            "NAME:b NEWLINE "
            "ENDMARKER");
  // Dedents at the end of input come before ENDMARKER.
  EXPECT_EQ(toks("if x:\n  y\n"), "if NAME:x : NEWLINE INDENT NAME:y NEWLINE DEDENT ENDMARKER");
  // Blank and comment-only lines do not count, whatever their indentation.
  EXPECT_EQ(toks("if x:\n\n      # c\n  y\n   \n  z\n"),
            "if NAME:x : NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT ENDMARKER");
  // Inside brackets and after a backslash, indentation is ignored.
  EXPECT_EQ(toks("x = (1,\n        2)\ny"),
            "NAME:x = ( NUMBER:1 , NUMBER:2 ) NEWLINE NAME:y NEWLINE ENDMARKER");
  EXPECT_EQ(toks("x = 1 + \\\n        2\ny"),
            "NAME:x = NUMBER:1 + NUMBER:2 NEWLINE NAME:y NEWLINE ENDMARKER");
  // A tab goes to the next multiple of 8; consistent use is accepted.
  EXPECT_EQ(toks("if x:\n\ta\n\tb\n"),
            "if NAME:x : NEWLINE INDENT NAME:a NEWLINE NAME:b NEWLINE DEDENT ENDMARKER");
  EXPECT_EQ(toks("if x:\n\t    a\n\t    b\n"),
            "if NAME:x : NEWLINE INDENT NAME:a NEWLINE NAME:b NEWLINE DEDENT ENDMARKER");
  // A form feed resets the column.
  EXPECT_EQ(toks("\fx = 1"), "NAME:x = NUMBER:1 NEWLINE ENDMARKER");
}

TEST(Lexer, IndentationErrors) {
  SyntaxErrorInfo e = lex_error("if x:\n\ta\n        b\n");
  EXPECT_EQ(e.type, "TabError");
  EXPECT_EQ(e.msg, "inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(e.lineno, 3);
  e = lex_error("if x:\n        a\n\tb\n");
  EXPECT_EQ(e.type, "TabError");
  e = lex_error("if x:\n    a\n  b\n");
  EXPECT_EQ(e.type, "IndentationError");
  EXPECT_EQ(e.msg, "unindent does not match any outer indentation level");
  EXPECT_EQ(e.lineno, 3);
  EXPECT_EQ(e.offset, 4);
  EXPECT_EQ(e.end_offset, -1);
  std::string deep;
  for (int i = 0; i < 101; ++i) deep += std::string(i, ' ') + "if x:\n";
  deep += std::string(101, ' ') + "pass\n";
  e = lex_error(deep);
  EXPECT_EQ(e.type, "IndentationError");
  EXPECT_EQ(e.msg, "too many levels of indentation");
  EXPECT_EQ(e.lineno, 101);
}

TEST(Lexer, Positions) {
  Lexer lx("def f(x):\n    return 'é' + x\n");
  std::vector<Token> t = tokenize(lx);
  ASSERT_EQ(t.size(), 15u);
  EXPECT_EQ(pos(t[0]), "1:0-1:3");     // def
  EXPECT_EQ(pos(t[6]), "1:9-1:10");    // NEWLINE
  EXPECT_EQ(pos(t[7]), "2:0-2:4");     // INDENT
  EXPECT_EQ(pos(t[8]), "2:4-2:10");    // return
  EXPECT_EQ(pos(t[9]), "2:11-2:15");   // 'é': columns are UTF-8 bytes
  EXPECT_EQ(pos(t[11]), "2:18-2:19");  // x
  EXPECT_EQ(t[13].kind, Tok::Dedent);
  EXPECT_EQ(t[14].kind, Tok::EndMarker);
  // Multi-line tokens end on their last line.
  Lexer lx2("x = '''a\nbc'''");
  std::vector<Token> t2 = tokenize(lx2);
  EXPECT_EQ(pos(t2[2]), "1:4-2:5");
  // The implicit NEWLINE at the end of input sits one past the last character.
  EXPECT_EQ(pos(t2[3]), "2:5-2:6");
  // Bracket depth is recorded on each token.
  Lexer lx3("f(a[1])");
  std::vector<Token> t3 = tokenize(lx3);
  EXPECT_EQ(t3[0].level, 0);
  EXPECT_EQ(t3[1].level, 1);
  EXPECT_EQ(t3[3].level, 2);
  EXPECT_EQ(t3[5].level, 1);
  EXPECT_EQ(t3[6].level, 0);
}

TEST(Lexer, SourceEncodingAndNewlines) {
  // A UTF-8 BOM is skipped; positions do not count it.
  Lexer bom("\xEF\xBB\xBFx = 1");
  EXPECT_EQ(pos(tokenize(bom)[0]), "1:0-1:1");
  // \r\n and lone \r are newlines.
  EXPECT_EQ(toks("x\r\ny\rz"), "NAME:x NEWLINE NAME:y NEWLINE NAME:z NEWLINE ENDMARKER");
  EXPECT_EQ(toks("s = '''a\r\nb'''"), "NAME:s = STRING:'''a\nb''' NEWLINE ENDMARKER");
  // Invalid UTF-8: CPython's message, with a placeholder for the file name.
  SyntaxErrorInfo e = lex_error("x = 1\ny = '\xff'\n");
  EXPECT_EQ(e.type, "SyntaxError");
  EXPECT_EQ(e.msg,
            "Non-UTF-8 code starting with '\\xff' in file {filename} on line 2, but no encoding "
            "declared; see "
            "https://peps.python.org/pep-0263/ for details");
  EXPECT_EQ(e.lineno, 1);
  EXPECT_EQ(lex_error("\xc3\x28").msg.substr(0, 36), "Non-UTF-8 code starting with '\\xc3' ");
  EXPECT_EQ(lex_error("\xed\xa0\x80").msg.substr(0, 36),
            "Non-UTF-8 code starting with '\\xed' ");  // surrogate
  // A latin-1 declaration makes such input readable.
  Lexer latin("# -*- coding: latin-1 -*-\ns = '\xe9'\n");
  std::vector<Token> lt = tokenize(latin);
  EXPECT_FALSE(latin.failed());
  EXPECT_EQ(latin.text(lt[2]), "'\xc3\xa9'");
  // NUL bytes.
  e = lex_error(std::string_view("x = 1\n\0", 7));
  EXPECT_EQ(e.msg, "source code cannot contain null bytes");
  EXPECT_EQ(e.lineno, 2);
}

TEST(Lexer, Identifiers) {
  EXPECT_EQ(toks("é = 日本 + _x1"), "NAME:é = NAME:日本 + NAME:_x1 NEWLINE ENDMARKER");
  EXPECT_EQ(toks("x€ = 1"), "ERROR(invalid character '€' (U+20AC))");
  EXPECT_EQ(toks("x = “a”"), "NAME:x = ERROR(invalid character '“' (U+201C))");
  EXPECT_EQ(toks("x = \xc2\xa0"), "NAME:x = ERROR(invalid non-printable character U+00A0)");
  EXPECT_EQ(toks("x = \x01"), "NAME:x = ERROR(invalid non-printable character U+0001)");
}

TEST(Lexer, Brackets) {
  EXPECT_EQ(toks("(]"), "( ERROR(closing parenthesis ']' does not match opening parenthesis '(')");
  EXPECT_EQ(toks("(\n]"),
            "( ERROR(closing parenthesis ']' does not match opening parenthesis '(' on line 1)");
  EXPECT_EQ(toks(")"), "ERROR(unmatched ')')");
  EXPECT_EQ(toks("x = (1,"), "NAME:x = ( NUMBER:1 , ERROR('(' was never closed)");
  EXPECT_EQ(toks(std::string(200, '(')).substr(0, 5), "( ( (");
  std::string too_deep = toks(std::string(201, '('));
  EXPECT_NE(too_deep.find("ERROR(too many nested parentheses)"), std::string::npos);
}

TEST(Lexer, LineContinuation) {
  EXPECT_EQ(toks("x = \\\n 1"), "NAME:x = NUMBER:1 NEWLINE ENDMARKER");
  EXPECT_EQ(toks("x = \\ 1"),
            "NAME:x = ERROR(unexpected character after line continuation character)");
  EXPECT_EQ(toks("x = 1 \\"), "NAME:x = NUMBER:1 ERROR(unexpected EOF while parsing)");
  EXPECT_EQ(toks("x = 1 \\\n"), "NAME:x = NUMBER:1 ERROR(unexpected EOF while parsing)");
}

// ------------------------------------------------------------------ literal decoding

TEST(StringLiteral, Prefix) {
  StringPrefix p = parse_string_prefix("Rb'x'");
  EXPECT_TRUE(p.raw);
  EXPECT_TRUE(p.bytes);
  EXPECT_FALSE(p.fstring);
  EXPECT_EQ(p.length, 2u);
  EXPECT_EQ(string_body("Rb'x'", 2), "x");
  EXPECT_EQ(string_body("'''a'b'''", 0), "a'b");
  EXPECT_EQ(string_body("''", 0), "");
  EXPECT_EQ(string_body("''''''", 0), "");
  EXPECT_TRUE(parse_string_prefix("f'{x}'").fstring);
  EXPECT_TRUE(parse_string_prefix("u''").unicode);
}

TEST(StringLiteral, Escapes) {
  EXPECT_EQ(decoded("a\\nb\\tc\\\\d\\'e\\\"f"), "a\nb\tc\\d'e\"f");
  EXPECT_EQ(decoded("\\a\\b\\f\\v\\r"), "\a\b\f\v\r");
  EXPECT_EQ(decoded("\\0\\12\\101\\1011"), std::string("\0\nAA1", 5));
  EXPECT_EQ(decoded("\\777"), "\xc7\xbf");  // U+01FF
  EXPECT_EQ(decoded("\\x41\\x4a\\x7f"), "AJ\x7f");
  EXPECT_EQ(decoded("\\u00e9\\u20ac"), "\xc3\xa9\xe2\x82\xac");
  EXPECT_EQ(decoded("\\U0001F600"), "\xf0\x9f\x98\x80");
  EXPECT_EQ(decoded("\\ud800"), "\xed\xa0\x80");  // lone surrogate, generalized UTF-8
  EXPECT_EQ(decoded("line\\\nnext"), "linenext");
  // Unknown escapes are kept as written.
  EXPECT_EQ(decoded("\\d\\8\\q\\{"), "\\d\\8\\q\\{");
  EXPECT_EQ(decoded("é\\é"), "é\\é");
  // Raw strings keep everything.
  EXPECT_EQ(decoded("\\n\\x\\", true), "\\n\\x\\");
}

TEST(StringLiteral, EscapeErrors) {
  EXPECT_EQ(decoded("\\x4"),
            "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
            "truncated \\xXX escape");
  EXPECT_EQ(decoded("ab\\x"),
            "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: "
            "truncated \\xXX escape");
  EXPECT_EQ(decoded("\\u12"),
            "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: "
            "truncated \\uXXXX escape");
  EXPECT_EQ(decoded("\\U0011000"),
            "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: "
            "truncated \\UXXXXXXXX "
            "escape");
  EXPECT_EQ(decoded("\\U00110000"),
            "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal "
            "Unicode character");
  EXPECT_EQ(decoded("\\N{EM DASH}"),
            "ERR ftpy does not support \\N{...} escapes (Unicode character names)");
}

TEST(StringLiteral, Bytes) {
  EXPECT_EQ(decoded_bytes("a\\x00\\xff\\777\\n"), std::string("a\0\xff\xff\n", 5));
  EXPECT_EQ(decoded_bytes("\\u0041\\N{X}"), "\\u0041\\N{X}");
  EXPECT_EQ(decoded_bytes("\\x4"), "ERR (value error) invalid \\x escape at position 0");
  EXPECT_EQ(decoded_bytes("\xc3\xa9"), "ERR bytes can only contain ASCII literal characters");
  EXPECT_EQ(decoded_bytes("\\d", true), "\\d");
}

TEST(StringLiteral, FStringText) {
  std::string out;
  DecodeError err;
  ASSERT_TRUE(decode_fstring_text("a{{b}}\\n", false, false, &out, &err));
  EXPECT_EQ(out, "a{b}\n");
  ASSERT_TRUE(decode_fstring_text("a{{b}}\\n", true, false, &out, &err));
  EXPECT_EQ(out, "a{b}\\n");
  ASSERT_TRUE(decode_fstring_text("\\", false, false, &out, &err));
  EXPECT_EQ(out, "\\");
}

TEST(AstDump, FloatRepr) {
  EXPECT_EQ(python_float_repr(1.0), "1.0");
  EXPECT_EQ(python_float_repr(0.1), "0.1");
  EXPECT_EQ(python_float_repr(1e16), "1e+16");
  EXPECT_EQ(python_float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(python_float_repr(1.5e-5), "1.5e-05");
  EXPECT_EQ(python_float_repr(0.0001), "0.0001");
  EXPECT_EQ(python_float_repr(-2.5), "-2.5");
  EXPECT_EQ(python_float_repr(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(python_float_repr(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(python_float_repr(0.0), "0.0");
  EXPECT_EQ(python_float_repr(-0.0), "-0.0");
}

// ------------------------------------------------------------------ tokenizer errors through
// parse()

struct ErrorCase {
  const char* src;
  const char* type;
  const char* msg;
  int lineno, offset, end_lineno, end_offset;
};

void check_errors(const ErrorCase* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const ErrorCase& c = cases[i];
    ast::AstArena arena;
    ParseResult r = parse(c.src, ParseMode::File, arena);
    SCOPED_TRACE(c.src);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.error.type, c.type);
    EXPECT_EQ(r.error.msg, c.msg);
    EXPECT_EQ(r.error.lineno, c.lineno);
    EXPECT_EQ(r.error.offset, c.offset);
    EXPECT_EQ(r.error.end_lineno, c.end_lineno);
    EXPECT_EQ(r.error.end_offset, c.end_offset);
  }
}

// Expected values: type, msg, lineno, offset, end_lineno and end_offset of
// the SyntaxError CPython 3.13's ast.parse() raises for each source.
const ErrorCase kTokenizerErrors[] = {
    {"x = (1, 2\nprint(x)\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"s = \"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?",
     1, 1, 1, 2},
    {"f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1,
     15},
    {"print \"x\"", "SyntaxError",
     "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10},
    {"a = ((((", "SyntaxError", "'(' was never closed", 1, 8, 1, 0},
    {"a = )", "SyntaxError", "unmatched ')'", 1, 5, 1, 5},
    {"a = (]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1,
     6, 1, 6},
    {"x = 0777", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 5, 1, 6},
    {"x = 1_", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
    {"x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6},
    {"\"\"\"abc\n\ndef", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 3)", 1, 1, 1, 1},
    {"\"\"\"abc\n\ndef\n", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 3)", 1, 1, 1, 1},
    {"x = \\ y", "SyntaxError", "unexpected character after line continuation character", 1, 6, 1,
     0},
    {"x = 1 \\", "SyntaxError", "unexpected EOF while parsing", 1, 8, 1, -1},
    {"(a\n]", "SyntaxError",
     "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1},
    {"x = 1.e", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"x = 1e+", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7},
    {"x = 0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 8, 1, 8},
    {"x = 0o9", "SyntaxError", "invalid digit '9' in octal literal", 1, 7, 1, 7},
    {"x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"x = 0_", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"x = 0x1g", "SyntaxError", "invalid hexadecimal literal", 1, 7, 1, 7},
    {"x = [1,\n2,\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"x = (1 +\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = 1 +\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 9, 1, -1},
    {"del (a, 1)", "SyntaxError", "cannot delete literal", 1, 9, 1, 10},
    {"for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"with a as 1: pass", "SyntaxError", "cannot assign to literal", 1, 11, 1, 12},
    {"f(x for x in y, )", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"x = 1.real", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"[a, b for b in c]", "SyntaxError",
     "did you forget parentheses around the comprehension target?", 1, 2, 1, 6},
    {"from m import (a, b", "SyntaxError", "'(' was never closed", 1, 15, 1, 0},
    {"from m import a,", "SyntaxError",
     "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 18},
    {"x[", "SyntaxError", "'[' was never closed", 1, 2, 1, 0},
    {"def f(a, (b, c)): pass", "SyntaxError", "Function parameters cannot be parenthesized", 1, 10,
     1, 16},
    {"f(1, x for x in y)", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 1,
     18},
    {"f(a, b for b in c)", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 1,
     18},
    {"[x for 1 in y]", "SyntaxError", "cannot assign to literal", 1, 8, 1, 9},
    {"'\\x4'", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX "
     "escape",
     1, 1, 1, 6},
    {"b'\\x4'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 1, 1, 7},
    {"'\\u12'", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX "
     "escape",
     1, 1, 1, 7},
    {"'\\U00110000'", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode "
     "character",
     1, 1, 1, 13},
    {"'ab\\x'", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \\xXX "
     "escape",
     1, 1, 1, 7},
    {"b'\303\251'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1, 1, 5},
    {"'abc\\\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1},
    {"u'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 10, 1, 11},
    {"x = 'a' 'b\\x4'", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \\xXX "
     "escape",
     1, 9, 1, 15},
    {"'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 9, 1, 10},
    {"x = (", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = [", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"x = {", "SyntaxError", "'{' was never closed", 1, 5, 1, 0},
    {"(", "SyntaxError", "'(' was never closed", 1, 1, 1, 0},
    {")", "SyntaxError", "unmatched ')'", 1, 1, 1, 1},
    {"]", "SyntaxError", "unmatched ']'", 1, 1, 1, 1},
    {"}", "SyntaxError", "unmatched '}'", 1, 1, 1, 1},
    {"x = (]\ny = 2", "SyntaxError",
     "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 1, 6},
    {"x = (\n\n\n]", "SyntaxError",
     "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 4, 1, 4, 1},
    {"x = [1, 2,\n  3\ny = 4", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"print(\n", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
    {"foo(\n  a,\n  b\n", "SyntaxError", "'(' was never closed", 1, 4, 1, 0},
    {"x = 'abc\ny = 2", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1,
     5},
    {"x = '''abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)",
     1, 5, 1, 5},
    {"x = \"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = 'abc' 'def", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 11, 1,
     11},
    {"s = r'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"s = b'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = [i for i in range(10)", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"x = (1, 2))", "SyntaxError", "unmatched ')'", 1, 11, 1, 11},
    {"x = [1, 2]]", "SyntaxError", "unmatched ']'", 1, 11, 1, 11},
    {"print('hello'))", "SyntaxError", "unmatched ')'", 1, 15, 1, 15},
    {"print 'hello'", "SyntaxError",
     "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14},
    {"exec 'code'", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?",
     1, 1, 1, 12},
    {"print x, y", "SyntaxError",
     "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 11},
    {"f(x, y for y in z, w)", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 1,
     18},
    {"'\\x'", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX "
     "escape",
     1, 1, 1, 5},
    {"'\\xg0'", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX "
     "escape",
     1, 1, 1, 7},
    {"'\\u00'", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX "
     "escape",
     1, 1, 1, 7},
    {"'\\U0000'", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated "
     "\\UXXXXXXXX escape",
     1, 1, 1, 9},
    {"b'\\x'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 1, 1, 6},
    {"b'\\xzz'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 1, 1, 8},
    {"0b", "SyntaxError", "invalid binary literal", 1, 2, 1, 2},
    {"0o", "SyntaxError", "invalid octal literal", 1, 2, 1, 2},
    {"0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 3, 1, 3},
    {"0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 1, 3},
    {"0x_", "SyntaxError", "invalid hexadecimal literal", 1, 3, 1, 3},
    {"1e", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1},
    {"1e_1", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1},
    {"1_e1", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"1.e_1", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"1._1", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"0_0_", "SyntaxError", "invalid decimal literal", 1, 4, 1, 4},
    {"1jj", "SyntaxError", "invalid imaginary literal", 1, 2, 1, 2},
    {"1.5jx", "SyntaxError", "invalid imaginary literal", 1, 4, 1, 4},
    {"09", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 1, 1, 2},
    {"x = (1,\n     2,\n     3", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = [\n  1,\n  2\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"x = {\n 'a': 1\n", "SyntaxError", "'{' was never closed", 1, 5, 1, 0},
    {"def f(\n  a,\n  b\n", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
    {"f(a,\n  b\nprint(1)\n", "SyntaxError", "'(' was never closed", 1, 2, 1, 0},
    {"x = (1, 2\ny = [3, 4]\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = (1 +\n2 +\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"s = '''abc\ndef\n", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5},
    {"s = '''abc\ndef", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5},
    {"s = \"\"\"abc\n\n\n", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 1, 5},
    {"x = 1\ns = 'abc\nt = 3", "SyntaxError", "unterminated string literal (detected at line 2)", 2,
     5, 2, 5},
    {"x = [1, 2\ns = 'abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5,
     2, 5},
    {"x = [1, 2 +\ns = 'abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2,
     5, 2, 5},
    {"x = 1 +\ny = 'abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5,
     2, 5},
    {"x = )\ny = 'abc", "SyntaxError", "unmatched ')'", 1, 5, 1, 5},
    {"\n\n\nx = (", "SyntaxError", "'(' was never closed", 4, 5, 4, 0},
    {"x = 1 # comment (\ny = 2)", "SyntaxError", "unmatched ')'", 2, 6, 2, 6},
    {"x = \\", "SyntaxError", "unexpected EOF while parsing", 1, 6, 1, -1},
    {"x = 1\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 7, 1, -1},
    {"x = 1\ny = 2\nz = (3\nw = 4\n", "SyntaxError", "'(' was never closed", 3, 5, 3, 0},
    {"def f():\n    return (\n", "SyntaxError", "'(' was never closed", 2, 12, 2, 0},
    {"class C:\n    x = [\n", "SyntaxError", "'[' was never closed", 2, 9, 2, 0},
    {"\"\"\"docstring\"\"\"\nx = (1\n", "SyntaxError", "'(' was never closed", 2, 5, 2, 0},
    {"x = 0b", "SyntaxError", "invalid binary literal", 1, 6, 1, 6},
    {"x = 0b1_", "SyntaxError", "invalid binary literal", 1, 8, 1, 8},
    {"x = 0x1__2", "SyntaxError", "invalid hexadecimal literal", 1, 8, 1, 8},
    {"x = 1_000_", "SyntaxError", "invalid decimal literal", 1, 10, 1, 10},
    {"x = 0_7", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 5, 1, 7},
    {"x = 07", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 5, 1, 6},
    {"x = 00_1", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
     "integers",
     1, 5, 1, 8},
    {"x = 1E", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
    {"x = 1.0e", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7},
    {"x = 5j5", "SyntaxError", "invalid imaginary literal", 1, 6, 1, 6},
    {"x = 0xj", "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6},
    {"x = 1\001", "SyntaxError", "invalid non-printable character U+0001", 1, 6, 1, 6},
    {"x = 1\177", "SyntaxError", "invalid non-printable character U+007F", 1, 6, 1, 6},
    {"x = \302\240", "SyntaxError", "invalid non-printable character U+00A0", 1, 5, 1, 5},
    {"x = \342\200\2131", "SyntaxError", "invalid non-printable character U+200B", 1, 5, 1, 5},
    {"x\342\202\254 = 1", "SyntaxError", "invalid character '\342\202\254' (U+20AC)", 1, 2, 1, 2},
    {"x = \342\200\234a\342\200\235", "SyntaxError", "invalid character '\342\200\234' (U+201C)", 1,
     5, 1, 5},
    {"x = a \342\206\222 b", "SyntaxError", "invalid character '\342\206\222' (U+2192)", 1, 7, 1,
     7},
    {"x = 1 \303\227 2", "SyntaxError", "invalid character '\303\227' (U+00D7)", 1, 7, 1, 7},
    {"\302\241x = 1", "SyntaxError", "invalid character '\302\241' (U+00A1)", 1, 1, 1, 1},
    {"x = 5 \303\267 2", "SyntaxError", "invalid character '\303\267' (U+00F7)", 1, 7, 1, 7},
    {"'\\Ux'", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated "
     "\\UXXXXXXXX escape",
     1, 1, 1, 6},
    {"try:\n  pass\nexcept E, F:\n  pass", "SyntaxError",
     "multiple exception types must be parenthesized", 3, 8, 3, 12},
    {"x = lambda (x): x", "SyntaxError", "Lambda expression parameters cannot be parenthesized", 1,
     12, 1, 15},
    {"print match x", "SyntaxError",
     "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 12},
    {"x = '''a'''b'''", "SyntaxError",
     "unterminated triple-quoted string literal (detected at line 1)", 1, 12, 1, 12},
    {"x = r'\\'", "SyntaxError",
     "unterminated string literal (detected at line 1); perhaps you escaped the end quote?", 1, 5,
     1, 5},
    {"x = b'\\'", "SyntaxError",
     "unterminated string literal (detected at line 1); perhaps you escaped the end quote?", 1, 5,
     1, 5},
    {"x = 0x1fand 1", "SyntaxError", "invalid hexadecimal literal", 1, 9, 1, 9},
    {"\342\202\254 = 1", "SyntaxError", "invalid character '\342\202\254' (U+20AC)", 1, 1, 1, 1},
    {"ab\342\202\254c = 1", "SyntaxError", "invalid character '\342\202\254' (U+20AC)", 1, 3, 1, 3},
    {"x = 1 \342\200\230a\342\200\231", "SyntaxError", "invalid character '\342\200\230' (U+2018)",
     1, 7, 1, 7},
    {"x = \302\253a\302\273", "SyntaxError", "invalid character '\302\253' (U+00AB)", 1, 5, 1, 5},
    {"x = \302\254a", "SyntaxError", "invalid character '\302\254' (U+00AC)", 1, 5, 1, 5},
    {"1x = 1", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1},
};

const ErrorCase kFStringErrors[] = {
    {"f'{x'", "SyntaxError", "f-string: expecting '}'", 1, 5, 1, 5},
    {"f'{'", "SyntaxError", "f-string: expecting '}'", 1, 4, 1, 4},
    {"f'{x # c}'", "SyntaxError", "'{' was never closed", 1, 3, 1, 0},
    {"f'{x", "SyntaxError", "'{' was never closed", 1, 3, 1, 0},
    {"f'{(x}'", "SyntaxError", "closing parenthesis '}' does not match opening parenthesis '('", 1,
     6, 1, 6},
    {"f'{x)}'", "SyntaxError", "f-string: unmatched ')'", 1, 5, 1, 5},
    {"f'{lambda x: 1}'", "SyntaxError",
     "f-string: lambda expressions are not allowed without parentheses", 1, 4, 1, 13},
    {"f'{a b}'", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 4, 1, 7},
    {"f'{x!r y}'", "SyntaxError", "f-string: expecting ':' or '}'", 1, 8, 1, 9},
    {"f'{x y}'", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 4, 1, 7},
    {"f'{x:{y}'", "SyntaxError", "f-string: expecting '}', or format specs", 1, 9, 1, 10},
    {"f'{x:abc'", "SyntaxError", "f-string: expecting '}', or format specs", 1, 9, 1, 10},
    {"f'abc", "SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 1, 1, 1},
    {"f'''abc", "SyntaxError", "unterminated triple-quoted f-string literal (detected at line 1)",
     1, 1, 1, 1},
    {"f'{x}\n'", "SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 1, 1, 1},
    {"f'{x!r'", "SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6},
    {"f'{x:{y:{z:{w}}}}'", "SyntaxError", "f-string: expressions nested too deeply", 1, 11, 1, 11},
    {"f'{=}'", "SyntaxError", "f-string: valid expression required before '='", 1, 4, 1, 5},
    {"f'{!r}'", "SyntaxError", "f-string: valid expression required before '!'", 1, 4, 1, 5},
    {"f'{:x}'", "SyntaxError", "f-string: valid expression required before ':'", 1, 4, 1, 5},
    {"f'{x!r!s}'", "SyntaxError", "f-string: expecting ':' or '}'", 1, 7, 1, 8},
    {"f'{x! r}'", "SyntaxError",
     "f-string: conversion type must come right after the exclamanation mark", 1, 5, 1, 8},
    {"f'{x=y}'", "SyntaxError", "f-string: expecting '!', or ':', or '}'", 1, 6, 1, 7},
    {"f'{x;}'", "SyntaxError", "f-string: expecting '=', or '!', or ':', or '}'", 1, 5, 1, 6},
    {"f'{ }'", "SyntaxError", "f-string: valid expression required before '}'", 1, 5, 1, 6},
    {"x = f'{'", "SyntaxError", "f-string: expecting '}'", 1, 8, 1, 8},
    {"f'{x!}'", "SyntaxError", "f-string: missing conversion character", 1, 6, 1, 7},
    {"f'{x!z}'", "SyntaxError",
     "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'", 1, 6, 1, 7},
    {"f'{}'", "SyntaxError", "f-string: valid expression required before '}'", 1, 4, 1, 5},
    {"f'{x:{}}'", "SyntaxError", "f-string: valid expression required before '}'", 1, 7, 1, 8},
    {"f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 3, 1, 3},
    {"f'{x}}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 6, 1, 6},
    {"f'{x!r=}'", "SyntaxError", "f-string: expecting ':' or '}'", 1, 7, 1, 8},
    {"f'{x}' b'a'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 12, 1, 13},
    {"b'a' f'{x}'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 12, 1, 13},
    {"x = f'abc", "SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = f'{x}", "SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = f'{x}abc", "SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 5, 1,
     5},
    {"f'{x!'", "SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6},
    {"f'{x:'", "SyntaxError", "f-string: expecting '}', or format specs", 1, 6, 1, 7},
    {"f'{x=!'", "SyntaxError", "f-string: expecting '}'", 1, 7, 1, 7},
    {"f'{x=:'", "SyntaxError", "f-string: expecting '}', or format specs", 1, 7, 1, 8},
    {"f'}}}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5},
    {"f'{x:{y}z}}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 11, 1, 11},
    {"print(f'{x')", "SyntaxError", "f-string: expecting '}'", 1, 11, 1, 11},
    {"print(f'{x:')", "SyntaxError",
     "closing parenthesis ')' does not match opening parenthesis '{'", 1, 13, 1, 13},
    {"print(f'{x!r')", "SyntaxError", "f-string: expecting '}'", 1, 12, 1, 12},
    {"f'{x:{y'", "SyntaxError", "f-string: expecting '}'", 1, 8, 1, 8},
    {"f'{\n'", "SyntaxError", "f-string: expecting '}'", 2, 1, 2, 1},
    {"f'''{\nx'''", "SyntaxError", "f-string: expecting '}'", 2, 2, 2, 2},
    {"f'{x}' f'{'", "SyntaxError", "f-string: expecting '}'", 1, 11, 1, 11},
    {"f'{x:{{y}}'", "SyntaxError", "f-string: expecting '}', or format specs", 1, 11, 1, 12},
    {"f'{x:{}:}'", "SyntaxError", "f-string: valid expression required before '}'", 1, 7, 1, 8},
    {"f'{**x}'", "SyntaxError", "f-string: expecting a valid expression after '{'", 1, 4, 1, 6},
    {"f'{lambda: 1}'", "SyntaxError",
     "f-string: lambda expressions are not allowed without parentheses", 1, 4, 1, 11},
    {"f'{x:{y}\n}'", "SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 1, 1,
     1},
    {"f'a\\{b'", "SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6},
};

TEST(LexerErrors, MatchCPython) { check_errors(kTokenizerErrors, std::size(kTokenizerErrors)); }
TEST(LexerErrors, FStringsMatchCPython) { check_errors(kFStringErrors, std::size(kFStringErrors)); }

}  // namespace
}  // namespace ftpy::compiler
