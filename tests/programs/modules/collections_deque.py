# collections.deque: every method, maxlen, indexing, errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft('ab')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.reverse()
print(d, d.count(5), d.index(5), d.index(2, 1))
d.insert(1, 'x')
d.remove('a')
print(d)
d[0] = 'first'
del d[1]
print(d, list(reversed(d)), d.copy())
d.clear()
print(d, repr(deque()), bool(d))

b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9)
b.appendleft(7)
print(b)
b.extend([10, 11, 12, 13])
print(b)
b.extendleft([1, 2])
print(b)
print(deque(maxlen=0), deque('abc', 2))
z = deque(maxlen=0)
z.append(1)
print(z)

e = deque([1, 2])
print(e == deque([1, 2]), e != deque([2, 1]), e < deque([1, 3]), e >= deque([1]))
print(e + deque([3]), e * 2, 3 * e)
e += [7, 8]
print(e)
e *= 2
print(e)
print(list(deque(range(10), 4)), deque('hello').count('l'))

rec = deque([1])
rec.append(rec)
print(rec)

for thunk in [lambda: deque().pop(), lambda: deque().popleft(),
              lambda: deque([1]).index(5), lambda: deque([1]).remove(5),
              lambda: deque([1])[5], lambda: deque(maxlen=-1),
              lambda: deque([1], maxlen=1).insert(0, 2), lambda: hash(deque()),
              lambda: deque([1]) + [2], lambda: deque(1)]:
    try:
        thunk()
    except Exception as ex:
        print(type(ex).__name__, ex)

m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as ex:
    print(ex)

class Q(deque):
    pass
print(Q([1, 2]), isinstance(Q(), deque))
print(type(deque()), deque.__name__)
