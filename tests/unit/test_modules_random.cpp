// test_modules_random.cpp — runtime/modules/random_module.cpp: the SHA-512
// used for str/bytes seeds, and seeded sequences of the module functions
// compared with CPython 3.13 (expected values produced by python3.13).
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
// Defined in random_module.cpp for this test.
std::string random_sha512_for_test(std::string_view data);
}  // namespace ftpy

namespace ftpy {
namespace {

std::string hex(const std::string& bytes) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

TEST(ModulesRandom, Sha512KnownVectors) {
  EXPECT_EQ(hex(random_sha512_for_test("")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
            "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
  EXPECT_EQ(hex(random_sha512_for_test("abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
            "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
  EXPECT_EQ(hex(random_sha512_for_test(std::string(200, 'a'))),
            "4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a3e6789"
            "f31e7668394592da7bef827cddca88c4e6f86e4df7ed1ae6cba71f3e98faee9f");
}

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


TEST(ModulesRandom, SeededSequences) {
  EXPECT_EQ(run("import random\nrandom.seed(42)\nresult = [random.random() for _ in range(2)]"),
            "[0.6394267984578837, 0.025010755222666936]");
  EXPECT_EQ(run("import random\nrandom.seed('hello')\nresult = random.random()"), "0.3537754404730722");
  EXPECT_EQ(run("import random\nrandom.seed(3.75)\nresult = random.random()"), "0.8669343461487233");
  EXPECT_EQ(run("import random\nrandom.seed(2**100)\nresult = random.getrandbits(70)"),
            "259738966124502936597");
  EXPECT_EQ(run("import random\nrandom.seed(1)\nresult = list(range(10))\nrandom.shuffle(result)"),
            "[6, 8, 9, 7, 5, 3, 0, 4, 1, 2]");
  EXPECT_EQ(run("import random\nrandom.seed(5)\n"
                "result = (random.choices('abc', weights=[1, 2, 3], k=5), random.sample(range(20), 4))"),
            "(['c', 'c', 'c', 'c', 'c'], [16, 0, 14, 7])");
  EXPECT_EQ(run("import random\nrandom.seed(9)\n"
                "result = (random.gauss(), random.gauss(), random.normalvariate(1, 2))"),
            "(-0.9407568840284877, 0.22268633975498442, 1.4857310844547609)");
}

TEST(ModulesRandom, InstancesAndState) {
  EXPECT_EQ(run("import random\nr = random.Random(7)\ns = r.getstate()\na = r.random()\n"
                "r.setstate(s)\nresult = (a == r.random(), s[0], len(s[1]))"),
            "(True, 3, 625)");
  EXPECT_EQ(run("import random\nresult = random.Random(1).random() == random.Random(1).random()"), "True");
}

TEST(ModulesRandom, Errors) {
  EXPECT_EQ(run("import random\nrandom.choice([])"), "IndexError: Cannot choose from an empty sequence");
  EXPECT_EQ(run("import random\nrandom.randint(5, 3)"), "ValueError: empty range in randrange(5, 4)");
  EXPECT_EQ(run("import random\nrandom.getrandbits(-1)"), "ValueError: number of bits must be non-negative");
}

}  // namespace
}  // namespace ftpy
