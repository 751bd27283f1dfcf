# printf-style `%` formatting: conversions, flags, width/precision incl. `*`,
# mapping keys, single values vs tuples, %% and the error messages.
print("%s|%r|%a|%d|%i|%u" % ("é", "é", "é", 42, -42, 7))
print("%x|%X|%#x|%o|%#o|%c|%c" % (255, 255, 255, 8, 8, 65, "z"))
print("%f|%.2f|%10.3f|%-10.1f|%+.1f|% .1f|%010.2f|%e|%.2E|%g|%G|%.3g" % ((3.14159,) * 12))
print("%5d|%-5d|%05d|%+d|% d|%+05d|%.3d|%5.3d" % (42, 42, 42, 42, 42, -42, 7, 7))
print("%s|%10s|%-10s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc", "abc"))
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d, %(name)r again" % {"name": "Bob", "age": 30})
print("%s" % 5, "%s" % (5,), "%s" % [1, 2], "%s" % ((1, 2),), "%r" % (None,), "100%%" % (), "%s%%" % 50)
print("%d" % 3.99, "%d" % True, "%x" % -255, "%.0f" % 2.5, "%.0f" % 3.5, "%s" % 1e100, "%r" % 0.1, "%s" % b"b")
print("%d %s" % (10 ** 20, 10 ** 20), "%.3f" % (1 / 3), "%5s|%-5s|" % (None, True), "%c" % 0x263A)
print("%i%%%s" % (1, "x"), "%-6.2f|" % -1.0, "%#.0f" % 1.0, "%#x" % 0, "%e" % 0, "%g" % 1e-5, "%g" % 123456789)
tests = [
    ("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", "ab"),
    ("%s %s", 1), ("%f", "1.0"), ("%x", 1.5), ("%c", -1),
]
for fmt, args in tests:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
try:
    "%(missing)s" % {"present": 1}
except KeyError as e:
    print("KeyError:", e)
