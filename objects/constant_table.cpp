// constant_table.cpp — the table of canonical immortal constants
// (constant_table.h). Invariant: every entry is immortal and is the only
// recorded object of its (type, value); an object enters only after
// share_constant made it immortal, under g_mu.
#include "objects/constant_table.h"

#include <cstdint>
#include <cstring>
#include <functional>
#include <mutex>
#include <string_view>
#include <unordered_map>

#include "objects/api.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace ftpy {

namespace {

// Never destroyed: code objects may still be alive while the process exits.
std::mutex& g_mu = *new std::mutex();
std::unordered_multimap<uint64_t, Object*>& g_table =
    *new std::unordered_multimap<uint64_t, Object*>();  // guarded by g_mu

bool tableable(Type* t) {
  return t == &StrType || t == &BytesType || t == &IntType || t == &FloatType || t == &TupleType;
}

uint64_t key_of(Object* c) {
  Type* t = type_of(c);
  uint64_t h;
  if (t == &FloatType) {
    double d = float_value(c);
    std::memcpy(&h, &d, sizeof h);
  } else if (t == &BytesType) {
    h = std::hash<std::string_view>()(bytes_view(c));
  } else if (t == &TupleType) {
    h = static_cast<uint64_t>(tuple_size(c));
    for (int64_t i = 0; i < tuple_size(c); ++i)
      h = h * 1000003u ^ reinterpret_cast<uintptr_t>(tuple_item(c, i));
  } else {
    h = static_cast<uint64_t>(hash(c));  // str, int: their Python hash
  }
  return h ^ reinterpret_cast<uintptr_t>(t);
}

bool same_value(Object* a, Object* b) {
  Type* t = type_of(a);
  if (type_of(b) != t) return false;
  if (t == &StrType) return str_equal(static_cast<Str*>(a), static_cast<Str*>(b));
  if (t == &BytesType) return bytes_view(a) == bytes_view(b);
  if (t == &FloatType) {
    double x = float_value(a), y = float_value(b);
    return std::memcmp(&x, &y, sizeof x) == 0;
  }
  if (t == &IntType) {
    if (int_is_small(a) && int_is_small(b)) return int_small_value(a) == int_small_value(b);
    return int_to_mpz(a) == int_to_mpz(b);
  }
  // Tuples: items are canonical, so equal items are the same objects.
  int64_t n = tuple_size(a);
  if (tuple_size(b) != n) return false;
  for (int64_t i = 0; i < n; ++i)
    if (tuple_item(a, i) != tuple_item(b, i)) return false;
  return true;
}

}  // namespace

Object* canonical_constant(Object* c) {
  if (is_immortal(c)) return c;  // None, small ints, interned str, empty tuple...
  if (!tableable(type_of(c))) {
    share_constant(c);
    return c;
  }
  uint64_t key = key_of(c);
  std::lock_guard<std::mutex> lock(g_mu);
  auto [first, last] = g_table.equal_range(key);
  for (auto it = first; it != last; ++it)
    if (same_value(it->second, c)) return it->second;
  share_constant(c);
  if (is_immortal(c)) g_table.emplace(key, c);
  return c;
}

}  // namespace ftpy
