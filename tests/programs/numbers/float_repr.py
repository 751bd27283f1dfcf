# float repr/str: shortest round-tripping repr, exponent switch points, signed
# zero, inf/nan, and str() of floats inside containers.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e15, 1e16, 1e17,
        123456789012345.6, 1234567890123456.7, 1e-4, 1e-5, 0.0001234, 0.00001234, 1e22, 1e23,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.141592653589793, 2.5, 1e100,
        9007199254740993.0, 0.3, 1.1, 2.675, 1.0000000000000002, 0.9999999999999999]
for v in vals:
    print(repr(v), str(v), v)
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, [inf, nan, -0.0], (1.5,), {2.0: 0.5})
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf, nan == nan, nan != nan, nan < 1, inf == inf)
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer(), float("inf").is_integer())
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e20).as_integer_ratio())
print(1e16 + 1, 2 ** 53 + 1.0, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
# sums that show rounding
t = 0.0
for _ in range(10):
    t += 0.1
print(t, t == 1.0, sum([0.1] * 10), round(t, 10) == 1.0)
print(str(1.0e-7), str(12345678.9), str(0.5e-6), 1.5e-6 * 2, 4.35 * 100, 1.15 * 3)
print(-1e-7, 1e21, 1e-7, 123e18, 0.000001, 0.0000001)
