# Edge cases of finally: return in finally overrides return/exception in try,
# exceptions raised in finally replace the in-flight one (with __context__),
# break/continue in finally, nested finally order, generator close in finally.
def override_return():
    try:
        return "try"
    finally:
        return "finally"
print(override_return())
def swallow_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(swallow_exception())
def finally_raises():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    finally_raises()
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))
except ValueError:
    print("not reached")
def finally_raises_after_return():
    try:
        return "try value"
    finally:
        raise RuntimeError("finally beats return")
try:
    finally_raises_after_return()
except RuntimeError as e:
    print("caught", e, e.__context__)
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "loop broken, exception discarded, i=%d" % i
print(break_in_finally())
def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("ignored")
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())
def nested_order():
    log = []
    try:
        try:
            try:
                log.append("innermost")
                raise IndexError
            finally:
                log.append("f1")
        finally:
            log.append("f2")
    except IndexError:
        log.append("handled")
    finally:
        log.append("f3")
    return log
print(nested_order())
def counter():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finally runs on close")
g = counter()
print(next(g), next(g))
g.close()
print("closed")
def count_finally():
    n = 0
    for _ in range(3):
        try:
            n += 1
        finally:
            n += 10
    return n
print(count_finally())
def exc_in_except_in_finally():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
        finally:
            print("finally during TypeError propagation")
    except TypeError as e:
        return f"{e!r} ctx={e.__context__!r}"
print(exc_in_except_in_finally())
