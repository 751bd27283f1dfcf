// math_module.cpp — the `math` module: constants, the libm functions with
// Python's error rules (ValueError "math domain error", OverflowError "math
// range error"), and the exact integer functions (gcd, lcm, factorial, comb,
// perm, isqrt) on GMP.
//
// Concurrency: stateless.
#include <cerrno>
#include <cmath>
#include <numeric>
#include <vector>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/modules/builtin_modules.h"
#include "runtime/modules/module_util.h"

namespace ftpy {

namespace {

double arg_double(Object* o) { return as_double(o); }

// Applies a libm function of one argument with CPython's error mapping:
// a NaN result from a non-NaN argument is a domain error; an infinite result
// from a finite argument is a range error (except where `can_overflow` is
// false, e.g. log(0) is a domain error).
Ref<> unary_math(const char* name, Object* const* args, size_t nargs, Object* kwnames, double (*fn)(double),
                 bool inf_is_range_error = true) {
  check_no_kwargs(name, kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.%s() takes exactly one argument (%zu given)", name, nargs);
  double x = arg_double(args[0]);
  errno = 0;
  double r = fn(x);
  if (std::isnan(r) && !std::isnan(x)) raise(&exc::ValueError, "math domain error");
  if (std::isinf(r) && std::isfinite(x)) {
    if (inf_is_range_error) raise(&exc::OverflowError, "math range error");
    raise(&exc::ValueError, "math domain error");
  }
  return float_from(r);
}

#define MATH_UNARY(pyname, fn, range)                                                      \
  Ref<> math_##pyname(Object*, Object* const* args, size_t nargs, Object* kwnames) {      \
    return unary_math(#pyname, args, nargs, kwnames, [](double x) { return fn(x); }, range); \
  }

MATH_UNARY(sqrt, std::sqrt, true)
MATH_UNARY(exp, std::exp, true)
MATH_UNARY(exp2, std::exp2, true)
MATH_UNARY(expm1, std::expm1, true)
MATH_UNARY(sin, std::sin, true)
MATH_UNARY(cos, std::cos, true)
MATH_UNARY(tan, std::tan, true)
MATH_UNARY(asin, std::asin, true)
MATH_UNARY(acos, std::acos, true)
MATH_UNARY(atan, std::atan, true)
MATH_UNARY(sinh, std::sinh, true)
MATH_UNARY(cosh, std::cosh, true)
MATH_UNARY(tanh, std::tanh, true)
MATH_UNARY(asinh, std::asinh, true)
MATH_UNARY(acosh, std::acosh, true)
MATH_UNARY(atanh, std::atanh, false)
MATH_UNARY(fabs, std::fabs, true)
MATH_UNARY(log1p, std::log1p, false)
MATH_UNARY(erf, std::erf, true)
MATH_UNARY(erfc, std::erfc, true)
MATH_UNARY(gamma, std::tgamma, true)
MATH_UNARY(lgamma, std::lgamma, true)
MATH_UNARY(cbrt, std::cbrt, true)
#undef MATH_UNARY

// log of any int, even one too large for a double: log(m * 2**e).
double log_of(Object* x, double (*fn)(double)) {
  if (is_int(x)) {
    mpz_class v = int_to_mpz(x);
    if (sgn(v) <= 0) raise(&exc::ValueError, "math domain error");
    if (mpz_sizeinbase(v.get_mpz_t(), 2) > 1000) {
      long exp = 0;
      double m = mpz_get_d_2exp(&exp, v.get_mpz_t());
      return fn(m) + static_cast<double>(exp) * fn(2.0);
    }
    return fn(mpz_get_d(v.get_mpz_t()));
  }
  double d = arg_double(x);
  if (std::isnan(d)) return d;
  if (d <= 0) raise(&exc::ValueError, "math domain error");
  return fn(d);
}

Ref<> math_log(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("log", kwnames);
  check_nargs("log", nargs, 1, 2);
  double num = log_of(args[0], [](double v) { return std::log(v); });
  if (nargs == 1) return float_from(num);
  double den = log_of(args[1], [](double v) { return std::log(v); });
  if (den == 0) raise(&exc::ZeroDivisionError, "division by zero");
  return float_from(num / den);
}
Ref<> math_log2(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("log2", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.log2() takes exactly one argument (%zu given)", nargs);
  return float_from(log_of(args[0], [](double v) { return std::log2(v); }));
}
Ref<> math_log10(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("log10", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.log10() takes exactly one argument (%zu given)", nargs);
  return float_from(log_of(args[0], [](double v) { return std::log10(v); }));
}

// floor/ceil/trunc: ints stay exact; other types use __floor__ etc.
Ref<> rounding(const char* name, Str* dunder, Object* x, double (*fn)(double)) {
  if (is_int(x)) return int_from_mpz(int_to_mpz(x));
  if (is_float(x)) return int_from_double(fn(float_value(x)));
  if (Ref<> method = getattr_or_null(type_of(x), dunder)) return call1(method.get(), x);
  (void)name;
  return int_from_double(fn(arg_double(x)));
}

Ref<> math_floor(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("floor", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.floor() takes exactly one argument (%zu given)", nargs);
  static Str* dunder = intern("__floor__");
  return rounding("floor", dunder, args[0], [](double v) { return std::floor(v); });
}
Ref<> math_ceil(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("ceil", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.ceil() takes exactly one argument (%zu given)", nargs);
  static Str* dunder = intern("__ceil__");
  return rounding("ceil", dunder, args[0], [](double v) { return std::ceil(v); });
}
Ref<> math_trunc(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("trunc", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.trunc() takes exactly one argument (%zu given)", nargs);
  static Str* dunder = intern("__trunc__");
  if (!is_int(args[0]) && !is_float(args[0]) && !getattr_or_null(type_of(args[0]), dunder))
    raisef(&exc::TypeError, "type %s doesn't define __trunc__ method", type_name_of(args[0]));
  return rounding("trunc", dunder, args[0], [](double v) { return std::trunc(v); });
}

Ref<> math_pow(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("pow", kwnames);
  if (nargs != 2) raisef(&exc::TypeError, "pow expected 2 arguments, got %zu", nargs);
  double x = arg_double(args[0]), y = arg_double(args[1]);
  if (x == 0 && y < 0) raise(&exc::ValueError, "math domain error");
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y))
    raise(&exc::ValueError, "math domain error");
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) raise(&exc::OverflowError, "math range error");
  return float_from(r);
}

Ref<> two_doubles(const char* name, Object* const* args, size_t nargs, Object* kwnames, double* x, double* y) {
  check_no_kwargs(name, kwnames);
  if (nargs != 2) raisef(&exc::TypeError, "%s expected 2 arguments, got %zu", name, nargs);
  *x = arg_double(args[0]);
  *y = arg_double(args[1]);
  return nullptr;
}

Ref<> math_atan2(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  double y, x;
  two_doubles("atan2", args, nargs, kwnames, &y, &x);
  return float_from(std::atan2(y, x));
}
Ref<> math_copysign(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  double x, y;
  two_doubles("copysign", args, nargs, kwnames, &x, &y);
  return float_from(std::copysign(x, y));
}
Ref<> math_fmod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  double x, y;
  two_doubles("fmod", args, nargs, kwnames, &x, &y);
  if (y == 0 && !std::isnan(x)) raise(&exc::ValueError, "math domain error");
  if (std::isinf(x) && !std::isnan(y)) raise(&exc::ValueError, "math domain error");
  return float_from(std::fmod(x, y));
}
Ref<> math_ldexp(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("ldexp", kwnames);
  if (nargs != 2) raisef(&exc::TypeError, "ldexp expected 2 arguments, got %zu", nargs);
  double x = arg_double(args[0]);
  if (!is_int(args[1])) raise(&exc::TypeError, "Expected an int as second argument to ldexp.");
  int64_t e = index_as_int64_clamped(args[1]);
  if (e > 100000) e = 100000;
  if (e < -100000) e = -100000;
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r) && std::isfinite(x)) raise(&exc::OverflowError, "math range error");
  return float_from(r);
}
Ref<> math_frexp(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("frexp", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.frexp() takes exactly one argument (%zu given)", nargs);
  int e = 0;
  double m = std::frexp(arg_double(args[0]), &e);
  Ref<> mo = float_from(m), eo = int_from(e);
  return tuple_pack({mo.get(), eo.get()});
}
Ref<> math_modf(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("modf", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.modf() takes exactly one argument (%zu given)", nargs);
  double ip = 0;
  double x = arg_double(args[0]);
  double fp = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &ip);
  if (std::isinf(x)) ip = x;
  Ref<> a = float_from(fp), b = float_from(ip);
  return tuple_pack({a.get(), b.get()});
}

Ref<> math_hypot(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("hypot", kwnames);
  double acc = 0;
  bool any_inf = false, any_nan = false;
  for (size_t i = 0; i < nargs; ++i) {
    double v = arg_double(args[i]);
    if (std::isinf(v)) any_inf = true;
    if (std::isnan(v)) any_nan = true;
    acc = std::hypot(acc, v);
  }
  if (any_inf) return float_from(INFINITY);
  if (any_nan) return float_from(NAN);
  return float_from(acc);
}

Ref<> math_dist(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("dist", kwnames);
  if (nargs != 2) raisef(&exc::TypeError, "dist expected 2 arguments, got %zu", nargs);
  Ref<> p = sequence_to_tuple(args[0]), q = sequence_to_tuple(args[1]);
  if (tuple_size(p.get()) != tuple_size(q.get()))
    raise(&exc::ValueError, "both points must have the same number of dimensions");
  double acc = 0;
  for (int64_t i = 0; i < tuple_size(p.get()); ++i)
    acc = std::hypot(acc, arg_double(tuple_item(p.get(), i)) - arg_double(tuple_item(q.get(), i)));
  return float_from(acc);
}

Ref<> math_degrees(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("degrees", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.degrees() takes exactly one argument (%zu given)", nargs);
  return float_from(arg_double(args[0]) * (180.0 / M_PI));
}
Ref<> math_radians(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("radians", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.radians() takes exactly one argument (%zu given)", nargs);
  return float_from(arg_double(args[0]) * (M_PI / 180.0));
}

Ref<> math_isnan(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("isnan", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.isnan() takes exactly one argument (%zu given)", nargs);
  return py_bool(std::isnan(arg_double(args[0])));
}
Ref<> math_isinf(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("isinf", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.isinf() takes exactly one argument (%zu given)", nargs);
  return py_bool(std::isinf(arg_double(args[0])));
}
Ref<> math_isfinite(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("isfinite", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.isfinite() takes exactly one argument (%zu given)", nargs);
  return py_bool(std::isfinite(arg_double(args[0])));
}

Ref<> math_isclose(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[4] = {};
  parse_args("isclose", args, nargs, kwnames, {"a", "b", "rel_tol", "abs_tol"}, 2, a, 2);
  double x = arg_double(a[0]), y = arg_double(a[1]);
  double rel = a[2] ? arg_double(a[2]) : 1e-9, abs_tol = a[3] ? arg_double(a[3]) : 0.0;
  if (rel < 0 || abs_tol < 0) raise(&exc::ValueError, "tolerances must be non-negative");
  if (x == y) return py_bool(true);
  if (std::isinf(x) || std::isinf(y)) return py_bool(false);
  double diff = std::fabs(y - x);
  return py_bool(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

mpz_class int_arg(const char* fname, Object* o) {
  if (is_float(o)) raise(&exc::TypeError, "'float' object cannot be interpreted as an integer");
  (void)fname;
  Ref<> i = index(o);
  return int_to_mpz(i.get());
}

Ref<> math_gcd(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("gcd", kwnames);
  mpz_class g = 0;
  for (size_t i = 0; i < nargs; ++i) {
    mpz_class v = int_arg("gcd", args[i]);
    mpz_gcd(g.get_mpz_t(), g.get_mpz_t(), v.get_mpz_t());
  }
  return int_from_mpz(g);
}
Ref<> math_lcm(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("lcm", kwnames);
  mpz_class l = 1;
  for (size_t i = 0; i < nargs; ++i) {
    mpz_class v = int_arg("lcm", args[i]);
    mpz_lcm(l.get_mpz_t(), l.get_mpz_t(), v.get_mpz_t());
  }
  return int_from_mpz(l);
}
Ref<> math_factorial(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("factorial", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.factorial() takes exactly one argument (%zu given)", nargs);
  mpz_class n = int_arg("factorial", args[0]);
  if (sgn(n) < 0) raise(&exc::ValueError, "factorial() not defined for negative values");
  if (!mpz_fits_ulong_p(n.get_mpz_t()) || n > 100000000) raise(&exc::OverflowError, "factorial() argument should not exceed 9223372036854775807");
  mpz_class r;
  mpz_fac_ui(r.get_mpz_t(), mpz_get_ui(n.get_mpz_t()));
  return int_from_mpz(r);
}
Ref<> math_isqrt(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("isqrt", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.isqrt() takes exactly one argument (%zu given)", nargs);
  mpz_class n = int_arg("isqrt", args[0]);
  if (sgn(n) < 0) raise(&exc::ValueError, "isqrt() argument must be nonnegative");
  mpz_class r;
  mpz_sqrt(r.get_mpz_t(), n.get_mpz_t());
  return int_from_mpz(r);
}
Ref<> math_comb(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("comb", kwnames);
  if (nargs != 2) raisef(&exc::TypeError, "comb expected 2 arguments, got %zu", nargs);
  mpz_class n = int_arg("comb", args[0]), k = int_arg("comb", args[1]);
  if (sgn(n) < 0) raise(&exc::ValueError, "n must be a non-negative integer");
  if (sgn(k) < 0) raise(&exc::ValueError, "k must be a non-negative integer");
  if (k > n) return int_from(0);
  mpz_class r;
  mpz_bin_ui(r.get_mpz_t(), n.get_mpz_t(), mpz_get_ui(k.get_mpz_t()));
  return int_from_mpz(r);
}
Ref<> math_perm(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("perm", kwnames);
  check_nargs("perm", nargs, 1, 2);
  mpz_class n = int_arg("perm", args[0]);
  mpz_class k = nargs == 2 && args[1] != kNone ? int_arg("perm", args[1]) : n;
  if (sgn(n) < 0) raise(&exc::ValueError, "n must be a non-negative integer");
  if (sgn(k) < 0) raise(&exc::ValueError, "k must be a non-negative integer");
  if (k > n) return int_from(0);
  mpz_class r = 1;
  for (mpz_class i = n - k + 1; i <= n; ++i) r *= i;
  return int_from_mpz(r);
}

Ref<> math_prod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("prod", args, nargs, kwnames, {"", "start"}, 1, a, 1);
  Ref<> acc = a[1] ? Ref<>::borrow(a[1]) : int_from(1);
  for_each(a[0], [&](Object* item) { acc = binary_op(acc.get(), item, BinaryOp::Mul); });
  return acc;
}

// fsum: exact summation with Shewchuk's partials (correctly rounded result).
Ref<> math_fsum(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("fsum", kwnames);
  if (nargs != 1) raisef(&exc::TypeError, "math.fsum() takes exactly one argument (%zu given)", nargs);
  std::vector<double> partials;
  double special = 0;
  bool has_special = false;
  for_each(args[0], [&](Object* item) {
    double x = arg_double(item);
    if (!std::isfinite(x)) {
      special = has_special ? special + x : x;
      has_special = true;
      return;
    }
    size_t used = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0) partials[used++] = lo;
      x = hi;
    }
    partials.resize(used);
    partials.push_back(x);
  });
  if (has_special) {
    if (std::isnan(special)) raise(&exc::ValueError, "-inf + inf in fsum");
    return float_from(special);
  }
  double hi = 0;
  if (!partials.empty()) {
    size_t n = partials.size();
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      double y = lo * 2;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return float_from(hi);
}

Ref<> math_sumprod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("sumprod", kwnames);
  if (nargs != 2) raisef(&exc::TypeError, "sumprod expected 2 arguments, got %zu", nargs);
  Ref<> p = sequence_to_tuple(args[0]), q = sequence_to_tuple(args[1]);
  if (tuple_size(p.get()) != tuple_size(q.get())) raise(&exc::ValueError, "Inputs are not the same length");
  Ref<> acc = int_from(0);
  for (int64_t i = 0; i < tuple_size(p.get()); ++i) {
    Ref<> prod = binary_op(tuple_item(p.get(), i), tuple_item(q.get(), i), BinaryOp::Mul);
    acc = binary_op(acc.get(), prod.get(), BinaryOp::Add);
  }
  return acc;
}

const MethodDef kMathFunctions[] = {
    {"sqrt", math_sqrt, 0, "Return the square root of x."},
    {"exp", math_exp, 0, "Return e raised to the power of x."},
    {"exp2", math_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, 0, "Return exp(x)-1."},
    {"sin", math_sin, 0, "Return the sine of x (measured in radians)."},
    {"cos", math_cos, 0, "Return the cosine of x (measured in radians)."},
    {"tan", math_tan, 0, "Return the tangent of x (measured in radians)."},
    {"asin", math_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"acos", math_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"atan", math_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"sinh", math_sinh, 0, "Return the hyperbolic sine of x."},
    {"cosh", math_cosh, 0, "Return the hyperbolic cosine of x."},
    {"tanh", math_tanh, 0, "Return the hyperbolic tangent of x."},
    {"asinh", math_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"acosh", math_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"atanh", math_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"fabs", math_fabs, 0, "Return the absolute value of the float x."},
    {"log", math_log, 0, "log(x, [base=math.e])"},
    {"log2", math_log2, 0, "Return the base 2 logarithm of x."},
    {"log10", math_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, 0, "Return the natural logarithm of 1+x (base e)."},
    {"erf", math_erf, 0, "Error function at x."},
    {"erfc", math_erfc, 0, "Complementary error function at x."},
    {"gamma", math_gamma, 0, "Gamma function at x."},
    {"lgamma", math_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {"cbrt", math_cbrt, 0, "Return the cube root of x."},
    {"floor", math_floor, 0, "Return the floor of x as an Integral."},
    {"ceil", math_ceil, 0, "Return the ceiling of x as an Integral."},
    {"trunc", math_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"pow", math_pow, 0, "Return x**y (x to the power of y)."},
    {"copysign", math_copysign, 0, "Return a float with the magnitude of x but the sign of y."},
    {"fmod", math_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"ldexp", math_ldexp, 0, "Return x * (2**i)."},
    {"frexp", math_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"modf", math_modf, 0, "Return the fractional and integer parts of x."},
    {"hypot", math_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"dist", math_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"degrees", math_degrees, 0, "Convert angle x from radians to degrees."},
    {"radians", math_radians, 0, "Convert angle x from degrees to radians."},
    {"isnan", math_isnan, 0, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isinf", math_isinf, 0, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isfinite", math_isfinite, 0, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isclose", math_isclose, 0, "Determine whether two floating-point numbers are close in value."},
    {"gcd", math_gcd, 0, "Greatest Common Divisor."},
    {"lcm", math_lcm, 0, "Least Common Multiple."},
    {"factorial", math_factorial, 0, "Find n!."},
    {"isqrt", math_isqrt, 0, "Return the integer part of the square root of the input."},
    {"comb", math_comb, 0, "Number of ways to choose k items from n items without repetition and without order."},
    {"perm", math_perm, 0, "Number of ways to choose k items from n items without repetition and with order."},
    {"prod", math_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {"fsum", math_fsum, 0, "Return an accurate floating-point sum of values in the iterable seq."},
    {"sumprod", math_sumprod, 0, "Return the sum of products of values from two iterables p and q."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref<> make_math_module() {
  Ref<> m = make_module("math", kMathFunctions, "This module provides access to the mathematical functions defined by the C standard.");
  const std::pair<const char*, double> constants[] = {
      {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN}};
  for (auto& [name, value] : constants) {
    Ref<> v = float_from(value);
    module_add(m.get(), name, v.get());
  }
  return m;
}

}  // namespace ftpy
