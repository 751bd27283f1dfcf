"""Recursive Fibonacci: function-call overhead, small-int arithmetic, compares.
  ftpy bench/single/fib.py [N]      (default N below; the runner's --quick uses the quick size)
"""
# bench: default=33 quick=25 scale=fixed
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 33
    print("checksum fib", n, fib(n))


main()
