# Assignment expressions (:=): in if/while conditions, comprehensions
# (binding in the enclosing scope), nested, with function calls evaluated
# once, in f-strings and lambdas' bodies via parentheses.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
items = iter(data)
total = 0
while (v := next(items, None)) is not None:
    total += v
print(total, v)
calls = []
def expensive(x):
    calls.append(x)
    return x * x
results = [y for x in range(6) if (y := expensive(x)) % 2 == 0]
print(results, calls, y)
print([last := i for i in range(3)], last)
def scope_test():
    [inner := k for k in "ab"]
    return inner
print(scope_test())
print((a := 5), a, (b := a * 2) + b)
values = [1, 2, 3]
print(f"{(s := sum(values))} {s * 2}")
if (m := max(values)) and (mn := min(values)):
    print("range", m - mn)
stack = [1, 2, 3]
out = []
while stack and (top := stack.pop()) != 1:
    out.append(top)
print(out, top, stack)
print(any((hit := w).startswith("q") for w in ["ab", "qr", "qz"]), hit)
f = lambda z: (w := z + 1) * w
print(f(3))
count = 0
def bump():
    global count
    count += 1
    return count
print([c for _ in range(3) if (c := bump()) > 1], count)
x = 0
print((x := x + 1), (x := x + 1), x)
chunks = []
src = iter("abcdefg")
while chunk := "".join(next(src, "") for _ in range(3)):
    chunks.append(chunk)
print(chunks)
