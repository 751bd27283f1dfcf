def find(items, target):
    for item in items:
        if item == target:
            return item


name = find(["a", "b"], "z")
print(name.upper())
