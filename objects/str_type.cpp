// str_type.cpp — the str type object: slots (repr, hash, comparison, +, *, %,
// len, indexing, `in`, iteration), str(...) construction, the method table,
// and the two iterator types (str_ascii_iterator / str_iterator).
//
// Binary-operator slots follow object.h's convention (tried on the left
// operand's type, then the right's, same argument order). `str + x` and
// `str * x` raise CPython's sequence messages themselves unless x's class
// defines the reflected dunder, which then gets its turn (NotImplemented).
//
// Concurrency: strs are immutable. A str iterator is not meant to be shared
// between threads (as in CPython, concurrent next() calls may repeat or skip
// items but never crash: pos is only read and written by the caller).
#include <cstring>

#include "objects/bytes.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/str_internal.h"
#include "objects/str_unicode.h"
#include "objects/type.h"

namespace ftpy {

Type StrType;
Type StrAsciiIterType;
Type StrIterType;

namespace {

inline Str* as_str(Object* o) { return static_cast<Str*>(o); }

// True when `other`'s class (a user class) defines `name`, so a reflected
// operator must be given its chance before str raises its own TypeError.
bool defers_to(Object* other, Str* name) {
  Type* t = type_of(other);
  return type_has_flag(t, kTypeHeap) && type_lookup(t, name) != nullptr;
}

Ref<> str_repr_slot(Object* o) { return str_repr(as_str(o)); }
Ref<> str_str_slot(Object* o) { return str_exact(as_str(o)); }
int64_t str_hash_slot(Object* o) { return str_hash(as_str(o)); }
int64_t str_len_slot(Object* o) { return as_str(o)->length; }
bool str_bool_slot(Object* o) { return as_str(o)->nbytes != 0; }

Ref<> str_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_str(a) || !is_str(b)) return not_implemented();
  Str* x = as_str(a);
  Str* y = as_str(b);
  if (op == CompareOp::Eq) return py_bool(str_equal(x, y));
  if (op == CompareOp::Ne) return py_bool(!str_equal(x, y));
  // UTF-8 byte order is code-point order.
  size_t n = static_cast<size_t>(std::min(x->nbytes, y->nbytes));
  int c = x == y ? 0 : std::memcmp(x->data, y->data, n);
  if (c == 0) c = x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes ? 1 : 0;
  switch (op) {
    case CompareOp::Lt: return py_bool(c < 0);
    case CompareOp::Le: return py_bool(c <= 0);
    case CompareOp::Gt: return py_bool(c > 0);
    default: return py_bool(c >= 0);
  }
}

Ref<> str_add_slot(Object* a, Object* b) {
  if (!is_str(a)) return not_implemented();
  if (is_str(b)) return str_concat(as_str(a), as_str(b));
  if (defers_to(b, id::radd)) return not_implemented();
  raisef(&exc::TypeError, "can only concatenate str (not \"%s\") to str", type_name_of(b));
}

Ref<> str_mul_slot(Object* a, Object* b) {
  Object* seq = is_str(a) ? a : b;
  Object* count = is_str(a) ? b : a;
  if (!is_str(seq)) return not_implemented();
  if (!is_int(count) && !type_of(count)->nb_index) {
    // Reflected case (count * str): count's own slot has already declined.
    if (seq == a && defers_to(count, id::rmul)) return not_implemented();
    raisef(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name_of(count));
  }
  int64_t n;
  if (is_exact_int(count) && int_is_small(count)) {
    n = int_small_value(count);
  } else {
    Ref<> i = index(count);
    if (!int_to_int64(i.get(), &n)) {
      if (mpz_sgn(int_to_mpz(i.get()).get_mpz_t()) < 0) n = 0;
      else raise(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    }
  }
  return str_repeat(as_str(seq), n);
}

bool str_contains_slot(Object* container, Object* item) {
  if (!is_str(item))
    raisef(&exc::TypeError, "'in <string>' requires string as left operand, not %s", type_name_of(item));
  Str* s = as_str(container);
  Str* sub = as_str(item);
  if (sub->nbytes == 1) return std::memchr(s->data, sub->data[0], static_cast<size_t>(s->nbytes)) != nullptr;
  return bytes_find(s->view(), sub->view()) >= 0;
}

Ref<> str_subscript(Object* self, Object* key) {
  Str* s = as_str(self);
  int64_t i;
  if (is_exact_int(key) && int_is_small(key)) {
    i = int_small_value(key);
  } else if (is_slice(key)) {
    int64_t start, stop, step;
    unpack_slice(key, s->length, &start, &stop, &step);
    return str_slice(s, start, stop, step);
  } else if (is_int(key) || type_of(key)->nb_index) {
    Ref<> iv = index(key);
    if (!int_to_int64(iv.get(), &i)) raise(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
  } else {
    raisef(&exc::TypeError, "string indices must be integers, not '%s'", type_name_of(key));
  }
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) raise(&exc::IndexError, "string index out of range");
  if (s->ascii) return str_from_codepoint(static_cast<unsigned char>(s->data[i]));
  int64_t off = str_byte_offset(s, i);
  int n = uni::seq_len(static_cast<unsigned char>(s->data[off]));
  return str_new_counted(std::string_view(s->data + off, static_cast<size_t>(n)), 1);
}

// ------------------------------------------------------------ iterators

struct StrIterObject : Object {
  Ref<Str> str;      // null once exhausted
  int64_t pos = 0;   // byte offset of the next character
};

Ref<> str_iter_self(Object* it) { return Ref<>::borrow(it); }

Ref<> str_iter_next(Object* o) {
  auto* it = static_cast<StrIterObject*>(o);
  Str* s = it->str.get();
  if (!s) return {};
  if (it->pos >= s->nbytes) {
    it->str.reset();
    return {};
  }
  auto b = static_cast<unsigned char>(s->data[it->pos]);
  if (b < 0x80) {
    ++it->pos;
    return str_from_codepoint(b);
  }
  int n = uni::seq_len(b);
  uint32_t cp;
  uni::decode(s->data + it->pos, &cp);
  it->pos += n;
  if (cp < 0x100) return str_from_codepoint(cp);
  return str_new_counted(std::string_view(s->data + it->pos - n, static_cast<size_t>(n)), 1);
}

void init_iter_type(Type* t, const char* name) {
  t->name = name;
  t->basicsize = sizeof(StrIterObject);
  t->tp_dealloc = destroy_object<StrIterObject>;
  t->tp_iter = str_iter_self;
  t->tp_iternext = str_iter_next;
  type_ready(t);
}

// ------------------------------------------------------------ construction

Ref<> str_tp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  check_nargs("str", nargs, 0, 3);
  Object* a[3] = {nullptr, nullptr, nullptr};
  parse_args("str", args, nargs, kwnames, {"object", "encoding", "errors"}, 0, a);
  Ref<Str> value;
  if (!a[0]) {
    value = Ref<Str>::steal(empty_str());
  } else if (a[1] || a[2]) {
    std::string_view enc = codec_arg(a[1], "str", "encoding", "utf-8");
    std::string_view errors = codec_arg(a[2], "str", "errors", "strict");
    if (is_str(a[0])) raise(&exc::TypeError, "decoding str is not supported");
    if (!is_bytes(a[0]))
      raisef(&exc::TypeError, "decoding to str: need a bytes-like object, %s found", type_name_of(a[0]));
    value = decode_to_str(bytes_view(a[0]), enc, errors);
  } else if (is_exact_str(a[0])) {
    value = Ref<Str>::borrow(as_str(a[0]));
  } else {
    value = str(a[0]).as<Str>();
  }
  if (type == &StrType) return value;
  // A subclass instance carries its own copy of the text.
  Str* r = str_alloc(type, value->nbytes);
  std::memcpy(r->data, value->data, static_cast<size_t>(value->nbytes));
  return Ref<>::steal(str_finish(r, value->length));
}

// ------------------------------------------------------------ methods

const MethodDef kStrMethods[] = {
    {"join", str_m_join, kMethodPlain, "Concatenate any number of strings."},
    {"split", str_m_split, kMethodPlain, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", str_m_rsplit, kMethodPlain, "Return a list of the substrings in the string, using sep as the separator string."},
    {"splitlines", str_m_splitlines, kMethodPlain, "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", str_m_strip, kMethodPlain, "Return a copy of the string with leading and trailing whitespace removed."},
    {"lstrip", str_m_lstrip, kMethodPlain, "Return a copy of the string with leading whitespace removed."},
    {"rstrip", str_m_rstrip, kMethodPlain, "Return a copy of the string with trailing whitespace removed."},
    {"replace", str_m_replace, kMethodPlain, "Return a copy with all occurrences of substring old replaced by new."},
    {"find", str_m_find, kMethodPlain, "Return the lowest index in S where substring sub is found."},
    {"rfind", str_m_rfind, kMethodPlain, "Return the highest index in S where substring sub is found."},
    {"index", str_m_index, kMethodPlain, "Return the lowest index in S where substring sub is found."},
    {"rindex", str_m_rindex, kMethodPlain, "Return the highest index in S where substring sub is found."},
    {"count", str_m_count, kMethodPlain, "Return the number of non-overlapping occurrences of substring sub."},
    {"startswith", str_m_startswith, kMethodPlain, "Return True if the string starts with the specified prefix, False otherwise."},
    {"endswith", str_m_endswith, kMethodPlain, "Return True if the string ends with the specified suffix, False otherwise."},
    {"partition", str_m_partition, kMethodPlain, "Partition the string into three parts using the given separator."},
    {"rpartition", str_m_rpartition, kMethodPlain, "Partition the string into three parts using the given separator."},
    {"removeprefix", str_m_removeprefix, kMethodPlain, "Return a str with the given prefix string removed if present."},
    {"removesuffix", str_m_removesuffix, kMethodPlain, "Return a str with the given suffix string removed if present."},
    {"upper", str_m_upper, kMethodPlain, "Return a copy of the string converted to uppercase."},
    {"lower", str_m_lower, kMethodPlain, "Return a copy of the string converted to lowercase."},
    {"capitalize", str_m_capitalize, kMethodPlain, "Return a capitalized version of the string."},
    {"title", str_m_title, kMethodPlain, "Return a version of the string where each word is titlecased."},
    {"swapcase", str_m_swapcase, kMethodPlain, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"casefold", str_m_casefold, kMethodPlain, "Return a version of the string suitable for caseless comparisons."},
    {"center", str_m_center, kMethodPlain, "Return a centered string of length width."},
    {"ljust", str_m_ljust, kMethodPlain, "Return a left-justified string of length width."},
    {"rjust", str_m_rjust, kMethodPlain, "Return a right-justified string of length width."},
    {"zfill", str_m_zfill, kMethodPlain, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"expandtabs", str_m_expandtabs, kMethodPlain, "Return a copy where all tab characters are expanded using spaces."},
    {"isdigit", str_m_isdigit, kMethodPlain, "Return True if the string is a digit string, False otherwise."},
    {"isalpha", str_m_isalpha, kMethodPlain, "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", str_m_isalnum, kMethodPlain, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isspace", str_m_isspace, kMethodPlain, "Return True if the string is a whitespace string, False otherwise."},
    {"isupper", str_m_isupper, kMethodPlain, "Return True if the string is an uppercase string, False otherwise."},
    {"islower", str_m_islower, kMethodPlain, "Return True if the string is a lowercase string, False otherwise."},
    {"istitle", str_m_istitle, kMethodPlain, "Return True if the string is a title-cased string, False otherwise."},
    {"isidentifier", str_m_isidentifier, kMethodPlain, "Return True if the string is a valid Python identifier, False otherwise."},
    {"isdecimal", str_m_isdecimal, kMethodPlain, "Return True if the string is a decimal string, False otherwise."},
    {"isnumeric", str_m_isnumeric, kMethodPlain, "Return True if the string is a numeric string, False otherwise."},
    {"isprintable", str_m_isprintable, kMethodPlain, "Return True if the string is printable, False otherwise."},
    {"isascii", str_m_isascii, kMethodPlain, "Return True if all characters in the string are ASCII, False otherwise."},
    {"encode", str_m_encode, kMethodPlain, "Encode the string using the codec registered for encoding."},
    {"maketrans", str_m_maketrans, kMethodStatic, "Return a translation table usable for str.translate()."},
    {"translate", str_m_translate, kMethodPlain, "Replace each character in the string using the given translation table."},
    {"format", str_m_format, kMethodPlain, "Return a formatted version of the string, using substitutions from args and kwargs."},
    {"format_map", str_m_format_map, kMethodPlain, "Return a formatted version of the string, using substitutions from mapping."},
    {"__format__", str_m_dunder_format, kMethodPlain, "Return a formatted version of the string as described by format_spec."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref<> str_iter(Object* s) {
  Str* str = as_str(s);
  auto* it = new_object<StrIterObject>(str->ascii ? &StrAsciiIterType : &StrIterType);
  it->str = Ref<Str>::borrow(str);
  return Ref<>::steal(it);
}

void init_str_type() {
  Type* t = &StrType;
  t->name = "str";
  t->doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str";
  t->flags |= kTypeBaseType | kTypeStrSubclass;
  t->basicsize = sizeof(Str);
  t->itemsize = 1;  // variable-size: subclasses cannot add __slots__ fields
  t->tp_new = str_tp_new;
  t->tp_dealloc = destroy_object<Str>;
  t->tp_repr = str_repr_slot;
  t->tp_str = str_str_slot;
  t->tp_hash = str_hash_slot;
  t->tp_richcompare = str_richcompare;
  t->tp_iter = str_iter;
  t->nb_binary[static_cast<int>(BinaryOp::Add)] = str_add_slot;
  t->nb_binary[static_cast<int>(BinaryOp::Mul)] = str_mul_slot;
  t->nb_binary[static_cast<int>(BinaryOp::Mod)] = str_mod_slot;
  t->nb_bool = str_bool_slot;
  t->mp_length = str_len_slot;
  t->mp_subscript = str_subscript;
  t->sq_contains = str_contains_slot;
  t->methods = kStrMethods;
  type_ready(t);
  init_iter_type(&StrAsciiIterType, "str_ascii_iterator");
  init_iter_type(&StrIterType, "str_iterator");
}

}  // namespace ftpy
