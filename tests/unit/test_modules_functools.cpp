// test_modules_functools.cpp — runtime/modules/functools_module.cpp, checked
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


TEST(ModulesFunctools, ReduceAndPartial) {
  EXPECT_EQ(run("from functools import reduce\nresult = (reduce(lambda a, b: a * b, [1, 2, 3, 4]), "
                "reduce(lambda a, b: a, [], 7))"),
            "(24, 7)");
  EXPECT_EQ(run("from functools import reduce\nreduce(max, [])"),
            "TypeError: reduce() of empty iterable with no initial value");
  EXPECT_EQ(run("from functools import partial\ndef f(a, b, c=0): return (a, b, c)\n"
                "p = partial(partial(f, 1), c=3)\nresult = (p(2), p.args, p.keywords)"),
            "((1, 2, 3), (1,), {'c': 3})");
}

TEST(ModulesFunctools, LruCache) {
  EXPECT_EQ(run("from functools import lru_cache\n@lru_cache(maxsize=2)\ndef sq(x): return x * x\n"
                "sq(1); sq(2); sq(1); sq(3); sq(2)\nresult = sq.cache_info()"),
            "CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)");
  EXPECT_EQ(run("from functools import cache\n@cache\ndef fib(n): return n if n < 2 else fib(n-1) + fib(n-2)\n"
                "result = (fib(60), fib.cache_info().currsize, fib.__name__)"),
            "(1548008755920, 61, 'fib')");
}

TEST(ModulesFunctools, WrapsOrderingKeys) {
  EXPECT_EQ(run("from functools import wraps\ndef d(f):\n    @wraps(f)\n    def w(*a): return f(*a)\n"
                "    return w\n@d\ndef g():\n    'doc'\nresult = (g.__name__, g.__doc__, g.__wrapped__.__name__)"),
            "('g', 'doc', 'g')");
  EXPECT_EQ(run("from functools import total_ordering\n@total_ordering\nclass V:\n"
                "    def __init__(self, v): self.v = v\n    def __eq__(self, o): return self.v == o.v\n"
                "    def __lt__(self, o): return self.v < o.v\nresult = (V(1) <= V(2), V(2) > V(1), V(1) >= V(2))"),
            "(True, True, False)");
  EXPECT_EQ(run("from functools import cmp_to_key\nresult = sorted([1, 3, 2], key=cmp_to_key(lambda a, b: b - a))"),
            "[3, 2, 1]");
}

}  // namespace
}  // namespace ftpy
