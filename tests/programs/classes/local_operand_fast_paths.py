# Operations whose operands are fast locals: a, b then a binary operator or a
# comparison; a local then a plain attribute read (instance dict, __slots__).
# Covers the edge cases around the fast paths: overflow into big ints, mixed
# int/float, in-place forms, division by zero, NaN, attributes that move from
# the instance to the class, unset slots, and values that are not numbers.


def arith(a, b):
    out = [a + b, a - b, a * b, a / b if b else None, a // b if b else None, a % b if b else None]
    c = a
    c += b
    out.append(c)
    c = a
    c *= b
    out.append(c)
    return out


def compares(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b]


print(arith(7, 3))
print(arith(-7, 3))
print(arith(2**62, 2**62))
print(arith(-2**63, -1))
print(arith(7, 0.5))
print(arith(0.25, 4))
print(arith(1.5, 2.25))
print(arith(10**30, 7))
print(compares(3, 5), compares(5, 3), compares(4, 4))
print(compares(1.5, 2.5), compares(2.0, 2))
nan = float("nan")
print(compares(nan, nan), compares(nan, 1.0))
print(compares("a", "b"), compares(2**70, 2**70 + 1))


def strs(a, b):
    return a + b, a * 2 if isinstance(a, str) else a


print(strs("ab", "cd"), strs([1], [2]))


def divide(a, b):
    return a / b


for pair in [(1, 0), (1.0, 0.0), (2**64, 0)]:
    try:
        divide(*pair)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


class Plain:
    kind = "class"

    def __init__(self):
        self.x = 1
        self.kind = "instance"


def read(p):
    return p.x, p.kind


p = Plain()
for _ in range(3):
    print(read(p))
del p.kind
print(read(p))
p.x = 2.5
print(read(p))


class Slotted:
    __slots__ = ("u", "v")


def read_slot(s):
    return s.u + s.v


s = Slotted()
s.u, s.v = 3, 4
for _ in range(3):
    print(read_slot(s))
del s.v
try:
    read_slot(s)
except AttributeError as e:
    print("AttributeError:", e)
s.v = 0.5
print(read_slot(s))
