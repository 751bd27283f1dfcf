# Helper module imported by import_user.py; itself imports shapes_mod, so
# the second import of shapes_mod must reuse the cached module.
import shapes_mod
from shapes_mod import Square as _Sq

print("util_mod: executing module body")


def make_squares(n):
    return [_Sq(i) for i in range(1, n + 1)]


def total_area(squares):
    return sum(s.area() for s in squares)


def shapes_module():
    return shapes_mod
