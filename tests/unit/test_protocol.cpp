// test_protocol.cpp — the abstract object protocol (objects/protocol_*.cpp,
// args.cpp): dispatch rules and CPython 3.13's error messages.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gc/gc_counts.h"
#include "objects/api.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
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

// "Type: message" of the Python exception `fn` raises, or "" if none.
template <class Fn>
std::string error_of(Fn&& fn) {
  ensure_runtime();
  try {
    fn();
  } catch (PyException& e) {
    return std::string(type_name_of(e.value.get())) + ": " + str_utf8(e.value.get());
  }
  return "";
}

TEST(Protocol, BinaryOpErrors) {
  ensure_runtime();
  Ref<> one = int_from(1);
  Ref<> s = str_new("a");
  EXPECT_EQ(error_of([&] { binary_op(one.get(), s.get(), BinaryOp::Sub); }),
            "TypeError: unsupported operand type(s) for -: 'int' and 'str'");
  EXPECT_EQ(error_of([&] { binary_op(s.get(), one.get(), BinaryOp::Pow); }),
            "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'");
  EXPECT_EQ(error_of([&] { power3(s.get(), one.get(), one.get()); }),
            "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'");
  EXPECT_EQ(error_of([&] { inplace_op(s.get(), one.get(), BinaryOp::Pow); }),
            "TypeError: unsupported operand type(s) for **=: 'str' and 'int'");
  EXPECT_EQ(error_of([&] { negative(s.get()); }), "TypeError: bad operand type for unary -: 'str'");
  EXPECT_EQ(error_of([&] { absolute(s.get()); }), "TypeError: bad operand type for abs(): 'str'");
  Ref<> r = binary_op(one.get(), one.get(), BinaryOp::Add);
  EXPECT_EQ(repr_utf8(r.get()), "2");
  EXPECT_STREQ(binary_op_symbol(BinaryOp::FloorDiv), "//");
}

TEST(Protocol, ReflectedAndSubclassPriority) {
  EXPECT_EQ(run("class V:\n  def __radd__(self, o): return 'radd'\nresult = 1 + V()"), "'radd'");
  EXPECT_EQ(run("class A:\n  def __add__(self, o): return 'A.add'\n  def __radd__(self, o): return "
                "'A.radd'\nclass B(A):\n  def __radd__(self, o): return 'B.radd'\n"
                "result = (A() + B(), B() + A())"),
            "('B.radd', 'A.add')");
  EXPECT_EQ(run("class V:\n  def __mul__(self, o): return NotImplemented\nV() * 2"),
            "TypeError: unsupported operand type(s) for *: 'V' and 'int'");
  EXPECT_EQ(run("class V:\n  def __iadd__(self, o): return 'iadd'\nv = V(); v += 1\nresult = v"),
            "'iadd'");
}

TEST(Protocol, RichCompare) {
  ensure_runtime();
  Ref<> one = int_from(1);
  Ref<> s = str_new("a");
  EXPECT_EQ(error_of([&] { richcompare(one.get(), s.get(), CompareOp::Lt); }),
            "TypeError: '<' not supported between instances of 'int' and 'str'");
  EXPECT_FALSE(richcompare_bool(one.get(), s.get(), CompareOp::Eq));
  EXPECT_TRUE(richcompare_bool(one.get(), s.get(), CompareOp::Ne));
  EXPECT_TRUE(eq(s.get(), s.get()));
  EXPECT_EQ(run("class K:\n  def __eq__(self, o): return True\nresult = (K() == 1, K() != 1, 1 == "
                "K())"),
            "(True, False, True)");
  EXPECT_EQ(run("class K:\n  def __lt__(self, o): return 'lt'\nresult = 3 > K()"), "'lt'");
}

TEST(Protocol, HashAndTruth) {
  ensure_runtime();
  Ref<List> l = list_new();
  EXPECT_EQ(error_of([&] { hash(l.get()); }), "TypeError: unhashable type: 'list'");
  EXPECT_FALSE(truthy(l.get()));
  EXPECT_FALSE(truthy(kNone));
  EXPECT_TRUE(truthy(&IntType));
  EXPECT_EQ(run("class K:\n  def __eq__(s, o): return True\nhash(K())"),
            "TypeError: unhashable type: 'K'");
  EXPECT_EQ(run("class K:\n  def __hash__(s): return 's'\nhash(K())"),
            "TypeError: __hash__ method should return an integer");
  EXPECT_EQ(run("class K:\n  def __bool__(s): return 1\nbool(K())"),
            "TypeError: __bool__ should return bool, returned int");
  EXPECT_EQ(run("class K:\n  def __len__(s): return -1\nlen(K())"),
            "ValueError: __len__() should return >= 0");
}

TEST(Protocol, ContainerErrors) {
  ensure_runtime();
  Ref<> one = int_from(1);
  EXPECT_EQ(error_of([&] { length(one.get()); }), "TypeError: object of type 'int' has no len()");
  EXPECT_EQ(error_of([&] { getitem(one.get(), one.get()); }),
            "TypeError: 'int' object is not subscriptable");
  EXPECT_EQ(error_of([&] { setitem(one.get(), one.get(), one.get()); }),
            "TypeError: 'int' object does not support item assignment");
  EXPECT_EQ(error_of([&] { get_iter(one.get()); }), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(error_of([&] { contains(one.get(), one.get()); }),
            "TypeError: argument of type 'int' is not iterable");
  EXPECT_EQ(error_of([&] { call0(one.get()); }), "TypeError: 'int' object is not callable");
  EXPECT_EQ(
      run("class S:\n  def __getitem__(self, i):\n    if i > 2: raise IndexError\n    return i\n"
          "result = (list(S()), 2 in S())"),
      "([0, 1, 2], True)");
  EXPECT_EQ(run("class I:\n  def __iter__(self): return 1\niter(I())"),
            "TypeError: iter() returned non-iterator of type 'int'");
}

TEST(Protocol, Calls) {
  ensure_runtime();
  Ref<> args = tuple_pack({});
  Ref<Dict> kw = dict_new();
  Ref<> v = str_new("x");
  dict_set_str(kw.get(), "sep", v.get());
  Ref<> list_type = Ref<>::borrow(&ListType);
  Ref<> r = call_tuple_dict(&TupleType, args.get(), nullptr);
  EXPECT_EQ(repr_utf8(r.get()), "()");
  Ref<> s = str_new("a b");
  Ref<> parts = call_method(s.get(), intern("split"), nullptr, 0);
  EXPECT_EQ(repr_utf8(parts.get()), "['a', 'b']");
  Ref<> up = call_method0(s.get(), "upper");
  EXPECT_EQ(repr_utf8(up.get()), "'A B'");
}

TEST(Protocol, StringForms) {
  ensure_runtime();
  Ref<> s = str_new("h\xc3\xa9");
  EXPECT_EQ(repr_utf8(ascii(s.get()).get()), "\"'h\\\\xe9'\"");
  EXPECT_EQ(run("class K:\n  def __str__(self): return 1\nstr(K())"),
            "TypeError: __str__ returned non-string (type int)");
  EXPECT_EQ(run("format(object(), 'x')"),
            "TypeError: unsupported format string passed to object.__format__");
  EXPECT_EQ(run("class F:\n  def __format__(self, s): return '<' + s + '>'\nresult = format(F(), "
                "'q')"),
            "'<q>'");
}

// A freed float's block goes to the thread's free list and the next float
// reuses it (objects/float.cpp): the new float must be a fresh object (its
// own value, one reference, counted live once), and the live count must come
// back to where it was when every float is gone.
TEST(Protocol, FloatFreeListReusesBlocksAsFreshObjects) {
  ensure_runtime();
  int64_t live_before = gc::live_object_count();
  Object* first_block;
  {
    Ref<> a = float_from(1.25);
    first_block = a.get();
    EXPECT_EQ(gc::live_object_count(), live_before + 1);
  }
  EXPECT_EQ(gc::live_object_count(), live_before);
  Ref<> b = float_from(2.5);
  EXPECT_EQ(b.get(), first_block);  // the block came back from the list
  EXPECT_EQ(type_of(b.get()), &FloatType);
  EXPECT_EQ(float_value(b.get()), 2.5);
  EXPECT_EQ(refcount_of(b.get()), 1);
  EXPECT_EQ(gc::live_object_count(), live_before + 1);
  {
    std::vector<Ref<>> many;
    for (int i = 0; i < 1000; ++i) many.push_back(float_from(i * 0.5));
    for (int i = 0; i < 1000; ++i) EXPECT_EQ(float_value(many[i].get()), i * 0.5);
    EXPECT_EQ(gc::live_object_count(), live_before + 1001);
  }
  b = Ref<>();
  EXPECT_EQ(gc::live_object_count(), live_before);
}

TEST(Protocol, Conversions) {
  ensure_runtime();
  Ref<> f = float_from(1.5);
  EXPECT_EQ(error_of([&] { index(f.get()); }),
            "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(error_of([&] { to_int(kNone); }),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, "
            "not 'NoneType'");
  EXPECT_EQ(error_of([&] { to_float(kNone); }),
            "TypeError: float() argument must be a string or a real number, not 'NoneType'");
  Ref<> s = str_new("a");
  EXPECT_EQ(error_of([&] { as_double(s.get()); }), "TypeError: must be real number, not str");
  EXPECT_EQ(as_double(f.get()), 1.5);
  Ref<> big = int_from_string("100000000000000000000000", 10);
  EXPECT_EQ(index_as_int64_clamped(big.get()), INT64_MAX);
  EXPECT_EQ(error_of([&] { index_as_int64(big.get()); }),
            "OverflowError: cannot fit 'int' into an index-sized integer");
  EXPECT_EQ(run("class K:\n  def __index__(self): return 's'\n[1][K()]"),
            "TypeError: __index__ returned non-int (type str)");
}

TEST(Protocol, IsInstance) {
  ensure_runtime();
  Ref<> one = int_from(1);
  Ref<> types = tuple_pack({&StrType, &IntType});
  EXPECT_TRUE(isinstance(one.get(), types.get()));
  EXPECT_TRUE(isinstance(kTrue, &IntType));
  EXPECT_FALSE(isinstance(one.get(), &StrType));
  EXPECT_EQ(error_of([&] { isinstance(one.get(), one.get()); }),
            "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  EXPECT_EQ(
      run("class M(type):\n  def __instancecheck__(c, i): return i == 42\nclass A(metaclass=M): "
          "pass\nresult = (isinstance(42, A), isinstance(1, A))"),
      "(True, False)");
}

TEST(Protocol, Attributes) {
  ensure_runtime();
  Ref<> one = int_from(1);
  EXPECT_FALSE(getattr_or_null(one.get(), intern("nope")));
  EXPECT_TRUE(hasattr(one.get(), intern("real")));
  EXPECT_EQ(error_of([&] { setattr(one.get(), intern("x"), one.get()); }),
            "AttributeError: 'int' object has no attribute 'x' and no __dict__ for setting new "
            "attributes");
  bool is_method = false;
  Ref<> m = getattr_for_call(one.get(), intern("bit_length"), &is_method);
  EXPECT_TRUE(is_method);
  EXPECT_EQ(run("class K:\n  def __getattr__(self, n): return n * 2\nresult = K().ab"), "'abab'");
}

TEST(Args, ParseArgsMessages) {
  ensure_runtime();
  Object* out[2];
  Ref<> one = int_from(1);
  Object* three[3] = {one.get(), one.get(), one.get()};
  EXPECT_EQ(error_of([&] {
              parse_args("to_bytes", three, 3, nullptr, {"length", "byteorder"}, 0, out);
            }),
            "TypeError: to_bytes() takes at most 2 positional arguments (3 given)");
  EXPECT_EQ(error_of([&] {
              parse_args("f", three, 0, nullptr, {"x", "y"}, 1, out);
            }),
            "TypeError: f() missing required argument 'x' (pos 1)");
  Ref<> kw = tuple_pack({intern("foo")});
  EXPECT_EQ(error_of([&] { parse_args("split", three, 0, kw.get(), {"sep"}, 0, out); }),
            "TypeError: split() got an unexpected keyword argument 'foo'");
  Ref<> kw2 = tuple_pack({intern("sep")});
  EXPECT_EQ(error_of([&] {
              parse_args("split", three, 1, kw2.get(), {"sep", "maxsplit"}, 0, out);
            }),
            "TypeError: argument for split() given by name ('sep') and position (1)");
  EXPECT_EQ(error_of([&] { check_nargs("len", 2, 1, 1); }),
            "TypeError: len() takes exactly one argument (2 given)");
  EXPECT_EQ(error_of([&] { check_nargs("getattr", 1, 2, 3); }),
            "TypeError: getattr expected at least 2 arguments, got 1");
  EXPECT_EQ(error_of([&] { check_nargs("divmod", 1, 2, 2); }),
            "TypeError: divmod expected 2 arguments, got 1");
  EXPECT_EQ(error_of([&] { check_nargs("list.clear", 1, 0, 0); }),
            "TypeError: list.clear() takes no arguments (1 given)");
  EXPECT_EQ(error_of([&] { check_no_kwargs("f", kw.get()); }),
            "TypeError: f() takes no keyword arguments");
}

}  // namespace
}  // namespace ftpy
