# Conway's game of life on a set of (x, y) tuples: set comprehensions,
# dict counting, sorted output (never the set's own order), string grids,
# generators of generations, and a cycle detector keyed by frozensets.
def neighbours(cell):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield (x + dx, y + dy)
def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, k in counts.items() if k == 3 or (k == 2 and c in live)}
def generations(live):
    while True:
        yield live
        live = step(live)
def render(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))
def parse(rows):
    return {(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"}
glider = parse([".#...", "..#..", "###.."])
for i, g in enumerate(generations(glider)):
    if i in (0, 4):
        print(f"generation {i}:", sorted(g))
        print(render(g, 6, 6))
    if i == 4:
        break
blinker = parse(["...", "###", "..."])
seen = {}
for i, g in enumerate(generations(blinker)):
    key = frozenset(g)
    if key in seen:
        print("blinker repeats: generation", i, "equals", seen[key])
        break
    seen[key] = i
r_pentomino = parse([".##", "##.", ".#."])
sizes = []
for i, g in enumerate(generations(r_pentomino)):
    sizes.append(len(g))
    if i == 60:
        break
print(sizes[:10], sizes[-1], max(sizes), min(min(c) for c in g), max(max(c) for c in g))
xs = sorted(x for x, _ in g)
print(xs[0], xs[-1], len(set(xs)), sum(x * y for x, y in g))
