# pow(): two and three arguments, negative exponents, modular inverse, and
# divmod with signs; int ** with float results.
print(pow(2, 10), pow(2, -1), pow(-2, -2), pow(2, 0.5), pow(4, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(3, 200, 1000), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(2, 10 ** 5, 10 ** 9 + 7), pow(7, 2 ** 70, 13), pow(123456789, 987654321, 2 ** 61 - 1))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13), pow(38, -1, 97), pow(0, 0, 1), pow(5, 0, 1))
for a in range(1, 10):
    inv = pow(a, -1, 11)
    print(a, inv, a * inv % 11, end=" | ")
print()
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print((-8) ** 2, (-2) ** 63, (-2) ** 64, 2 ** 0.0, 2.0 ** 3, 9 ** -0.5, 10 ** -3)
print(divmod(2 ** 70, 3 ** 20), divmod(-(2 ** 70), 3 ** 20), divmod(7, -2), divmod(-7.5, 2))
