// str_format.cpp — str.format / str.format_map (the PEP 3101 engine) and
// str.__format__ (the format-spec mini-language for the 's' type, through
// objects/numeric/float_format.h's parse_format_spec and str_format).
//
// The engine scans the template once, appending literal text and rendered
// fields to one std::string; the result str is made at the end. Field names
// resolve as CPython does: "" (automatic numbering), digits (manual index),
// else a keyword; then any chain of ".attr" and "[key]" (key: digits → int,
// else str). A format spec containing "{...}" is expanded recursively, at
// most two levels deep ("Max string recursion exceeded").
//
// Concurrency: no shared state; the engine lives on the caller's stack.
// Rendering calls back into Python (__format__, __getitem__, getattr).
#include <string>

#include "objects/int.h"
#include "objects/numeric/float_format.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"

namespace ftpy {
namespace {

struct Field {
  std::string_view name;
  std::string_view spec;
  uint32_t conversion = 0;  // 0, 'r', 's', 'a'
  bool spec_needs_expanding = false;
};

class Formatter {
 public:
  Formatter(Object* const* args, size_t nargs, Object* kwnames, Object* mapping)
      : args_(args), nargs_(nargs), kwnames_(kwnames), mapping_(mapping) {}

  void render(std::string_view fmt, int depth, std::string* out) {
    if (depth <= 0) raise(&exc::ValueError, "Max string recursion exceeded");
    size_t i = 0, n = fmt.size();
    while (i < n) {
      size_t lit = i;
      char c = 0;
      while (i < n) {
        c = fmt[i++];
        if (c == '{' || c == '}') break;
        c = 0;
      }
      bool at_end = i >= n;
      if (c == '}' && (at_end || fmt[i] != '}')) raise(&exc::ValueError, "Single '}' encountered in format string");
      if (c == '{' && at_end) raise(&exc::ValueError, "Single '{' encountered in format string");
      if (c == 0) {  // trailing literal
        out->append(fmt.substr(lit, i - lit));
        break;
      }
      if (fmt[i] == c) {  // "{{" or "}}"
        out->append(fmt.substr(lit, i - lit));
        ++i;
        continue;
      }
      out->append(fmt.substr(lit, i - 1 - lit));
      Field f = parse_field(fmt, &i);
      render_field(f, depth, out);
    }
  }

 private:
  // Parses the field after '{' at *pos; leaves *pos after the closing '}'.
  static Field parse_field(std::string_view s, size_t* pos) {
    Field f;
    size_t i = *pos, n = s.size(), name_start = i;
    char c = 0;
    while (i < n) {
      c = s[i++];
      if (c == '{') raise(&exc::ValueError, "unexpected '{' in field name");
      if (c == '[') {
        while (i < n && s[i] != ']') ++i;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') break;
    }
    if (c == '!' || c == ':') {
      f.name = s.substr(name_start, i - 1 - name_start);
      if (c == '!') {
        if (i >= n) raise(&exc::ValueError, "end of string while looking for conversion specifier");
        f.conversion = static_cast<unsigned char>(s[i++]);
        if (i < n) {
          char d = s[i++];
          if (d == '}') {
            *pos = i;
            return f;
          }
          if (d != ':') raise(&exc::ValueError, "expected ':' after conversion specifier");
        }
      }
      size_t spec_start = i;
      int count = 1;
      while (i < n) {
        char d = s[i++];
        if (d == '{') {
          f.spec_needs_expanding = true;
          ++count;
        } else if (d == '}' && --count == 0) {
          f.spec = s.substr(spec_start, i - 1 - spec_start);
          *pos = i;
          return f;
        }
      }
      raise(&exc::ValueError, "unmatched '{' in format spec");
    }
    if (c != '}') raise(&exc::ValueError, "expected '}' before end of string");
    f.name = s.substr(name_start, i - 1 - name_start);
    *pos = i;
    return f;
  }

  static bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
      if (c < '0' || c > '9') return false;
    return true;
  }

  static int64_t parse_index(std::string_view s) {
    int64_t v = 0;
    for (char c : s) {
      if (v > (INT64_MAX - 9) / 10) raise(&exc::ValueError, "Too many decimal digits in format string");
      v = v * 10 + (c - '0');
    }
    return v;
  }

  Ref<> positional(int64_t index) {
    if (mapping_) raise(&exc::ValueError, "Format string contains positional fields");
    if (index >= static_cast<int64_t>(nargs_))
      raisef(&exc::IndexError, "Replacement index %lld out of range for positional args tuple",
             static_cast<long long>(index));
    return Ref<>::borrow(args_[index]);
  }

  Ref<> keyword(std::string_view name) {
    Ref<Str> key = str_new(name);
    if (mapping_) return getitem(mapping_, key.get());
    size_t nkw = kwnames_count(kwnames_);
    for (size_t k = 0; k < nkw; ++k) {
      Object* kn = tuple_item(kwnames_, static_cast<int64_t>(k));
      if (str_view(kn) == name) return Ref<>::borrow(args_[nargs_ + k]);
    }
    raise_key_error(key.get());
  }

  Ref<> lookup(std::string_view name) {
    size_t first_end = name.find_first_of(".[");
    std::string_view first = name.substr(0, first_end);
    Ref<> obj;
    if (first.empty()) {
      if (numbering_ == kManual)
        raise(&exc::ValueError, "cannot switch from manual field specification to automatic field numbering");
      numbering_ = kAuto;
      obj = positional(next_auto_++);
    } else if (all_digits(first)) {
      if (numbering_ == kAuto)
        raise(&exc::ValueError, "cannot switch from automatic field numbering to manual field specification");
      numbering_ = kManual;
      obj = positional(parse_index(first));
    } else {
      obj = keyword(first);
    }
    if (first_end == std::string_view::npos) return obj;
    size_t i = first_end, n = name.size();
    while (i < n) {
      if (name[i] == '.') {
        size_t j = i + 1;
        while (j < n && name[j] != '.' && name[j] != '[') ++j;
        std::string_view attr = name.substr(i + 1, j - i - 1);
        if (attr.empty()) raise(&exc::ValueError, "Empty attribute in format string");
        obj = getattr(obj.get(), attr);
        i = j;
      } else if (name[i] == '[') {
        size_t j = name.find(']', i + 1);
        if (j == std::string_view::npos) raise(&exc::ValueError, "Missing ']' in format string");
        std::string_view key = name.substr(i + 1, j - i - 1);
        if (key.empty()) raise(&exc::ValueError, "Empty attribute in format string");
        Ref<> k = all_digits(key) ? int_from(parse_index(key)) : Ref<>(str_new(key));
        obj = getitem(obj.get(), k.get());
        i = j + 1;
        if (i < n && name[i] != '.' && name[i] != '[')
          raise(&exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      } else {
        raise(&exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    return obj;
  }

  void render_field(const Field& f, int depth, std::string* out) {
    Ref<> obj = lookup(f.name);
    switch (f.conversion) {
      case 0: break;
      case 'r': obj = repr(obj.get()); break;
      case 's': obj = str(obj.get()); break;
      case 'a': obj = ascii(obj.get()); break;
      default:
        if (f.conversion < 0x80)
          raisef(&exc::ValueError, "Unknown conversion specifier %c", static_cast<char>(f.conversion));
        raisef(&exc::ValueError, "Unknown conversion specifier \\x%02x", f.conversion);
    }
    std::string expanded;
    std::string_view spec = f.spec;
    if (f.spec_needs_expanding) {
      render(f.spec, depth - 1, &expanded);
      spec = expanded;
    }
    if (spec.empty()) {  // fast paths: format(x, '') of exact str / int
      if (is_exact_str(obj.get())) {
        out->append(str_view(obj.get()));
        return;
      }
      if (is_exact_int(obj.get()) && int_is_small(obj.get())) {
        out->append(std::to_string(int_small_value(obj.get())));
        return;
      }
    }
    Ref<Str> spec_str = str_new(spec);
    Ref<> text = format(obj.get(), spec_str.get());
    out->append(str_view(text.get()));
  }

  enum Numbering { kUnset, kAuto, kManual };
  Object* const* args_;
  size_t nargs_;
  Object* kwnames_;
  Object* mapping_;  // format_map's mapping, else null
  Numbering numbering_ = kUnset;
  int64_t next_auto_ = 0;
};

}  // namespace

Ref<Str> str_format_impl(Str* fmt, Object* const* args, size_t nargs, Object* kwnames) {
  Formatter f(args, nargs, kwnames, nullptr);
  std::string out;
  f.render(fmt->view(), 2, &out);
  return str_new(out);
}

Ref<Str> str_format_spec(Str* s, Str* spec) {
  if (spec->nbytes == 0) return str_exact(s);
  num::FormatSpec fs;
  std::string error;
  if (!num::parse_format_spec(spec->view(), &fs, &error, "str")) raise(&exc::ValueError, error);
  if (fs.type != 0 && fs.type != 's') raise(&exc::ValueError, num::unknown_format_code_message(fs.type, "str"));
  if (fs.sign == ' ') raise(&exc::ValueError, "Space not allowed in string format specifier");
  if (fs.grouping) raisef(&exc::ValueError, "Cannot specify '%c' with 's'.", fs.grouping);
  std::string out;
  if (num::str_format(s->view(), fs, &out, &error, "str") != num::NumStatus::Ok)
    raise(&exc::ValueError, error);
  return str_new(out);
}

FTPY_NATIVE(str_m_format) {
  return str_format_impl(static_cast<Str*>(self), args, nargs, kwnames);
}

FTPY_NATIVE(str_m_format_map) {
  check_onearg("str.format_map", nargs, kwnames);
  Formatter f(nullptr, 0, nullptr, args[0]);
  std::string out;
  f.render(str_view(self), 2, &out);
  return str_new(out);
}

FTPY_NATIVE(str_m_dunder_format) {
  check_onearg("str.__format__", nargs, kwnames);
  if (!is_str(args[0]))
    raisef(&exc::TypeError, "__format__() argument must be str, not %s", type_name_of(args[0]));
  return str_format_spec(static_cast<Str*>(self), static_cast<Str*>(args[0]));
}

}  // namespace ftpy
