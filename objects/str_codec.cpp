// str_codec.cpp — the built-in codecs: bytes.decode / str(b, enc) and
// str.encode for utf-8, ascii and latin-1, with CPython's error messages
// and the strict / ignore / replace / backslashreplace handlers.
//
// Invariant: the fast path (valid input, strict) makes exactly one
// allocation, the result; error handlers build in a std::string first.
// Concurrency: pure functions of their arguments.
#include <cctype>
#include <cstdio>
#include <string>

#include "objects/bytes.h"
#include "objects/str_internal.h"
#include "objects/str_unicode.h"

namespace ftpy {
namespace {

enum class Codec { Utf8, Ascii, Latin1 };
enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRef };

Codec lookup_codec(std::string_view name) {
  std::string n;
  n.reserve(name.size());
  for (char c : name) n += (c == '-' || c == ' ') ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (n == "utf_8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") return Codec::Utf8;
  if (n == "ascii" || n == "us_ascii" || n == "646") return Codec::Ascii;
  if (n == "latin_1" || n == "latin1" || n == "iso_8859_1" || n == "iso8859_1" || n == "l1" ||
      n == "8859" || n == "cp819" || n == "latin")
    return Codec::Latin1;
  raise(&exc::LookupError, "unknown encoding: " + std::string(name));
}

const char* codec_name(Codec c) {
  return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1";
}

// Looked up only when an error actually happens (as CPython).
Handler lookup_handler(std::string_view name, bool encoding) {
  if (name == "strict") return Handler::Strict;
  if (name == "ignore") return Handler::Ignore;
  if (name == "replace") return Handler::Replace;
  if (name == "backslashreplace") return Handler::BackslashReplace;
  if (encoding && name == "xmlcharrefreplace") return Handler::XmlCharRef;
  raise(&exc::LookupError, "unknown error handler name '" + std::string(name) + "'");
}

void append_hex(std::string* out, uint32_t v, int digits, char kind) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\%c%0*x", kind, digits, v);
  *out += buf;
}

[[noreturn]] void raise_decode(Codec c, std::string_view data, size_t pos, size_t len,
                               const char* reason) {
  char buf[200];
  if (len <= 1)
    std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                  codec_name(c), static_cast<unsigned char>(data[pos]), pos, reason);
  else
    std::snprintf(buf, sizeof buf, "'%s' codec can't decode bytes in position %zu-%zu: %s",
                  codec_name(c), pos, pos + len - 1, reason);
  raise(&exc::UnicodeDecodeError, buf);
}

}  // namespace

std::string_view codec_arg(Object* o, const char* fname, const char* argname, std::string_view dflt) {
  if (!o) return dflt;
  if (!is_str(o))
    raisef(&exc::TypeError, "%s() argument '%s' must be str, not %s", fname, argname, type_name_of(o));
  return str_view(o);
}

Ref<Str> decode_to_str(std::string_view data, std::string_view encoding, std::string_view errors) {
  Codec codec = lookup_codec(encoding);
  if (codec == Codec::Latin1) return str_from_latin1(data);
  if (codec == Codec::Utf8) {
    uni::Utf8Error err;
    int64_t length = 0;
    if (uni::validate_utf8(data, &err, &length)) return str_new_counted(data, length);
    Handler h = lookup_handler(errors, false);
    if (h == Handler::Strict) raise_decode(codec, data, err.pos, err.len, err.reason);
    std::string out;
    size_t base = 0;
    std::string_view rest = data;
    while (!uni::validate_utf8(rest, &err, nullptr)) {
      out.append(rest.data(), err.pos);
      size_t bad = base + err.pos;
      if (h == Handler::Strict) raise_decode(codec, data, bad, err.len, err.reason);
      if (h == Handler::Replace) out += "\xEF\xBF\xBD";
      if (h == Handler::BackslashReplace)
        for (size_t k = 0; k < err.len; ++k) append_hex(&out, static_cast<unsigned char>(data[bad + k]), 2, 'x');
      base = bad + err.len;
      rest = data.substr(base);
    }
    out.append(rest);
    return str_new(out);
  }
  // ascii
  size_t first_bad = 0;
  while (first_bad < data.size() && static_cast<unsigned char>(data[first_bad]) < 0x80) ++first_bad;
  if (first_bad == data.size()) return str_new_counted(data, static_cast<int64_t>(data.size()));
  Handler h = lookup_handler(errors, false);
  if (h == Handler::Strict) raise_decode(codec, data, first_bad, 1, "ordinal not in range(128)");
  std::string out(data.substr(0, first_bad));
  for (size_t i = first_bad; i < data.size(); ++i) {
    auto b = static_cast<unsigned char>(data[i]);
    if (b < 0x80) out += static_cast<char>(b);
    else if (h == Handler::Replace) out += "\xEF\xBF\xBD";
    else if (h == Handler::BackslashReplace) append_hex(&out, b, 2, 'x');
  }
  return str_new(out);
}

Ref<Str> str_from_utf8_checked(std::string_view bytes) { return decode_to_str(bytes, "utf-8", "strict"); }

Ref<Str> str_from_latin1(std::string_view bytes) {
  int64_t high = 0;
  for (char c : bytes) high += static_cast<unsigned char>(c) >= 0x80;
  auto n = static_cast<int64_t>(bytes.size());
  if (high == 0) return str_new_counted(bytes, n);
  if (n == 1) return str_from_codepoint(static_cast<unsigned char>(bytes[0]));
  Str* r = str_alloc(&StrType, n + high);
  char* out = r->data;
  for (char c : bytes) out += uni::encode(static_cast<unsigned char>(c), out);
  return Ref<Str>::steal(str_finish(r, n));
}

Ref<> encode_str(Str* s, std::string_view encoding, std::string_view errors) {
  Codec codec = lookup_codec(encoding);
  uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
  auto bad = [&](uint32_t cp) {
    return codec == Codec::Utf8 ? (cp >= 0xD800 && cp <= 0xDFFF) : cp >= limit;
  };
  if (s->ascii) return bytes_new(s->view());
  // Fast path: nothing to reject.
  bool clean = true;
  int64_t out_size = 0;
  for_each_cp(s, [&](uint32_t cp, int n) {
    if (bad(cp)) clean = false;
    out_size += codec == Codec::Utf8 ? n : 1;
  });
  if (clean && codec == Codec::Utf8) return bytes_new(s->view());
  if (clean) {
    Bytes* b = bytes_alloc(&BytesType, out_size);
    int64_t i = 0;
    for_each_cp(s, [&](uint32_t cp, int) { b->data[i++] = static_cast<char>(cp); });
    return Ref<>::steal(b);
  }
  Handler h = lookup_handler(errors, true);
  if (h == Handler::Strict) {
    // Report the first run of consecutive unencodable characters.
    int64_t index = 0, run_start = -1, run_end = -1;
    uint32_t run_cp = 0;
    for_each_cp(s, [&](uint32_t cp, int) {
      if (bad(cp)) {
        if (run_start < 0) { run_start = run_end = index; run_cp = cp; }
        else if (run_end == index - 1) run_end = index;
      }
      ++index;
    });
    const char* reason = codec == Codec::Utf8 ? "surrogates not allowed"
                         : codec == Codec::Ascii ? "ordinal not in range(128)"
                                                 : "ordinal not in range(256)";
    char buf[200];
    if (run_end == run_start) {
      char esc[16];
      std::snprintf(esc, sizeof esc, run_cp < 0x100 ? "\\x%02x" : run_cp < 0x10000 ? "\\u%04x" : "\\U%08x", run_cp);
      std::snprintf(buf, sizeof buf, "'%s' codec can't encode character '%s' in position %lld: %s",
                    codec_name(codec), esc, static_cast<long long>(run_start), reason);
    } else {
      std::snprintf(buf, sizeof buf, "'%s' codec can't encode characters in position %lld-%lld: %s",
                    codec_name(codec), static_cast<long long>(run_start),
                    static_cast<long long>(run_end), reason);
    }
    raise(&exc::UnicodeEncodeError, buf);
  }
  std::string out;
  for_each_cp(s, [&](uint32_t cp, int) {
    if (!bad(cp)) {
      if (codec == Codec::Utf8) uni::append(&out, cp);
      else out += static_cast<char>(cp);
    } else if (h == Handler::Replace) {
      out += '?';
    } else if (h == Handler::BackslashReplace) {
      append_hex(&out, cp, cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8, cp < 0x100 ? 'x' : cp < 0x10000 ? 'u' : 'U');
    } else if (h == Handler::XmlCharRef) {
      out += "&#" + std::to_string(cp) + ";";
    }
  });
  return bytes_new(out);
}

}  // namespace ftpy
