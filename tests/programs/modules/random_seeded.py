# random: seeded sequences must match CPython exactly.
import random

random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(5)])
print([random.randrange(10) for _ in range(5)], random.randrange(5, 50, 5), random.randrange(-10, 10))
print(random.choice('abcdefg'), random.choice([10, 20, 30]), random.choice(range(1000)))
print(random.choices('abc', k=6))
print(random.choices(['x', 'y', 'z'], weights=[1, 5, 10], k=6))
print(random.choices(['x', 'y', 'z'], cum_weights=[0.1, 0.2, 1.0], k=4))
xs = list(range(12))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 6), random.sample('abcdefgh', 3))
print(random.sample(['a', 'b', 'c'], 4, counts=[1, 2, 3]))
print(random.uniform(1, 3), random.triangular(0, 10, 2), random.triangular())
print(random.gauss(), random.gauss(5, 2), random.gauss(0, 1))
print(random.normalvariate(), random.normalvariate(10, 3), random.lognormvariate(0, 1))
print(random.expovariate(2.0), random.expovariate())
print(random.paretovariate(2.5), random.weibullvariate(1.0, 1.5))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(64), random.getrandbits(100))
print(random.getrandbits(0), random.randbytes(6))

for seed in [0, 1, -5, 2**70 + 3, 3.75, -2.5, True, 'hello', 'ünïcode', b'bytes', '']:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(0, 10 ** 12))

# Independent generators and state round trips.
r1 = random.Random(123)
r2 = random.Random(123)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6))
state = r1.getstate()
print(state[0], len(state[1]), state[2])
a = [r1.random() for _ in range(3)]
r1.setstate(state)
print(a == [r1.random() for _ in range(3)])
r3 = random.Random('seed text')
print(r3.random(), r3.choice([1, 2, 3]))
r3.gauss()
st = r3.getstate()
print(type(st[2]).__name__)
g1 = r3.gauss()
r3.setstate(st)
print(g1 == r3.gauss())
random.seed(7)
s = random.getstate()
v = random.random()
random.setstate(s)
print(v == random.random())

# Errors.
for thunk in [lambda: random.choice([]), lambda: random.randint(5, 3),
              lambda: random.randrange(0), lambda: random.randrange(1, 5, 0),
              lambda: random.randrange(10, 1, 2), lambda: random.getrandbits(-1),
              lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1),
              lambda: random.seed([1]), lambda: random.randrange(1.5),
              lambda: random.choices('ab', [1], k=2),
              lambda: random.choices('ab', [1, 2], cum_weights=[1, 2]),
              lambda: random.setstate((3, (1, 2), None))]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)
print(random.Random, isinstance(random.Random(), random.Random))
