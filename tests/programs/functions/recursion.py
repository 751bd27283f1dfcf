# Recursion: direct, mutual, with accumulators, on nested data, memoised,
# moderately deep (under the default limit), and RecursionError when too deep.
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(30), len(str(fact(200))))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(301))
def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
m = hanoi(10, "A", "C", "B", [])
print(len(m), m[:3], m[-1])
def perms(items):
    if len(items) <= 1:
        return [items]
    return [[items[i]] + p for i in range(len(items)) for p in perms(items[:i] + items[i + 1:])]
print(perms([1, 2, 3]), len(perms(list(range(6)))))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def infinite(n):
    return infinite(n + 1) + 1
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
print("still alive", depth(100))
old = sys.getrecursionlimit()
sys.setrecursionlimit(5000)
print(depth(4000))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
def binsearch(xs, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binsearch(xs, target, mid + 1, hi)
    return binsearch(xs, target, lo, mid - 1)
data = list(range(0, 200, 3))
print([binsearch(data, t, 0, len(data) - 1) for t in (0, 3, 99, 100, 198, 500)])
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def total(self):
        return self.v + sum(k.total() for k in self.kids)
    def height(self):
        return 1 + max((k.height() for k in self.kids), default=0)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5, Tree(6))))
print(t.total(), t.height())
