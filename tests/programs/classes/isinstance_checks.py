# isinstance/issubclass: user hierarchies, tuples of classes (nested),
# built-in type relations (bool/int, exceptions), object and type, errors for
# non-class arguments, type() vs isinstance with subclasses.
class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
class Puppy(Dog): pass
d, p = Dog(), Puppy()
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(d, Puppy), isinstance(p, Cat), isinstance(p, object))
print(isinstance(p, (Cat, Dog)), isinstance(p, (Cat, (int, Puppy))), isinstance(p, ()), isinstance(3, (str, (float, int))))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Dog, (Cat, Animal)), issubclass(Cat, object))
print(type(p) is Dog, type(p) is Puppy, type(p) == Puppy, type(p).__name__, type(p).__bases__[0].__name__)
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), isinstance(1.0, int), isinstance(1, float))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(set(), set), isinstance(frozenset(), set), isinstance(range(1), range), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type), issubclass(type, object))
print(isinstance(len, object), isinstance(print, type), isinstance(Dog, type), isinstance(Dog, Animal))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(Exception, BaseException))
print(issubclass(NotImplementedError, RuntimeError), issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(TypeError, ValueError), issubclass(AssertionError, Exception))
for args in [(1, int.__class__), (p, "Dog"), (p, [Dog])]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError:", e)
for args in [(p, Dog), (Dog, d), (1, int)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return "seq of " + ",".join(describe(i) for i in x)
    if isinstance(x, dict):
        return "dict"
    return type(x).__name__
print([describe(v) for v in [True, 3, [1, (False,)], {}, 2.5, "s", None]])
