# Every binary operator dunder, its reflected (__r*__) and in-place (__i*__)
# form; no __iadd__ falls back to __add__ (rebinding). Unary operators and
# fallbacks are in operators_unary.py.
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
    @staticmethod
    def val(o): return o.v if isinstance(o, N) else o
    def __add__(self, o): return N(self.v + N.val(o))
    def __sub__(self, o): return N(self.v - N.val(o))
    def __mul__(self, o): return N(self.v * N.val(o))
    def __truediv__(self, o): return N(self.v / N.val(o))
    def __floordiv__(self, o): return N(self.v // N.val(o))
    def __mod__(self, o): return N(self.v % N.val(o))
    def __divmod__(self, o): return (self // o, self % o)
    def __pow__(self, o, mod=None): return N(pow(self.v, N.val(o), mod))
    def __lshift__(self, o): return N(self.v << N.val(o))
    def __rshift__(self, o): return N(self.v >> N.val(o))
    def __and__(self, o): return N(self.v & N.val(o))
    def __or__(self, o): return N(self.v | N.val(o))
    def __xor__(self, o): return N(self.v ^ N.val(o))
    def __matmul__(self, o): return N(self.v * 1000 + N.val(o))
    def __radd__(self, o): return ("radd", o, self.v)
    def __rsub__(self, o): return ("rsub", o, self.v)
    def __rmul__(self, o): return ("rmul", o, self.v)
    def __rtruediv__(self, o): return ("rtruediv", o, self.v)
    def __rfloordiv__(self, o): return ("rfloordiv", o, self.v)
    def __rmod__(self, o): return ("rmod", o, self.v)
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __rpow__(self, o): return ("rpow", o, self.v)
    def __rlshift__(self, o): return ("rlshift", o, self.v)
    def __rrshift__(self, o): return ("rrshift", o, self.v)
    def __rand__(self, o): return ("rand", o, self.v)
    def __ror__(self, o): return ("ror", o, self.v)
    def __rxor__(self, o): return ("rxor", o, self.v)
    def __rmatmul__(self, o): return ("rmatmul", o, self.v)
a, b = N(12), N(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** b, pow(a, 2, 5), a << b, a >> 1, a & b, a | b, a ^ b, a @ b)
print(a + 3, a - 3, a * 3, a / 3, a // 3, a % 3, divmod(a, 3), a ** 2, a << 1, a >> 2, a & 4, a | 1, a ^ 1, a @ 3)
print(7 + b, 7 - b, 7 * b, 7 / b, 7 // b, 7 % b)
print(divmod(7, b), 7 ** b, 7 << b, 7 >> b, 7 & b, 7 | b, 7 ^ b, 7 @ b)
class I(N):
    def _log(self, op):
        self.v = (op, self.v)
        return self
    def __iadd__(self, o): return self._log("iadd")
    def __isub__(self, o): return self._log("isub")
    def __imul__(self, o): return self._log("imul")
    def __itruediv__(self, o): return self._log("itruediv")
    def __ifloordiv__(self, o): return self._log("ifloordiv")
    def __imod__(self, o): return self._log("imod")
    def __ipow__(self, o): return self._log("ipow")
    def __ilshift__(self, o): return self._log("ilshift")
    def __irshift__(self, o): return self._log("irshift")
    def __iand__(self, o): return self._log("iand")
    def __ior__(self, o): return self._log("ior")
    def __ixor__(self, o): return self._log("ixor")
    def __imatmul__(self, o): return self._log("imatmul")
x = I(1)
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= 1
print(x)
y = N(10)
before = y
y += 5
print(y, y is before)
