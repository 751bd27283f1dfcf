// test_modules_itertools.cpp — runtime/modules/itertools_*.cpp, checked
// through small programs whose expected reprs come from CPython 3.13.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "objects/api.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/str.h"
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


TEST(ModulesItertools, Infinite) {
  EXPECT_EQ(run("import itertools as it\nc = it.count(5, 2)\nnext(c)\nresult = (c, list(it.islice(c, 3)))"),
            "(count(13, 2), [7, 9, 11])");
  EXPECT_EQ(run("import itertools as it\nresult = (it.repeat(1, 3), list(it.islice(it.cycle('ab'), 5)))"),
            "(repeat(1, 3), ['a', 'b', 'a', 'b', 'a'])");
}

TEST(ModulesItertools, Terminating) {
  EXPECT_EQ(run("import itertools as it\nresult = (list(it.accumulate([1, 2, 3], initial=10)), "
                "list(it.chain.from_iterable(['ab', 'c'])), list(it.batched('abcde', 2)), "
                "list(it.pairwise([1, 2, 3])))"),
            "([10, 11, 13, 16], ['a', 'b', 'c'], [('a', 'b'), ('c', 'd'), ('e',)], [(1, 2), (2, 3)])");
  EXPECT_EQ(run("import itertools as it\nresult = [(k, ''.join(g)) for k, g in it.groupby('aabccc')]"),
            "[('a', 'aa'), ('b', 'b'), ('c', 'ccc')]");
  EXPECT_EQ(run("import itertools as it\na, b = it.tee([1, 2])\nresult = (list(a), list(b))"),
            "([1, 2], [1, 2])");
  EXPECT_EQ(run("import itertools as it\nresult = list(it.zip_longest('ab', 'x', fillvalue=0))"),
            "[('a', 'x'), ('b', 0)]");
}

TEST(ModulesItertools, Combinatorics) {
  EXPECT_EQ(run("import itertools as it\nresult = (list(it.product('ab', repeat=2)), "
                "list(it.permutations('abc', 2))[:3], list(it.combinations(range(4), 3)), "
                "list(it.combinations_with_replacement('ab', 2)))"),
            "([('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')], [('a', 'b'), ('a', 'c'), ('b', 'a')], "
            "[(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)], [('a', 'a'), ('a', 'b'), ('b', 'b')])");
  EXPECT_EQ(run("import itertools as it\nit.permutations([1], -1)"), "ValueError: r must be non-negative");
}

}  // namespace
}  // namespace ftpy
