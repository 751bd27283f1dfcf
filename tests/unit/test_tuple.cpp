// test_tuple.cpp — objects/tuple.cpp: construction, the empty singleton, CPython-
// compatible hashing, repr, comparison, indexing/slicing and errors. Expected
// values come from CPython 3.13.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "objects/api.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/compiler/compiler.h"
#include "runtime/init.h"
#include "runtime/modules/module_util.h"
#include "runtime/vm/interp.h"

namespace ftpy {
namespace {

// Brings the runtime up once per process (whichever test file runs first).
void ensure_runtime() {
  if (!builtins_module()) runtime_init(RuntimeOptions{});
}

// Runs `src` as a module body and returns repr(result), where `result` is a
// global the snippet assigns; a Python exception becomes "Type: message".
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

// The message of the Python exception `fn` raises ("Type: message"), or "".
template <class Fn>
[[maybe_unused]] std::string error_of(Fn&& fn) {
  try {
    fn();
  } catch (PyException& e) {
    return std::string(type_name_of(e.value.get())) + ": " + str_utf8(e.value.get());
  }
  return "";
}

[[maybe_unused]] Ref<> I(int64_t v) { return int_from(v); }
[[maybe_unused]] std::string R(Object* o) { return repr_utf8(o); }

TEST(Tuple, CreationAndSingleton) {
  ensure_runtime();
  EXPECT_EQ(tuple_new(0).get(), empty_tuple());
  EXPECT_EQ(tuple_size(empty_tuple()), 0);
  Ref<> a = I(1), b = I(2);
  Ref<Tuple> t = tuple_pack({a.get(), b.get()});
  EXPECT_EQ(tuple_size(t.get()), 2);
  EXPECT_EQ(tuple_item(t.get(), 1), b.get());
  Object* items[3] = {a.get(), b.get(), a.get()};
  EXPECT_EQ(R(tuple_from_array(items, 3).get()), "(1, 2, 1)");
  EXPECT_EQ(R(tuple_pack({a.get()}).get()), "(1,)");
  EXPECT_EQ(R(empty_tuple()), "()");
}

TEST(Tuple, HashMatchesCPython) {
  ensure_runtime();
  Ref<> a = I(1), b = I(2);
  EXPECT_EQ(hash(tuple_pack({a.get(), b.get()}).get()), -3550055125485641917LL);
  EXPECT_EQ(hash(empty_tuple()), 5740354900026072187LL);
  EXPECT_EQ(hash(tuple_pack({a.get()}).get()), -6644214454873602895LL);
  EXPECT_EQ(run("result = hash((1, 2))"), "-3550055125485641917");
}

TEST(Tuple, ReprAndOperators) {
  EXPECT_EQ(run("result = (1, 'a', (2, ()), [3])"), "(1, 'a', (2, ()), [3])");
  EXPECT_EQ(run("result = ((1, 2) < (1, 3), (1, 2) > (1,), (1, 2) == (1, 2), (1,) != (1,))"),
            "(True, True, True, False)");
  EXPECT_EQ(run("result = (1,) + (2, 3)"), "(1, 2, 3)");
  EXPECT_EQ(run("result = (1, 2) * 2, 2 * (0,), (1,) * -1"), "((1, 2, 1, 2), (0, 0), ())");
  EXPECT_EQ(run("result = (1,) + [2]"), "TypeError: can only concatenate tuple (not \"list\") to tuple");
  EXPECT_EQ(run("result = (1,) * 2.0"), "TypeError: can't multiply sequence by non-int of type 'float'");
  EXPECT_EQ(run("result = 2 in (1, 2), 5 in (1, 2)"), "(True, False)");
}

TEST(Tuple, IndexingAndSlicing) {
  EXPECT_EQ(run("t = (1, 2, 3, 4)\nresult = (t[0], t[-1], t[1:3], t[::-2], t[10:])"),
            "(1, 4, (2, 3), (4, 2), ())");
  EXPECT_EQ(run("result = (1,)[5]"), "IndexError: tuple index out of range");
  EXPECT_EQ(run("k = 'a'\nresult = (1,)[k]"),
            "TypeError: tuple indices must be integers or slices, not str");
  EXPECT_EQ(run("t = (1,)\nresult = t[::0]"), "ValueError: slice step cannot be zero");
}

TEST(Tuple, Methods) {
  EXPECT_EQ(run("result = (1, 2, 1).count(1), (1, 2, 1).index(2), (1, 2, 1).index(1, 1)"),
            "(2, 1, 2)");
  EXPECT_EQ(run("result = (1, 2).index(3)"), "ValueError: tuple.index(x): x not in tuple");
  EXPECT_EQ(run("result = tuple('abc'), tuple(range(3)), tuple()"),
            "(('a', 'b', 'c'), (0, 1, 2), ())");
  EXPECT_EQ(run("result = tuple([1], [2])"), "TypeError: tuple expected at most 1 argument, got 2");
  EXPECT_EQ(run("t = (1, 2)\nresult = tuple(t) is t"), "True");
  EXPECT_EQ(run("class P(tuple): pass\np = P([1, 2])\nresult = (p, type(p).__name__, len(p))"),
            "((1, 2), 'P', 2)");
  EXPECT_EQ(run("it = iter((1, 2))\nnext(it)\nresult = (it.__length_hint__(), list(it), list(it))"),
            "(1, [2], [])");
}

}  // namespace
}  // namespace ftpy
