"""List work: append/pop/insert/index, slicing and slice assignment,
list comprehensions, sort with and without key, reverse, extend,
membership tests, nested lists (a small matrix multiply).
  ftpy bench/single/lists.py [N]
"""
# bench: default=150000 quick=20000
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    data = []
    seed = 99
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        data.append((seed >> 12) % 100000)
    squares = [v * v % 1009 for v in data]
    evens = [v for v in data if v % 2 == 0]
    s1 = sorted(data)
    s2 = sorted(data, key=lambda v: (v % 1000, -v))
    copy = data[:]
    copy.sort(reverse=True)
    stack = []
    popped = 0
    for v in data[: n // 2]:
        stack.append(v)
        if v % 3 == 0:
            popped += stack.pop()
    small = list(range(2000))
    found = 0
    for v in data[:300]:
        if v % 2000 in small:
            found += small.index(v % 2000)
    window = data[:1000]
    for i in range(0, 2000):
        window[i % 900:i % 900 + 3] = [i, i + 1, i + 2]
        window.insert(i % 50, -i)
        window.pop()
    m = 60
    a = [[(i * j) % 7 for j in range(m)] for i in range(m)]
    b = [[(i + j) % 5 for j in range(m)] for i in range(m)]
    c = [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(m)] for i in range(m)]
    rev = data[::-1]
    rev.reverse()
    print("checksum lists", n, sum(squares) % 1000003, len(evens), s1[n // 2], s2[:3], copy[:2],
          popped % 1000003, found, sum(window) % 1000003, sum(map(sum, c)), rev == data)


main()
