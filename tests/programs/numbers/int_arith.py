# int arithmetic: + - * / // % ** with every sign combination, divmod,
# true division results, unary operators, augmented assignment.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, "|", a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))

# floor division and modulo always satisfy a == (a // b) * b + a % b
ok = True
for a in range(-20, 21):
    for b in range(-6, 7):
        if b == 0:
            continue
        q, r = a // b, a % b
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)):
            ok = False
print("floor identity", ok)

# powers
print(2 ** 10, (-2) ** 3, (-2) ** 4, -2 ** 4, 2 ** -1, 2 ** -2, (-2) ** -1, 0 ** 0, 10 ** 0)
print(pow(2, 10), pow(-3, 3), 3 ** 2 ** 2, (3 ** 2) ** 2)

# unary operators and precedence
x = 5
print(-x, +x, --x, -(-x), ~x, -~x, ~-x, not x)
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, 10 - 4 - 3, 100 // 10 // 3, 2 ** 3 ** 0)

# augmented assignment
y = 10
y += 5; print(y)
y -= 20; print(y)
y *= -3; print(y)
y //= 4; print(y)
y %= 7; print(y)
y **= 3; print(y)
y <<= 2; print(y)
y >>= 1; print(y)
y |= 0b1000; print(y)
y &= 0b1110; print(y)
y ^= 0xff; print(y)

# true division of ints gives floats, even when exact
print(10 / 2, 1 / 3, -1 / 3, 2 / 3, 7 / 7, 0 / 5, -0 / 5, 10 ** 20 / 10 ** 10)

# comparisons between ints and floats
print(1 == 1.0, 2 < 2.5, -1 > -1.5, 10 ** 30 == 1e30, 2 ** 53 + 1 == float(2 ** 53 + 1), 3 != 3.0)

# int() truncation and int of bool
print(int(3.9), int(-3.9), int(True), True + 1, False * 5)

# errors
for expr in ["1 // 0", "1 % 0", "1 / 0", "divmod(5, 0)", "0 ** -1"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
