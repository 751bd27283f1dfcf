seen = set()
for item in [1, [2, 3]]:
    seen.add(item)
