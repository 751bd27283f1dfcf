"""Generators: generator functions in pipelines, generator expressions fed to
sum/max, yield from delegation, send() to a coroutine-style accumulator,
many short-lived generators.
  ftpy bench/single/generators.py [N]
"""
# bench: default=1000000 quick=80000
import sys


def numbers(n):
    seed = 7
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed % 10000


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


def windowed_sums(it, size):
    window = []
    total = 0
    for v in it:
        window.append(v)
        total += v
        if len(window) > size:
            total -= window.pop(0)
        yield total


def chunks(n, size):
    for start in range(0, n, size):
        yield from range(start, min(start + size, n))


def accumulator():
    total = 0
    count = 0
    while True:
        v = yield total
        if v is None:
            return count
        total += v
        count += 1


def small(k):
    yield k
    yield k + 1
    yield k + 2


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    pipeline_max = max(windowed_sums(evens(numbers(n)), 8))
    squares = sum(x * x % 97 for x in chunks(n, 1000))
    acc = accumulator()
    next(acc)
    last = 0
    for v in numbers(n // 2):
        last = acc.send(v % 100)
    try:
        acc.send(None)
    except StopIteration as stop:
        sent = stop.value
    tiny = 0
    for k in range(n // 4):
        for v in small(k):
            tiny += v & 3
    print("checksum generators", n, pipeline_max, squares, last, sent, tiny)


main()
