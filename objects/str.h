// str.h — Python str: immutable Unicode text stored as UTF-8 in one block.
//
// Invariants: `data` holds `nbytes` bytes of valid UTF-8 plus a NUL; `length`
// is the count of code points; `ascii` is true when nbytes == length (then
// indexing is O(1); otherwise it walks the UTF-8). The hash is computed once
// and cached (relaxed atomic: racing writers store the same value).
// Interned strings are immortal and unique per content (runtime/modules use
// them for identifiers, attribute and global names), so name comparison in
// dicts is a pointer comparison on the fast path.
//
// Concurrency: immutable after creation; safe to share.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "objects/object.h"

namespace ftpy {

struct Str : Object {
  int64_t length = 0;   // code points
  int64_t nbytes = 0;   // UTF-8 bytes, excluding the NUL
  std::atomic<int64_t> cached_hash{-1};
  bool ascii = true;
  bool interned = false;
  char data[1];         // nbytes + 1 bytes (allocated past the struct)

  std::string_view view() const { return {data, static_cast<size_t>(nbytes)}; }
};

// Creates a str from UTF-8 (the caller guarantees validity).
Ref<Str> str_new(std::string_view utf8);
// The interned, immortal str with this content (created on first use).
// Thread-safe. Returns a borrowed pointer (immortal, never freed).
Str* intern(std::string_view utf8);
// Interns an existing str: returns the canonical immortal object.
Str* intern(Str* s);
// Code point at index i (0 <= i < length).
uint32_t str_char_at(const Str* s, int64_t i);
// One-character string for a code point (cached for ASCII/Latin-1).
Ref<Str> str_from_codepoint(uint32_t cp);
int64_t str_hash(Str* s);
bool str_equal(const Str* a, const Str* b);
// Concatenation and helpers used by the VM's BUILD_STRING / f-strings.
Ref<Str> str_concat(Str* a, Str* b);
Ref<Str> str_join(std::string_view sep, Object* const* items, size_t n);  // items must be str
// The empty string (immortal).
Str* empty_str();
inline std::string_view str_view(Object* s) { return static_cast<Str*>(s)->view(); }

// str % args, and str.format machinery shared with format().
Ref<Str> str_percent_format(Str* fmt, Object* args);

void init_str_type();

// ---- added by the strings part (see the report) ----

// Allocates a str of `type` (StrType or a subclass) with room for nbytes of
// UTF-8; the caller writes data[0..nbytes) and then calls str_finish(). This
// is the single allocation behind concatenation, join, repeat and str(int).
Str* str_alloc(Type* type, int64_t nbytes);
// Sets length/ascii from the written bytes (pass length >= 0 when known) and
// the terminating NUL. Returns s.
Str* str_finish(Str* s, int64_t length = -1);
// str_new with a known code-point count (skips the counting pass).
Ref<Str> str_new_counted(std::string_view utf8, int64_t length);
// Validates UTF-8 first: UnicodeDecodeError (CPython's message) when invalid.
Ref<Str> str_from_utf8_checked(std::string_view bytes);
// Latin-1 / ASCII text (bytes 0..255 as code points) to str.
Ref<Str> str_from_latin1(std::string_view bytes);
// The exact-str value of s: s itself for an exact str, a copy for a subclass.
Ref<Str> str_exact(Str* s);
// repr(s) per CPython (quote choice, escapes, printable non-ASCII kept).
Ref<Str> str_repr(Str* s);
// ascii(): the repr text with every non-ASCII character escaped as \xhh,
// \uhhhh or \U00hhhhhh. The api.h ascii() builtin is repr() + this.
Ref<Str> str_ascii_escape(Str* repr_text);
// str.format(*args, **kwargs): args[0..nargs) positional, then one value per
// name in kwnames (a tuple of str, or null).
Ref<Str> str_format_impl(Str* fmt, Object* const* args, size_t nargs, Object* kwnames);
// format(s, spec) for a str: the str type's __format__ (s type only).
Ref<Str> str_format_spec(Str* s, Str* spec);
// Byte offset of code point index i (0 <= i <= length) and the reverse.
int64_t str_byte_offset(const Str* s, int64_t cp_index);
int64_t str_cp_index(const Str* s, int64_t byte_offset);
// s[start:stop:step] in code points (indices already clamped, as
// slice.indices() gives them); one allocation.
Ref<Str> str_slice(Str* s, int64_t start, int64_t stop, int64_t step);
Ref<Str> str_substr(Str* s, int64_t start, int64_t stop);  // step 1, code points
// s * n (n <= 0 gives '').
Ref<Str> str_repeat(Str* s, int64_t n);

}  // namespace ftpy
