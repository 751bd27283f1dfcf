# format() and the format-spec mini-language for int, float and str:
# fill/align/sign/#/0/width/grouping/precision/type, in a grid of cases.
ints = [0, 7, -7, 255, -65536, 10 ** 12]
int_specs = ["", "d", "5d", "<6", "^7", ">8", "=+8", "+", " ", "-", "08", "+08", "x", "#X", "#o", "#b", "_", ",", "#_x", "*>10,", "c"]
for v in ints:
    row = []
    for spec in int_specs:
        if spec == "c" and not 0 <= v < 1114112:
            continue
        row.append("[" + format(v, spec) + "]")
    print(v, " ".join(row))
floats = [0.0, -0.0, 1.5, -2.25, 3.14159265358979, 1234567.891, 1e-7, 6.02e23, float("inf"), float("nan")]
float_specs = ["", "f", ".2f", "10.3f", "<10.1f", "+.1f", " .0f", "#.0f", "e", ".2e", "E", "g", ".3g", "#g", "G", "%", ".1%", ",.2f", "_.1f", "012.3f", "^12"]
for v in floats:
    print(v, " ".join("[" + format(v, s) + "]" for s in float_specs))
for v in [1e16, 1e15, 123456789.0, 0.0001, 0.00001, 1.0, 100.0, 1.23456789e-10]:
    print(v, format(v, "g"), format(v, ".10g"), format(v, ".2g"), format(v, ""), format(v, ".3"), format(v, "12"))
strs = ["", "a", "hello", "wörld"]
str_specs = ["", "s", "5", "<5", ">5", "^5", "*^7", ".2", "8.3", "-<4"]
for v in strs:
    print(repr(v), " ".join("[" + format(v, s) + "]" for s in str_specs))
print(format(True), format(True, ""), format(False, "d"), format(None), format([1, 2]), format((1,), ""))
for v, spec in [(1, "s"), ("x", "d"), (1.5, "d"), (1, ",c"), ("x", ","), (1.5, "c"), (5, "=^"), ("a", "=5")]:
    try:
        print(format(v, spec))
    except ValueError as e:
        print("ValueError:", e)
try:
    format([1], "5")
except TypeError as e:
    print("TypeError:", e)
