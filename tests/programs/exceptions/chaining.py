# Exception chaining: implicit __context__, explicit `raise ... from`
# (__cause__, __suppress_context__), `from None`, chains several deep,
# context set when raising in finally, re-raise keeps the original.
def show(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e}) cause={type(e.__cause__).__name__ if e.__cause__ else None} "
                     f"context={type(e.__context__).__name__ if e.__context__ else None} suppress={e.__suppress_context__}")
        e = e.__cause__ or e.__context__
    return "\n  ".join(parts)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("implicit")
except KeyError as e:
    print(show(e))
try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("explicit") from inner
except RuntimeError as e:
    print(show(e))
    print(e.__cause__ is e.__context__)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(show(e), repr(e.__context__))
try:
    raise ValueError("direct cause") from KeyError("k")
except ValueError as e:
    print(show(e))
def level(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        level(n - 1)
    except Exception as e:
        raise RuntimeError(f"level {n}") from e
try:
    level(3)
except RuntimeError as e:
    print(show(e))
try:
    try:
        raise ValueError("in try")
    finally:
        raise OSError("in finally")
except OSError as e:
    print(show(e))
try:
    try:
        raise ValueError("original")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised:", show(e))
try:
    raise RuntimeError("with class cause") from ValueError
except RuntimeError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError:", err)
try:
    try:
        raise KeyError("a")
    except KeyError as first:
        try:
            raise IndexError("b")
        except IndexError as second:
            print(repr(second.__context__), second.__context__ is first)
            raise
except IndexError as e:
    print("outer got", repr(e), repr(e.__context__))
