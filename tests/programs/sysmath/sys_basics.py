# The sys module: argv (arguments come from sys_basics.args), maxsize,
# version_info, recursion limit get/set, modules, stdout/stderr objects,
# sys.exit raising SystemExit (caught) with int, str, None and no argument.
import sys
print(sys.argv[0], sys.argv[1:], len(sys.argv))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1, type(sys.maxsize).__name__)
print(sys.version_info[:2] >= (3, 13), sys.version_info.major, isinstance(sys.version, str), sys.byteorder in ("little", "big"))
print(sys.maxunicode, "sys" in sys.modules, "__main__" in sys.modules, type(sys.modules).__name__)
old = sys.getrecursionlimit()
print(type(old).__name__, old >= 100)
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
for arg in [(), (0,), (3,), ("message",), (None,), ([1, 2],)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print("SystemExit", repr(e), "code:", repr(e.code), "args:", e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised directly:", e.code, isinstance(e, Exception), isinstance(e, BaseException))
try:
    try:
        sys.exit(2)
    except Exception:
        print("not caught by except Exception")
except SystemExit as e:
    print("caught by except SystemExit:", e.code)
def cleanup_runs():
    try:
        sys.exit(9)
    finally:
        print("finally runs during sys.exit")
try:
    cleanup_runs()
except SystemExit as e:
    print("exit code", e.code)
print(sys.stdout.write("via sys.stdout\n"), hasattr(sys.stderr, "write"), hasattr(sys.stdout, "flush"))
sys.stdout.flush()
print(sys.exception() is None)
try:
    raise KeyError("k")
except KeyError:
    print(type(sys.exception()).__name__, sys.exc_info()[0].__name__, sys.exc_info()[1] is sys.exception())
print(sys.exc_info())
