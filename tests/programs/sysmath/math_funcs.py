# The math module: constants, rounding functions, powers/logs/roots,
# trigonometry (rounded to avoid last-digit noise where libm may differ),
# integer functions (gcd, lcm, factorial, comb, perm, isqrt), float
# classification, fsum/prod, and domain/range errors.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(5), type(math.floor(2.5)).__name__)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 40), math.pow(2, 10), math.exp(0), math.exp(1) == math.e)
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0), math.expm1(0))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), round(math.tan(math.pi / 4), 12), math.sin(0), math.cos(0))
print(round(math.asin(1), 12), round(math.acos(0), 12), round(math.atan(1) * 4, 12), math.atan2(1, 1) == math.pi / 4, round(math.atan2(-1, -1), 12))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2 ** 64, 2 ** 40 * 3), math.gcd(), math.gcd(6, 10, 15), math.lcm(4, 6), math.lcm(2, 3, 4))
print(math.factorial(0), math.factorial(10), math.factorial(25), math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(4))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1.0), math.isfinite(math.nan))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([2.5, 2]))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.copysign(3, -0.0), math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(1e20), math.ceil(-0.5), math.trunc(10 ** 20 + 0.5), math.floor(-0.0), math.sqrt(0.0), math.sqrt(-0.0))
for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.factorial(-1)", "math.acos(2)", "math.exp(1000)", "math.floor(math.inf)", "math.floor(math.nan)", "math.isqrt(-1)", "math.factorial(1.5)", "math.comb(-1, 2)"]:
    try:
        print(expr, "=", eval(expr))
    except (ValueError, OverflowError, TypeError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
from math import sqrt, pi as PI
print(sqrt(PI * PI), math.sqrt(2) ** 2, round(math.sqrt(2) ** 2, 10), 10 ** 0.5 == math.sqrt(10))
