# Chained comparisons (each operand evaluated once, short-circuit), mixed
# operators, `is`/`is not`/`in`/`not in` in chains, conditional expressions
# (nesting, laziness), comparisons across types, and operator precedence.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 < 2 > 0, 1 != 2 != 1, 2 <= 2 >= 2)
print(v(1) < v(5) < v(3) < v(10), calls)
calls.clear()
print(v(5) < v(1) < v(10), calls)
calls.clear()
print(v(1) < v(2) == v(2) <= v(3) != v(4), calls)
x = 5
print(0 < x < 10, 0 < x < 3, 10 > x >= 5, x in range(10) in [range(10)], "a" in "abc" in "xabcx")
print(None is None is not False, [] is not [], 1 in [1] not in [[2]], not 1 < 0 < 2)
print((1 < 2) < 3, 1 < (2 < 3), (1 < 2) == True, 0 < 1 < 2 == 2.0 > 1.5)
a = "yes" if x > 3 else "no"
b = "big" if x > 100 else "medium" if x > 4 else "small"
c = ("neg" if x < 0 else "zero") if x <= 0 else ("odd" if x % 2 else "even")
print(a, b, c, [("e" if i % 2 == 0 else "o") for i in range(5)])
def never():
    raise AssertionError("not evaluated")
print(1 if True else never(), never() if False else 2, (lambda: 0)() or "fallback")
print(1 + 2 * 3 ** 2, -2 ** 2, (-2) ** 2, not True == False, not (True == False), 1 + 2 == 3 and 2 < 3)
print(5 & 3 == 1, (5 & 3) == 1, 1 | 2 ^ 3 & 4, 2 ** -1, 7 // 2 * 2 + 7 % 2, 1 << 2 + 1, -3 % 5 * 2)
print(True or never(), False and never(), None or 0 or [] or "last", 1 and 2 and 3, 1 and 0 and never())
print(1 < 2.5, 2 ** 100 > 1e30, -1 < -0.5, 1.0 == 1, "abc" < "abd", (1, 2) < (1, 2, 3), [2] > [1, 99])
print(float("nan") == float("nan"), float("inf") > 10 ** 400, 10 ** 400 > float("inf"), 0.0 == -0.0)
for bad in ["1 < 'a'", "[] < ()", "None < None", "{} < {}", "1 < 2 < 'x'"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
print("x" == 1, [1] == (1,), None == 0, {1: 2} == {1: 2}, {1, 2} == {2, 1}, range(3) == range(0, 3))
print(1 if [] else 2 if {} else 3 if "" else 4, [x for x in range(10) if 2 < x < 6])
ident = [1, 2]
same = ident
print(ident is same, ident == same, ident is [1, 2], ident == [1, 2], ident is not None)
