# Closures and scopes: captured variables, nonlocal, global, late binding,
# closures over loop variables, shared cells between closures, class scope
# not visible to methods, UnboundLocalError, del of a global.
def make_counter(start=0):
    count = start
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get(), inc(0))
inc2, get2 = make_counter()
print(get2(), get())
def adders():
    return [lambda x: x + i for i in range(3)], [lambda x, i=i: x + i for i in range(3)]
late, bound = adders()
print([f(10) for f in late], [f(10) for f in bound])
G = "global"
def read_global():
    return G
def write_global():
    global G, NEW
    G = "changed"
    NEW = "created"
print(read_global())
write_global()
print(read_global(), NEW)
def shadow():
    G = "local"
    return G
print(shadow(), G)
def unbound():
    try:
        print(G)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    G = 1
unbound()
def nested_levels():
    a = 1
    def l1():
        b = 2
        def l2():
            nonlocal a
            a += b
            return a
        return l2
    f = l1()
    f(); f()
    return a
print(nested_levels())
class Scope:
    x = "class attr"
    def method(self):
        try:
            return x
        except NameError as e:
            return "NameError: " + str(e)
print(Scope().method())
def cell_shared():
    v = []
    def add(item):
        v.append(item)
    def replace():
        nonlocal v
        v = ["new"]
    add(1); add(2); replace(); add(3)
    return v
print(cell_shared())
def closure_after_def():
    def show():
        return value
    value = "assigned later"
    return show()
print(closure_after_def())
def free_vars():
    a, b = 1, 2
    def f():
        return a + b
    return f
fv = free_vars()
print(fv(), fv() + fv())
def gen_closure():
    total = 0
    def gen():
        nonlocal total
        for i in range(4):
            total += i
            yield total
    return gen, lambda: total
g, t = gen_closure()
print(list(g()), t())
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
