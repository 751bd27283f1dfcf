# lambda expressions: defaults, *args/**kwargs, closures, immediately
# invoked, in sort keys / map / filter, conditional bodies, nested lambdas.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda a, b=10: a + b)(1), (lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3), (lambda x: (lambda y: x + y))(10)(5))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(compose(inc, inc), dbl)(1))
print(list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])), list(filter(lambda n: n % 3 == 0, range(15))))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), max([3, -7, 5], key=lambda v: abs(v)))
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-2, 0, 3)])
adders = [lambda x, n=n: x + n for n in range(4)]
print([a(100) for a in adders])
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
table = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([table[op](6, 3) for op in "+-*"])
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = Y(lambda self: lambda n: 1 if n < 2 else n * self(n - 1))
print(fact(12))
print(type(lambda: 0).__name__, sq.__name__)
counter = [0]
bump = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(bump(), bump(), bump())
print((lambda x: [x, x])(lambda: 1)[1](), (lambda *fs: [f(2) for f in fs])(sq, inc, dbl))
