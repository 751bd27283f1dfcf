// bytes.h — Python bytes: an immutable byte string stored inline.
//
// Invariants: data holds `size` bytes plus a NUL (so data can be handed to C
// APIs); the hash is computed once and cached (relaxed atomic: racing
// writers store the same value). The empty bytes and the 256 one-byte
// objects are immortal singletons.
//
// Concurrency: immutable after creation; safe to share.
#pragma once

#include <atomic>
#include <cstdint>
#include <string_view>

#include "objects/object.h"

namespace ftpy {

struct Bytes : Object {
  int64_t size = 0;
  std::atomic<int64_t> cached_hash{-1};
  char data[];  // size + 1 bytes (allocated past the struct)

  std::string_view view() const { return {data, static_cast<size_t>(size)}; }
};

// A bytes object holding a copy of `data`.
Ref<> bytes_new(std::string_view data);
// An uninitialised bytes of `size` (the caller fills data[0..size) before
// publishing it); one allocation. type: BytesType or a subclass.
Bytes* bytes_alloc(Type* type, int64_t size);
inline std::string_view bytes_view(const Object* b) { return static_cast<const Bytes*>(b)->view(); }
inline int64_t bytes_size(const Object* b) { return static_cast<const Bytes*>(b)->size; }
int64_t bytes_hash(Bytes* b);
// b1 + b2 / b * n, one allocation.
Ref<> bytes_concat(Bytes* a, Bytes* b);
// repr(b): b'...' with CPython's quote choice and \t \n \r \xhh escapes.
Ref<> bytes_repr(Object* b);

// bytes % args (PEP 461 printf-style formatting; str_percent.cpp).
Ref<> bytes_percent_format(Object* fmt, Object* args);

void init_bytes_type();

}  // namespace ftpy
