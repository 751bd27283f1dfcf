"""Nested loops with integer arithmetic: for/range, while, local variables,
+, *, %, ^, &, >>, comparisons; no function calls in the inner loop.
  ftpy bench/single/loops.py [N]
"""
# bench: default=2200 quick=300
import sys


def work(n):
    acc = 0
    for i in range(n):
        row = 0
        for j in range(n):
            v = i * j + (i ^ j)
            if v & 1:
                row += v % 7
            else:
                row -= (v >> 2) % 5
        acc = (acc * 31 + row) % 1000000007
    k = 0
    x = 1
    while k < n * 100:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k += 1
    return acc, x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2200
    acc, x = work(n)
    print("checksum loops", n, acc, x)


main()
