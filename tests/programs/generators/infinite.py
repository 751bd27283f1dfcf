# Infinite generators consumed with manual islice-like helpers: take, drop,
# take_while, pairwise windows, round-robin interleaving, primes sieve,
# generator pipelines, and state kept across resumptions.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
def drop(n, it):
    it = iter(it)
    for _ in range(n):
        next(it, None)
    yield from it
def take_while(pred, it):
    for v in it:
        if not pred(v):
            return
        yield v
def islice(it, start, stop, step=1):
    for i, v in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield v
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def windows(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
def round_robin(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
def cycle(seq):
    while True:
        yield from seq
print(take(5, naturals()), take(10, fib()), take(3, drop(10, naturals())))
print(list(take_while(lambda v: v < 100, fib())), list(islice(naturals(), 3, 20, 4)))
print(take(15, primes()), take(1, drop(999, primes())))
print(take(4, windows(fib(), 3)), take(7, round_robin("ab", naturals(100), [None])))
print(take(7, cycle("xyz")), "".join(take(5, cycle(["ab", "c"]))))
squares = (n * n for n in naturals(1))
odd_squares = (s for s in squares if s % 2)
print(take(5, odd_squares), take(2, odd_squares))
counter = naturals()
print(next(counter), next(counter), take(3, counter), next(counter))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
total = 0
for i, p in enumerate(primes()):
    if p > 1000:
        break
    total += p
print(total, i)
