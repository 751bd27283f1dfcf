// test_range_slice.cpp — objects/range.cpp, objects/slice.cpp and
// objects/iterators.cpp: range arithmetic (int64 and big-int), slice
// resolution (slice_unpack, indices), and enumerate/zip/map/filter/reversed.
// Expected values come from CPython 3.13.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "objects/api.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/slice.h"
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

TEST(Slice, Unpack) {
  ensure_runtime();
  int64_t start, stop, step, n;
  Ref<> minus1 = I(-1), one = I(1), two = I(2);
  Ref<> s = slice_new(nullptr, nullptr, minus1.get());
  slice_unpack(s.get(), 5, &start, &stop, &step, &n);
  EXPECT_EQ(start, 4);
  EXPECT_EQ(stop, -1);
  EXPECT_EQ(step, -1);
  EXPECT_EQ(n, 5);
  Ref<> s2 = slice_new(one.get(), minus1.get(), two.get());
  slice_unpack(s2.get(), 6, &start, &stop, &step, &n);
  EXPECT_EQ(start, 1);
  EXPECT_EQ(stop, 5);
  EXPECT_EQ(n, 2);
  Ref<> zero = I(0);
  Ref<> s3 = slice_new(nullptr, nullptr, zero.get());
  EXPECT_EQ(error_of([&] { slice_unpack(s3.get(), 3, &start, &stop, &step, &n); }),
            "ValueError: slice step cannot be zero");
  Ref<> text = str_new("a");
  Ref<> s4 = slice_new(text.get(), nullptr, nullptr);
  EXPECT_EQ(error_of([&] { slice_unpack(s4.get(), 3, &start, &stop, &step, &n); }),
            "TypeError: slice indices must be integers or None or have an __index__ method");
}

TEST(Slice, Python) {
  EXPECT_EQ(run("result = (slice(1, 2), slice(3), slice(1, 2, 3).step)"),
            "(slice(1, 2, None), slice(None, 3, None), 3)");
  EXPECT_EQ(run("result = (slice(None, None, -1).indices(5), slice(-100, 100, 2).indices(5))"),
            "((4, -1, -1), (0, 5, 2))");
  EXPECT_EQ(run("result = slice(1, 2).indices(-1)"), "ValueError: length should not be negative");
  EXPECT_EQ(run("result = hash(slice(1, 2))"), "-2178470213028018262");
  EXPECT_EQ(run("result = (slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))"), "(True, True)");
  EXPECT_EQ(run("result = slice()"), "TypeError: slice expected at least 1 argument, got 0");
}

TEST(Range, Basics) {
  EXPECT_EQ(run("result = (range(10), range(1, 10, 2), range(0), list(range(10, 0, -3)))"),
            "(range(0, 10), range(1, 10, 2), range(0, 0), [10, 7, 4, 1])");
  EXPECT_EQ(run("result = range(1, 2, 0)"), "ValueError: range() arg 3 must not be zero");
  EXPECT_EQ(run("result = range()"), "TypeError: range expected at least 1 argument, got 0");
  EXPECT_EQ(run("result = range('a')"), "TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_EQ(run("r = range(-5, 10, 3)\nresult = (len(r), r[0], r[-1], r[1:3], r[::-1], r.start, r.stop, r.step)"),
            "(5, -5, 7, range(-2, 4, 3), range(7, -8, -3), -5, 10, 3)");
  EXPECT_EQ(run("result = range(10)[20]"), "IndexError: range object index out of range");
  EXPECT_EQ(run("result = range(10)['a']"), "TypeError: range indices must be integers or slices, not str");
  EXPECT_EQ(run("r = range(1, 10, 3)\nresult = (7 in r, 8 in r, 4.0 in r, r.index(7), r.count(4), list(reversed(r)))"),
            "(True, False, True, 2, 1, [7, 4, 1])");
  EXPECT_EQ(run("result = range(3).index(5)"), "ValueError: 5 is not in range");
  EXPECT_EQ(run("result = (range(3) == range(0, 3, 1), range(0) == range(5, 1), hash(range(0, 10)))"),
            "(True, True, -7546101314042312252)");
  EXPECT_EQ(run("result = range(5) < range(6)"),
            "TypeError: '<' not supported between instances of 'range' and 'range'");
  EXPECT_EQ(run("result = (sum(range(100000)), bool(range(0)), iter(range(3)).__length_hint__())"),
            "(4999950000, False, 3)");
}

TEST(Range, BigInts) {
  EXPECT_EQ(run("r = range(10 ** 30)\nresult = (r, r[5], 10 ** 20 in r, type(iter(r)).__name__)"),
            "(range(0, 1000000000000000000000000000000), 5, True, 'longrange_iterator')");
  EXPECT_EQ(run("result = len(range(10 ** 30))"),
            "OverflowError: Python int too large to convert to C ssize_t");
  EXPECT_EQ(run("r = range(-10 ** 30, 10 ** 30, 10 ** 29)\nresult = (r[::3], len(r))"),
            "(range(-1000000000000000000000000000000, 1000000000000000000000000000000, "
            "300000000000000000000000000000), 20)");
  EXPECT_EQ(run("m = 2 ** 63 - 1\nresult = (list(range(m - 2, m)), list(reversed(range(-m - 1, -m + 1))))"),
            "([9223372036854775805, 9223372036854775806], [-9223372036854775807, -9223372036854775808])");
}

TEST(Iterators, EnumerateZipMapFilter) {
  EXPECT_EQ(run("result = (list(enumerate('ab', 1)), list(enumerate(iterable='ab', start=3)))"),
            "([(1, 'a'), (2, 'b')], [(3, 'a'), (4, 'b')])");
  EXPECT_EQ(run("result = list(enumerate('ab', 2 ** 63 - 1))"),
            "[(9223372036854775807, 'a'), (9223372036854775808, 'b')]");
  EXPECT_EQ(run("result = enumerate()"), "TypeError: enumerate() missing required argument 'iterable'");
  EXPECT_EQ(run("result = enumerate([], foo=1)"),
            "TypeError: 'foo' is an invalid keyword argument for enumerate()");
  EXPECT_EQ(run("result = (list(zip([1, 2, 3], 'ab')), list(zip()))"), "([(1, 'a'), (2, 'b')], [])");
  EXPECT_EQ(run("result = list(zip([1], [1, 2], strict=True))"),
            "ValueError: zip() argument 2 is longer than argument 1");
  EXPECT_EQ(run("result = list(zip([1, 2], [1], strict=True))"),
            "ValueError: zip() argument 2 is shorter than argument 1");
  EXPECT_EQ(run("result = list(zip([1, 2], [1, 2], [1], strict=True))"),
            "ValueError: zip() argument 3 is shorter than arguments 1-2");
  EXPECT_EQ(run("result = zip(a=1)"), "TypeError: zip() got an unexpected keyword argument 'a'");
  EXPECT_EQ(run("result = (list(map(pow, [2, 3], [2, 3, 4])), list(map(str, range(3))))"),
            "([4, 27], ['0', '1', '2'])");
  EXPECT_EQ(run("result = map(len)"), "TypeError: map() must have at least two arguments.");
  EXPECT_EQ(run("result = (list(filter(None, [0, 1, '', 2])), list(filter(lambda v: v > 1, [1, 2, 3])))"),
            "([1, 2], [2, 3])");
  EXPECT_EQ(run("result = filter(None)"), "TypeError: filter expected 2 arguments, got 1");
  EXPECT_EQ(run("class E(enumerate): pass\nresult = list(E('xy'))"), "[(0, 'x'), (1, 'y')]");
}

TEST(Iterators, ReversedAndSequenceProtocol) {
  EXPECT_EQ(run("result = reversed(5)"), "TypeError: 'int' object is not reversible");
  EXPECT_EQ(run("result = reversed({1})"), "TypeError: 'set' object is not reversible");
  EXPECT_EQ(run("result = (list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))))"),
            "(['c', 'b', 'a'], [2, 1], [2, 1, 0])");
  EXPECT_EQ(run("class A:\n    def __len__(self): return 2\n    def __getitem__(self, i): return i * 10\n"
                "result = list(reversed(A()))"),
            "[10, 0]");
  EXPECT_EQ(run("class S:\n    def __getitem__(self, i):\n        if i > 2: raise IndexError\n"
                "        return i\nresult = list(S())"),
            "[0, 1, 2]");
  EXPECT_EQ(run("result = list(iter(iter([1, 2, 3]).__next__, 3))"), "[1, 2]");
  EXPECT_EQ(run("result = reversed()"), "TypeError: reversed expected 1 argument, got 0");
}

}  // namespace
}  // namespace ftpy
