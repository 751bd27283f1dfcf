// bytes.cpp — the bytes type: representation (one block: header, size,
// cached hash, the bytes and a NUL), the immortal empty and one-byte
// singletons, bytes(...) construction, repr, hash, comparison, +, *, len,
// indexing/slicing, `in`, and iteration (bytes_iterator yields ints).
// The methods live in bytes_methods.cpp.
//
// Concurrency: bytes objects are immutable; the singletons are built by a
// thread-safe function-local static and never change. A bytes iterator is
// not meant to be shared between threads (no crash, but items may repeat).
#include <cstring>
#include <vector>

#include "objects/bytes.h"
#include "objects/bytes_internal.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/str_internal.h"
#include "objects/type.h"

namespace ftpy {

Type BytesType;
Type BytesIterType;

extern const MethodDef kBytesMethods[];  // bytes_methods.cpp

Bytes* bytes_alloc(Type* type, int64_t size) {
  Bytes* b = new_object_extra<Bytes>(type, static_cast<size_t>(size) + 1);
  b->size = size;
  b->data[size] = '\0';
  return b;
}

namespace {

Bytes* const* byte_cache() {  // [0..255] one-byte objects, [256] the empty one
  static Bytes* const* table = [] {
    auto** t = new Bytes*[257];
    for (int i = 0; i < 257; ++i) {
      t[i] = bytes_alloc(&BytesType, i < 256 ? 1 : 0);
      if (i < 256) t[i]->data[0] = static_cast<char>(i);
      make_immortal(t[i]);
    }
    return t;
  }();
  return table;
}

inline Bytes* as_bytes(Object* o) { return static_cast<Bytes*>(o); }

bool defers_to(Object* other, Str* name) {
  Type* t = type_of(other);
  return type_has_flag(t, kTypeHeap) && type_lookup(t, name) != nullptr;
}

}  // namespace

Ref<> bytes_new(std::string_view data) {
  if (data.size() <= 1) {
    Bytes* b = byte_cache()[data.empty() ? 256 : static_cast<unsigned char>(data[0])];
    return Ref<>::steal(b);  // immortal
  }
  Bytes* b = bytes_alloc(&BytesType, static_cast<int64_t>(data.size()));
  std::memcpy(b->data, data.data(), data.size());
  return Ref<>::steal(b);
}

int64_t bytes_hash(Bytes* b) {
  int64_t h = b->cached_hash.load(std::memory_order_relaxed);
  if (h != -1) return h;
  h = hash_bytes(b->view());
  b->cached_hash.store(h, std::memory_order_relaxed);  // racing writers store the same value
  return h;
}

Ref<> bytes_concat(Bytes* a, Bytes* b) {
  if (b->size == 0 && type_of(a) == &BytesType) return Ref<>::borrow(a);
  if (a->size == 0 && type_of(b) == &BytesType) return Ref<>::borrow(b);
  Bytes* r = bytes_alloc(&BytesType, a->size + b->size);
  std::memcpy(r->data, a->data, static_cast<size_t>(a->size));
  std::memcpy(r->data + a->size, b->data, static_cast<size_t>(b->size));
  return Ref<>::steal(r);
}

Ref<> bytes_repr(Object* o) {
  std::string_view v = bytes_view(o);
  bool single = v.find('\'') != std::string_view::npos;
  bool dbl = single && v.find('"') != std::string_view::npos;
  char quote = single && !dbl ? '"' : '\'';
  auto esc_len = [&](unsigned char c) -> int {
    if (c == static_cast<unsigned char>(quote) || c == '\\' || c == '\t' || c == '\n' || c == '\r') return 2;
    return (c < 0x20 || c >= 0x7F) ? 4 : 1;
  };
  int64_t n = 3;
  for (char c : v) n += esc_len(static_cast<unsigned char>(c));
  Str* r = str_alloc(&StrType, n);
  char* out = r->data;
  *out++ = 'b';
  *out++ = quote;
  static const char kHex[] = "0123456789abcdef";
  for (char ch : v) {
    auto c = static_cast<unsigned char>(ch);
    switch (esc_len(c)) {
      case 1: *out++ = ch; break;
      case 2:
        *out++ = '\\';
        *out++ = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : ch;
        break;
      default:
        *out++ = '\\';
        *out++ = 'x';
        *out++ = kHex[c >> 4];
        *out++ = kHex[c & 15];
    }
  }
  *out = quote;
  return Ref<>::steal(str_finish(r, n));
}

namespace {

int64_t bytes_hash_slot(Object* o) { return bytes_hash(as_bytes(o)); }
int64_t bytes_len_slot(Object* o) { return as_bytes(o)->size; }

Ref<> bytes_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_bytes(a) || !is_bytes(b)) return not_implemented();
  std::string_view x = bytes_view(a), y = bytes_view(b);
  if (op == CompareOp::Eq) return py_bool(x == y);
  if (op == CompareOp::Ne) return py_bool(x != y);
  int c = x.compare(y);
  switch (op) {
    case CompareOp::Lt: return py_bool(c < 0);
    case CompareOp::Le: return py_bool(c <= 0);
    case CompareOp::Gt: return py_bool(c > 0);
    default: return py_bool(c >= 0);
  }
}

Ref<> bytes_add_slot(Object* a, Object* b) {
  if (!is_bytes(a)) return not_implemented();
  if (is_bytes(b)) return bytes_concat(as_bytes(a), as_bytes(b));
  if (defers_to(b, id::radd)) return not_implemented();
  raisef(&exc::TypeError, "can't concat %s to bytes", type_name_of(b));
}

Ref<> bytes_mul_slot(Object* a, Object* b) {
  Object* seq = is_bytes(a) ? a : b;
  Object* count = is_bytes(a) ? b : a;
  if (!is_bytes(seq)) return not_implemented();
  if (!is_int(count) && !type_of(count)->nb_index) {
    if (seq == a && defers_to(count, id::rmul)) return not_implemented();
    raisef(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name_of(count));
  }
  int64_t n = index_as_int64(count);
  Bytes* s = as_bytes(seq);
  if (n <= 0 || s->size == 0) return bytes_new("");
  if (n == 1 && type_of(s) == &BytesType) return Ref<>::borrow(s);
  if (s->size > INT64_MAX / 2 / n) raise(&exc::OverflowError, "repeated bytes are too long");
  Bytes* r = bytes_alloc(&BytesType, s->size * n);
  for (int64_t i = 0; i < n; ++i) std::memcpy(r->data + i * s->size, s->data, static_cast<size_t>(s->size));
  return Ref<>::steal(r);
}

int byte_value(Object* o) {
  int64_t v = index_as_int64(o);
  if (v < 0 || v > 255) raise(&exc::ValueError, "byte must be in range(0, 256)");
  return static_cast<int>(v);
}

bool bytes_contains_slot(Object* container, Object* item) {
  std::string_view hay = bytes_view(container);
  if (is_int(item) || type_of(item)->nb_index) {
    int c = byte_value(item);
    return std::memchr(hay.data(), c, hay.size()) != nullptr;
  }
  if (!is_bytes(item)) raisef(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name_of(item));
  return bytes_find(hay, bytes_view(item)) >= 0;
}

Ref<> bytes_subscript(Object* self, Object* key) {
  Bytes* b = as_bytes(self);
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t count = unpack_slice(key, b->size, &start, &stop, &step);
    if (step == 1) {
      if (count == b->size && type_of(b) == &BytesType) return Ref<>::borrow(b);
      return bytes_new(std::string_view(b->data + start, static_cast<size_t>(count)));
    }
    Bytes* r = bytes_alloc(&BytesType, count);
    for (int64_t k = 0, i = start; k < count; ++k, i += step) r->data[k] = b->data[i];
    return Ref<>::steal(r);
  }
  if (!is_int(key) && !type_of(key)->nb_index)
    raisef(&exc::TypeError, "byte indices must be integers or slices, not %s", type_name_of(key));
  int64_t i = index_as_int64(key);
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) raise(&exc::IndexError, "index out of range");
  return int_from(static_cast<unsigned char>(b->data[i]));
}

// ------------------------------------------------------------ iterator

struct BytesIterObject : Object {
  Ref<> bytes;  // null once exhausted
  int64_t pos = 0;
};

Ref<> bytes_iter_self(Object* it) { return Ref<>::borrow(it); }

Ref<> bytes_iter_next(Object* o) {
  auto* it = static_cast<BytesIterObject*>(o);
  if (!it->bytes) return {};
  Bytes* b = as_bytes(it->bytes.get());
  if (it->pos >= b->size) {
    it->bytes.reset();
    return {};
  }
  return int_from(static_cast<unsigned char>(b->data[it->pos++]));
}

Ref<> bytes_iter(Object* b) {
  auto* it = new_object<BytesIterObject>(&BytesIterType);
  it->bytes = Ref<>::borrow(b);
  return Ref<>::steal(it);
}

// ------------------------------------------------------------ construction

Ref<> bytes_from_object(Object* x) {
  if (is_bytes(x)) return type_of(x) == &BytesType ? Ref<>::borrow(x) : bytes_new(bytes_view(x));
  static Str* const kDunderBytes = intern("__bytes__");
  if (type_lookup(type_of(x), kDunderBytes)) {
    Ref<> r = call_method(x, kDunderBytes, nullptr, 0);
    if (!is_bytes(r.get()))
      raisef(&exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name_of(r.get()));
    return r;
  }
  if (is_str(x)) raise(&exc::TypeError, "string argument without an encoding");
  if (is_int(x) || type_of(x)->nb_index) {
    int64_t n = index_as_int64(x);
    if (n < 0) raise(&exc::ValueError, "negative count");
    Bytes* r = bytes_alloc(&BytesType, n);
    std::memset(r->data, 0, static_cast<size_t>(n));
    return Ref<>::steal(r);
  }
  if (!type_of(x)->tp_iter && !type_of(x)->mp_subscript && !is_list(x) && !is_tuple(x))
    raisef(&exc::TypeError, "cannot convert '%s' object to bytes", type_name_of(x));
  std::string buf;
  for_each(x, [&](Object* item) {
    if (!is_int(item) && !type_of(item)->nb_index)
      raisef(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(item));
    int64_t v = index_as_int64(item);
    if (v < 0 || v > 255) raise(&exc::ValueError, "bytes must be in range(0, 256)");
    buf += static_cast<char>(v);
  });
  return bytes_new(buf);
}

Ref<> bytes_tp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  check_nargs("bytes", nargs, 0, 3);
  Object* a[3] = {nullptr, nullptr, nullptr};
  parse_args("bytes", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, a);
  Ref<> value;
  if (a[1] || a[2]) {
    std::string_view enc = codec_arg(a[1], "bytes", "encoding", "utf-8");
    std::string_view errors = codec_arg(a[2], "bytes", "errors", "strict");
    if (!a[0] || !is_str(a[0]))
      raise(&exc::TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
    value = encode_str(static_cast<Str*>(a[0]), enc, errors);
  } else if (!a[0]) {
    value = bytes_new("");
  } else {
    value = bytes_from_object(a[0]);
  }
  if (type == &BytesType) return value;
  Bytes* r = bytes_alloc(type, bytes_size(value.get()));
  std::memcpy(r->data, bytes_view(value.get()).data(), static_cast<size_t>(r->size));
  return Ref<>::steal(r);
}

}  // namespace

void init_bytes_type() {
  Type* t = &BytesType;
  t->name = "bytes";
  t->doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes";
  t->flags |= kTypeBaseType | kTypeBytesSubclass;
  t->basicsize = sizeof(Bytes);
  t->itemsize = 1;  // variable-size: subclasses cannot add __slots__ fields
  t->tp_new = bytes_tp_new;
  t->tp_dealloc = destroy_object<Bytes>;
  t->tp_repr = bytes_repr;
  t->tp_str = bytes_repr;
  t->tp_hash = bytes_hash_slot;
  t->tp_richcompare = bytes_richcompare;
  t->tp_iter = bytes_iter;
  t->nb_binary[static_cast<int>(BinaryOp::Add)] = bytes_add_slot;
  t->nb_binary[static_cast<int>(BinaryOp::Mul)] = bytes_mul_slot;
  t->nb_binary[static_cast<int>(BinaryOp::Mod)] = bytes_mod_slot;
  t->mp_length = bytes_len_slot;
  t->mp_subscript = bytes_subscript;
  t->sq_contains = bytes_contains_slot;
  t->methods = kBytesMethods;
  type_ready(t);

  Type* it = &BytesIterType;
  it->name = "bytes_iterator";
  it->basicsize = sizeof(BytesIterObject);
  it->tp_dealloc = destroy_object<BytesIterObject>;
  it->tp_iter = bytes_iter_self;
  it->tp_iternext = bytes_iter_next;
  type_ready(it);
}

}  // namespace ftpy
