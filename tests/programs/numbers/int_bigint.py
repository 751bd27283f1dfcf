# Arbitrary-precision ints: growth past 64 bits, mixed-sign floor division and
# modulo on big values, conversions to/from str, factorials, comparisons.
a = 2 ** 64
b = 2 ** 63 - 1
print(a, b, a + b, a - b, a * b, -a, a * a)
print(a // 3, a % 3, -a // 3, -a % 3, a // -3, a % -3, divmod(-a, 7))
big = 3 ** 200
small = 7 ** 55
print(big)
print(big // small, big % small, (-big) // small, (-big) % small)
print(big // -small, big % -small, divmod(-big, -small))
print(big - big, big * 0, big // big, -big // big)

# factorial by loop, digit sums
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)), sum(int(c) for c in str(f)), str(f).count("0"))

# crossing the machine-word boundary one step at a time
x = 2 ** 62
for _ in range(4):
    x = x * 2 + 1
    print(x, x.bit_length())
y = -(2 ** 62)
for _ in range(3):
    y = y * 2 - 1
    print(y, y.bit_length())
m = 9223372036854775807
print(m + 1, -m - 1, -m - 2, (m + 1) // 2, m * m)

# big int string round trips
s = "123456789" * 8
n = int(s)
print(n, str(n) == s, int("-" + s) == -n, repr(n * -1)[:12])
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 40 + 1))

# comparisons across sizes and with floats
print(2 ** 100 > 2 ** 99, -(2 ** 100) < 5, 2 ** 64 == 18446744073709551616)
print(2 ** 1000 > 1e300, 2 ** 1024 > 1.7976931348623157e308, float(2 ** 100))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2 ** 1024 / 1)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 40) / (10 ** 38), 2 ** 200 / 2 ** 199)

# hash of ints equal to floats hash the same
print(hash(2 ** 70) == hash(float(2 ** 70)), hash(10) == hash(10.0), hash(-1), hash(0))

# abs, negation, equality of big results
print(abs(-big) == big, -(-big) == big, (big * small) // small == big, max(big, small) == big)
print(sum(range(10 ** 6, 10 ** 6 + 10)) * 10 ** 30)
