"""Spectral norm: the largest singular value of the infinite matrix
A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to N x N.

Measures nested loops of float division and multiply-add with int index
arithmetic and function calls in the innermost loop: ten power-method rounds
of v = A^T A u.  Prints the norm with 9 decimals.

    ftpy bench/single/spectral_norm.py [N]
"""
# bench: default=350 quick=40
import sys


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times_a(v, n):
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(i, j) * v[j]
        out.append(acc)
    return out


def times_at(v, n):
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(j, i) * v[j]
        out.append(acc)
    return out


def times_ata(v, n):
    return times_at(times_a(v, n), n)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 350
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    print("checksum spectral_norm", n, "%.9f" % ((vbv / vv) ** 0.5))


main()
