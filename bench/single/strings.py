"""String work: building with join and f-strings, slicing, split/replace/
upper/find/startswith, str(int), concatenation in loops, formatting.
  ftpy bench/single/strings.py [N]
"""
# bench: default=200000 quick=15000
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def build_lines(n):
    lines = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        a = WORDS[seed % 10]
        b = WORDS[(seed >> 8) % 10]
        lines.append(f"{i:06d}:{a}-{b}:{seed % 1000:>4}|{a.upper()[:3]}")
    return lines


def process(lines):
    total = 0
    checksum = 0
    for line in lines:
        num, words, rest = line.split(":")
        first, second = words.split("-")
        code = rest[rest.index("|") + 1:]
        if first.startswith("e") or second.endswith("a"):
            total += len(first) * 2
        swapped = second + "/" + first
        text = swapped.replace("a", "4").replace("e", "3")
        total += text.find("/") + len(code)
        checksum = (checksum * 131 + ord(text[-1]) + int(num[-3:])) % 1000000007
    return total, checksum


def joined(lines):
    blob = "\n".join(lines)
    parts = blob.split("\n")
    rev = "".join(p[::-1][:5] for p in parts[::7])
    s = ""
    for i in range(0, len(rev), 97):
        s += rev[i:i + 3]
    return len(blob), len(parts), len(s), s[:12]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    lines = build_lines(n)
    total, checksum = process(lines)
    print("checksum strings", n, total, checksum, *joined(lines))


main()
