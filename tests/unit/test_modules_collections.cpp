// test_modules_collections.cpp — runtime/modules/collections_*.cpp: deque,
// defaultdict, OrderedDict, Counter and namedtuple, checked through small
// programs whose expected reprs come from CPython 3.13.
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


TEST(ModulesCollections, Deque) {
  EXPECT_EQ(run("from collections import deque\nd = deque([1, 2, 3])\nd.appendleft(0)\nd.rotate(1)\n"
                "result = (d, d.pop(), d.popleft(), len(d))"),
            "(deque([0, 1]), 2, 3, 2)");
  EXPECT_EQ(run("from collections import deque\nresult = deque(range(5), maxlen=3)"),
            "deque([2, 3, 4], maxlen=3)");
  EXPECT_EQ(run("from collections import deque\ndeque().pop()"), "IndexError: pop from an empty deque");
  EXPECT_EQ(run("from collections import deque\nd = deque(range(100))\n"
                "for i in range(50): d.append(d.popleft())\nresult = (d[0], d[-1], sum(d))"),
            "(50, 49, 4950)");
}

TEST(ModulesCollections, DefaultDictAndOrderedDict) {
  EXPECT_EQ(run("from collections import defaultdict\nd = defaultdict(list)\nd['a'].append(1)\nresult = d"),
            "defaultdict(<class 'list'>, {'a': [1]})");
  EXPECT_EQ(run("from collections import OrderedDict\no = OrderedDict(a=1, b=2, c=3)\n"
                "o.move_to_end('a')\no.move_to_end('c', last=False)\nresult = (o, o.popitem(last=False))"),
            "(OrderedDict({'b': 2, 'a': 1}), ('c', 3))");
}

TEST(ModulesCollections, Counter) {
  EXPECT_EQ(run("from collections import Counter\nresult = Counter('abracadabra')"),
            "Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})");
  EXPECT_EQ(run("from collections import Counter\nc = Counter(a=3, b=1)\n"
                "result = (c['zz'], c.most_common(1), c - Counter(a=1, b=5), c.total())"),
            "(0, [('a', 3)], Counter({'a': 2}), 4)");
}

TEST(ModulesCollections, NamedTuple) {
  EXPECT_EQ(run("from collections import namedtuple\nP = namedtuple('P', 'x y', defaults=[0])\n"
                "p = P(1)\nresult = (p, p.x, p[1], p._replace(y=5), p._asdict(), P._fields)"),
            "(P(x=1, y=0), 1, 0, P(x=1, y=5), {'x': 1, 'y': 0}, ('x', 'y'))");
  EXPECT_EQ(run("from collections import namedtuple\nP = namedtuple('P', 'x y')\nP(1)"),
            "TypeError: P.__new__() missing 1 required positional argument: 'y'");
}

}  // namespace
}  // namespace ftpy
