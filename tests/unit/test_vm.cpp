// test_vm.cpp — the virtual machine: small programs compiled and run through
// eval_code, checking results left in the module namespace; argument
// binding errors (CPython's exact messages); exceptions, chaining and
// tracebacks (format_exception text); generators (send/throw/close,
// yield from); the data stack across deep recursion; builtins that need the
// interpreter (__build_class__, exec, eval, compile, locals).
//
// Needs the runtime: the first test brings it up once.
#include <gtest/gtest.h>

#include <string>

#include "objects/api.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/compiler/compiler.h"
#include "runtime/init.h"
#include "runtime/modules/module_util.h"
#include "runtime/vm/interp.h"

namespace ftpy::vm {
namespace {

void ensure_runtime() {
  if (!builtins_module()) runtime_init(RuntimeOptions{});
}

Ref<> new_globals() {
  ensure_runtime();
  Ref<Dict> g = dict_new();
  dict_set(g.get(), id::builtins, builtins_module());
  Ref<> name = str_new("__main__");
  dict_set(g.get(), id::name, name.get());
  return g;
}

// Runs `src` as a module registered under `filename`; returns its globals.
Ref<> run(const std::string& src, const std::string& filename = "<vmtest>") {
  Ref<> g = new_globals();
  register_source(filename, src);
  Ref<> code = compiler::compile(src, filename, compiler::ParseMode::File);
  eval_code(code.get(), g.get(), g.get());
  return g;
}

// run() for tests that expect success: an exception fails the test with
// the Python report instead of an opaque C++ exception.
Ref<> run_ok(const std::string& src) {
  try {
    return run(src);
  } catch (PyException& e) {
    ADD_FAILURE() << format_exception(e.value.get());
    return new_globals();
  }
}

std::string get_repr(const Ref<>& g, const char* name) {
  Ref<> v = dict_get_str(static_cast<Dict*>(g.get()), std::string_view(name));
  if (!v) return "<missing>";
  return repr_utf8(v.get());
}

// Runs `src`, expecting it to raise; returns format_exception's text.
std::string run_error(const std::string& src, const std::string& filename = "<vmtest>") {
  try {
    run(src, filename);
  } catch (PyException& e) {
    return format_exception(e.value.get());
  }
  return "<no exception>";
}

// The last line of a report ("TypeError: message").
std::string last_line(const std::string& text) {
  std::string t = text;
  while (!t.empty() && t.back() == '\n') t.pop_back();
  size_t nl = t.rfind('\n');
  return nl == std::string::npos ? t : t.substr(nl + 1);
}

TEST(Vm, ArithmeticAndControlFlow) {
  Ref<> g = run_ok(
      "a = 0\n"
      "for i in range(10):\n"
      "    if i % 2: continue\n"
      "    a += i * i\n"
      "b = 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 1 / 4\n"
      "c = [x for x in range(5) if x != 2]\n"
      "d = 'ab' + 'cd'\n"
      "e = 3 < 4 <= 4 != 5\n"
      "n = 0\n"
      "while n < 1000:\n"
      "    n += 7\n");
  EXPECT_EQ(get_repr(g, "a"), "120");
  EXPECT_EQ(get_repr(g, "b"), "(3, -4, -2, 1024, 0.25)");
  EXPECT_EQ(get_repr(g, "c"), "[0, 1, 3, 4]");
  EXPECT_EQ(get_repr(g, "d"), "'abcd'");
  EXPECT_EQ(get_repr(g, "e"), "True");
  EXPECT_EQ(get_repr(g, "n"), "1001");
}

TEST(Vm, SmallIntOverflowFallsBackToBigInts) {
  Ref<> g = run_ok("x = 2 ** 62\ny = x + x + x\nz = -x * 4\n");
  EXPECT_EQ(get_repr(g, "y"), "13835058055282163712");
  EXPECT_EQ(get_repr(g, "z"), "-18446744073709551616");
}

TEST(Vm, FunctionsClosuresDefaults) {
  Ref<> g = run_ok(
      "def f(a, b=2, *args, c, d=4, **kw):\n"
      "    return (a, b, args, c, d, sorted(kw.items()))\n"
      "r1 = f(1, c=3)\n"
      "r2 = f(1, 5, 6, 7, c=8, e=9)\n"
      "def counter():\n"
      "    n = 0\n"
      "    def inc():\n"
      "        nonlocal n\n"
      "        n += 1\n"
      "        return n\n"
      "    return inc\n"
      "c = counter(); c(); r3 = c()\n"
      "def pos(a, b, /, c): return a + b + c\n"
      "r4 = pos(1, 2, c=3)\n"
      "r5 = (lambda *a, **k: (a, k))(1, x=2)\n");
  EXPECT_EQ(get_repr(g, "r1"), "(1, 2, (), 3, 4, [])");
  EXPECT_EQ(get_repr(g, "r2"), "(1, 5, (6, 7), 8, 4, [('e', 9)])");
  EXPECT_EQ(get_repr(g, "r3"), "2");
  EXPECT_EQ(get_repr(g, "r4"), "6");
  EXPECT_EQ(get_repr(g, "r5"), "((1,), {'x': 2})");
}

TEST(Vm, ArgumentErrorsMatchCPython) {
  const char* defs =
      "def f(a, b, c): pass\n"
      "def g(a, b=1, *, c, d): pass\n"
      "def h(a, /, b): pass\n"
      "def k(a, b=2): pass\n"
      "class Foo:\n"
      "    def bar(self, x): pass\n";
  auto err = [&](const std::string& call) { return last_line(run_error(std::string(defs) + call + "\n")); };
  EXPECT_EQ(err("f(1, 2)"), "TypeError: f() missing 1 required positional argument: 'c'");
  EXPECT_EQ(err("f(1)"), "TypeError: f() missing 2 required positional arguments: 'b' and 'c'");
  EXPECT_EQ(err("f()"), "TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'");
  EXPECT_EQ(err("g(1, c=1)"), "TypeError: g() missing 1 required keyword-only argument: 'd'");
  EXPECT_EQ(err("f(1, 2, 3, 4)"), "TypeError: f() takes 3 positional arguments but 4 were given");
  EXPECT_EQ(err("k(1, 2, 3)"), "TypeError: k() takes from 1 to 2 positional arguments but 3 were given");
  EXPECT_EQ(err("g(1, 2, 3, c=1)"),
            "TypeError: g() takes from 1 to 2 positional arguments but 3 positional arguments "
            "(and 1 keyword-only argument) were given");
  EXPECT_EQ(err("f(1, 2, 3, z=1)"), "TypeError: f() got an unexpected keyword argument 'z'");
  EXPECT_EQ(err("f(1, 2, a=1)"), "TypeError: f() got multiple values for argument 'a'");
  EXPECT_EQ(err("h(a=1, b=2)"),
            "TypeError: h() got some positional-only arguments passed as keyword arguments: 'a'");
  EXPECT_EQ(err("Foo().bar()"), "TypeError: Foo.bar() missing 1 required positional argument: 'x'");
  EXPECT_EQ(err("Foo().bar(1, 2)"), "TypeError: Foo.bar() takes 2 positional arguments but 3 were given");
  EXPECT_EQ(err("k(1, **{'b': 1, 'b2': 2})"),
            "TypeError: k() got an unexpected keyword argument 'b2'. Did you mean 'b'?");
  EXPECT_EQ(err("f(*1)"), "TypeError: __main__.f() argument after * must be an iterable, not int");
  EXPECT_EQ(err("f(**1)"), "TypeError: __main__.f() argument after ** must be a mapping, not int");
  EXPECT_EQ(err("f(a=1, **{'a': 2})"),
            "TypeError: __main__.f() got multiple values for keyword argument 'a'");
}

TEST(Vm, ClassesSuperAndBuildClass) {
  Ref<> g = run_ok(
      "class A:\n"
      "    def who(self): return 'A'\n"
      "class B(A):\n"
      "    def who(self): return 'B' + super().who()\n"
      "class C(A):\n"
      "    def who(self): return 'C' + super().who()\n"
      "class D(B, C):\n"
      "    def who(self): return 'D' + super().who()\n"
      "    def cls(self): return __class__.__name__\n"
      "r1 = D().who()\n"
      "r2 = D().cls()\n"
      "class P:\n"
      "    def __init__(self, x): self.x = x\n"
      "    @property\n"
      "    def double(self): return self.x * 2\n"
      "p = P(4)\n"
      "r3 = (p.x, p.double)\n"
      "p.x = 10\n"
      "r4 = p.double\n");
  EXPECT_EQ(get_repr(g, "r1"), "'DBCA'");
  EXPECT_EQ(get_repr(g, "r2"), "'D'");
  EXPECT_EQ(get_repr(g, "r3"), "(4, 8)");
  EXPECT_EQ(get_repr(g, "r4"), "20");
}

TEST(Vm, AttributeCacheSeesClassChanges) {
  Ref<> g = run_ok(
      "class K:\n"
      "    def m(self): return 1\n"
      "def call_m(o): return o.m()\n"
      "k = K()\n"
      "a = [call_m(k) for _ in range(3)]\n"
      "K.m = lambda self: 2\n"
      "b = call_m(k)\n"
      "k.m = lambda: 3\n"
      "c = call_m(k)\n");
  EXPECT_EQ(get_repr(g, "a"), "[1, 1, 1]");
  EXPECT_EQ(get_repr(g, "b"), "2");
  EXPECT_EQ(get_repr(g, "c"), "3");
}

TEST(Vm, GlobalCacheSeesRebinding) {
  Ref<> g = run_ok(
      "def f(): return X\n"
      "X = 1\n"
      "a = f()\n"
      "X = 2\n"
      "b = f()\n"
      "del X\n"
      "try:\n"
      "    f()\n"
      "except NameError as e:\n"
      "    c = str(e)\n");
  EXPECT_EQ(get_repr(g, "a"), "1");
  EXPECT_EQ(get_repr(g, "b"), "2");
  EXPECT_EQ(get_repr(g, "c"), "\"name 'X' is not defined\"");
}

TEST(Vm, ExceptionsAndChaining) {
  Ref<> g = run_ok(
      "log = []\n"
      "try:\n"
      "    try:\n"
      "        1 / 0\n"
      "    except ZeroDivisionError as e:\n"
      "        raise KeyError('k') from e\n"
      "except KeyError as e:\n"
      "    log.append((type(e.__cause__).__name__, e.__suppress_context__))\n"
      "try:\n"
      "    try:\n"
      "        [][1]\n"
      "    except IndexError:\n"
      "        None.x\n"
      "except AttributeError as e:\n"
      "    log.append(type(e.__context__).__name__)\n"
      "def fin():\n"
      "    try:\n"
      "        return 'try'\n"
      "    finally:\n"
      "        log.append('finally')\n"
      "log.append(fin())\n"
      "try:\n"
      "    raise\n"
      "except RuntimeError as e:\n"
      "    log.append(str(e))\n");
  EXPECT_EQ(get_repr(g, "log"),
            "[('ZeroDivisionError', True), 'IndexError', 'finally', 'try', "
            "'No active exception to reraise']");
}

TEST(Vm, TracebackFormatMatchesCPython) {
  std::string src =
      "def a():\n"
      "    b()\n"
      "def b():\n"
      "    c = [1][5]\n"
      "a()\n";
  EXPECT_EQ(run_error(src, "tb_test.py"),
            "Traceback (most recent call last):\n"
            "  File \"tb_test.py\", line 5, in <module>\n"
            "    a()\n"
            "    ~^^\n"
            "  File \"tb_test.py\", line 2, in a\n"
            "    b()\n"
            "    ~^^\n"
            "  File \"tb_test.py\", line 4, in b\n"
            "    c = [1][5]\n"
            "        ~~~^^^\n"
            "IndexError: list index out of range\n");
}

TEST(Vm, TracebackBinaryOpAndChainMessages) {
  std::string src =
      "try:\n"
      "    print(1 / 0)\n"
      "except ZeroDivisionError:\n"
      "    raise ValueError('v')\n";
  EXPECT_EQ(run_error(src, "tb_chain.py"),
            "Traceback (most recent call last):\n"
            "  File \"tb_chain.py\", line 2, in <module>\n"
            "    print(1 / 0)\n"
            "          ~~^~~\n"
            "ZeroDivisionError: division by zero\n"
            "\n"
            "During handling of the above exception, another exception occurred:\n"
            "\n"
            "Traceback (most recent call last):\n"
            "  File \"tb_chain.py\", line 4, in <module>\n"
            "    raise ValueError('v')\n"
            "ValueError: v\n");
}

TEST(Vm, RecursionErrorAndRepeatedLines) {
  std::string text = run_error("def f(): return f()\nf()\n", "tb_rec.py");
  EXPECT_EQ(last_line(text), "RecursionError: maximum recursion depth exceeded");
  EXPECT_NE(text.find("  [Previous line repeated 996 more times]\n"), std::string::npos);
}

TEST(Vm, CustomExceptionNames) {
  EXPECT_EQ(last_line(run_error("class MyError(Exception): pass\nraise MyError('m')\n")),
            "MyError: m");
  EXPECT_EQ(last_line(run_error("raise ValueError('')\n")), "ValueError");
  EXPECT_EQ(last_line(run_error("raise KeyError('k')\n")), "KeyError: 'k'");
}

TEST(Vm, SyntaxErrorReport) {
  ensure_runtime();
  std::string text;
  try {
    compiler::compile("x = 1 +\n", "se.py", compiler::ParseMode::File);
  } catch (PyException& e) {
    text = format_exception(e.value.get());
  }
  EXPECT_EQ(text,
            "  File \"se.py\", line 1\n"
            "    x = 1 +\n"
            "           ^\n"
            "SyntaxError: invalid syntax\n");
}

TEST(Vm, Generators) {
  Ref<> g = run_ok(
      "def count(n):\n"
      "    i = 0\n"
      "    while i < n:\n"
      "        yield i\n"
      "        i += 1\n"
      "    return 'done'\n"
      "a = list(count(4))\n"
      "def acc():\n"
      "    total = 0\n"
      "    while True:\n"
      "        x = yield total\n"
      "        if x is None: return total\n"
      "        total += x\n"
      "gen = acc(); next(gen); gen.send(5)\n"
      "b = gen.send(10)\n"
      "try:\n"
      "    gen.send(None)\n"
      "except StopIteration as e:\n"
      "    c = e.value\n"
      "def inner():\n"
      "    try:\n"
      "        yield 1\n"
      "    except ValueError:\n"
      "        yield 'caught'\n"
      "    return 'r'\n"
      "def outer():\n"
      "    r = yield from inner()\n"
      "    yield r\n"
      "o = outer(); next(o)\n"
      "d = (o.throw(ValueError), next(o))\n"
      "log = []\n"
      "def closing():\n"
      "    try:\n"
      "        yield 1\n"
      "    finally:\n"
      "        log.append('closed')\n"
      "cg = closing(); next(cg); cg.close()\n"
      "def bad():\n"
      "    raise StopIteration\n"
      "    yield\n"
      "try:\n"
      "    next(bad())\n"
      "except RuntimeError as e:\n"
      "    f = str(e)\n"
      "g2 = count(1)\n"
      "try:\n"
      "    g2.send(1)\n"
      "except TypeError as e:\n"
      "    h = str(e)\n");
  EXPECT_EQ(get_repr(g, "a"), "[0, 1, 2, 3]");
  EXPECT_EQ(get_repr(g, "b"), "15");
  EXPECT_EQ(get_repr(g, "c"), "15");
  EXPECT_EQ(get_repr(g, "d"), "('caught', 'r')");
  EXPECT_EQ(get_repr(g, "log"), "['closed']");
  EXPECT_EQ(get_repr(g, "f"), "'generator raised StopIteration'");
  EXPECT_EQ(get_repr(g, "h"), "\"can't send non-None value to a just-started generator\"");
}

TEST(Vm, WithStatement) {
  Ref<> g = run_ok(
      "log = []\n"
      "class CM:\n"
      "    def __enter__(self): log.append('enter'); return self\n"
      "    def __exit__(self, t, v, tb):\n"
      "        log.append(t.__name__ if t else None)\n"
      "        return True\n"
      "with CM() as c:\n"
      "    raise KeyError('x')\n"
      "with CM():\n"
      "    pass\n");
  EXPECT_EQ(get_repr(g, "log"), "['enter', 'KeyError', 'enter', None]");
}

// Deeper than the default limit, yet shallow enough for the 8 MiB main
// thread stack of the test binary even with sanitizer-sized C++ frames (the
// C++ stack guard would raise RecursionError otherwise).
TEST(Vm, DeepRecursionUsesTheDataStack) {
  Ref<> g = run_ok(
      "import sys\n"
      "sys.setrecursionlimit(2000)\n"
      "def rec(n): return 0 if n == 0 else 1 + rec(n - 1)\n"
      "r = rec(1500)\n"
      "sys.setrecursionlimit(1000)\n");
  EXPECT_EQ(get_repr(g, "r"), "1500");
}

TEST(Vm, ExecEvalCompileLocals) {
  Ref<> g = run_ok(
      "ns = {'a': 2}\n"
      "exec('b = a * 21', ns)\n"
      "r1 = ns['b']\n"
      "r2 = eval(' a + 1', ns)\n"
      "code = compile('x * 2', '<e>', 'eval')\n"
      "r3 = eval(code, {'x': 5})\n"
      "def loc():\n"
      "    q = 1\n"
      "    return sorted(locals())\n"
      "r4 = loc()\n"
      "r5 = 'ns' in globals()\n");
  EXPECT_EQ(get_repr(g, "r1"), "42");
  EXPECT_EQ(get_repr(g, "r2"), "3");
  EXPECT_EQ(get_repr(g, "r3"), "10");
  EXPECT_EQ(get_repr(g, "r4"), "['q']");
  EXPECT_EQ(get_repr(g, "r5"), "True");
}

TEST(Vm, NativeCallablesAndDescriptors) {
  Ref<> g = run_ok(
      "l = []\n"
      "list.append(l, 1)\n"
      "l.append(2)\n"
      "r1 = l\n"
      "try:\n"
      "    list.append(1, 2)\n"
      "except TypeError as e:\n"
      "    r2 = str(e)\n"
      "try:\n"
      "    (1).real = 3\n"
      "except AttributeError as e:\n"
      "    r3 = str(e)\n"
      "r4 = (repr(len), repr(list.append), repr(int.real))\n");
  EXPECT_EQ(get_repr(g, "r1"), "[1, 2]");
  EXPECT_EQ(get_repr(g, "r2"), "\"descriptor 'append' for 'list' objects doesn't apply to a 'int' object\"");
  EXPECT_EQ(get_repr(g, "r3"), "\"attribute 'real' of 'int' objects is not writable\"");
  EXPECT_EQ(get_repr(g, "r4"),
            "('<built-in function len>', \"<method 'append' of 'list' objects>\", "
            "\"<attribute 'real' of 'int' objects>\")");
}

}  // namespace
}  // namespace ftpy::vm
