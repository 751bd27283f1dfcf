# exec/eval/compile on strings: expressions vs statements, explicit globals
# and locals dicts, functions defined by exec, compile modes "eval" and
# "exec", SyntaxError from bad code, a restricted __builtins__ dict.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'ab' * 2"), eval("  7  "))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 21}), eval("x", {}, {"x": "local"}), eval("len('abc')", {}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if k != "__builtins__"))
g = {"base": 100}
loc = {}
exec("total = base + 1\nnames = [n for n in ('p', 'q')]", g, loc)
print(loc, "total" in g)
exec("print('printed from exec', 6 * 7)")
exec("counter = 0\nfor i in range(5):\n    counter += i\n")
print(counter)
code = compile("3 ** 4", "<expr>", "eval")
print(eval(code), eval(code), type(code).__name__)
stmts = compile("res = [i for i in range(3)]\nres.append('done')", "<stmts>", "exec")
space = {}
exec(stmts, space)
print(space["res"])
for src in ["1 +", "def f(:\n pass", "x = = 1", "(1, 2"]:
    try:
        compile(src, "<bad>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "| line", e.lineno, "| file", e.filename)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_name_xyz")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
def uses_exec():
    env = {}
    exec("y = 99", env)
    return env["y"]
print(uses_exec())
print(eval("(lambda a, b: a - b)(10, 3)"), eval("sorted({3, 1, 2})"), eval("{'k': [1, 2]}['k'][1]"))
template = "def {name}(v):\n    return v {op} {n}\n"
funcs = {}
for name, op, n in [("add3", "+", 3), ("times4", "*", 4)]:
    exec(template.format(name=name, op=op, n=n), funcs)
print(funcs["add3"](1), funcs["times4"](5))
print(eval("__name__"), eval("__name__", {"__name__": "custom"}), eval("abs(-3)", {"__builtins__": {"abs": abs}}))
print(exec("1 + 1"), eval(compile("None", "<n>", "eval")))
