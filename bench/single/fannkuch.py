"""Fannkuch-redux: pancake flips over every permutation of 1..N.

Measures small-int list work: permutations generated in place by a counter
array (rotations of a prefix), a copy of each, and prefix reversals by slice
assignment until the first element is 1.  Prints the alternating-sign
checksum of the flip counts and the maximum flip count.

    ftpy bench/single/fannkuch.py [N]
"""
# bench: default=9 quick=7 scale=fixed
import sys


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    while True:
        first = perm[0]
        if first:
            p = perm[:]
            flips = 0
            while first:
                p[:first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if sign > 0 else -flips
        sign = -sign
        # Next permutation: rotate the first r+1 items left by one, for the
        # smallest r whose counter has not run out; reset the smaller counters.
        r = 1
        while True:
            if r == n:
                return checksum, max_flips
            head = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = head
            count[r] += 1
            if count[r] <= r:
                break
            count[r] = 0
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    checksum, flips = fannkuch(n)
    print("checksum fannkuch", n, checksum, flips)


main()
