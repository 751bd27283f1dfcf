# Control flow through try/except/else/finally: which blocks run in what
# order for no exception, handled, unhandled, re-raised; finally with
# return/break/continue in try; nested try; else skipped on exception.
def run(kind):
    log = []
    try:
        try:
            log.append("try")
            if kind == "value":
                raise ValueError("v")
            if kind == "type":
                raise TypeError("t")
            if kind == "return":
                return log + ["returned-from-try"]
        except ValueError:
            log.append("except-value")
        else:
            log.append("else")
        finally:
            log.append("finally")
        log.append("after")
    except TypeError:
        log.append("outer-except-type")
    return log
for kind in ["none", "value", "type", "return"]:
    print(kind, run(kind))
def finally_with_loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(f"body{i}")
        finally:
            out.append(f"fin{i}")
    return out
print(finally_with_loop())
def return_value_snapshot():
    x = "before"
    try:
        return x
    finally:
        x = "after"
        print("finally sees", x)
print(return_value_snapshot())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("second")
    finally:
        print("finally after handler raised")
try:
    handler_raises()
except RuntimeError as e:
    print("got", e, "context", repr(e.__context__))
def else_raises():
    try:
        pass
    except Exception:
        print("not this handler")
    else:
        raise LookupError("from else")
try:
    else_raises()
except LookupError as e:
    print("else raised", e)
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("while finally", n)
print(while_finally())
e_var = "kept"
try:
    raise ValueError("bound")
except ValueError as e_var:
    print("inside", e_var)
try:
    print(e_var)
except NameError as err:
    print("NameError:", err)
try:
    pass
finally:
    print("finally without except")
