# Importing user modules that sit next to the script: `import m`,
# `import m as n`, `from m import x`, `from m import x as y`, module bodies
# running once (sys.modules caching), module attributes, module globals
# shared between importers, `__name__`, and ImportError / ModuleNotFoundError.
import sys
print("main: start, __name__ =", __name__)
import shapes_mod
import shapes_mod as sm
from shapes_mod import Square, describe
from shapes_mod import PI_ISH as pi, _private
import util_mod
print(sm is shapes_mod, util_mod.shapes_module() is shapes_mod, "shapes_mod" in sys.modules)
print(shapes_mod.__name__, type(shapes_mod).__name__, pi, _private)
sq = Square(3)
print(describe(sq), shapes_mod.counter())
squares = util_mod.make_squares(3)
print(util_mod.total_area(squares), shapes_mod.counter(), len(sm.created))
shapes_mod.PI_ISH = 3.0
print(sm.PI_ISH, pi)
import shapes_mod
print("re-import prints nothing new")
from util_mod import make_squares as ms, total_area
print(total_area(ms(2)), shapes_mod.counter())
print(sorted(n for n in dir(shapes_mod) if not n.startswith("__")))
print(hasattr(shapes_mod, "Square"), getattr(shapes_mod, "missing", "no attr"))
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from shapes_mod import not_defined
except ImportError as e:
    print("ImportError:", type(e).__name__, "|", str(e).split(" (")[0])
try:
    shapes_mod.nothing
except AttributeError as e:
    print("AttributeError:", e)
def local_import():
    import util_mod as u
    from shapes_mod import counter
    return u.total_area(u.make_squares(1)), counter()
print(local_import())
print("local import did not bind globally:", "u" in globals(), "counter" in globals())
