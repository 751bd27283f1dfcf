# Helper module imported by import_user.py (no .out: not a test by itself).
# Module-level code runs once, on first import.
print("shapes_mod: executing module body, __name__ =", __name__)

PI_ISH = 3.14
_private = "underscore names are importable explicitly"
created = []


class Square:
    def __init__(self, side):
        self.side = side
        created.append(self)

    def area(self):
        return self.side * self.side


def describe(shape):
    return f"{type(shape).__name__} with area {shape.area()}"


def counter():
    return len(created)


if __name__ == "__main__":
    print("not printed when imported")
