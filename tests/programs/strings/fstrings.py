# f-strings: expressions, conversions (!r !s !a), format specs, nested
# replacement fields inside specs, `=` self-documenting expressions,
# quotes and nesting (3.12+ grammar), braces escaping, multi-line.
name, n, pi, items = "Ann", 42, 3.14159265, [1, 2, 3]
print(f"{name} has {n} items", f"{n + 1}", f"{items[1:]}", f"{len(name) * 2}", f"{'x' if n else 'y'}")
print(f"{name!r} {name!s} {'é'!a} {items!r} {3.0!s} {None}")
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:*^9}] [{n:05}] [{n:+}] [{-n:+}] [{n: }] [{n:=+6}]")
print(f"[{pi:.2f}] [{pi:10.3f}] [{pi:<10.1f}] [{pi:e}] [{pi:.3E}] [{pi:g}] [{pi:%}] [{pi:.1%}] [{1e20:g}] [{1e-5:g}]")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#o} {255:b} {255:#b} {65:c} {255:#010x} {-255:x}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {0xFFFFFFFF:_x} {1234567:_b} {-1234:,}")
width, prec, fill = 12, 3, "-"
print(f"[{pi:{width}.{prec}f}] [{name:{fill}^{width}}] [{n:{'>' if n else '<'}{width // 2}}] [{pi:.{prec}}]")
print(f"{n=}", f"{n = }", f"{pi=:.2f}", f"{name=!s}", f"{items[0]+1=}", f"{ name = }")
print(f"{{}}", f"{{{n}}}", f"{{n}}", f"a{{b}}c{n}d")
print(f"{'quoted'}", f'{"double"}', f"{f'{n}'}", f"{'nested ' + f'{name!r}'}", f"""{"tri" 'ple'}""")
d = {"k": "v", "n": 5}
print(f"{d['k']}", f"{d["n"]}", f"{'{'}", f"{'}'}", f"{[x * 2 for x in items]}", f"{ {'a': 1}['a'] }")
print(f"{(lambda x: x * 3)(2)}", f"{(y := 10) + y}", f"{n:>{width}}|", f"{'a':>3}{'b':<3}|")
val = 7.0
print(f"{val}", f"{val:.0f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{-0.0:.1f}", f"{float('inf'):.2f}", f"{float('nan'):5}")
multi = (f"line {n} "
         f"cont {name}")
print(multi, f"{n}" f"{n}", "plain" f"{n}")
print(f"{n:{'d'}}", f"{name:s}", f"{True:d}", f"{True}", f"{1:03}", f"{'x':03}", f"{-5:05}")
print(f"{'ab':.1}", f"{'abcdef':.3s}", f"{'abc':>10.2}|", f"{3:.2f}", f"{10 ** 20:,}", f"{2 ** 100:e}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print(f"{P()}", f"{P():xyz}", f"{P()!r}", f"{P()!s}", f"{P()!r:>6}", format(P(), "q"))
try:
    f"{n:q}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError:", e)
