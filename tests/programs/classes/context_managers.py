# with statements: __enter__ return value bound by `as`, __exit__ arguments,
# suppressing exceptions by returning True, not suppressing, multiple
# managers in one with (exit order), nested with, return/break inside with,
# exceptions raised in __enter__/__exit__, parenthesised multi-item with.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with CM("outer") as o, CM("inner") as i:
    print("both", o, i)
with (
    CM("p1") as x,
    CM("p2", suppress=True) as y,
):
    print("paren", x, y)
    1 / 0
print("after paren")
def early():
    with CM("ret"):
        return "returned value"
print(early())
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            break
class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with FailEnter():
        print("never runs")
except RuntimeError as e:
    print("RuntimeError:", e)
class FailExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise TypeError("exit failed while handling " + (et.__name__ if et else "nothing"))
try:
    with FailExit():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
class Resource:
    opened = 0
    def __enter__(self):
        Resource.opened += 1
        return self
    def __exit__(self, *exc):
        Resource.opened -= 1
        return False
with Resource() as r1:
    with Resource() as r2:
        print("open", Resource.opened, r1 is not r2)
print("open", Resource.opened)
class NotCM:
    pass
try:
    with NotCM():
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
with CM("noas"):
    pass
