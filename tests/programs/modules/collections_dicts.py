# collections.defaultdict, OrderedDict and Counter.
from collections import defaultdict, OrderedDict, Counter

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b']
print(d, d['a'], len(d), 'c' in d, d.get('c'), d.default_factory)
print(repr(defaultdict()), defaultdict(int, {'x': 1}, y=2))
counts = defaultdict(int)
for w in 'the cat and the hat and the bat'.split():
    counts[w] += 1
print(sorted(counts.items()), isinstance(counts, dict), counts == dict(counts))
c = counts.copy()
print(type(c).__name__, c.default_factory, c == counts)
nd = defaultdict(None)
try:
    nd['missing']
except KeyError as e:
    print('KeyError', e)
nd.default_factory = lambda: 'made'
print(nd['k'], dict(nd))
try:
    defaultdict(1)
except TypeError as e:
    print(e)
print(d | {'z': 0}, type(d | {'z': 0}).__name__)

o = OrderedDict(a=1, b=2)
o['c'] = 3
o.move_to_end('a')
print(o, list(o))
o.move_to_end('c', last=False)
print(o)
print(o.popitem(), o.popitem(last=False), o)
print(repr(OrderedDict()), OrderedDict([(1, 2)]))
try:
    o.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict(a=1, b=2) == OrderedDict(a=1, b=2), list(reversed(OrderedDict(a=1, b=2))))

c = Counter('abracadabra')
print(c, c['z'], c['a'])
print(c.most_common(2), c.most_common(), c.most_common(0), c.total())
print(repr(Counter()), Counter({'a': 2, 'b': -1}), Counter(a=1, b=2), Counter({'b': 1, 'a': 1, 'c': 2}))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
s = Counter(a=3, b=1)
s.subtract(a=1, b=2, c=1)
print(s)
s.update('aa')
s.update({'a': 1})
print(s)
x = Counter(a=3, b=1, c=0)
y = Counter(a=1, b=2, d=-1)
print(x + y, x - y, x & y, x | y)
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
x += y
print(x)
x -= Counter(a=10)
print(x)
print(Counter('aab') == Counter('aba'), Counter(a=1) == {'a': 1}, Counter(a=1, b=0) == Counter(a=1))
print(Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) > Counter(a=1))
e = Counter()
e['x'] += 1
del e['nope']
print(e, type(e.copy()).__name__, isinstance(e, dict))
words = Counter(w for w in 'a b c a b a'.split())
print(words.most_common(1)[0])
