# assert (pass, fail with/without message, message evaluated lazily)
# and del (names, list items/slices, dict keys, attributes, multiple
# targets, nested targets, errors for missing names/keys/attributes).
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError with no message:", repr(e), e.args)
try:
    assert 2 + 2 == 5, "math is broken: %d" % (2 + 2)
except AssertionError as e:
    print("AssertionError:", e)
def msg():
    print("message built only on failure")
    return "lazy message"
assert True, msg()
try:
    assert [], msg()
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False, {"detail": [1, 2]}
except AssertionError as e:
    print("AssertionError:", e.args[0]["detail"])
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
try:
    check_positive(-3)
except AssertionError as e:
    print(type(e).__name__, e)
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
a, b, c = 1, 2, 3
del a, b
print("c" in dir(), "a" in dir(), c)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"k1": 1, "k2": 2, "k3": 3}
del d["k2"]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
class Obj:
    cls_attr = 1
o = Obj()
o.inst = 2
del o.inst
try:
    del o.inst
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))
pair = [[1, 2], [3, 4]]
del pair[0][1], pair[1]
print(pair)
def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())
try:
    del undefined_global_name
except NameError as e:
    print("NameError:", e)
nums = [1, 2, 3]
for_del = nums
del nums
print(for_del)
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)
