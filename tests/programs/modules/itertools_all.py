# itertools: every function, reprs and errors.
import itertools as it

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 3), 4)), list(it.islice(it.count(0.5, 0.25), 3)))
c = it.count(3)
next(c)
print(c, it.count(), it.count(5, 2), it.count(1.5), it.count(0, 0.5))
print(list(it.islice(it.cycle('abc'), 7)), list(it.cycle([])))
r = it.repeat('x', 3)
next(r)
print(r, it.repeat(1), list(r), list(it.repeat(0, -2)), list(it.islice(it.repeat(7), 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)),
      list(it.accumulate([1, 2], initial=10)), list(it.accumulate([], initial=5)), list(it.accumulate([])))
print(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['xy', 'z'])), list(it.chain()))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(lambda x: x % 2, range(7))),
      list(it.filterfalse(None, [0, 1, '', 'a'])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: sum(a), [[1, 2, 3], (4,)])))
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 5)), list(it.islice('abcdefg', 1, None, 2)),
      list(it.islice('abc', None)), list(it.islice(range(10), 2, 9, 3)))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.batched('abcdefg', 3)), list(it.batched([], 2)))
print([(k, list(g)) for k, g in it.groupby('aabbbcaa')])
print([(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
groups = it.groupby('aaabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
a, b = it.tee([1, 2, 3])
print(next(a), list(b), list(a))
t3 = it.tee('xy', 3)
print(len(t3), [list(t) for t in t3], it.tee([], 0))
print(list(it.zip_longest('abc', [1])), list(it.zip_longest('ab', 'c', fillvalue='-')), list(it.zip_longest()))
print(list(it.product('ab', [1, 2])), list(it.product('ab', repeat=2)), list(it.product()), list(it.product('a', [])))
print(list(it.permutations('abc', 2)), list(it.permutations([1, 2, 3])), list(it.permutations('ab', 3)))
print(list(it.combinations('abcd', 2)), list(it.combinations('ab', 0)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement([], 0)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))), sum(1 for _ in it.product(range(4), repeat=3)))

for thunk in [lambda: it.islice([1], -1), lambda: it.islice([1], 'a'), lambda: it.islice([1], 1, 2, 0),
              lambda: it.repeat(), lambda: it.permutations([1], -1), lambda: it.combinations([1], -1),
              lambda: it.batched([1], 0), lambda: it.count('a'), lambda: it.product([1], repeat=-1),
              lambda: it.tee([1], -1), lambda: it.cycle(1), lambda: it.zip_longest([1], 2),
              lambda: list(it.batched('abcd', 3, strict=True)), lambda: it.chain.from_iterable()]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)
print(type(it.count()).__name__, type(it.chain()).__name__)
