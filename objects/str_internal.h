// str_internal.h — private helpers shared by the str*.cpp and bytes*.cpp files
// (argument checks with CPython's messages, index adjustment, slices, and the
// native method functions that str_type.cpp puts in StrType's method table).
// Not a contract: only the text part includes it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/str.h"

namespace ftpy {

// Signature of every native method (object.h NativeFn).
#define FTPY_NATIVE(name) Ref<> name(Object* self, Object* const* args, size_t nargs, Object* kwnames)

// METH_NOARGS / METH_O checks with CPython's wording:
// "str.upper() takes no arguments (1 given)", "str.join() takes exactly one
// argument (0 given)", "str.upper() takes no keyword arguments".
void check_noargs(const char* qualname, size_t nargs, Object* kwnames);
void check_onearg(const char* qualname, size_t nargs, Object* kwnames);
// Positional-only methods with a range of arguments: "find expected at least
// 1 argument, got 0" and "str.find() takes no keyword arguments".
void check_posargs(const char* tname, const char* fname, size_t nargs, Object* kwnames, size_t min,
                   size_t max);

// "find() argument 1 must be str, not int".
Str* str_arg(Object* o, const char* fname, int argno);
// "must be str or None, not int" when o is neither; null for None/absent.
Str* str_or_none_arg(Object* o);

// Clamped slice-style index from an optional argument (None / absent =
// default). TypeError "slice indices must be integers or None or have an
// __index__ method".
int64_t opt_index_arg(Object* o, int64_t dflt);
// CPython's ADJUST_INDICES for start/end arguments of find/count/... on a
// sequence of length len: negative values count from the end, then clamp.
void adjust_range(Object* start_arg, Object* end_arg, int64_t len, int64_t* start, int64_t* end);

// slice.indices(length) for a slice object: normalised start/stop/step and
// the number of items. ValueError "slice step cannot be zero".
int64_t unpack_slice(Object* slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step);
inline bool is_slice(Object* o) { return type_of(o) == &SliceType; }

// Byte-level search helpers shared by str (UTF-8 is self-synchronising, so a
// byte match of valid UTF-8 is a code-point match) and bytes.
int64_t bytes_find(std::string_view hay, std::string_view needle);   // -1 if absent
int64_t bytes_rfind(std::string_view hay, std::string_view needle);  // -1 if absent
int64_t bytes_count(std::string_view hay, std::string_view needle, int64_t max);  // non-overlapping

// The hash of a byte string (str and bytes): never -1; 0 for empty.
int64_t hash_bytes(std::string_view bytes);

// Codecs (str_codec.cpp): LookupError "unknown encoding: x" / "unknown error
// handler name 'x'". Supported: utf-8, ascii, latin-1 (and their aliases);
// error handlers strict, ignore, replace, backslashreplace (and
// xmlcharrefreplace when encoding).
Ref<Str> decode_to_str(std::string_view data, std::string_view encoding, std::string_view errors);
Ref<> encode_str(Str* s, std::string_view encoding, std::string_view errors);  // a bytes object
// The text of an optional encoding/errors argument: "encode() argument
// 'encoding' must be str, not int" when it is not a str; dflt when absent.
std::string_view codec_arg(Object* o, const char* fname, const char* argname, std::string_view dflt);

// Code points of a str as a fast loop: calls fn(cp, byte_len) for each.
template <class Fn>
inline void for_each_cp(const Str* s, Fn&& fn);

// The str-level iterator types (str_ascii_iterator / str_iterator).
extern Type StrAsciiIterType;
extern Type StrIterType;
Ref<> str_iter(Object* s);

// % formatting entry point for the nb_binary[Mod] slot.
Ref<> str_mod_slot(Object* a, Object* b);

// ---- native methods (StrType.methods is built in str_type.cpp)
// str_methods.cpp: search, split, join, strip, replace, partition, affixes.
FTPY_NATIVE(str_m_join);
FTPY_NATIVE(str_m_split);
FTPY_NATIVE(str_m_rsplit);
FTPY_NATIVE(str_m_splitlines);
FTPY_NATIVE(str_m_strip);
FTPY_NATIVE(str_m_lstrip);
FTPY_NATIVE(str_m_rstrip);
FTPY_NATIVE(str_m_replace);
FTPY_NATIVE(str_m_find);
FTPY_NATIVE(str_m_rfind);
FTPY_NATIVE(str_m_index);
FTPY_NATIVE(str_m_rindex);
FTPY_NATIVE(str_m_count);
FTPY_NATIVE(str_m_startswith);
FTPY_NATIVE(str_m_endswith);
FTPY_NATIVE(str_m_partition);
FTPY_NATIVE(str_m_rpartition);
FTPY_NATIVE(str_m_removeprefix);
FTPY_NATIVE(str_m_removesuffix);
// str_case.cpp: case mapping, predicates, padding, translate, encode.
FTPY_NATIVE(str_m_upper);
FTPY_NATIVE(str_m_lower);
FTPY_NATIVE(str_m_capitalize);
FTPY_NATIVE(str_m_title);
FTPY_NATIVE(str_m_swapcase);
FTPY_NATIVE(str_m_casefold);
FTPY_NATIVE(str_m_center);
FTPY_NATIVE(str_m_ljust);
FTPY_NATIVE(str_m_rjust);
FTPY_NATIVE(str_m_zfill);
FTPY_NATIVE(str_m_expandtabs);
FTPY_NATIVE(str_m_isdigit);
FTPY_NATIVE(str_m_isalpha);
FTPY_NATIVE(str_m_isalnum);
FTPY_NATIVE(str_m_isspace);
FTPY_NATIVE(str_m_isupper);
FTPY_NATIVE(str_m_islower);
FTPY_NATIVE(str_m_istitle);
FTPY_NATIVE(str_m_isidentifier);
FTPY_NATIVE(str_m_isdecimal);
FTPY_NATIVE(str_m_isnumeric);
FTPY_NATIVE(str_m_isprintable);
FTPY_NATIVE(str_m_isascii);
FTPY_NATIVE(str_m_encode);
FTPY_NATIVE(str_m_maketrans);  // static method
FTPY_NATIVE(str_m_translate);
// str_format.cpp
FTPY_NATIVE(str_m_format);
FTPY_NATIVE(str_m_format_map);
FTPY_NATIVE(str_m_dunder_format);

// ------------------------------------------------------------ inline bodies

template <class Fn>
inline void for_each_cp(const Str* s, Fn&& fn) {
  const char* p = s->data;
  const char* end = p + s->nbytes;
  if (s->ascii) {
    for (; p < end; ++p) fn(static_cast<uint32_t>(static_cast<unsigned char>(*p)), 1);
    return;
  }
  while (p < end) {
    uint32_t cp;
    auto b0 = static_cast<unsigned char>(*p);
    int n;
    if (b0 < 0x80) { cp = b0; n = 1; }
    else {
      n = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
      cp = b0 & (0x7F >> n);
      for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(p[k]) & 0x3F);
    }
    fn(cp, n);
    p += n;
  }
}

}  // namespace ftpy
