// string_literal.cpp — escape decoding for str, bytes and f-string text
// (see string_literal.h). Pure functions over byte ranges; no state.

#include "runtime/compiler/string_literal.h"

namespace ftpy::compiler {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string unicode_error(size_t start, size_t end, const char* what) {
  return "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
         std::to_string(start) + "-" + std::to_string(end) + ": " + what;
}

// Shared decoder. `fstring` enables the brace rules; `bytes` the bytes rules.
bool decode(std::string_view body, bool raw, bool bytes, bool fstring, bool in_spec,
            std::string* out, DecodeError* err) {
  out->clear();
  out->reserve(body.size());
  const size_t n = body.size();
  for (size_t i = 0; i < n;) {
    char c = body[i];
    if (bytes && static_cast<unsigned char>(c) >= 0x80) {
      err->msg = "bytes can only contain ASCII literal characters";
      return false;
    }
    if (fstring && !in_spec && (c == '{' || c == '}') && i + 1 < n && body[i + 1] == c) {
      *out += c;
      i += 2;
      continue;
    }
    if (c != '\\' || raw || i + 1 >= n) {
      *out += c;
      ++i;
      continue;
    }
    size_t start = i;
    char e = body[i + 1];
    i += 2;
    switch (e) {
      case '\n':
        break;
      case '\\':
        *out += '\\';
        break;
      case '\'':
        *out += '\'';
        break;
      case '"':
        *out += '"';
        break;
      case 'a':
        *out += '\a';
        break;
      case 'b':
        *out += '\b';
        break;
      case 'f':
        *out += '\f';
        break;
      case 'n':
        *out += '\n';
        break;
      case 'r':
        *out += '\r';
        break;
      case 't':
        *out += '\t';
        break;
      case 'v':
        *out += '\v';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; ++k)
          v = v * 8 + (body[i++] - '0');
        if (bytes)
          *out += static_cast<char>(v & 0xFF);
        else
          append_utf8(out, v);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        if (bytes && e != 'x') {  // \u and \U mean nothing in bytes
          *out += '\\';
          *out += e;
          break;
        }
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int k = 0;
        for (; k < digits && i < n && hex_value(body[i]) >= 0; ++k)
          v = v * 16 + hex_value(body[i++]);
        if (k < digits) {
          if (bytes) {
            err->msg = "(value error) invalid \\x escape at position " + std::to_string(start);
          } else {
            const char* what = e == 'x'   ? "truncated \\xXX escape"
                               : e == 'u' ? "truncated \\uXXXX escape"
                                          : "truncated \\UXXXXXXXX escape";
            err->msg = unicode_error(start, i - 1, what);
          }
          return false;
        }
        if (bytes) {
          *out += static_cast<char>(v);
        } else if (v > 0x10FFFF) {
          err->msg = unicode_error(start, i - 1, "illegal Unicode character");
          return false;
        } else {
          append_utf8(out, v);
        }
        break;
      }
      case 'N':
        if (!bytes) {
          err->msg = "ftpy does not support \\N{...} escapes (Unicode character names)";
          return false;
        }
        [[fallthrough]];
      default:
        // Unknown escape: kept as written. In f-string text a backslash
        // before a brace leaves the brace to the brace rules.
        *out += '\\';
        i -= 1;
        break;
    }
  }
  return true;
}

}  // namespace

StringPrefix parse_string_prefix(std::string_view text) {
  StringPrefix p;
  size_t i = 0;
  for (; i < text.size() && text[i] != '\'' && text[i] != '"'; ++i) {
    switch (text[i] | 0x20) {
      case 'r':
        p.raw = true;
        break;
      case 'b':
        p.bytes = true;
        break;
      case 'f':
        p.fstring = true;
        break;
      case 'u':
        p.unicode = true;
        break;
      default:
        break;
    }
  }
  p.length = i;
  return p;
}

std::string_view string_body(std::string_view text, size_t prefix_length) {
  std::string_view rest = text.substr(prefix_length);
  size_t q = rest.size() >= 6 && rest[0] == rest[1] && rest[1] == rest[2] ? 3 : 1;
  if (rest.size() < 2 * q) return {};
  return rest.substr(q, rest.size() - 2 * q);
}

bool decode_str(std::string_view body, bool raw, std::string* out, DecodeError* err) {
  return decode(body, raw, false, false, false, out, err);
}

bool decode_bytes(std::string_view body, bool raw, std::string* out, DecodeError* err) {
  return decode(body, raw, true, false, false, out, err);
}

bool decode_fstring_text(std::string_view body, bool raw, bool in_format_spec, std::string* out,
                         DecodeError* err) {
  return decode(body, raw, false, true, in_format_spec, out, err);
}

void append_utf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace ftpy::compiler
