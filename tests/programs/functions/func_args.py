# Function parameters: defaults (evaluated once), *args, **kwargs,
# keyword-only, positional-only, all combined, call-site unpacking.
def f(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, g=10))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
print(f(c=1, a=2), f(1, 2, 3, c=4, d=5))
def pos_only(a, b, /, c, *, d):
    return (a, b, c, d)
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
def pos_kw_same_name(a, /, **kw):
    return a, kw
print(pos_kw_same_name(1, a=2))
def defaults(x, y=[], z={}):
    y.append(x)
    z[x] = len(y)
    return y, z
print(defaults(1), defaults(2), defaults(3, []))
counter = 10
def late(v=counter):
    return v
counter = 20
print(late(), late(5))
def star_only(*args):
    return args
print(star_only(), star_only(1), star_only(*range(3), *"ab", 9))
def kw_only(**kw):
    return sorted(kw.items())
print(kw_only(), kw_only(b=1, a=2), kw_only(**{"x": 1}, **{"y": 2}), kw_only(**dict(q=0), r=1))
def kwonly_no_default(*, key):
    return key
print(kwonly_no_default(key="k"))
def all_defaults(a=1, b=2, c=3):
    return a * 100 + b * 10 + c
print(all_defaults(), all_defaults(9), all_defaults(c=9), all_defaults(b=0, a=0), all_defaults(*(4, 5)))
def unpack_in_call(a, b, c, d):
    return a + b + c + d
print(unpack_in_call(*[1, 2], *(3,), 4), unpack_in_call(1, *[2, 3], d=4), unpack_in_call(**{"a": 1, "b": 1}, c=1, d=1))
def returns_nothing():
    pass
def returns_bare():
    return
print(returns_nothing(), returns_bare())
def varargs_passthrough(*args, **kwargs):
    return f(*args, **kwargs)
print(varargs_passthrough(0, c="pass"))
def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated(1), annotated(2, y="t"))
def mutate(lst, d):
    lst.append(1)
    d["k"] = 1
    lst = ["rebound"]
    return lst
L, D = [], {}
print(mutate(L, D), L, D)
