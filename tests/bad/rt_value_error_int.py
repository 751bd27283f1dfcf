values = ["1", "2", "x"]
total = 0
for v in values:
    total += int(v)
print(total)
