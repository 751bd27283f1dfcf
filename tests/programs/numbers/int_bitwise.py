# Bitwise operators and shifts, including negative operands (two's complement
# semantics on infinite-precision ints) and big values.
vals = [0, 1, 5, -1, -5, 12, -12, 255, -256]
for a in vals:
    print(a, "|", ~a, a & 6, a | 6, a ^ 6, a & -6, a | -6, a ^ -6)

print(5 << 0, 5 << 1, 5 << 62, 5 << 64, 1 << 100)
print(-5 << 3, -1 << 70, (-1 << 70) >> 69)
print(1024 >> 3, 1024 >> 11, 1024 >> 100, -1024 >> 3, -1 >> 5, -1 >> 100, -7 >> 1, -8 >> 1)
print((2 ** 100) >> 90, (-(2 ** 100)) >> 90, (2 ** 100 + 12345) & 0xFFFF, (-(2 ** 100)) & 0xFFFF)
print((2 ** 80) | 1, (2 ** 80) ^ (2 ** 80 + 3), ~(2 ** 80), -(2 ** 80) ^ -1)
print(0xF0F0 & 0x0FF0, 0xF0F0 | 0x0FF0, 0xF0F0 ^ 0x0FF0)

# bit_length and bit_count
for v in [0, 1, 2, 3, 255, 256, -1, -255, 2 ** 64, -(2 ** 64)]:
    print(v, v.bit_length(), v.bit_count())

# shift errors
for expr in ["1 << -1", "1 >> -1"]:
    try:
        eval(expr)
    except ValueError as e:
        print(expr, "->", e)

# bools in bitwise ops stay bools when both are bools
print(True & False, True | False, True ^ True, True & 3, type(True | False).__name__, ~1)

# masks and typical bit tricks
n = 0b1011_0110
print(bin(n), n & (n - 1), n & -n, bin(n >> 2), bin(n << 3), format(n, "08b"))
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, [b for b in range(8) if flags >> b & 1], bin(flags & ~(1 << 3)))
