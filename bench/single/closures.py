"""Closures and higher-order functions: counters with nonlocal, functions
returning functions, lambda composition, closures created in loops,
callbacks passed to map/filter/sorted, partial application by hand.
  ftpy bench/single/closures.py [N]
"""
# bench: default=900000 quick=60000
import sys


def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def adder(k):
    def add(x):
        return x + k
    return add


def partial(fn, *fixed):
    def call(*rest):
        return fn(*fixed, *rest)
    return call


def mix(a, b, c):
    return (a * 31 + b * 7 + c) % 1000003


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 900000
    counters = [make_counter(s) for s in range(1, 6)]
    total = 0
    for i in range(n):
        total += counters[i % 5]()
    chain = adder(1)
    for k in range(2, 12):
        chain = compose(chain, adder(k))
    chained = 0
    for i in range(n // 4):
        chained = (chained + chain(i)) % 1000003
    mixer = partial(mix, 3)
    mixed = 0
    for i in range(n // 2):
        mixed = mixer(mixed, i)
    adders = [adder(i) for i in range(100)]
    applied = sum(map(lambda f: f(7), adders * (n // 1000)))
    kept = len(list(filter(lambda v: v % 3 == 1, range(n))))
    keyed = sorted(range(2000), key=lambda v: (v * 7919) % 2003)[:5]
    print("checksum closures", n, total % 1000003, chained, mixed, applied, kept, keyed)


main()
