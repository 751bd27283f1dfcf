# A small expression language: tokenizer (generator), recursive-descent
# parser building tuples, evaluator with variables and user functions
# (closures), error reporting through custom exceptions. Exercises many
# features together.
class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg if pos is None else f"{msg} at {pos}")
        self.pos = pos
def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            yield ("num", float(text) if "." in text else int(text), i)
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield ("name", src[i:j], i)
            i = j
        elif ch in "+-*/%^(),=":
            yield ("op", ch, i)
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    yield ("end", None, len(src))
class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.k = 0
    def peek(self):
        return self.tokens[self.k]
    def take(self, kind=None, value=None):
        tok = self.tokens[self.k]
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            raise CalcError(f"expected {value or kind}, got {tok[1]!r}", tok[2])
        self.k += 1
        return tok
    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.k + 1][1] == "=":
            name = self.take("name")[1]
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            node = (self.take()[1], node, self.term())
        return node
    def term(self):
        node = self.power()
        while self.peek()[1] in ("*", "/", "%"):
            node = (self.take()[1], node, self.power())
        return node
    def power(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return ("^", base, self.power())
        return base
    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        kind, value, pos = self.peek()
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "name":
            self.take()
            if self.peek()[1] == "(":
                self.take()
                args = [] if self.peek()[1] == ")" else [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return ("call", value, args)
            return ("var", value)
        if value == "(":
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise CalcError(f"unexpected {value!r}", pos)
def make_env():
    env = {"pi": 3.14159}
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "%": lambda a, b: a % b, "^": lambda a, b: a ** b}
    funcs = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}
    def ev(node):
        tag = node[0]
        if tag == "num":
            return node[1]
        if tag == "var":
            if node[1] not in env:
                raise CalcError(f"unknown variable {node[1]}")
            return env[node[1]]
        if tag == "assign":
            env[node[1]] = ev(node[2])
            return env[node[1]]
        if tag == "neg":
            return -ev(node[1])
        if tag == "call":
            return funcs[node[1]](*[ev(a) for a in node[2]])
        try:
            return ops[tag](ev(node[1]), ev(node[2]))
        except ZeroDivisionError:
            raise CalcError("division by zero") from None
    return ev, env
ev, env = make_env()
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "y = x / 4", "x % 3 + y", "max(1, x, 3) - min(4, 2)",
         "sum(1, 2, 3, 4)", "abs(-7.5) * 2", "10 / 0", "z + 1", "3 $ 4", "(1 + 2", "1 2", "pi * 2", "big = 2 ^ 100", "big % 1000007"]
for line in lines:
    try:
        parser = Parser(line)
        tree = parser.statement()
        parser.take("end")
        print(f"{line:28} => {ev(tree)!r}")
    except CalcError as e:
        print(f"{line:28} !! {e} (pos={e.pos})")
print(sorted(env))
