// string_literal.h — decoding of string and bytes literal bodies: prefixes,
// backslash escapes, and the `{{` / `}}` escapes of f-string text.
//
// The lexer finds where literals start and end (and splits f-strings into
// text pieces and replacement fields); these functions turn a piece of
// literal text into its value. Str values are UTF-8; a lone surrogate from
// `\ud800` is encoded as its 3-byte generalized UTF-8 form.
//
// Escape rules are Python 3.13's: \n \t \r \\ \' \" \a \b \f \v, \<newline>
// (removed), \ooo (1-3 octal digits), \xhh, and in str only \uXXXX and
// \UXXXXXXXX. Unknown escapes such as "\d" stay as written (CPython only
// warns). \N{name} needs the Unicode name database, which ftpy does not
// carry: it is reported as an error naming the feature.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ftpy::compiler {

struct StringPrefix {
  bool raw = false, bytes = false, fstring = false, unicode = false;
  size_t length = 0;  // characters before the opening quote
};

// Reads the prefix of a literal token text such as `rb"..."`.
StringPrefix parse_string_prefix(std::string_view token_text);

// The body of a complete STRING token: text between the quotes.
std::string_view string_body(std::string_view token_text, size_t prefix_length);

// Error from decoding: message as CPython words it.
struct DecodeError {
  std::string msg;
};

// Decodes a str literal body. Returns false and fills *err on a bad escape.
bool decode_str(std::string_view body, bool raw, std::string* out, DecodeError* err);
// Decodes a bytes literal body (must be ASCII).
bool decode_bytes(std::string_view body, bool raw, std::string* out, DecodeError* err);
// Decodes one text piece of an f-string: like decode_str, and outside a
// format spec `{{` and `}}` stand for one brace.
bool decode_fstring_text(std::string_view body, bool raw, bool in_format_spec, std::string* out,
                         DecodeError* err);

// Appends the UTF-8 encoding of `cp` (surrogates in generalized UTF-8).
void append_utf8(std::string* out, uint32_t cp);

}  // namespace ftpy::compiler
