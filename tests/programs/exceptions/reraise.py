# Re-raising: bare `raise` inside except (same object), `raise e` of a saved
# exception, bare raise in a helper called from a handler, bare raise with no
# active exception, re-raise after a nested handled exception, and
# sys.exception() tracking the handled exception.
import sys
def bare():
    try:
        raise ValueError("orig")
    except ValueError as e:
        e.note = "annotated"
        raise
try:
    bare()
except ValueError as e:
    print("bare:", e, e.note)
saved = None
try:
    raise KeyError("saved")
except KeyError as e:
    saved = e
try:
    raise saved
except KeyError as e:
    print("raise saved:", repr(e), e is saved)
def helper():
    raise
try:
    try:
        raise IndexError("from handler")
    except IndexError:
        helper()
except IndexError as e:
    print("helper re-raised:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
except TypeError as e:
    print("after nested handler, re-raised:", e)
print(sys.exception())
try:
    raise LookupError("current")
except LookupError:
    print("inside:", repr(sys.exception()))
    try:
        raise OSError("nested")
    except OSError:
        print("nested:", repr(sys.exception()))
    print("restored:", repr(sys.exception()))
print("after:", sys.exception())
def retry(times):
    for attempt in range(times):
        try:
            if attempt < times:
                raise ConnectionError(f"attempt {attempt}")
        except ConnectionError as e:
            if attempt == times - 1:
                raise RuntimeError("giving up") from e
            print("retrying after", e)
try:
    retry(3)
except RuntimeError as e:
    print(e, "<-", e.__cause__)
def convert(exc_type):
    try:
        raise exc_type("converted")
    except (KeyError, IndexError) as e:
        raise ValueError(f"lookup failed: {e}") from None
for t in (KeyError, IndexError):
    try:
        convert(t)
    except ValueError as e:
        print(e, e.__suppress_context__, type(e.__context__).__name__)
