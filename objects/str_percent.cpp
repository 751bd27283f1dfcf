// str_percent.cpp — printf-style formatting: `str % args` and `bytes % args`
// (CPython 3.13's rules and messages; PEP 461 for bytes).
//
// Arguments: a tuple supplies them in order; any other object is a single
// argument, and is also the mapping for "%(key)s" when its type has
// __getitem__ (not a str or tuple). The bookkeeping follows CPython's:
// argidx/arglen with arglen == -1 meaning "one non-tuple argument", so the
// same "not enough arguments" / "not all arguments converted" cases arise.
//
// Conversions: s r a (text, padded right-aligned unless '-'), c, d i u x X o
// (integer digits made here from the int value, so precision means minimum
// digits as in C), e E f F g G (objects/numeric float_percent_format).
// bytes mode: %s/%b take bytes or __bytes__, %r/%a give ascii(), %c takes an
// int in range(256) or one byte, mapping keys are bytes.
// The result is built in one std::string, then one str (or bytes).
//
// Concurrency: no shared state; calls back into Python (str(), repr(),
// __getitem__, __index__, __float__).
#include <charconv>
#include <string>

#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/numeric/float_format.h"
#include "objects/numeric/int_format.h"
#include "objects/str_internal.h"
#include "objects/str_unicode.h"
#include "objects/tuple.h"

namespace ftpy {
namespace {

struct PercentState {
  Object* args;         // the right operand (or the current mapping value)
  int64_t arglen;       // tuple size, or -1 for a single argument
  int64_t argidx;       // next tuple index; -2 / -1 for a single unused / used argument
  Object* dict;         // mapping for %(key), or null
  Ref<> owned_value;    // keeps a mapping value alive while formatting it
  bool bytes_mode = false;
};

Object* next_arg(PercentState* st) {
  if (st->argidx < st->arglen) {
    int64_t i = st->argidx++;
    return st->arglen < 0 ? st->args : tuple_item(st->args, i);
  }
  raise(&exc::TypeError, "not enough arguments for format string");
}

// Pads text (code-point length `len`) to width with spaces.
void append_padded(std::string* out, std::string_view text, int64_t len, int64_t width, bool left) {
  if (width > len && !left) out->append(static_cast<size_t>(width - len), ' ');
  out->append(text);
  if (width > len && left) out->append(static_cast<size_t>(width - len), ' ');
}

void format_int(std::string* out, Object* v, char conv, int flags, int64_t width, int64_t prec) {
  Ref<> iv;
  if (conv == 'x' || conv == 'X' || conv == 'o') {
    if (!is_int(v) && !type_of(v)->nb_index)
      raisef(&exc::TypeError, "%%%c format: an integer is required, not %s", conv, type_name_of(v));
    iv = is_int(v) ? Ref<>::borrow(v) : index(v);
  } else if (is_int(v)) {
    iv = Ref<>::borrow(v);
  } else if (type_of(v)->nb_index) {
    iv = index(v);
  } else if (is_float(v) || type_of(v)->nb_int || type_of(v)->nb_float) {
    iv = to_int(v);
  } else {
    raisef(&exc::TypeError, "%%%c format: a real number is required, not %s", conv, type_name_of(v));
  }
  int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
  std::string digits;
  bool neg;
  if (int_is_small(iv.get())) {
    int64_t n = int_small_value(iv.get());
    neg = n < 0;
    uint64_t mag = neg ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
    char buf[72];
    auto r = std::to_chars(buf, buf + sizeof buf, mag, base);
    digits.assign(buf, r.ptr);
  } else {
    mpz_class z = int_to_mpz(iv.get());
    neg = sgn(z) < 0;
    digits = num::int_to_string(abs(z), base);
  }
  if (conv == 'X')
    for (char& c : digits) c = static_cast<char>(c >= 'a' && c <= 'f' ? c - 32 : c);
  if (prec > static_cast<int64_t>(digits.size())) digits.insert(0, static_cast<size_t>(prec) - digits.size(), '0');
  std::string head = neg ? "-" : (flags & num::kPctSign) ? "+" : (flags & num::kPctBlank) ? " " : "";
  if (flags & num::kPctAlt) {
    if (conv == 'x') head += "0x";
    else if (conv == 'X') head += "0X";
    else if (conv == 'o') head += "0o";
  }
  auto len = static_cast<int64_t>(head.size() + digits.size());
  if (width > len && !(flags & num::kPctLeft)) {
    if (flags & num::kPctZero) {
      out->append(head);
      out->append(static_cast<size_t>(width - len), '0');
      out->append(digits);
      return;
    }
    out->append(static_cast<size_t>(width - len), ' ');
  }
  out->append(head);
  out->append(digits);
  if (width > len && (flags & num::kPctLeft)) out->append(static_cast<size_t>(width - len), ' ');
}

void format_float(std::string* out, Object* v, char conv, int flags, int64_t width, int64_t prec,
                  bool bytes_mode) {
  if (!is_float(v) && !is_int(v) && !type_of(v)->nb_float && !type_of(v)->nb_index)
    raisef(&exc::TypeError,
           bytes_mode ? "float argument required, not %s" : "must be real number, not %s",
           type_name_of(v));
  double x = as_double(v);
  out->append(num::float_percent_format(x, conv, flags, static_cast<int>(std::min<int64_t>(width, INT32_MAX)),
                                        static_cast<int>(std::min<int64_t>(prec, INT32_MAX))));
}

void format_char(std::string* out, Object* v, int flags, int64_t width) {
  uint32_t cp;
  if (is_str(v)) {
    if (static_cast<Str*>(v)->length != 1) raise(&exc::TypeError, "%c requires int or char");
    cp = str_char_at(static_cast<Str*>(v), 0);
  } else if (is_int(v) || type_of(v)->nb_index) {
    Ref<> iv = index(v);
    int64_t n;
    if (!int_to_int64(iv.get(), &n) || n < 0 || n >= 0x110000)
      raise(&exc::OverflowError, "%c arg not in range(0x110000)");
    cp = static_cast<uint32_t>(n);
  } else {
    raise(&exc::TypeError, "%c requires int or char");
  }
  char buf[4];
  int n = uni::encode(cp, buf);
  append_padded(out, std::string_view(buf, static_cast<size_t>(n)), 1, width, flags & num::kPctLeft);
}

void format_text(std::string* out, Object* v, char conv, int flags, int64_t width, int64_t prec) {
  Ref<> text;
  if (conv == 's') text = is_exact_str(v) ? Ref<>::borrow(v) : str(v);
  else if (conv == 'r') text = repr(v);
  else text = ascii(v);
  Str* s = static_cast<Str*>(text.get());
  std::string_view view = s->view();
  int64_t len = s->length;
  if (prec >= 0 && prec < len) {
    view = view.substr(0, static_cast<size_t>(str_byte_offset(s, prec)));
    len = prec;
  }
  append_padded(out, view, len, width, flags & num::kPctLeft);
}

// bytes mode %c: an int in range(256) or a bytes of length 1.
void format_byte_char(std::string* out, Object* v, int flags, int64_t width) {
  char c;
  if (is_bytes(v) && bytes_size(v) == 1) {
    c = bytes_view(v)[0];
  } else if (is_int(v) || type_of(v)->nb_index) {
    Ref<> iv = index(v);
    int64_t n;
    if (!int_to_int64(iv.get(), &n) || n < 0 || n > 255)
      raise(&exc::OverflowError, "%c arg not in range(256)");
    c = static_cast<char>(n);
  } else {
    raise(&exc::TypeError, "%c requires an integer in range(256) or a single byte");
  }
  append_padded(out, std::string_view(&c, 1), 1, width, flags & num::kPctLeft);
}

// bytes mode %s %b %r %a: raw bytes (bytes or __bytes__), or ascii() text.
void format_bytes_text(std::string* out, Object* v, char conv, int flags, int64_t width,
                       int64_t prec) {
  Ref<> holder;
  std::string_view view;
  if (conv == 'r' || conv == 'a') {
    holder = ascii(v);
    view = str_view(holder.get());
  } else if (is_bytes(v)) {
    view = bytes_view(v);
  } else {
    static Str* const kDunderBytes = intern("__bytes__");
    if (!type_lookup(type_of(v), kDunderBytes))
      raisef(&exc::TypeError,
             "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
             type_name_of(v));
    holder = call_method(v, kDunderBytes, nullptr, 0);
    if (!is_bytes(holder.get()))
      raisef(&exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name_of(holder.get()));
    view = bytes_view(holder.get());
  }
  if (prec >= 0 && prec < static_cast<int64_t>(view.size()))
    view = view.substr(0, static_cast<size_t>(prec));
  append_padded(out, view, static_cast<int64_t>(view.size()), width, flags & num::kPctLeft);
}

// Reads a '*' argument or a decimal number at fmt[*i]; -1 when absent.
int64_t read_count(std::string_view fmt, size_t* i, PercentState* st, int* flags, bool is_width) {
  if (*i < fmt.size() && fmt[*i] == '*') {
    ++*i;
    Object* v = next_arg(st);
    if (!is_int(v)) raise(&exc::TypeError, "* wants int");
    int64_t n = index_as_int64(v);
    if (n < 0) {
      if (!is_width) return -1;
      *flags |= num::kPctLeft;
      n = -n;
    }
    return n;
  }
  if (*i >= fmt.size() || fmt[*i] < '0' || fmt[*i] > '9') return -1;
  int64_t n = 0;
  while (*i < fmt.size() && fmt[*i] >= '0' && fmt[*i] <= '9') {
    if (n > (INT32_MAX - 9) / 10)
      raise(&exc::ValueError, is_width ? "width too big" : "precision too big");
    n = n * 10 + (fmt[(*i)++] - '0');
  }
  return n;
}

// Formats fmt % args into out (text or bytes per bytes_mode).
void percent_format(std::string_view fmt, Object* args, bool bytes_mode, std::string* out_text) {
  std::string& out = *out_text;
  PercentState st;
  st.bytes_mode = bytes_mode;
  if (is_tuple(args)) {
    st.args = args;
    st.arglen = tuple_size(args);
    st.argidx = 0;
    st.dict = nullptr;
  } else {
    st.args = args;
    st.arglen = -1;
    st.argidx = -2;
    bool self_like = bytes_mode ? is_bytes(args) : is_str(args);
    st.dict = (type_of(args)->mp_subscript && !self_like) ? args : nullptr;
  }
  out.reserve(fmt.size() + 16);
  size_t i = 0, n = fmt.size();
  while (i < n) {
    size_t pct = fmt.find('%', i);
    if (pct == std::string_view::npos) {
      out.append(fmt.substr(i));
      break;
    }
    out.append(fmt.substr(i, pct - i));
    i = pct + 1;
    if (i < n && fmt[i] == '%') {
      out += '%';
      ++i;
      continue;
    }
    if (i < n && fmt[i] == '(') {
      if (!st.dict) raise(&exc::TypeError, "format requires a mapping");
      size_t key_start = ++i;
      int depth = 1;
      while (i < n && depth > 0) {
        if (fmt[i] == '(') ++depth;
        else if (fmt[i] == ')') --depth;
        ++i;
      }
      if (depth > 0) raise(&exc::ValueError, "incomplete format key");
      std::string_view key_text = fmt.substr(key_start, i - 1 - key_start);
      Ref<> key = bytes_mode ? bytes_new(key_text) : Ref<>(str_new(key_text));
      st.owned_value = getitem(st.dict, key.get());
      st.args = st.owned_value.get();
      st.arglen = -1;
      st.argidx = -2;
    }
    int flags = 0;
    for (; i < n; ++i) {
      char c = fmt[i];
      if (c == '-') flags |= num::kPctLeft;
      else if (c == '+') flags |= num::kPctSign;
      else if (c == ' ') flags |= num::kPctBlank;
      else if (c == '#') flags |= num::kPctAlt;
      else if (c == '0') flags |= num::kPctZero;
      else break;
    }
    int64_t width = read_count(fmt, &i, &st, &flags, true);
    int64_t prec = -1;
    if (i < n && fmt[i] == '.') {
      ++i;
      prec = read_count(fmt, &i, &st, &flags, false);
      if (prec < 0) prec = 0;
    }
    while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= n) raise(&exc::ValueError, "incomplete format");
    size_t conv_pos = i;
    char conv = fmt[i];
    i += bytes_mode ? 1 : static_cast<size_t>(uni::seq_len(static_cast<unsigned char>(conv)));
    Object* v = next_arg(&st);
    switch (conv) {
      case 's': case 'r': case 'a':
        if (bytes_mode) format_bytes_text(&out, v, conv, flags, width, prec);
        else format_text(&out, v, conv, flags, width, prec);
        break;
      case 'b':
        if (!bytes_mode) goto unsupported;
        format_bytes_text(&out, v, conv, flags, width, prec);
        break;
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        format_int(&out, v, conv, flags, width, prec);
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        format_float(&out, v, conv, flags, width, prec, bytes_mode);
        break;
      case 'c':
        if (bytes_mode) format_byte_char(&out, v, flags, width);
        else format_char(&out, v, flags, width);
        break;
      default:
      unsupported: {
        if (bytes_mode) {
          auto c = static_cast<unsigned char>(conv);
          if (c >= 0x80)  // CPython's quirk for a non-ASCII conversion byte
            raise(&exc::OverflowError, "character argument not in range(0x110000)");
          raisef(&exc::ValueError, "unsupported format character '%c' (0x%x) at index %lld", conv,
                 static_cast<unsigned>(c), static_cast<long long>(conv_pos));
        }
        uint32_t cp;
        uni::decode(fmt.data() + conv_pos, &cp);
        int64_t index = uni::count_code_points(fmt.substr(0, conv_pos));
        raisef(&exc::ValueError, "unsupported format character '%c' (0x%x) at index %lld",
               cp < 0x80 ? static_cast<char>(cp) : '?', cp, static_cast<long long>(index));
      }
    }
  }
  if (st.argidx < st.arglen && !st.dict)
    raise(&exc::TypeError, bytes_mode ? "not all arguments converted during bytes formatting"
                                      : "not all arguments converted during string formatting");
}

}  // namespace

Ref<Str> str_percent_format(Str* fmt, Object* args) {
  std::string out;
  percent_format(fmt->view(), args, false, &out);
  return str_new(out);
}

Ref<> bytes_percent_format(Object* fmt, Object* args) {
  std::string out;
  percent_format(bytes_view(fmt), args, true, &out);
  return bytes_new(out);
}

Ref<> str_mod_slot(Object* a, Object* b) {
  if (!is_str(a)) return not_implemented();
  return str_percent_format(static_cast<Str*>(a), b);
}

}  // namespace ftpy
