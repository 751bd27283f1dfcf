# Generator methods: send() (priming with None, values into yield),
# throw() (handled inside, propagating out, after finishing), close()
# (GeneratorExit, finally, yielding during close -> RuntimeError), states.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return f"final {total}"
acc = accumulator()
print(acc.send(None), acc.send(5), acc.send(10), acc.send(1))
try:
    acc.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
fresh = accumulator()
try:
    fresh.send(3)
except TypeError as e:
    print("TypeError:", e)
def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append(f"handled {e}")
    finally:
        print("echo finally, received:", received)
g = echo()
print(next(g), g.send("a"), g.throw(ValueError("v1")), g.send("b"))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished after throw")
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("closer finally")
c = closer()
print(next(c))
print(c.close(), c.close())
unstarted = closer()
unstarted.close()
print("closing an unstarted generator runs nothing")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_close()
next(r)
print("close() returns the return value (3.13):", r.close())
def thrower():
    yield 1
t = thrower()
try:
    t.throw(ValueError("before start"))
except ValueError as e:
    print("throw before start propagates:", e)
print(list(t))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif isinstance(cmd, int):
            n += cmd
        else:
            n += 1
k = counter()
print([next(k), next(k), k.send(10), k.send("reset"), next(k), k.send(-5)])
