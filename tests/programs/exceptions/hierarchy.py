# Built-in exception hierarchy: __mro__ of common exceptions, catching via
# base classes, except clause order (first match wins), tuples of types,
# BaseException subclasses not caught by `except Exception`.
def chain(cls):
    return " > ".join(k.__name__ for k in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, IndexError, UnboundLocalError, RecursionError, NotImplementedError,
            ModuleNotFoundError, StopIteration, KeyboardInterrupt, SystemExit, GeneratorExit, AttributeError,
            TypeError, ValueError, UnicodeDecodeError, OverflowError, AssertionError, MemoryError, FileNotFoundError]:
    print(chain(cls))
def raiser(kind):
    if kind == "zero":
        return 1 // 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "over":
        return 2.0 ** 5000
    if kind == "attr":
        return None.x
    if kind == "name":
        return undefined_name_here
    if kind == "stop":
        return next(iter([]))
for kind in ["zero", "key", "index", "over", "attr", "name", "stop"]:
    try:
        raiser(kind)
    except LookupError as e:
        print(kind, "LookupError branch:", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "ArithmeticError branch:", type(e).__name__)
    except (AttributeError, NameError) as e:
        print(kind, "tuple branch:", type(e).__name__)
    except Exception as e:
        print(kind, "Exception branch:", type(e).__name__)
for exc in [KeyboardInterrupt, SystemExit, GeneratorExit]:
    try:
        try:
            raise exc
        except Exception:
            print("not reached")
    except BaseException as e:
        print("BaseException caught", type(e).__name__)
try:
    raise KeyError("first match")
except Exception as e:
    print("generic first:", type(e).__name__)
except KeyError:
    print("never")
errors = (ValueError, TypeError)
try:
    int("x")
except errors as e:
    print("dynamic tuple:", type(e).__name__)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args, str(e) == "")
try:
    raise TypeError("a", 2, None)
except TypeError as e:
    print(e, repr(e), e.args)
print(repr(Exception()), repr(Exception("one")), str(Exception("one", "two")), repr(KeyError()), str(KeyError("quoted")))
print(str(KeyError("a", "b")), repr(ValueError(5)), str(IndexError(None)), BaseException.__name__, Exception.__bases__)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except 5:
        pass
    print("bad except clause not evaluated when nothing raised")
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
