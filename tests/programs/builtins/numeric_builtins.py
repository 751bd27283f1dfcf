# Numeric built-ins: abs, divmod, pow, round, sum (with start), min/max
# (key, default, multiple args, ties keep first), bin/oct/hex, hash of
# numbers, int/float/bool conversions via builtins, ord/chr.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-(10 ** 30)), abs(True), abs(-False))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-1, 10 ** 20))
print(pow(2, 8), pow(2, -2), pow(2, 8, 10), pow(-2, 3), pow(2.5, 2), pow(base=3, exp=2), pow(3, 2, mod=4))
print(sum([]), sum([1, 2, 3]), sum(range(1, 101)), sum([0.1] * 3), sum([[1], [2]], []), sum((1, 2), 10), sum([1.5, 2], start=1))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"), max([1, 2], [1, 3]))
print(min([], default="empty"), max((), default=None), min([5], default=0), max([-1, -5], key=abs), min(["bb", "a", "ccc"], key=len))
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([3, 1, 1.0], key=lambda v: v), max([1, 1.0]), max([1.0, 1]))
print(max(range(10), key=lambda v: v % 4), min("zebra", "apple", key=lambda s: s[-1]), max(3, 3.5, key=None))
for args in [(), ([],), (1,)]:
    try:
        max(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(bin(0), bin(5), bin(-5), oct(0), oct(64), oct(-8), hex(0), hex(255), hex(-255), hex(2 ** 64))
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.0), hash(0.5), hash(True), hash(None) == hash(None))
print(int(), float(), bool(), int("  12 "), float(" 1e2 "), bool("0"), int(-0.9), float(-0))
print(ord("a"), ord("Z"), ord("0"), ord("\n"), chr(65), chr(122), chr(48), repr(chr(10)), chr(ord("a") + 25))
print(round(3.14159, 3), round(-2.5), round(2.5), round(17, -1), round(0.1 + 0.2, 15), round(1e-10, 5))
print(sum(x * x for x in range(10)), max(x % 7 for x in range(50)), min(abs(x - 5) for x in [1, 9, 4, 7]))
print(divmod(10 ** 25, 7), pow(10, 25, 7), abs(-10 ** 25) % 1000, sum([10 ** 20] * 3))
