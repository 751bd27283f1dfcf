# Statements controlling flow: if/elif/else chains, for and while with
# break/continue/else, nested loops with flags, pass, loops over changing
# ranges, early return from nested loops, semicolons and one-line suites.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 7, 42)])
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i, end="; ")
else:
    print("no break")
print()
for i in range(3):
    pass
else:
    print("loop finished normally, i =", i)
def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, val in enumerate(row):
            if val == target:
                return r, c
    return None
grid = [[1, 2, 3], [4, 5, 6]]
print(find(grid, 5), find(grid, 9))
found = False
for row in grid:
    for val in row:
        if val == 3:
            found = True
            break
    if found:
        break
print("found" if found else "missing", row)
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
count = 0
while True:
    count += 1
    if count < 5:
        continue
    break
print("count", count)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        break
else:
    print("while-else not reached")
print("k", k)
x = 1; y = 2; z = x + y
if z == 3: print("one-line if")
for q in range(2): print("one-line for", q)
while x < 3: x += 1
print(x)
result = []
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        result.append((outer, inner))
print(result)
total = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
def first_negative(values):
    for v in values:
        if v < 0:
            break
    else:
        return "none negative"
    return f"first negative {v}"
print(first_negative([3, 1, -4, -1]), first_negative([1, 2]))
if []:
    pass
elif not {}:
    print("elif with empty dict")
