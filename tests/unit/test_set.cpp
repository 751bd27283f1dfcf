// test_set.cpp — objects/set*.cpp: set/frozenset through the C++ API and from
// Python: CPython-identical iteration order for small ints (same table
// sizes and probing), the frozenset hash, operators, methods and errors.
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

TEST(Set, CppApi) {
  ensure_runtime();
  Ref<Set> s = set_new();
  for (int64_t v : {3, 1, 2, 3}) {
    Ref<> o = I(v);
    set_add(s.get(), o.get());
  }
  EXPECT_EQ(set_size(s.get()), 3);
  Ref<> two = I(2), nine = I(9);
  EXPECT_TRUE(set_contains(s.get(), two.get()));
  EXPECT_FALSE(set_contains(s.get(), nine.get()));
  EXPECT_TRUE(set_discard(s.get(), two.get()));
  EXPECT_FALSE(set_discard(s.get(), two.get()));
  EXPECT_EQ(R(s.get()), "{1, 3}");
  Ref<> l = list_new();
  list_append(static_cast<List*>(l.get()), nine.get());
  set_update(s.get(), l.get());
  int64_t pos = 0, n = 0;
  Ref<> k;
  while (set_next(s.get(), &pos, &k)) ++n;
  EXPECT_EQ(n, 3);
  Ref<Set> f = set_from_iterable(&FrozenSetType, s.get());
  EXPECT_EQ(R(f.get()), "frozenset({1, 3, 9})");
}

TEST(Set, OrderMatchesCPython) {
  EXPECT_EQ(run("result = {3, 1, 2}"), "{1, 2, 3}");
  EXPECT_EQ(run("result = set(range(20, 0, -1))"),
            "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}");
  EXPECT_EQ(run("result = {100, 8, 16, 1}"), "{8, 16, 100, 1}");
  EXPECT_EQ(run("s = {0, 8}\ns.remove(0)\ns.add(16)\nresult = s"), "{16, 8}");
  EXPECT_EQ(run("result = {9, 1, 17}"), "{9, 1, 17}");
  EXPECT_EQ(run("result = (set([1, 2, 3]) | {100, 8}, {1, 2, 3, 4, 5, 6, 7} & {7, 6, 5, 1000},"
                " {8, 16, 24, 0} - {0}, {1, 2, 3, 33} ^ frozenset({3, 4, 5, 65}))"),
            "({1, 2, 3, 100, 8}, {5, 6, 7}, {8, 16, 24}, {65, 1, 33, 4, 5, 2})");
  EXPECT_EQ(run("s = set()\nfor i in range(100): s.add(i * 37 % 101)\n"
                "for i in range(50): s.discard(i * 2)\nresult = list(s)[-3:]"),
            "[97, 99, 100]");
  EXPECT_EQ(run("s = {5, 3, 9}\nresult = (s.pop(), s.pop(), s)"), "(9, 3, {5})");
}

TEST(Set, Reprs) {
  EXPECT_EQ(run("result = (set(), frozenset(), frozenset({1, 2}))"),
            "(set(), frozenset(), frozenset({1, 2}))");
  EXPECT_EQ(run("class S(set): pass\nresult = (S([1]), S())"), "(S({1}), S())");
}

TEST(Set, FrozensetHashMatchesCPython) {
  EXPECT_EQ(run("result = (hash(frozenset()), hash(frozenset({1, 2})))"),
            "(133146708735736, -1826646154956904602)");
  EXPECT_EQ(run("result = {frozenset({1}): 'x'}[frozenset([1])]"), "'x'");
  EXPECT_EQ(run("result = hash(set())"), "TypeError: unhashable type: 'set'");
}

TEST(Set, MethodsAndOperators) {
  EXPECT_EQ(run("a = {1, 2, 3}\nresult = (a.union([4], [5]), a.intersection([2, 3, 4], [3]),"
                " a.difference([1], [2]), a.symmetric_difference([3, 4]))"),
            "({1, 2, 3, 4, 5}, {3}, {3}, {1, 2, 4})");
  EXPECT_EQ(run("a = {1, 2, 3}\na.update([4])\na.intersection_update([1, 2, 4, 5])\n"
                "a.difference_update([1])\na.symmetric_difference_update([2, 7])\nresult = a"),
            "{4, 7}");
  EXPECT_EQ(run("a = {1, 2}\nresult = (a == frozenset({1, 2}), a < {1, 2, 3}, a <= a, a > {1},"
                " a.issubset(range(5)), a.issuperset([1]), a.isdisjoint([3]))"),
            "(True, True, True, True, True, True, True)");
  EXPECT_EQ(run("s = {1}\ns |= {2}\ns &= {2, 3}\ns ^= {4}\ns -= {2}\nresult = s"), "{4}");
  EXPECT_EQ(run("result = (frozenset([3]) | {4}, type({1} | frozenset([3])).__name__)"),
            "(frozenset({3, 4}), 'set')");
  EXPECT_EQ(run("result = {1} | [2]"), "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
  EXPECT_EQ(run("result = set() <= [1]"),
            "TypeError: '<=' not supported between instances of 'set' and 'list'");
  EXPECT_EQ(run("result = (set() in {frozenset()}, {1, 2}.discard(5))"), "(True, None)");
}

TEST(Set, Errors) {
  EXPECT_EQ(run("result = set().pop()"), "KeyError: 'pop from an empty set'");
  EXPECT_EQ(run("result = {1}.remove(2)"), "KeyError: 2");
  EXPECT_EQ(run("result = {[]}"), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(run("s = {1, 2}\nfor v in s: s.add(v + 10)"),
            "RuntimeError: Set changed size during iteration");
  EXPECT_EQ(run("result = set(1, 2)"), "TypeError: set expected at most 1 argument, got 2");
  EXPECT_EQ(run("result = frozenset(x=1)"), "TypeError: frozenset() takes no keyword arguments");
  EXPECT_EQ(run("result = set().add()"), "TypeError: set.add() takes exactly one argument (0 given)");
}

}  // namespace
}  // namespace ftpy
