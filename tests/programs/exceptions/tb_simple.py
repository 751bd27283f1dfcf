# Uncaught exception: the traceback printed on stderr (compared via
# tb_simple.err) lists every frame, innermost last, with each source line;
# stdout printed before the error is kept and the exit status is 1. Every
# frame's line is a `return f(...)`, `x = f(...)` or `raise`, for which
# CPython 3.13 prints no ^ markers (see tb_carets.py for those).
def parse(text):
    value = check(text)
    return value


def check(text):
    if not text.isdigit():
        raise ValueError(f"not a number: {text!r}")
    return int(text)


def load(items):
    for item in items:
        value = parse(item)
        print("loaded", value)
    return len(items)


print("start")
result = load(["1", "22", "x3"])
print("never printed")
