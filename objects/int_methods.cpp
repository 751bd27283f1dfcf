// int_methods.cpp — int's constructor, named methods and attributes:
// int(x, base), bit_length, bit_count, as_integer_ratio, __format__,
// __round__, to_bytes/from_bytes, real/imag/numerator/denominator.
//
// Concurrency: pure functions over immutable ints.
#include <cmath>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/number_util.h"
#include "objects/numeric/int_format.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace ftpy {

namespace {

// Copies an exact int value into an instance of an int subclass.
Ref<> int_subclass_from(Type* type, Object* value) {
  Int* o = new_object<Int>(type);
  const Int* v = static_cast<const Int*>(value);
  o->value = v->value;
  if (v->big) o->big = new mpz_class(*v->big);
  return Ref<>::steal(o);
}

Ref<> int_from_text_object(Object* x, int base) {
  if (is_str(x)) return int_from_string(str_view(x), base);
  if (is_bytes(x)) return int_from_string(bytes_view(x), base);
  raise(&exc::TypeError, "int() can't convert non-string with explicit base");
}

// int(x): the conversion without a base.
Ref<> int_convert(Object* x) {
  if (is_exact_int(x)) return Ref<>::borrow(x);
  if (is_int(x)) return int_from_mpz(int_to_mpz(x));
  if (is_float(x)) return int_from_double(float_value(x));
  if (is_str(x) || is_bytes(x)) return int_from_text_object(x, 10);
  Type* t = type_of(x);
  if (t->nb_int) {
    Ref<> r = t->nb_int(x);
    if (!is_int(r.get()))
      raisef(&exc::TypeError, "__int__ returned non-int (type %s)", type_name_of(r.get()));
    return r;
  }
  if (t->nb_index) return index(x);
  raisef(&exc::TypeError,
         "int() argument must be a string, a bytes-like object or a real number, not '%s'",
         type_name_of(x));
}


Ref<> int_bit_length(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("bit_length", kwnames);
  check_nargs("bit_length", nargs, 0, 0);
  return int_from(static_cast<int64_t>(num::int_bit_length(int_to_mpz(self))));
}

Ref<> int_bit_count(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("bit_count", kwnames);
  check_nargs("bit_count", nargs, 0, 0);
  mpz_class v = abs(int_to_mpz(self));
  return int_from(static_cast<int64_t>(mpz_popcount(v.get_mpz_t())));
}

Ref<> int_conjugate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("conjugate", kwnames);
  check_nargs("conjugate", nargs, 0, 0);
  return int_convert(self);
}

Ref<> int_as_integer_ratio(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("as_integer_ratio", kwnames);
  check_nargs("as_integer_ratio", nargs, 0, 0);
  Ref<> num = int_convert(self);
  Ref<> one = int_from(1);
  return tuple_pack({num.get(), one.get()});
}

Ref<> int_is_integer(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("is_integer", kwnames);
  check_nargs("is_integer", nargs, 0, 0);
  return py_bool(true);
}

Ref<> int_format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("__format__", kwnames);
  check_nargs("__format__", nargs, 1, 1);
  if (!is_str(args[0]))
    raisef(&exc::TypeError, "__format__() argument must be str, not %s", type_name_of(args[0]));
  std::string_view spec = str_view(args[0]);
  if (spec.empty()) return str(self);
  num::FormatSpec fs;
  std::string error;
  const char* tname = type_name_of(self);
  if (!num::parse_format_spec(spec, &fs, &error, tname)) raise(&exc::ValueError, error);
  std::string out;
  num::NumStatus st = num::int_format(int_to_mpz(self), fs, &out, &error, tname);
  if (st != num::NumStatus::Ok && error.empty()) error = num::unknown_format_code_message(fs.type, tname);
  check_num_status(st, error);
  return str_new(out);
}

// round(int, ndigits): rounds to a multiple of 10**-ndigits, half to even.
Ref<> int_round(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("__round__", kwnames);
  check_nargs("__round__", nargs, 0, 1);
  if (nargs == 0 || args[0] == kNone) return int_convert(self);
  mpz_class nd = int_to_mpz(index(args[0]).get());
  if (sgn(nd) >= 0) return int_convert(self);
  mpz_class v = int_to_mpz(self);
  if (!mpz_fits_ulong_p(mpz_class(-nd).get_mpz_t())) return int_from(0);
  mpz_class pow10;
  mpz_ui_pow_ui(pow10.get_mpz_t(), 10, mpz_get_ui(mpz_class(-nd).get_mpz_t()));
  mpz_class q, r;
  mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), v.get_mpz_t(), pow10.get_mpz_t());
  // Round half to even.
  int c = cmp(2 * r, pow10);
  if (c > 0 || (c == 0 && mpz_odd_p(q.get_mpz_t()))) q += 1;
  return int_from_mpz(q * pow10);
}

Ref<> int_trunc(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("__trunc__", kwnames);
  check_nargs("__trunc__", nargs, 0, 0);
  return int_convert(self);
}

Ref<> int_index_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("__index__", kwnames);
  check_nargs("__index__", nargs, 0, 0);
  return int_convert(self);
}

Ref<> int_getnewargs(Object* self, Object* const*, size_t, Object*) {
  Ref<> v = int_convert(self);
  return tuple_pack({v.get()});
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
Ref<> int_to_bytes(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[3] = {};
  parse_args("to_bytes", args, nargs, kwnames, {"length", "byteorder", "signed"}, 0, a);
  int64_t length = a[0] ? index_as_int64(a[0]) : 1;
  if (length < 0) raise(&exc::ValueError, "length argument must be non-negative");
  bool little = false;
  if (a[1]) {
    std::string_view order = str_view(a[1]);
    if (order == "little") little = true;
    else if (order != "big") raise(&exc::ValueError, "byteorder must be either 'little' or 'big'");
  }
  bool is_signed = a[2] && truthy(a[2]);
  mpz_class v = int_to_mpz(self);
  if (sgn(v) < 0 && !is_signed) raise(&exc::OverflowError, "can't convert negative int to unsigned");
  mpz_class modulus = mpz_class(1) << static_cast<unsigned long>(8 * length);
  if (is_signed ? (v >= modulus / 2 || v < -(modulus / 2)) : v >= modulus)
    raise(&exc::OverflowError, "int too big to convert");
  if (sgn(v) < 0) v += modulus;
  std::string bytes(static_cast<size_t>(length), '\0');
  for (int64_t i = 0; i < length; ++i) {
    unsigned long byte = mpz_get_ui(mpz_class(v & 0xff).get_mpz_t());
    bytes[little ? i : length - 1 - i] = static_cast<char>(byte);
    v >>= 8;
  }
  return bytes_new(bytes);
}

// int.from_bytes(bytes, byteorder='big', *, signed=False) — a classmethod.
Ref<> int_from_bytes(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[3] = {};
  parse_args("from_bytes", args, nargs, kwnames, {"bytes", "byteorder", "signed"}, 1, a);
  Ref<> data = is_bytes(a[0]) ? Ref<>::borrow(a[0]) : call1(&BytesType, a[0]);
  std::string_view raw = bytes_view(data.get());
  bool little = a[1] && str_view(a[1]) == "little";
  mpz_class v = 0;
  for (size_t i = 0; i < raw.size(); ++i) {
    unsigned char byte = static_cast<unsigned char>(little ? raw[raw.size() - 1 - i] : raw[i]);
    v = (v << 8) + byte;
  }
  if (a[2] && truthy(a[2]) && !raw.empty() && (v >> static_cast<unsigned long>(8 * raw.size() - 1)) != 0)
    v -= mpz_class(1) << static_cast<unsigned long>(8 * raw.size());
  Ref<> result = int_from_mpz(v);
  if (cls != &IntType) return call1(cls, result.get());
  return result;
}

Ref<> int_get_self(Object* self) { return int_convert(self); }
Ref<> int_get_zero(Object*) { return int_from(0); }
Ref<> int_get_one(Object*) { return int_from(1); }

}  // namespace

Ref<> int_tp_new(Type* type, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("int", args, nargs, kwnames, {"", "base"}, 0, a, 1);
  Ref<> result;
  if (!a[0]) {
    if (a[1]) raise(&exc::TypeError, "int() missing string argument");
    result = int_from(0);
  } else if (a[1]) {
    int64_t base = index_as_int64(a[1]);
    if (base != 0 && (base < 2 || base > 36))
      raise(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    result = int_from_text_object(a[0], static_cast<int>(base));
  } else {
    result = int_convert(a[0]);
  }
  if (type != &IntType) return int_subclass_from(type, result.get());
  return result;
}

extern const MethodDef kIntMethods[] = {
    {"bit_length", int_bit_length, kMethodPlain, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, kMethodPlain, "Number of ones in the binary representation of the absolute value of self."},
    {"conjugate", int_conjugate, kMethodPlain, "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", int_as_integer_ratio, kMethodPlain, "Return a pair of integers, whose ratio is equal to the original int."},
    {"is_integer", int_is_integer, kMethodPlain, "Returns True."},
    {"__format__", int_format_method, kMethodPlain, "Convert to a string according to format_spec."},
    {"__round__", int_round, kMethodPlain, "Rounding an Integral returns itself."},
    {"__trunc__", int_trunc, kMethodPlain, "Truncating an Integral returns itself."},
    {"__floor__", int_trunc, kMethodPlain, "Flooring an Integral returns itself."},
    {"__ceil__", int_trunc, kMethodPlain, "Ceiling of an Integral returns itself."},
    {"__index__", int_index_method, kMethodPlain, "Return self converted to an integer."},
    {"__getnewargs__", int_getnewargs, kMethodPlain, nullptr},
    {"to_bytes", int_to_bytes, kMethodPlain, "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, kMethodClass, "Return the integer represented by the given array of bytes."},
    {nullptr, nullptr, 0, nullptr},
};

extern const GetSetDef kIntGetSets[] = {
    {"real", int_get_self, nullptr, "the real part of a complex number"},
    {"imag", int_get_zero, nullptr, "the imaginary part of a complex number"},
    {"numerator", int_get_self, nullptr, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, nullptr, "the denominator of a rational number in lowest terms"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace ftpy
