# Name resolution: LEGB order, global vs local, builtins shadowing and
# restoring, class body scope (not enclosing for methods, visible to
# comprehension's first iterable only), nonlocal chains, names bound in
# loops/with/except leaking into function scope, del restoring outer lookup.
x = "global x"
def read():
    return x
def shadow():
    x = "local x"
    return x
def enclosing():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(read(), shadow(), enclosing(), x)
def use_builtin():
    return len("abc")
len = lambda s: "shadowed len"
print(use_builtin(), len("abc"))
del len
print(use_builtin(), len("abc"))
class C:
    y = 10
    z = y * 2
    doubled = [v * 2 for v in [y, z]]
    def method(self):
        try:
            return y
        except NameError as e:
            return f"NameError: {e}"
print(C.z, C.doubled, C().method())
try:
    class D:
        a = 1
        b = [a + i for i in range(2)]
except NameError as e:
    print("NameError:", e)
class Ctx:
    closed = False
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.closed = True
def loop_leak():
    for i in range(3):
        pass
    with Ctx() as fh:
        pass
    try:
        raise ValueError
    except ValueError as err:
        pass
    return i, fh.closed, "err" in locals()
print(loop_leak())
counter = 0
def incr():
    global counter
    counter += 1
    def nested_global():
        global counter
        counter += 10
    nested_global()
incr()
print(counter)
def make():
    level = 0
    def a():
        def b():
            nonlocal level
            level += 1
            return level
        return b()
    a(); a()
    return level
print(make())
def conditional_local(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError:
        return "unbound"
print(conditional_local(True), conditional_local(False))
def global_created():
    global brand_new
    brand_new = "made inside"
global_created()
print(brand_new)
t = 1
def param_shadow(t=t * 100):
    return t
print(param_shadow(), param_shadow(2))
lam = [lambda: k for k in range(3)]
print([f() for f in lam])
def comp_scope():
    k = "function k"
    vals = [k for k in range(2)]
    return k, vals
print(comp_scope())
