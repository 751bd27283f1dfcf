// test_list.cpp — objects/list*.cpp: the C++ list API (growth, insert/pop,
// sort), and the Python-level behaviour (repr with recursion, slicing, sort
// with key/reverse, error messages) checked against CPython 3.13 output.
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

TEST(List, AppendGrowthAndItems) {
  ensure_runtime();
  Ref<List> l = list_new();
  for (int64_t i = 0; i < 10000; ++i) {
    Ref<> v = I(i);
    list_append(l.get(), v.get());
  }
  EXPECT_EQ(list_size(l.get()), 10000);
  EXPECT_GE(l->capacity, l->size);
  EXPECT_LT(l->capacity, 10000 + 10000 / 4);  // modest over-allocation
  EXPECT_EQ(R(list_get_item(l.get(), 9999).get()), "9999");
  EXPECT_FALSE(list_get_item(l.get(), 10000));
  EXPECT_FALSE(list_get_item(l.get(), -1));
  Ref<> x = I(-7);
  list_set_item(l.get(), 0, x.get());
  EXPECT_EQ(list_get_item(l.get(), 0).get(), x.get());
}

TEST(List, InsertPopClearReverse) {
  ensure_runtime();
  Ref<List> l = list_new();
  for (int64_t i = 0; i < 3; ++i) {
    Ref<> v = I(i);
    list_append(l.get(), v.get());
  }
  Ref<> nine = I(9);
  list_insert(l.get(), -1, nine.get());
  list_insert(l.get(), 100, nine.get());
  EXPECT_EQ(R(l.get()), "[0, 1, 9, 2, 9]");
  EXPECT_EQ(R(list_pop(l.get(), 0).get()), "0");
  EXPECT_EQ(R(list_pop(l.get(), -1).get()), "9");
  EXPECT_EQ(error_of([&] { list_pop(l.get(), 10); }), "IndexError: pop index out of range");
  list_reverse(l.get());
  EXPECT_EQ(R(l.get()), "[2, 9, 1]");
  EXPECT_EQ(R(list_as_tuple(l.get()).get()), "(2, 9, 1)");
  list_clear(l.get());
  EXPECT_EQ(R(l.get()), "[]");
  EXPECT_EQ(error_of([&] { list_pop(l.get(), -1); }), "IndexError: pop from empty list");
}

TEST(List, SortApi) {
  ensure_runtime();
  Ref<List> l = list_new();
  for (int64_t v : {5, 3, 9, 1, 7}) {
    Ref<> o = I(v);
    list_append(l.get(), o.get());
  }
  list_sort(l.get(), nullptr, false);
  EXPECT_EQ(R(l.get()), "[1, 3, 5, 7, 9]");
  list_sort(l.get(), nullptr, true);
  EXPECT_EQ(R(l.get()), "[9, 7, 5, 3, 1]");
}

TEST(List, Repr) {
  EXPECT_EQ(run("l = [1]\nl.append(l)\nresult = repr(l)"), "'[1, [...]]'");
  EXPECT_EQ(run("result = [[], [1, 'a'], (2,)]"), "[[], [1, 'a'], (2,)]");
}

TEST(List, Methods) {
  EXPECT_EQ(run("l = [3, 1, 2]\nl.append(4)\nl.extend((5, 6))\nl.insert(0, 0)\nl.remove(1)\n"
                "result = (l, l.pop(), l.pop(0), l.index(2), l.count(3), l.copy())"),
            "([3, 2, 4, 5], 6, 0, 1, 1, [3, 2, 4, 5])");  // l is shown after the pops
  EXPECT_EQ(run("result = [].pop()"), "IndexError: pop from empty list");
  EXPECT_EQ(run("result = [1].pop(5)"), "IndexError: pop index out of range");
  EXPECT_EQ(run("result = [1].remove(2)"), "ValueError: list.remove(x): x not in list");
  EXPECT_EQ(run("result = [1].index(2)"), "ValueError: 2 is not in list");
  EXPECT_EQ(run("result = [1, 2, 3, 2].index(2, 2)"), "3");
  EXPECT_EQ(run("result = [].append()"), "TypeError: list.append() takes exactly one argument (0 given)");
  EXPECT_EQ(run("result = [].clear(1)"), "TypeError: list.clear() takes no arguments (1 given)");
  EXPECT_EQ(run("result = [].insert(1)"), "TypeError: insert expected 2 arguments, got 1");
  EXPECT_EQ(run("result = list(reversed([1, 2, 3]))"), "[3, 2, 1]");
}

TEST(List, Sort) {
  EXPECT_EQ(run("l = ['bb', 'a', 'ccc', 'dd']\nl.sort(key=len)\nresult = l"),
            "['a', 'bb', 'dd', 'ccc']");
  EXPECT_EQ(run("l = [5, 3, 4, 1, 2, 6, 9, 7]\nl.sort(key=lambda x: x % 3, reverse=True)\nresult = l"),
            "[5, 2, 4, 1, 7, 3, 6, 9]");
  EXPECT_EQ(run("result = sorted([1, 'a'])"),
            "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(run("result = [].sort(1)"), "TypeError: sort() takes no positional arguments");
  EXPECT_EQ(run("result = [].sort(foo=1)"), "TypeError: sort() got an unexpected keyword argument 'foo'");
  EXPECT_EQ(run("l = [3, 1, 2]\ntry:\n    l.sort(key=lambda v: l.append(v) or v)\n"
                "except ValueError as e:\n    result = (str(e), l)"),
            "('list modified during sort', [1, 2, 3])");
  EXPECT_EQ(run("l = [3, 1, 2]\nseen = []\nl.sort(key=lambda v: seen.append(len(l)) or v)\n"
                "result = (l, seen)"),
            "([1, 2, 3], [0, 0, 0])");
  EXPECT_EQ(run("v = [(i * 37) % 200 for i in range(200)]\nv.sort(key=lambda x: x % 3)\nresult = v[:10]"),
            "[0, 111, 96, 81, 192, 66, 177, 51, 162, 36]");
  EXPECT_EQ(run("l = [3, 'x', 1]\ntry:\n    l.sort()\nexcept TypeError:\n    result = sorted(map(str, l))"),
            "['1', '3', 'x']");
}

TEST(List, SlicesAndIndexing) {
  EXPECT_EQ(run("l = list(range(6))\nresult = (l[1:-1:2], l[::-1], l[-1], l[10:])"),
            "([1, 3], [5, 4, 3, 2, 1, 0], 5, [])");
  EXPECT_EQ(run("l = [1, 2, 3]\nl[::2] = [1, 2, 3]"),
            "ValueError: attempt to assign sequence of size 3 to extended slice of size 2");
  EXPECT_EQ(run("l = list(range(6))\nl[1:3] = 'abc'\nresult = l"), "[0, 'a', 'b', 'c', 3, 4, 5]");
  EXPECT_EQ(run("l = [0, 1, 2]\nl[1:2] = l\nresult = l"), "[0, 0, 1, 2, 2]");
  EXPECT_EQ(run("l = list(range(10))\ndel l[::3]\nresult = l"), "[1, 2, 4, 5, 7, 8]");
  EXPECT_EQ(run("l = [0, 1, 2]\nl[::-1] = 'xyz'\nresult = l"), "['z', 'y', 'x']");
  EXPECT_EQ(run("l = [1]\nl[0:1] = 5"), "TypeError: must assign iterable to extended slice");
  EXPECT_EQ(run("result = [1][5]"), "IndexError: list index out of range");
  EXPECT_EQ(run("l = [1]\nl[5] = 0"), "IndexError: list assignment index out of range");
  EXPECT_EQ(run("l = [1]\ndel l[5]"), "IndexError: list assignment index out of range");
  EXPECT_EQ(run("k = 'a'\nresult = [1][k]"), "TypeError: list indices must be integers or slices, not str");
  EXPECT_EQ(run("result = [1][10 ** 20]"), "IndexError: cannot fit 'int' into an index-sized integer");
}

TEST(List, Operators) {
  EXPECT_EQ(run("result = ([1] + [2], [1, 2] * 2, 2 * [0], [1] * -1)"),
            "([1, 2], [1, 2, 1, 2], [0, 0], [])");
  EXPECT_EQ(run("result = [1] + (2,)"), "TypeError: can only concatenate list (not \"tuple\") to list");
  EXPECT_EQ(run("result = [1] * 2.0"), "TypeError: can't multiply sequence by non-int of type 'float'");
  EXPECT_EQ(run("l = [1]\nl += (2, 3)\nl += 'ab'\nl *= 2\nresult = l"),
            "[1, 2, 3, 'a', 'b', 1, 2, 3, 'a', 'b']");
  EXPECT_EQ(run("l = [1]\nl += 5"), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(run("result = ([1, 2] < [1, 2, 3], [1, [2]] == [1, [2]], [2] > [1, 5], 3 in [1, 3])"),
            "(True, True, True, True)");
  EXPECT_EQ(run("result = hash([])"), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(run("result = list.__hash__"), "None");
}

TEST(List, MemoryErrorInsteadOfCrash) {
  EXPECT_EQ(run("result = [1] * (10 ** 12)"), "MemoryError: ");
  EXPECT_EQ(run("result = [1, 2] * (10 ** 20)"),
            "OverflowError: cannot fit 'int' into an index-sized integer");
}

TEST(List, ConstructorAndSubclass) {
  EXPECT_EQ(run("result = list('abc'), list(range(3)), list({1: 2}), list()"),
            "(['a', 'b', 'c'], [0, 1, 2], [1], [])");
  EXPECT_EQ(run("result = list(1, 2)"), "TypeError: list expected at most 1 argument, got 2");
  EXPECT_EQ(run("class L(list):\n    def total(self): return sum(self)\n"
                "l = L([1, 2])\nl.append(3)\nresult = (l, l.total(), type(l[:1]).__name__)"),
            "([1, 2, 3], 6, 'list')");
  EXPECT_EQ(run("it = iter([5, 6])\nnext(it)\nresult = (it.__length_hint__(), iter([]))")
                .substr(0, 22),
            "(1, <list_iterator obj");
}

}  // namespace
}  // namespace ftpy
