# float arithmetic: floor division and modulo signs, mixed int/float,
# math-free identities, errors, comparisons and conversions.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (6.0, 3.0), (0.0, 3.0), (-0.0, 3.0), (1e300, 1e-300), (5, 0.5)]
for a, b in pairs:
    print(a, b, "|", a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(-1.0 % 3, 1.0 % -3, -0.0 % 5, 0.0 % -5, 5 % float("inf"), -5 % float("inf"))
print(3.0 // 0.1, 3.0 % 0.1, 1.0 // 0.2, 1 % 0.2)
for expr in ["1.0 / 0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0)", "0.0 ** -1"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", type(e).__name__)
print(2.0 ** 0.5, 10 ** -2, 2 ** -1074, (-8.0) ** 2, (-0.5) ** 3, 1.5 ** 2, 0.0 ** 0)
print(abs(-2.5), abs(-0.0), -(0.0), +(-0.0), 1.5 == 3 / 2, 0.1 * 3 == 0.3)
print(max(1, 2.0), min(1.0, 1), max(-0.0, 0.0), sum([1, 2.5, 3]), 1 + True * 2.5)
print(int(2.5), int(-2.5), float(int(1e16)), 1e16 == 10 ** 16, 0.1 < 1 / 9, 3.0 > 2 ** 1)
x = 1.0
for i in range(60):
    x *= 1.5
print(x)
acc = 0.0
for i in range(1, 1001):
    acc += 1.0 / (i * i)
print(acc)
print(7 / 2, -7 / 2, 7.0 // 2, -7.0 // 2, 7 % 2.5, -7 % 2.5)
print(hash(1.5) == hash(1.5), hash(2.0) == hash(2), hash(0.0) == hash(-0.0), hash(-1.0))
print(float("nan") in [float("nan")], (lambda n: n in [n])(float("nan")))
