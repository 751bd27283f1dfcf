// int.h — Python int (and bool, its subclass).
//
// Representation: a machine int64 when it fits (`big == nullptr`), otherwise
// a GMP integer owned by the object. Every int is normalised: a value that
// fits in int64 is never stored as big. Small ints in [kSmallIntMin,
// kSmallIntMax] are preallocated and immortal; int_from() returns them
// without allocating. True and False are Int objects of type bool (1 and 0).
//
// Concurrency: immutable after creation; safe to share.
#pragma once

#include <cstdint>
#include <string>

#include <gmpxx.h>

#include "objects/object.h"

namespace ftpy {

struct Int : Object {
  int64_t value = 0;          // valid when big == nullptr
  mpz_class* big = nullptr;   // owned; non-null only when out of int64 range
  ~Int() { delete big; }
};

inline constexpr int64_t kSmallIntMin = -5;
inline constexpr int64_t kSmallIntMax = 1024;

Ref<> int_from(int64_t v);
Ref<> int_from_mpz(const mpz_class& v);
Ref<> int_from_double(double d);          // truncates; OverflowError/ValueError for inf/nan
// Parses a literal or int(str, base) text; ValueError with CPython's message.
Ref<> int_from_string(std::string_view text, int base);
inline bool int_is_small(const Object* o) { return static_cast<const Int*>(o)->big == nullptr; }
inline int64_t int_small_value(const Object* o) { return static_cast<const Int*>(o)->value; }
// Exact conversion; false if it does not fit.
bool int_to_int64(const Object* o, int64_t* out);
mpz_class int_to_mpz(const Object* o);
double int_to_double(const Object* o);    // OverflowError if too large
std::string int_to_decimal(const Object* o);

void init_int_type();
void init_bool_type();

}  // namespace ftpy
