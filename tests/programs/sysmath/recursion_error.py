# RecursionError: raised (and caught) for runaway recursion in functions,
# methods, __repr__ and mutual recursion; message text; the interpreter
# recovers fully and can recurse again; a lower limit is enforced and a
# higher one allows deeper (but bounded) recursion.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("function:", type(e).__name__, "|", e, "|", isinstance(e, RuntimeError))
class Node:
    def __init__(self):
        self.child = self
    def depth(self):
        return 1 + self.child.depth()
    def __repr__(self):
        return f"Node({self.child!r})"
try:
    Node().depth()
except RecursionError as e:
    print("method:", e)
try:
    repr(Node())
except RecursionError as e:
    print("repr:", e)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("mutual:", e)
def measure(n=0):
    try:
        return measure(n + 1)
    except RecursionError:
        return n
limit = sys.getrecursionlimit()
reached = measure()
print("measured depth close to the limit:", limit - 50 <= reached < limit)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print("recovered:", count(500))
sys.setrecursionlimit(200)
try:
    count(500)
except RecursionError:
    print("limit 200: count(500) fails")
print("limit 200: count(100) =", count(100))
sys.setrecursionlimit(10000)
print("limit 10000: count(8000) =", count(8000))
sys.setrecursionlimit(limit)
data = []
data.append(data)
print(data, repr(data) == "[[...]]")
d = {}
d["self"] = d
print(d)
def deep_list(n):
    out = []
    for _ in range(n):
        out = [out]
    return out
nested = deep_list(50)
print(str(nested).count("["), len(str(nested)))
def gen_recurse(n):
    yield n
    yield from gen_recurse(n + 1)
try:
    for v in gen_recurse(0):
        pass
except RecursionError as e:
    print("generator:", type(e).__name__)
print("done")
