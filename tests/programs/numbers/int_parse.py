# int() and float() parsing: bases, prefixes, underscores, whitespace, signs,
# and the exact ValueError messages for bad input.
print(int("0"), int("-0"), int("+17"), int("  42  "), int("\t-9\n"), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("101", 2), int("z", 36), int("Zz", 36), int("-0b11", 0), int("10", 0))
print(int("12", 3), int("0_7", 8), int("1_0", 0), int(b"42"))
print(int(7.99), int(-7.99), int(1e20), int("000123"), int(True), int())
print(int("123456789012345678901234567890") * 2, int("-" + "9" * 30) + 1)
bad = ["", " ", "abc", "1.5", "1e3", "0x", "1__0", "_1", "1_", "--1", "+-1", "12a", "0b102"]
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print("int(%r):" % s, e)
for s, base in [("9", 8), ("g", 16), ("08", 0), ("0x1", 10), ("1", 37)]:
    try:
        int(s, base)
    except ValueError as e:
        print("int(%r, %d):" % (s, base), e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)

# float parsing
print(float("1.5"), float(" -2.25 "), float("1e3"), float("1E-3"), float(".5"), float("5."), float("1_0.5"))
print(float("inf"), float("-Infinity"), float("nan"), float("+iNf"), float("1e400"), float("-1e400"), float("1e-400"))
print(float(3), float(-0), float(10 ** 20), float(True), float(), float("0x10".replace("0x", "")))
for s in ["", "abc", "1.2.3", "1e", "0x10", "1__0", "in f", "- 1"]:
    try:
        float(s)
    except ValueError as e:
        print("float(%r):" % s, e)
