"""Dict-heavy work: counting words, dict of lists (grouping), get/setdefault,
membership tests, items() iteration, deletion and re-insertion, dict
comprehensions; string keys, int keys and tuple keys.
  ftpy bench/single/dicts.py [N]
"""
# bench: default=500000 quick=50000
import sys


def make_words(n):
    syllables = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "xe", "yo", "ze"]
    words = []
    seed = 42
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        words.append(syllables[seed % 12] + syllables[(seed >> 5) % 12] + syllables[(seed >> 10) % 3])
    return words


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    words = make_words(n)
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    groups = {}
    for i, w in enumerate(words):
        groups.setdefault(w[:2], []).append(i)
    pairs = {}
    for i in range(len(words) - 1):
        key = (words[i][0], words[i + 1][0])
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    squares = {i: i * i for i in range(n // 10)}
    hits = 0
    for i in range(0, n, 3):
        if i in squares:
            hits += squares[i] % 7
    for k in list(squares):
        if k % 3 == 0:
            del squares[k]
    for k in range(0, n // 10, 6):
        squares[k] = -k
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    group_sizes = sum(len(v) * (j + 1) for j, v in enumerate(groups.values())) % 1000003
    pair_sig = sum(v * (ord(a) + 3 * ord(b)) for (a, b), v in pairs.items()) % 1000003
    print("checksum dicts", n, len(counts), top, group_sizes, pair_sig, hits, len(squares), sum(squares.values()) % 1000003)


main()
