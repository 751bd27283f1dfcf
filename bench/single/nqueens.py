"""N-queens: every placement of N non-attacking queens on an N x N board.

Measures recursion, set membership and add/remove on small-int sets, list
append/pop and tuple building: depth-first backtracking that keeps the
occupied columns and both diagonals in sets.  Prints the number of solutions
and a digest of all of them.

    ftpy bench/single/nqueens.py [N]
"""
# bench: default=12 quick=8 scale=fixed
import sys


def solve(n):
    cols = set()
    diag_down = set()
    diag_up = set()
    placed = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for c in range(n):
            if c in cols or (row - c) in diag_down or (row + c) in diag_up:
                continue
            cols.add(c)
            diag_down.add(row - c)
            diag_up.add(row + c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.remove(c)
            diag_down.remove(row - c)
            diag_up.remove(row + c)

    place(0)
    return solutions


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    solutions = solve(n)
    digest = 0
    for sol in solutions:
        for c in sol:
            digest = (digest * 31 + c) % 1000000007
    print("checksum nqueens", n, len(solutions), solutions[0], solutions[-1], digest)


main()
