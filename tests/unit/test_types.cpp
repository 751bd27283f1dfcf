// test_types.cpp — the type system (objects/type*.cpp, mro.cpp,
// object_base.cpp, descr*.cpp, super.cpp, exceptions*.cpp, singletons.cpp,
// module.cpp): class creation, MRO, slots, descriptors, super, metaclasses,
// exceptions, with expected values checked against CPython 3.13.
#include <gtest/gtest.h>

#include <string>

#include "objects/api.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/compiler/compiler.h"
#include "runtime/init.h"
#include "runtime/modules/module_util.h"
#include "runtime/vm/interp.h"

namespace ftpy {
namespace {

void ensure_runtime() {
  if (!builtins_module()) runtime_init(RuntimeOptions{});
}

// Runs `src` as a module body and returns repr(result) ("Type: message" if
// the snippet raises).
std::string run(const std::string& src) {
  ensure_runtime();
  try {
    Ref<Dict> globals = dict_new();
    dict_set_str(globals.get(), "__builtins__", builtins_module());
    Ref<> name = str_new("__main__");
    dict_set_str(globals.get(), "__name__", name.get());
    Ref<> code = compiler::compile(src, "<test>", compiler::ParseMode::File);
    vm::eval_code(code.get(), globals.get(), globals.get());
    Ref<> result = dict_get_str(globals.get(), "result");
    if (!result) return "<no result>";
    return repr_utf8(result.get());
  } catch (PyException& e) {
    return std::string(type_name_of(e.value.get())) + ": " + str_utf8(e.value.get());
  }
}

TEST(Types, BuiltinTypesAreReady) {
  ensure_runtime();
  for (Type* t : {&ObjectType, &TypeType, &NoneType, &PropertyType, &SuperType, &exc::ValueError,
                  &ModuleType}) {
    EXPECT_TRUE(type_has_flag(t, kTypeReady)) << t->name;
    EXPECT_NE(t->tp_getattr, nullptr) << t->name;
    EXPECT_NE(type_version(t), 0u) << t->name;
  }
  EXPECT_EQ(repr_utf8(&TypeType), "<class 'type'>");
  EXPECT_EQ(repr_utf8(kNone), "None");
  EXPECT_EQ(repr_utf8(kEllipsis), "Ellipsis");
  EXPECT_EQ(repr_utf8(kNotImplemented), "NotImplemented");
  EXPECT_TRUE(is_subtype(&exc::KeyError, &exc::LookupError));
  EXPECT_FALSE(is_subtype(&exc::KeyError, &exc::ValueError));
}

TEST(Types, ClassBasics) {
  EXPECT_EQ(
      run("class K:\n  x = 1\n  def m(self): return self.x + 1\nresult = (K().m(), K.__name__, "
          "K.__qualname__, K.__module__)"),
      "(2, 'K', 'K', '__main__')");
  EXPECT_EQ(run("class K: pass\nresult = repr(K)"), "\"<class '__main__.K'>\"");
  EXPECT_EQ(run("class K: pass\nresult = list(K.__dict__)"),
            "['__module__', '__firstlineno__', '__static_attributes__', '__dict__', "
            "'__weakref__', '__doc__']");
  EXPECT_EQ(run("class K: pass\nk = K(); k.a = 1; result = k.__dict__"), "{'a': 1}");
  EXPECT_EQ(run("class K: pass\nresult = K(1)"), "TypeError: K() takes no arguments");
  EXPECT_EQ(run("class K: pass\nK().__init__(1)"),
            "TypeError: K.__init__() takes exactly one argument (the instance to initialize)");
  EXPECT_EQ(run("class K: pass\nresult = K().zz"),
            "AttributeError: 'K' object has no attribute 'zz'");
  EXPECT_EQ(run("class K: pass\nresult = K.zz"),
            "AttributeError: type object 'K' has no attribute 'zz'");
  EXPECT_EQ(run("result = type('X', (), {'a': 1})().a"), "1");
  EXPECT_EQ(run("result = type(1, 2)"), "TypeError: type() takes 1 or 3 arguments");
}

TEST(Types, Mro) {
  EXPECT_EQ(run("class A: pass\nclass B(A): pass\nclass C(A): pass\nclass D(B, C): pass\n"
                "result = [k.__name__ for k in D.__mro__]"),
            "['D', 'B', 'C', 'A', 'object']");
  EXPECT_EQ(run("class A: pass\nclass B(A): pass\nclass C(A, B): pass"),
            "TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B");
  EXPECT_EQ(run("class A(int, str): pass"),
            "TypeError: multiple bases have instance lay-out conflict");
  EXPECT_EQ(run("class A(bool): pass"), "TypeError: type 'bool' is not an acceptable base type");
}

TEST(Types, Slots) {
  EXPECT_EQ(run("class A:\n  __slots__ = ('a', 'b')\na = A(); a.a = 1\nresult = a.a"), "1");
  EXPECT_EQ(run("class A:\n  __slots__ = ('a',)\nA().a"),
            "AttributeError: 'A' object has no attribute 'a'");
  EXPECT_EQ(run("class A:\n  __slots__ = ('a',)\nA().b = 1"),
            "AttributeError: 'A' object has no attribute 'b' and no __dict__ for setting new "
            "attributes");
  EXPECT_EQ(run("class A:\n  __slots__ = ('a',)\na = A()\ndel a.a"), "AttributeError: a");
  EXPECT_EQ(run("class A:\n  __slots__ = ('a',)\nresult = repr(A.a)"),
            "\"<member 'a' of 'A' objects>\"");
  EXPECT_EQ(run("class A:\n  __slots__ = ('a',)\n  a = 1"),
            "ValueError: 'a' in __slots__ conflicts with class variable");
  EXPECT_EQ(run("class A(int):\n  __slots__ = ('a',)"),
            "TypeError: nonempty __slots__ not supported for subtype of 'int'");
  EXPECT_EQ(run("class A:\n  __slots__ = ('a', '__dict__')\nx = A(); x.z = 2; x.a = 1\n"
                "result = (x.a, x.__dict__)"),
            "(1, {'z': 2})");
}

TEST(Types, Descriptors) {
  EXPECT_EQ(run("class P:\n  @property\n  def v(self): return 3\n  @v.setter\n  def v(self, x): "
                "self.w = x\np = P(); p.v = 9\nresult = (p.v, p.w)"),
            "(3, 9)");
  EXPECT_EQ(run("class P:\n  @property\n  def v(self): return 3\nP().v = 1"),
            "AttributeError: property 'v' of 'P' object has no setter");
  EXPECT_EQ(run("class S:\n  @staticmethod\n  def f(x): return x\n  @classmethod\n  def c(cls): "
                "return cls.__name__\nresult = (S.f(1), S().f(2), S.c(), S().c())"),
            "(1, 2, 'S', 'S')");
  EXPECT_EQ(run("class D:\n  def __get__(self, o, t=None): return 'got'\nclass K:\n  d = D()\n"
                "result = (K().d, K.d)"),
            "('got', 'got')");
}

TEST(Types, Super) {
  EXPECT_EQ(run("class A:\n  def f(self): return 'A'\nclass B(A):\n  def f(self): return 'B' + "
                "super().f()\nclass C(B):\n  def f(self): return 'C' + super(B, self).f()\n"
                "result = (B().f(), C().f())"),
            "('BA', 'CA')");
  EXPECT_EQ(run("class B: pass\nresult = repr(super(B, B()))"),
            "\"<super: <class 'B'>, <B object>>\"");
  EXPECT_EQ(run("super(int, 'a')"),
            "TypeError: super(type, obj): obj (instance of str) is not an instance or subtype of "
            "type (int).");
}

TEST(Types, MetaclassAndHooks) {
  EXPECT_EQ(run("class M(type):\n  def __new__(m, n, b, ns, **kw):\n    ns['tag'] = kw.get('t')\n"
                "    return super().__new__(m, n, b, ns)\nclass K(metaclass=M, t=5): pass\n"
                "result = (K.tag, type(K).__name__)"),
            "(5, 'M')");
  EXPECT_EQ(
      run("class B:\n  def __init_subclass__(cls, k=0):\n    cls.k = k\nclass C(B, k=3): pass\n"
          "result = C.k"),
      "3");
  EXPECT_EQ(run("class K(x=1): pass"),
            "TypeError: K.__init_subclass__() takes no keyword arguments");
  EXPECT_EQ(run("names = []\nclass D:\n  def __set_name__(self, o, n): names.append(n)\nclass K:\n"
                "  a = D()\n  b = D()\nresult = names"),
            "['a', 'b']");
}

TEST(Types, ClassAttributeWritesInvalidate) {
  EXPECT_EQ(run("class K:\n  x = 1\nk = K()\na = k.x\nK.x = 2\nresult = (a, k.x)"), "(1, 2)");
  EXPECT_EQ(run("class K: pass\nK.__repr__ = lambda s: 'R'\nresult = repr(K())"), "'R'");
  EXPECT_EQ(run("class A: pass\nclass B(A): pass\nA.__len__ = lambda s: 4\nresult = len(B())"),
            "4");
  EXPECT_EQ(run("int.x = 1"), "TypeError: cannot set 'x' attribute of immutable type 'int'");
  EXPECT_EQ(run("class K: pass\ndel K.x"), "AttributeError: type object 'K' has no attribute 'x'");
}

TEST(Types, TypeLookupCache) {
  ensure_runtime();
  Str* name = intern("__repr__");
  Object* a = type_lookup(&IntType, name);
  Object* b = type_lookup(&IntType, name);
  EXPECT_NE(a, nullptr);
  EXPECT_EQ(a, b);
  EXPECT_EQ(type_lookup(&IntType, intern("no_such_attribute_here")), nullptr);
  Type* owner = nullptr;
  EXPECT_EQ(type_lookup_owner(&BoolType, intern("bit_length"), &owner),
            type_lookup(&BoolType, intern("bit_length")));
  EXPECT_EQ(owner, &IntType);
}

TEST(Types, SubclassBuiltins) {
  EXPECT_EQ(run("class L(list):\n  def append(self, x): super().append(x * 2)\nl = L([1]); "
                "l.append(2)\nresult = (l, len(l), isinstance(l, list))"),
            "([1, 4], 2, True)");
  EXPECT_EQ(run("class D(dict):\n  def __missing__(self, k): return -1\nresult = D(a=1)['b']"),
            "-1");
  EXPECT_EQ(run("class I(int): pass\nresult = (I(3) + 1, type(I(3)).__name__)"), "(4, 'I')");
  EXPECT_EQ(run("class S(str):\n  def up(self): return self.upper()\nresult = S('ab').up()"),
            "'AB'");
  EXPECT_EQ(run("class E(Exception):\n  def __init__(self, a, b):\n    super().__init__(a)\n"
                "    self.b = b\ne = E(1, 2)\nresult = (e.args, e.b, repr(e))"),
            "((1,), 2, 'E(1)')");
}

TEST(Types, Exceptions) {
  EXPECT_EQ(run("result = (repr(ValueError('x')), str(KeyError('k')), str(ValueError()), "
                "str(ValueError(1, 2)))"),
            "(\"ValueError('x')\", \"'k'\", '', '(1, 2)')");
  EXPECT_EQ(run("result = str(SyntaxError('m', ('/a/f.py', 3, 1, 'x', 3, 2)))"),
            "'m (f.py, line 3)'");
  EXPECT_EQ(run("result = (StopIteration(4).value, SystemExit().code, SystemExit(1, 2).code)"),
            "(4, None, (1, 2))");
  EXPECT_EQ(run("e = OSError(2, 'No such', 'f')\nresult = (type(e).__name__, str(e), e.args)"),
            "('FileNotFoundError', \"[Errno 2] No such: 'f'\", (2, 'No such'))");
  EXPECT_EQ(run("result = ImportError('a', name='n').name"), "'n'");
  EXPECT_EQ(run("ValueError(a=1)"), "TypeError: ValueError() takes no keyword arguments");
  EXPECT_EQ(run("e = ValueError(); e.add_note('n'); e.z = 1\nresult = (e.__notes__, e.z)"),
            "(['n'], 1)");
  EXPECT_EQ(run("raise 1"), "TypeError: exceptions must derive from BaseException");
  EXPECT_EQ(run("result = str(ExceptionGroup('m', [ValueError(1)]))"), "'m (1 sub-exception)'");
}

TEST(Types, MakeExceptionFromCpp) {
  ensure_runtime();
  Ref<> e = make_exception(&exc::KeyError, "k");
  EXPECT_EQ(repr_utf8(e.get()), "KeyError('k')");
  EXPECT_EQ(str_utf8(e.get()), "'k'");
  try {
    raisef(&exc::ValueError, "bad %s %d", "value", 3);
    FAIL();
  } catch (PyException& ex) {
    EXPECT_EQ(ex.type(), &exc::ValueError);
    EXPECT_EQ(str_utf8(ex.value.get()), "bad value 3");
  }
}

TEST(Types, Modules) {
  ensure_runtime();
  Ref<> m = module_new("mymod");
  EXPECT_EQ(repr_utf8(m.get()), "<module 'mymod' (built-in)>");
  Ref<> v = int_from(5);
  setattr(m.get(), intern("x"), v.get());
  EXPECT_EQ(repr_utf8(getattr(m.get(), "x").get()), "5");
  try {
    getattr(m.get(), "nope");
    FAIL();
  } catch (PyException& ex) {
    EXPECT_EQ(str_utf8(ex.value.get()), "module 'mymod' has no attribute 'nope'");
  }
}

}  // namespace
}  // namespace ftpy
