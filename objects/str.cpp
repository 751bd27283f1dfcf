// str.cpp — the str representation: allocation, the immortal caches (empty
// string, one-character Latin-1 strings), interning, hashing, equality, and
// the one-allocation builders (concat, join, repeat, slice, repr).
//
// Invariants (see str.h): data holds nbytes of valid (generalized) UTF-8 and
// a NUL; length counts code points; ascii == (length == nbytes). Every object
// with `interned` set is the unique interned object for its content: the
// cached empty and one-character strings are interned too, and intern()
// returns them, so two different interned objects never compare equal.
//
// Interning: a std::mutex-protected hash map (string_view into the immortal
// str's own data → Str*). It is reached only through intern(); the
// free-threaded core will swap it for a libcds concurrent map (lock-free
// readers, the table is read far more often than written). intern() only
// allocates and needs StrType's address, so it works before init_str_type().
//
// Concurrency: strs are immutable once built; the hash cache is a relaxed
// atomic (racing writers store the same value). The caches are built by
// thread-safe function-local statics and never change afterwards.
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "objects/str_internal.h"
#include "objects/str_unicode.h"

namespace ftpy {

// ------------------------------------------------------------ allocation

Str* str_alloc(Type* type, int64_t nbytes) {
  Str* s = new_object_extra<Str>(type, static_cast<size_t>(nbytes));
  s->nbytes = nbytes;
  return s;
}

Str* str_finish(Str* s, int64_t length) {
  s->data[s->nbytes] = '\0';
  if (length < 0) length = uni::count_code_points(s->view());
  s->length = length;
  s->ascii = length == s->nbytes;
  return s;
}

namespace {

Str* make_immortal_str(std::string_view text) {
  Str* s = str_alloc(&StrType, static_cast<int64_t>(text.size()));
  if (!text.empty()) std::memcpy(s->data, text.data(), text.size());
  str_finish(s);
  s->interned = true;
  make_immortal(s);
  return s;
}

// The 256 one-character strings for U+0000..U+00FF.
Str* const* char_cache() {
  static Str* const* table = [] {
    auto** t = new Str*[256];
    for (uint32_t cp = 0; cp < 256; ++cp) {
      char buf[4];
      int n = uni::encode(cp, buf);
      t[cp] = make_immortal_str(std::string_view(buf, static_cast<size_t>(n)));
    }
    return t;
  }();
  return table;
}

// Code point of a one-character Latin-1 text, or -1.
int latin1_single(std::string_view t) {
  if (t.size() == 1) return static_cast<unsigned char>(t[0]) < 0x80 ? static_cast<unsigned char>(t[0]) : -1;
  if (t.size() == 2) {
    auto b0 = static_cast<unsigned char>(t[0]);
    if (b0 == 0xC2 || b0 == 0xC3) return ((b0 & 0x1F) << 6) | (static_cast<unsigned char>(t[1]) & 0x3F);
  }
  return -1;
}

struct InternTable {
  std::mutex mu;  // guards map
  std::unordered_map<std::string_view, Str*> map;
};
InternTable& intern_table() {
  static InternTable* t = new InternTable;  // never destroyed: its strs are immortal
  return *t;
}

}  // namespace

Str* empty_str() {
  static Str* e = make_immortal_str("");
  return e;
}

Ref<Str> str_from_codepoint(uint32_t cp) {
  if (cp < 256) return Ref<Str>::steal(char_cache()[cp]);  // immortal
  char buf[4];
  int n = uni::encode(cp, buf);
  Str* s = str_alloc(&StrType, n);
  std::memcpy(s->data, buf, static_cast<size_t>(n));
  return Ref<Str>::steal(str_finish(s, 1));
}

Ref<Str> str_new_counted(std::string_view utf8, int64_t length) {
  if (utf8.empty()) return Ref<Str>::steal(empty_str());
  if (length == 1) {
    int cp = latin1_single(utf8);
    if (cp >= 0) return Ref<Str>::steal(char_cache()[cp]);
  }
  Str* s = str_alloc(&StrType, static_cast<int64_t>(utf8.size()));
  std::memcpy(s->data, utf8.data(), utf8.size());
  return Ref<Str>::steal(str_finish(s, length));
}

Ref<Str> str_new(std::string_view utf8) {
  return str_new_counted(utf8, uni::count_code_points(utf8));
}

Ref<Str> str_exact(Str* s) {
  if (is_exact_str(s)) return Ref<Str>::borrow(s);
  return str_new_counted(s->view(), s->length);
}

Str* intern(std::string_view utf8) {
  if (utf8.empty()) return empty_str();
  int cp = latin1_single(utf8);
  if (cp >= 0) return char_cache()[cp];
  InternTable& t = intern_table();
  std::lock_guard<std::mutex> lock(t.mu);
  auto it = t.map.find(utf8);
  if (it != t.map.end()) return it->second;
  Str* s = make_immortal_str(utf8);
  t.map.emplace(s->view(), s);
  return s;
}

Str* intern(Str* s) {
  if (s->interned) return s;
  return intern(s->view());
}

// ------------------------------------------------------------ hash, equality

namespace {
inline uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}
}  // namespace

// A wyhash-style hash: 8-byte words folded with 64x64→128 multiplies.
int64_t hash_bytes(std::string_view bytes) {
  if (bytes.empty()) return 0;
  const char* p = bytes.data();
  size_t n = bytes.size();
  uint64_t h = 0x243F6A8885A308D3ull ^ (n * 0x9E3779B97F4A7C15ull);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = mix(h ^ w, 0xA0761D6478BD642Full);
    p += 8;
    n -= 8;
  }
  if (n) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = mix(h ^ w ^ (static_cast<uint64_t>(n) << 56), 0xE7037ED1A0B428DBull);
  }
  h = mix(h, 0x8EBC6AF09C88C6E3ull);
  auto r = static_cast<int64_t>(h);
  return r == -1 ? -2 : r;
}

int64_t str_hash(Str* s) {
  int64_t h = s->cached_hash.load(std::memory_order_relaxed);
  if (h != -1) return h;
  h = hash_bytes(s->view());
  // relaxed: every racing writer stores the same value.
  s->cached_hash.store(h, std::memory_order_relaxed);
  return h;
}

bool str_equal(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->nbytes != b->nbytes || (a->interned && b->interned)) return false;
  int64_t ha = a->cached_hash.load(std::memory_order_relaxed);
  int64_t hb = b->cached_hash.load(std::memory_order_relaxed);
  if (ha != -1 && hb != -1 && ha != hb) return false;
  return std::memcmp(a->data, b->data, static_cast<size_t>(a->nbytes)) == 0;
}

// ------------------------------------------------------------ indexing

int64_t str_byte_offset(const Str* s, int64_t i) {
  if (s->ascii || i <= 0) return i;
  if (i >= s->length) return s->nbytes;
  const auto* p = reinterpret_cast<const unsigned char*>(s->data);
  if (i <= s->length / 2) {
    int64_t off = 0;
    while (i > 0) {
      off += uni::seq_len(p[off]);
      --i;
    }
    return off;
  }
  int64_t back = s->length - i, off = s->nbytes;
  while (back > 0) {
    --off;
    while ((p[off] & 0xC0) == 0x80) --off;
    --back;
  }
  return off;
}

int64_t str_cp_index(const Str* s, int64_t byte_offset) {
  if (s->ascii) return byte_offset;
  return uni::count_code_points(std::string_view(s->data, static_cast<size_t>(byte_offset)));
}

uint32_t str_char_at(const Str* s, int64_t i) {
  if (s->ascii) return static_cast<unsigned char>(s->data[i]);
  uint32_t cp;
  uni::decode(s->data + str_byte_offset(s, i), &cp);
  return cp;
}

// ------------------------------------------------------------ builders

Ref<Str> str_concat(Str* a, Str* b) {
  if (b->nbytes == 0 && is_exact_str(a)) return Ref<Str>::borrow(a);
  if (a->nbytes == 0 && is_exact_str(b)) return Ref<Str>::borrow(b);
  Str* r = str_alloc(&StrType, a->nbytes + b->nbytes);
  std::memcpy(r->data, a->data, static_cast<size_t>(a->nbytes));
  std::memcpy(r->data + a->nbytes, b->data, static_cast<size_t>(b->nbytes));
  return Ref<Str>::steal(str_finish(r, a->length + b->length));
}

Ref<Str> str_join(std::string_view sep, Object* const* items, size_t n) {
  if (n == 0) return Ref<Str>::steal(empty_str());
  if (n == 1 && is_exact_str(items[0])) return Ref<Str>::borrow(static_cast<Str*>(items[0]));
  int64_t sep_len = sep.empty() ? 0 : uni::count_code_points(sep);
  int64_t nbytes = static_cast<int64_t>(sep.size()) * static_cast<int64_t>(n - 1);
  int64_t length = sep_len * static_cast<int64_t>(n - 1);
  for (size_t i = 0; i < n; ++i) {
    auto* s = static_cast<Str*>(items[i]);
    nbytes += s->nbytes;
    length += s->length;
  }
  Str* r = str_alloc(&StrType, nbytes);
  char* out = r->data;
  for (size_t i = 0; i < n; ++i) {
    if (i && !sep.empty()) {
      std::memcpy(out, sep.data(), sep.size());
      out += sep.size();
    }
    auto* s = static_cast<Str*>(items[i]);
    std::memcpy(out, s->data, static_cast<size_t>(s->nbytes));
    out += s->nbytes;
  }
  return Ref<Str>::steal(str_finish(r, length));
}

Ref<Str> str_repeat(Str* s, int64_t n) {
  if (n <= 0 || s->nbytes == 0) return Ref<Str>::steal(empty_str());
  if (n == 1 && is_exact_str(s)) return Ref<Str>::borrow(s);
  if (s->nbytes > INT64_MAX / 2 / n) raise(&exc::OverflowError, "repeated string is too long");
  int64_t total = s->nbytes * n;
  Str* r = str_alloc(&StrType, total);
  if (s->nbytes == 1) {
    std::memset(r->data, s->data[0], static_cast<size_t>(total));
  } else {
    std::memcpy(r->data, s->data, static_cast<size_t>(s->nbytes));
    int64_t done = s->nbytes;
    while (done < total) {  // doubling copies
      int64_t chunk = std::min(done, total - done);
      std::memcpy(r->data + done, r->data, static_cast<size_t>(chunk));
      done += chunk;
    }
  }
  return Ref<Str>::steal(str_finish(r, s->length * n));
}

Ref<Str> str_substr(Str* s, int64_t start, int64_t stop) {
  if (start >= stop) return Ref<Str>::steal(empty_str());
  if (start == 0 && stop == s->length && is_exact_str(s)) return Ref<Str>::borrow(s);
  int64_t b0 = str_byte_offset(s, start);
  int64_t b1 = s->ascii ? stop : b0 + str_byte_offset(s, stop) - str_byte_offset(s, start);
  return str_new_counted(std::string_view(s->data + b0, static_cast<size_t>(b1 - b0)), stop - start);
}

Ref<Str> str_slice(Str* s, int64_t start, int64_t stop, int64_t step) {
  if (step == 1) return str_substr(s, start, stop);
  int64_t count = 0;
  if (step > 0 && start < stop) count = (stop - start - 1) / step + 1;
  else if (step < 0 && stop < start) count = (start - stop - 1) / (-step) + 1;
  if (count == 0) return Ref<Str>::steal(empty_str());
  if (count == 1) return str_from_codepoint(str_char_at(s, start));
  if (s->ascii) {
    Str* r = str_alloc(&StrType, count);
    for (int64_t k = 0, i = start; k < count; ++k, i += step) r->data[k] = s->data[i];
    return Ref<Str>::steal(str_finish(r, count));
  }
  // Non-ASCII: the byte offset of every code point, then gather.
  std::vector<int64_t> offs;
  offs.reserve(static_cast<size_t>(s->length) + 1);
  const auto* p = reinterpret_cast<const unsigned char*>(s->data);
  for (int64_t off = 0; off < s->nbytes; off += uni::seq_len(p[off])) offs.push_back(off);
  offs.push_back(s->nbytes);
  int64_t nbytes = 0;
  for (int64_t k = 0, i = start; k < count; ++k, i += step) nbytes += offs[i + 1] - offs[i];
  Str* r = str_alloc(&StrType, nbytes);
  char* out = r->data;
  for (int64_t k = 0, i = start; k < count; ++k, i += step) {
    int64_t n = offs[i + 1] - offs[i];
    std::memcpy(out, s->data + offs[i], static_cast<size_t>(n));
    out += n;
  }
  return Ref<Str>::steal(str_finish(r, count));
}

// ------------------------------------------------------------ repr / ascii

namespace {

const char kHex[] = "0123456789abcdef";

// Writes the escape for cp (\xhh, \uhhhh, \Uhhhhhhhh) into out; returns its length.
int hex_escape(uint32_t cp, char* out) {
  int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
  out[0] = '\\';
  out[1] = cp < 0x100 ? 'x' : cp < 0x10000 ? 'u' : 'U';
  for (int k = 0; k < digits; ++k) out[2 + k] = kHex[(cp >> (4 * (digits - 1 - k))) & 0xF];
  return digits + 2;
}

// The repr text of one code point (quote = the chosen quote); n bytes into
// out (room for 10), or 0 meaning "copy the source bytes verbatim".
int repr_escape(uint32_t cp, char quote, char* out) {
  if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
    out[0] = '\\';
    out[1] = static_cast<char>(cp);
    return 2;
  }
  if (cp >= 0x20 && cp < 0x7F) return 0;
  switch (cp) {
    case '\t': out[0] = '\\'; out[1] = 't'; return 2;
    case '\n': out[0] = '\\'; out[1] = 'n'; return 2;
    case '\r': out[0] = '\\'; out[1] = 'r'; return 2;
    default: break;
  }
  if (cp >= 0x80 && uni::is_printable(cp)) return 0;
  return hex_escape(cp, out);
}

}  // namespace

Ref<Str> str_repr(Str* s) {
  bool has_single = std::memchr(s->data, '\'', static_cast<size_t>(s->nbytes)) != nullptr;
  bool has_double = has_single && std::memchr(s->data, '"', static_cast<size_t>(s->nbytes)) != nullptr;
  char quote = has_single && !has_double ? '"' : '\'';
  // Pass 1: size of the result.
  int64_t nbytes = 2, length = 2;
  char esc[12];
  for_each_cp(s, [&](uint32_t cp, int n) {
    int e = repr_escape(cp, quote, esc);
    nbytes += e ? e : n;
    length += e ? e : 1;
  });
  // Pass 2: write it.
  Str* r = str_alloc(&StrType, nbytes);
  char* out = r->data;
  *out++ = quote;
  const char* src = s->data;
  for_each_cp(s, [&](uint32_t cp, int n) {
    int e = repr_escape(cp, quote, out);
    if (e == 0) {
      std::memcpy(out, src, static_cast<size_t>(n));
      out += n;
    } else {
      out += e;
    }
    src += n;
  });
  *out = quote;
  return Ref<Str>::steal(str_finish(r, length));
}

Ref<Str> str_ascii_escape(Str* text) {
  if (text->ascii) return str_exact(text);
  int64_t nbytes = 0;
  for_each_cp(text, [&](uint32_t cp, int) { nbytes += cp < 0x80 ? 1 : cp < 0x100 ? 4 : cp < 0x10000 ? 6 : 10; });
  Str* r = str_alloc(&StrType, nbytes);
  char* out = r->data;
  for_each_cp(text, [&](uint32_t cp, int) {
    if (cp < 0x80) *out++ = static_cast<char>(cp);
    else out += hex_escape(cp, out);
  });
  return Ref<Str>::steal(str_finish(r, nbytes));
}

}  // namespace ftpy
