// test_dict.cpp — objects/dict*.cpp: the hash table through the C++ API
// (insert/lookup/delete/resize, order, versions, the str fast path) and the
// Python-level dict, its views and iterators, checked against CPython 3.13.
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

TEST(Dict, SetGetDeleteResize) {
  ensure_runtime();
  Ref<Dict> d = dict_new();
  for (int64_t i = 0; i < 5000; ++i) {
    Ref<> k = I(i * 7), v = I(i);
    dict_set(d.get(), k.get(), v.get());
  }
  EXPECT_EQ(dict_size(d.get()), 5000);
  for (int64_t i = 0; i < 5000; i += 2) {
    Ref<> k = I(i * 7);
    EXPECT_TRUE(dict_del(d.get(), k.get()));
  }
  Ref<> missing = I(1);
  EXPECT_FALSE(dict_del(d.get(), missing.get()));
  EXPECT_EQ(dict_size(d.get()), 2500);
  int64_t sum = 0;
  for (int64_t i = 0; i < 5000; ++i) {
    Ref<> k = I(i * 7);
    if (Ref<> v = dict_get(d.get(), k.get())) sum += int_small_value(v.get());
  }
  EXPECT_EQ(sum, 2500 * 2500);
  // Insertion order survives deletions and resizes.
  int64_t pos = 0;
  Ref<> k, v;
  ASSERT_TRUE(dict_next(d.get(), &pos, &k, &v));
  EXPECT_EQ(R(k.get()), "7");
}

TEST(Dict, VersionChangesOnEveryMutation) {
  ensure_runtime();
  Ref<Dict> d = dict_new();
  Ref<> one = I(1);
  uint64_t v0 = dict_version(d.get());
  dict_set_str(d.get(), "a", one.get());
  uint64_t v1 = dict_version(d.get());
  EXPECT_NE(v0, v1);
  Ref<> two = I(2);
  dict_set_str(d.get(), "a", two.get());
  uint64_t v2 = dict_version(d.get());
  EXPECT_NE(v1, v2);
  Ref<> a = str_new("a");
  dict_del(d.get(), a.get());
  EXPECT_NE(v2, dict_version(d.get()));
  Ref<Dict> other = dict_new();
  dict_set_str(other.get(), "a", one.get());
  EXPECT_NE(dict_version(other.get()), v1);  // versions are never reused across dicts
}

TEST(Dict, StrFastPath) {
  ensure_runtime();
  Ref<Dict> d = dict_new();
  for (int i = 0; i < 200; ++i) {
    Ref<> v = I(i);
    dict_set_str(d.get(), "k" + std::to_string(i), v.get());
  }
  EXPECT_EQ(R(dict_get_str(d.get(), "k42").get()), "42");
  Ref<Str> key = str_new("k150");  // equal content, different object
  EXPECT_EQ(R(dict_get_str(d.get(), key.get()).get()), "150");
  EXPECT_EQ(R(dict_get_str(d.get(), intern("k7")).get()), "7");
  EXPECT_FALSE(dict_get_str(d.get(), "zz"));
}

TEST(Dict, CopyUpdateMergeClear) {
  ensure_runtime();
  Ref<Dict> d = dict_new();
  Ref<> one = I(1), two = I(2);
  dict_set_str(d.get(), "a", one.get());
  dict_set_str(d.get(), "b", two.get());
  Ref<Dict> c = dict_copy(d.get());
  EXPECT_EQ(R(c.get()), "{'a': 1, 'b': 2}");
  Ref<Dict> e = dict_new();
  dict_set_str(e.get(), "b", one.get());
  dict_merge(c.get(), e.get(), false);
  EXPECT_EQ(R(c.get()), "{'a': 1, 'b': 2}");
  dict_update(c.get(), e.get());
  EXPECT_EQ(R(c.get()), "{'a': 1, 'b': 1}");
  EXPECT_EQ(R(dict_keys_list(c.get()).get()), "['a', 'b']");
  dict_clear(c.get());
  EXPECT_EQ(R(c.get()), "{}");
  Ref<> k = str_new("a");
  EXPECT_EQ(R(dict_setdefault(d.get(), k.get(), two.get()).get()), "1");
  EXPECT_EQ(R(dict_pop(d.get(), k.get()).get()), "1");
  EXPECT_FALSE(dict_pop(d.get(), k.get()));
}

TEST(Dict, ReprAndErrors) {
  EXPECT_EQ(run("d = {}\nd['a'] = d\nresult = repr(d)"), "\"{'a': {...}}\"");
  EXPECT_EQ(run("result = {}.popitem()"), "KeyError: 'popitem(): dictionary is empty'");
  EXPECT_EQ(run("result = {}['x']"), "KeyError: 'x'");
  EXPECT_EQ(run("result = {[]: 1}"), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(run("result = dict([(1, 2, 3)])"),
            "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  EXPECT_EQ(run("result = dict([1])"),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  EXPECT_EQ(run("result = dict(1, 2)"), "TypeError: dict expected at most 1 argument, got 2");
  EXPECT_EQ(run("result = {}.get()"), "TypeError: get expected at least 1 argument, got 0");
  EXPECT_EQ(run("result = hash({})"), "TypeError: unhashable type: 'dict'");
}

TEST(Dict, ConstructorsAndMethods) {
  EXPECT_EQ(run("result = dict([('a', 1), ['b', 2], 'cd'], z=0)"),
            "{'a': 1, 'b': 2, 'c': 'd', 'z': 0}");
  EXPECT_EQ(run("result = dict({'a': 1}, a=2), dict.fromkeys('ab', 0), dict.fromkeys([1])"),
            "({'a': 2}, {'a': 0, 'b': 0}, {1: None})");
  EXPECT_EQ(run("d = {'a': 1}\nresult = (d.get('a'), d.get('z'), d.get('z', 9), d.setdefault('b', 2),"
                " d.setdefault('a', 5), d.pop('a'), d.pop('a', 7), d)"),
            "(1, None, 9, 2, 1, 1, 7, {'b': 2})");
  EXPECT_EQ(run("d = {'a': 1, 'b': 2}\nx = d.popitem()\nd['c'] = 3\nresult = (x, d)"),
            "(('b', 2), {'a': 1, 'c': 3})");
  EXPECT_EQ(run("d = {'a': 1}\nd.update([('b', 2)], c=3)\nd.update({'a': 0})\nresult = d"),
            "{'a': 0, 'b': 2, 'c': 3}");
  EXPECT_EQ(run("d = {'a': 1, 'b': 2}\nresult = (d | {'b': 3, 'c': 4}, {'x': 1} == {'x': 1}, 'a' in d)"),
            "({'a': 1, 'b': 3, 'c': 4}, True, True)");
  EXPECT_EQ(run("d = {'x': 1}\nd |= [('y', 2)]\nresult = d"), "{'x': 1, 'y': 2}");
  EXPECT_EQ(run("result = {True: 1, 1: 2, 1.0: 3}"), "{True: 3}");
  EXPECT_EQ(run("d = {i: i for i in range(100)}\nfor i in range(95): del d[i]\nd[0] = 0\nresult = d"),
            "{95: 95, 96: 96, 97: 97, 98: 98, 99: 99, 0: 0}");
}

TEST(Dict, Views) {
  EXPECT_EQ(run("d = {'a': 1, 'b': 2}\nresult = (d.keys(), d.values(), d.items())"),
            "(dict_keys(['a', 'b']), dict_values([1, 2]), dict_items([('a', 1), ('b', 2)]))");
  EXPECT_EQ(run("d = {'a': 1, 'b': 2}\nk = d.keys()\nd['c'] = 3\nresult = (len(k), list(k), 'c' in k,"
                " ('a', 1) in d.items(), 3 in d.values())"),
            "(3, ['a', 'b', 'c'], True, True, True)");
  EXPECT_EQ(run("d = {1: 1, 2: 2}\nresult = (d.keys() & {2, 3}, d.keys() | [5], d.keys() - {1}, d.keys() ^ {1, 9})"),
            "({2}, {1, 2, 5}, {2}, {9, 2})");
  EXPECT_EQ(run("d = {1: 1}\nresult = (d.keys() == {1}, d.items() <= {(1, 1), (2, 2)}, d.keys().isdisjoint([2]))"),
            "(True, True, True)");
  EXPECT_EQ(run("d = {'a': 1, 'b': 2}\nresult = (list(reversed(d)), list(reversed(d.items())))"),
            "(['b', 'a'], [('b', 2), ('a', 1)])");
  EXPECT_EQ(run("result = hash({}.keys())"), "TypeError: unhashable type: 'dict_keys'");
}

TEST(Dict, IterationErrors) {
  EXPECT_EQ(run("d = {1: 1}\nfor k in d: d[k + 1] = 1"),
            "RuntimeError: dictionary changed size during iteration");
  EXPECT_EQ(run("d = {'a': 1, 'b': 2}\nfor k in d:\n    del d[k]\n    d[k + 'x'] = 0"),
            "RuntimeError: dictionary keys changed during iteration");
}

TEST(Dict, Subclasses) {
  EXPECT_EQ(run("class D(dict):\n    def __missing__(self, key): return key * 2\n"
                "d = D(a=1)\nresult = (d['a'], d[4], d, type(d).__name__)"),
            "(1, 8, {'a': 1}, 'D')");
  EXPECT_EQ(run("class D(dict): pass\nresult = D()['q']"), "KeyError: 'q'");
}

TEST(Dict, KeyEqMutatesDict) {
  // An __eq__ that mutates the dict makes the lookup restart (no crash).
  EXPECT_EQ(run("class K:\n    def __init__(s, d): s.d = d\n    def __hash__(s): return 1\n"
                "    def __eq__(s, o):\n        s.d.clear()\n        return False\n"
                "d = {}\nd[K(d)] = 1\nresult = d.get(K(d), 'missing')"),
            "'missing'");
}

}  // namespace
}  // namespace ftpy
