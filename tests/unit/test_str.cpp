// test_str.cpp — objects/str*.cpp: the C++ str API (representation,
// caches, interning, hashing, the one-allocation builders, indexing helpers)
// and the Python-level behaviour of str (repr, slots, methods, error
// messages), with expectations taken from CPython 3.13.
#include <gtest/gtest.h>

#include <string>

#include "objects/api.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_unicode.h"
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

Str* S(std::string_view text, Ref<Str>* keep) {
  *keep = str_new(text);
  return keep->get();
}

TEST(StrApi, RepresentationInvariants) {
  ensure_runtime();
  Ref<Str> a = str_new("hello");
  EXPECT_EQ(a->length, 5);
  EXPECT_EQ(a->nbytes, 5);
  EXPECT_TRUE(a->ascii);
  EXPECT_EQ(a->data[5], '\0');
  Ref<Str> b = str_new("h\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");  // hé€😀
  EXPECT_EQ(b->length, 4);
  EXPECT_EQ(b->nbytes, 10);
  EXPECT_FALSE(b->ascii);
  EXPECT_EQ(str_char_at(b.get(), 0), 'h');
  EXPECT_EQ(str_char_at(b.get(), 1), 0xE9u);
  EXPECT_EQ(str_char_at(b.get(), 2), 0x20ACu);
  EXPECT_EQ(str_char_at(b.get(), 3), 0x1F600u);
  EXPECT_EQ(str_byte_offset(b.get(), 3), 6);
  EXPECT_EQ(str_cp_index(b.get(), 6), 3);
  EXPECT_EQ(str_byte_offset(b.get(), 4), 10);
}

TEST(StrApi, CachedSingletons) {
  ensure_runtime();
  Ref<Str> e1 = str_new("");
  EXPECT_EQ(e1.get(), empty_str());
  EXPECT_TRUE(is_immortal(empty_str()));
  Ref<Str> a1 = str_new("a");
  Ref<Str> a2 = str_from_codepoint('a');
  EXPECT_EQ(a1.get(), a2.get());
  EXPECT_TRUE(is_immortal(a1.get()));
  Ref<Str> e_acute = str_new("\xC3\xA9");
  EXPECT_EQ(e_acute.get(), str_from_codepoint(0xE9).get());
  Ref<Str> euro1 = str_from_codepoint(0x20AC);
  EXPECT_EQ(euro1->view(), "\xE2\x82\xAC");
  EXPECT_EQ(euro1->length, 1);
}

TEST(StrApi, InternIsUniqueAndImmortal) {
  ensure_runtime();
  Str* x = intern("some_identifier_for_test");
  Str* y = intern(std::string("some_identifier") + "_for_test");
  EXPECT_EQ(x, y);
  EXPECT_TRUE(x->interned);
  EXPECT_TRUE(is_immortal(x));
  Ref<Str> z = str_new("some_identifier_for_test");
  EXPECT_EQ(intern(z.get()), x);
  EXPECT_EQ(intern("b"), str_from_codepoint('b').get());  // one-char strs are the cached ones
  EXPECT_EQ(intern(""), empty_str());
}

TEST(StrApi, HashAndEquality) {
  ensure_runtime();
  Ref<Str> k1, k2, k3;
  Str* a = S("the quick brown fox jumps", &k1);
  Str* b = S("the quick brown fox jumps", &k2);
  Str* c = S("the quick brown fox jumpz", &k3);
  EXPECT_NE(a, b);
  EXPECT_EQ(str_hash(a), str_hash(b));
  EXPECT_NE(str_hash(a), -1);
  EXPECT_TRUE(str_equal(a, b));
  EXPECT_FALSE(str_equal(a, c));
  EXPECT_EQ(str_hash(empty_str()), 0);
  for (int n = 0; n < 40; ++n) {  // every tail length of the word loop
    Ref<Str> s1 = str_new(std::string(static_cast<size_t>(n), 'q'));
    Ref<Str> s2 = str_new(std::string(static_cast<size_t>(n), 'q'));
    EXPECT_EQ(str_hash(s1.get()), str_hash(s2.get()));
  }
}

TEST(StrApi, Builders) {
  ensure_runtime();
  Ref<Str> k1, k2;
  Str* a = S("ab\xC3\xA9", &k1);
  Str* b = S("cd", &k2);
  Ref<Str> ab = str_concat(a, b);
  EXPECT_EQ(ab->view(), "ab\xC3\xA9" "cd");
  EXPECT_EQ(ab->length, 5);
  EXPECT_EQ(str_concat(a, empty_str()).get(), a);  // no copy for an empty operand
  Object* items[3] = {a, b, a};
  Ref<Str> j = str_join(", ", items, 3);
  EXPECT_EQ(j->view(), "ab\xC3\xA9, cd, ab\xC3\xA9");
  EXPECT_EQ(j->length, 12);
  EXPECT_EQ(str_join("-", items, 1).get(), a);
  EXPECT_EQ(str_join("-", items, 0).get(), empty_str());
  Ref<Str> r = str_repeat(b, 4);
  EXPECT_EQ(r->view(), "cdcdcdcd");
  EXPECT_EQ(str_repeat(b, 0).get(), empty_str());
  Ref<Str> sl = str_slice(a, 2, -1, -1);
  EXPECT_EQ(sl->view(), "\xC3\xA9" "ba");
  EXPECT_EQ(str_substr(a, 1, 3)->view(), "b\xC3\xA9");
}

TEST(StrApi, ReprAndAsciiEscape) {
  ensure_runtime();
  Ref<Str> k1;
  Str* s = S("it's \xC3\xA9\n", &k1);
  Ref<Str> r = str_repr(s);
  EXPECT_EQ(r->view(), "\"it's \xC3\xA9\\n\"");
  EXPECT_EQ(str_ascii_escape(r.get())->view(), "\"it's \\xe9\\n\"");
}

TEST(StrApi, FormatImplAndPercent) {
  ensure_runtime();
  Ref<Str> k1;
  Str* fmt = S("{}-{x}", &k1);
  Ref<> one = int_from(1);
  Ref<> two = int_from(2);
  Ref<Tuple> kwnames = tuple_pack({intern("x")});
  Object* args[2] = {one.get(), two.get()};
  EXPECT_EQ(str_format_impl(fmt, args, 1, kwnames.get())->view(), "1-2");
  Ref<Str> k2;
  Ref<Tuple> t = tuple_pack({one.get(), two.get()});
  EXPECT_EQ(str_percent_format(S("%d/%03d", &k2), t.get())->view(), "1/002");
  Ref<Str> k3, k4;
  EXPECT_EQ(str_format_spec(S("ab", &k3), S("*^6", &k4))->view(), "**ab**");
}

TEST(StrApi, Decoding) {
  ensure_runtime();
  EXPECT_EQ(str_from_utf8_checked("a\xC3\xA9")->length, 2);
  EXPECT_EQ(str_from_latin1("\xE9")->view(), "\xC3\xA9");
  try {
    str_from_utf8_checked("\xFF");
    FAIL() << "expected UnicodeDecodeError";
  } catch (PyException& e) {
    EXPECT_EQ(str_utf8(e.value.get()),
              "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  }
}

TEST(Str, ReprQuoting) {
  EXPECT_EQ(run("result = repr('abc')"), "\"'abc'\"");
  EXPECT_EQ(run("result = repr(\"it's\")"), "'\"it\\'s\"'");
  EXPECT_EQ(run("result = repr('say \"hi\"')"), "'\\'say \"hi\"\\''");
  EXPECT_EQ(run("result = repr('\\'\"')"), "'\\'\\\\\\'\"\\''");
  EXPECT_EQ(run("result = repr('a\\\\b\\n\\t\\r\\x00\\x7f')"), "\"'a\\\\\\\\b\\\\n\\\\t\\\\r\\\\x00\\\\x7f'\"");
  EXPECT_EQ(run("result = repr('é€😀')"), "\"'é€😀'\"");
  EXPECT_EQ(run("result = repr('\\x80\\xa0\\xad\\u2028')"), "\"'\\\\x80\\\\xa0\\\\xad\\\\u2028'\"");
  EXPECT_EQ(run("result = ascii('é€😀\\n')"), "\"'\\\\xe9\\\\u20ac\\\\U0001f600\\\\n'\"");
  EXPECT_EQ(run("result = str(b'x')"), "\"b'x'\"");
}

TEST(Str, ConcatRepeatCompare) {
  EXPECT_EQ(run("result = 'ab' + 'cd'"), "'abcd'");
  EXPECT_EQ(run("result = 'a' + 1"), "TypeError: can only concatenate str (not \"int\") to str");
  EXPECT_EQ(run("result = 1 + 'a'"), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_EQ(run("result = 'ab' * 3"), "'ababab'");
  EXPECT_EQ(run("result = 3 * 'ab'"), "'ababab'");
  EXPECT_EQ(run("result = 'ab' * -1"), "''");
  EXPECT_EQ(run("result = 'a' * 'b'"), "TypeError: can't multiply sequence by non-int of type 'str'");
  EXPECT_EQ(run("result = 'a' * 2.0"), "TypeError: can't multiply sequence by non-int of type 'float'");
  EXPECT_EQ(run("result = 'ab' * (2**62)"), "OverflowError: repeated string is too long");
  EXPECT_EQ(run("result = 'abc' < 'abd'"), "True");
  EXPECT_EQ(run("result = 'é' > 'z'"), "True");
  EXPECT_EQ(run("result = '€' < '😀'"), "True");
  EXPECT_EQ(run("result = 'a' < 1"), "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(run("result = 'a' == 'a'"), "True");
  EXPECT_EQ(run("result = 'a' != 'b'"), "True");
  EXPECT_EQ(run("result = 'bc' in 'abcd'"), "True");
  EXPECT_EQ(run("result = '' in 'a'"), "True");
  EXPECT_EQ(run("result = 1 in 'a'"), "TypeError: 'in <string>' requires string as left operand, not int");
}

TEST(Str, IndexingAndSlicing) {
  EXPECT_EQ(run("result = 'abc'[0]"), "'a'");
  EXPECT_EQ(run("result = 'abc'[-1]"), "'c'");
  EXPECT_EQ(run("result = 'abc'[3]"), "IndexError: string index out of range");
  EXPECT_EQ(run("result = 'abc'[-4]"), "IndexError: string index out of range");
  EXPECT_EQ(run("result = 'abc'[1.0]"), "TypeError: string indices must be integers, not 'float'");
  EXPECT_EQ(run("result = 'abc'['x']"), "TypeError: string indices must be integers, not 'str'");
  EXPECT_EQ(run("result = 'abc'[10**20]"), "IndexError: cannot fit 'int' into an index-sized integer");
  EXPECT_EQ(run("result = 'aé€😀'[2]"), "'€'");
  EXPECT_EQ(run("result = 'aé€😀'[-1]"), "'😀'");
  EXPECT_EQ(run("result = 'abcdef'[1:4]"), "'bcd'");
  EXPECT_EQ(run("result = 'abcdef'[::-1]"), "'fedcba'");
  EXPECT_EQ(run("result = 'abcdef'[::2]"), "'ace'");
  EXPECT_EQ(run("result = 'aé€😀bc'[::-2]"), "'c😀é'");
  EXPECT_EQ(run("result = 'aé€😀bc'[1:-1]"), "'é€😀b'");
  EXPECT_EQ(run("result = 'abc'[5:1]"), "''");
  EXPECT_EQ(run("result = 'abc'[::0]"), "ValueError: slice step cannot be zero");
  EXPECT_EQ(run("result = 'abc'[1.0:]"), "TypeError: slice indices must be integers or None or have an __index__ method");
  EXPECT_EQ(run("result = len('aé€😀')"), "4");
  EXPECT_EQ(run("result = list('aé€')"), "['a', 'é', '€']");
  EXPECT_EQ(run("result = type(iter('abc')).__name__"), "'str_ascii_iterator'");
  EXPECT_EQ(run("result = type(iter('é')).__name__"), "'str_iterator'");
}

TEST(Str, Construction) {
  EXPECT_EQ(run("result = str()"), "''");
  EXPECT_EQ(run("result = str(5)"), "'5'");
  EXPECT_EQ(run("result = str('x')"), "'x'");
  EXPECT_EQ(run("result = str(b'a\\xc3\\xa9', 'utf-8')"), "'aé'");
  EXPECT_EQ(run("result = str(b'\\xe9', encoding='latin-1')"), "'é'");
  EXPECT_EQ(run("result = str('a', 'utf-8')"), "TypeError: decoding str is not supported");
  EXPECT_EQ(run("result = str(1, 'utf-8')"), "TypeError: decoding to str: need a bytes-like object, int found");
  EXPECT_EQ(run("result = str(b'a', 1)"), "TypeError: str() argument 'encoding' must be str, not int");
  EXPECT_EQ(run("result = str(1, 2, 3, 4)"), "TypeError: str expected at most 3 arguments, got 4");
  EXPECT_EQ(run("result = str(b'\\xff', 'utf-8')"), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  EXPECT_EQ(run("result = str(b'\\xff', 'utf-8', 'replace')"), "'�'");
  EXPECT_EQ(run("result = str(encoding='utf-8')"), "''");
}

TEST(Str, JoinSplit) {
  EXPECT_EQ(run("result = '-'.join(['a', 'b', 'c'])"), "'a-b-c'");
  EXPECT_EQ(run("result = '-'.join(('x',))"), "'x'");
  EXPECT_EQ(run("result = ''.join([])"), "''");
  EXPECT_EQ(run("result = '-'.join(['a', 1])"), "TypeError: sequence item 1: expected str instance, int found");
  EXPECT_EQ(run("result = '-'.join(5)"), "TypeError: can only join an iterable");
  EXPECT_EQ(run("result = '-'.join('abc')"), "'a-b-c'");
  EXPECT_EQ(run("result = '-'.join(x for x in 'ab')"), "'a-b'");
  EXPECT_EQ(run("result = 'a b  c '.split()"), "['a', 'b', 'c']");
  EXPECT_EQ(run("result = 'a b  c '.rsplit(None, 1)"), "['a b', 'c']");
  EXPECT_EQ(run("result = 'a,b,,c'.split(',')"), "['a', 'b', '', 'c']");
  EXPECT_EQ(run("result = 'a,b,,c'.rsplit(',', 1)"), "['a,b,', 'c']");
  EXPECT_EQ(run("result = 'a,b,c'.split(',', maxsplit=1)"), "['a', 'b,c']");
  EXPECT_EQ(run("result = 'a'.split('')"), "ValueError: empty separator");
  EXPECT_EQ(run("result = 'a'.split(1)"), "TypeError: must be str or None, not int");
  EXPECT_EQ(run("result = 'a\\xa0b\\u3000c'.split()"), "['a', 'b', 'c']");
  EXPECT_EQ(run("result = 'a\\nb\\r\\nc\\rd'.splitlines()"), "['a', 'b', 'c', 'd']");
  EXPECT_EQ(run("result = 'a\\nb\\r\\n'.splitlines(True)"), "['a\\n', 'b\\r\\n']");
  EXPECT_EQ(run("result = 'a\\x85b\\u2028c'.splitlines()"), "['a', 'b', 'c']");
}

TEST(Str, StripReplaceFind) {
  EXPECT_EQ(run("result = '  ab  '.strip()"), "'ab'");
  EXPECT_EQ(run("result = 'xxabxx'.strip('x')"), "'ab'");
  EXPECT_EQ(run("result = 'xxabxx'.lstrip('x')"), "'abxx'");
  EXPECT_EQ(run("result = 'xxabxx'.rstrip('x')"), "'xxab'");
  EXPECT_EQ(run("result = 'a'.strip(1)"), "TypeError: strip arg must be None or str");
  EXPECT_EQ(run("result = '\\u3000a\\xa0'.strip()"), "'a'");
  EXPECT_EQ(run("result = 'aaa'.replace('a', 'b', 2)"), "'bba'");
  EXPECT_EQ(run("result = 'abc'.replace('', '-')"), "'-a-b-c-'");
  EXPECT_EQ(run("result = 'abc'.replace('', '-', 2)"), "'-a-bc'");
  EXPECT_EQ(run("result = 'abc'.replace('a', 'b', count=1)"), "'bbc'");
  EXPECT_EQ(run("result = 'a'.replace(1, 'b')"), "TypeError: replace() argument 1 must be str, not int");
  EXPECT_EQ(run("result = 'aéb'.replace('é', '€')"), "'a€b'");
  EXPECT_EQ(run("result = 'abcb'.find('b')"), "1");
  EXPECT_EQ(run("result = 'abcb'.rfind('b')"), "3");
  EXPECT_EQ(run("result = 'abcb'.find('b', 2)"), "3");
  EXPECT_EQ(run("result = 'abcb'.find('z')"), "-1");
  EXPECT_EQ(run("result = 'abc'.find('', 3)"), "3");
  EXPECT_EQ(run("result = 'abc'.find('', 4)"), "-1");
  EXPECT_EQ(run("result = 'aéb'.find('b')"), "2");
  EXPECT_EQ(run("result = 'abc'.index('z')"), "ValueError: substring not found");
  EXPECT_EQ(run("result = 'abc'.rindex('z')"), "ValueError: substring not found");
  EXPECT_EQ(run("result = 'abcabc'.count('bc')"), "2");
  EXPECT_EQ(run("result = 'abc'.count('')"), "4");
  EXPECT_EQ(run("result = 'abc'.count('', 2, 1)"), "0");
  EXPECT_EQ(run("result = 'a'.find(1)"), "TypeError: find() argument 1 must be str, not int");
  EXPECT_EQ(run("result = 'a'.find()"), "TypeError: find expected at least 1 argument, got 0");
  EXPECT_EQ(run("result = 'a'.find('a', 'x')"), "TypeError: slice indices must be integers or None or have an __index__ method");
  EXPECT_EQ(run("result = 'a'.find('a', x=1)"), "TypeError: str.find() takes no keyword arguments");
}

TEST(Str, AffixesPartition) {
  EXPECT_EQ(run("result = 'abc'.startswith('ab')"), "True");
  EXPECT_EQ(run("result = 'abc'.startswith(('x', 'ab'))"), "True");
  EXPECT_EQ(run("result = 'abc'.startswith('b', 1)"), "True");
  EXPECT_EQ(run("result = 'abc'.startswith('', 4)"), "False");
  EXPECT_EQ(run("result = 'abc'.endswith('', 3)"), "True");
  EXPECT_EQ(run("result = 'abc'.endswith('bc')"), "True");
  EXPECT_EQ(run("result = 'a'.startswith(1)"), "TypeError: startswith first arg must be str or a tuple of str, not int");
  EXPECT_EQ(run("result = 'a'.startswith((1,))"), "TypeError: tuple for startswith must only contain str, not int");
  EXPECT_EQ(run("result = 'a=b=c'.partition('=')"), "('a', '=', 'b=c')");
  EXPECT_EQ(run("result = 'a=b=c'.rpartition('=')"), "('a=b', '=', 'c')");
  EXPECT_EQ(run("result = 'abc'.partition('=')"), "('abc', '', '')");
  EXPECT_EQ(run("result = 'abc'.rpartition('=')"), "('', '', 'abc')");
  EXPECT_EQ(run("result = 'a'.partition('')"), "ValueError: empty separator");
  EXPECT_EQ(run("result = 'a'.partition(1)"), "TypeError: must be str, not int");
  EXPECT_EQ(run("result = 'abc'.removeprefix('ab')"), "'c'");
  EXPECT_EQ(run("result = 'abc'.removesuffix('bc')"), "'a'");
  EXPECT_EQ(run("result = 'a'.removeprefix(1)"), "TypeError: removeprefix() argument must be str, not int");
}

TEST(Str, CaseAndPredicates) {
  EXPECT_EQ(run("result = 'Hello World'.upper()"), "'HELLO WORLD'");
  EXPECT_EQ(run("result = 'Hello World'.lower()"), "'hello world'");
  EXPECT_EQ(run("result = 'hello world'.title()"), "'Hello World'");
  EXPECT_EQ(run("result = \"they're bill's\".title()"), "\"They'Re Bill'S\"");
  EXPECT_EQ(run("result = 'hELLO'.capitalize()"), "'Hello'");
  EXPECT_EQ(run("result = 'Hello'.swapcase()"), "'hELLO'");
  EXPECT_EQ(run("result = 'é'.upper()"), "'É'");
  EXPECT_EQ(run("result = 'ÉCOLE'.lower()"), "'école'");
  EXPECT_EQ(run("result = 'ß'.upper()"), "'SS'");
  EXPECT_EQ(run("result = 'ß'.casefold()"), "'ss'");
  EXPECT_EQ(run("result = 'İ'.lower()"), "'i̇'");
  EXPECT_EQ(run("result = 'ΑΣ'.lower()"), "'ας'");
  EXPECT_EQ(run("result = 'Привет'.upper()"), "'ПРИВЕТ'");
  EXPECT_EQ(run("result = 'ÿ'.upper()"), "'Ÿ'");
  EXPECT_EQ(run("result = 'ǆemal'.title()"), "'ǅemal'");
  EXPECT_EQ(run("result = 'ABC'.isupper()"), "True");
  EXPECT_EQ(run("result = 'abc'.islower()"), "True");
  EXPECT_EQ(run("result = 'Hello World'.istitle()"), "True");
  EXPECT_EQ(run("result = 'abc'.isalpha()"), "True");
  EXPECT_EQ(run("result = 'é'.isalpha()"), "True");
  EXPECT_EQ(run("result = 'a1'.isalnum()"), "True");
  EXPECT_EQ(run("result = ' \\t\\n'.isspace()"), "True");
  EXPECT_EQ(run("result = '\\xa0'.isspace()"), "True");
  EXPECT_EQ(run("result = ''.isspace()"), "False");
  EXPECT_EQ(run("result = '123'.isdigit()"), "True");
  EXPECT_EQ(run("result = '²'.isdigit()"), "True");
  EXPECT_EQ(run("result = '²'.isdecimal()"), "False");
  EXPECT_EQ(run("result = '½'.isnumeric()"), "True");
  EXPECT_EQ(run("result = '١٢٣'.isdecimal()"), "True");
  EXPECT_EQ(run("result = '\\xad'.isprintable()"), "False");
  EXPECT_EQ(run("result = ''.isprintable()"), "True");
  EXPECT_EQ(run("result = 'é'.isascii()"), "False");
  EXPECT_EQ(run("result = '_a1'.isidentifier()"), "True");
  EXPECT_EQ(run("result = '1a'.isidentifier()"), "False");
  EXPECT_EQ(run("result = 'é_x'.isidentifier()"), "True");
  EXPECT_EQ(run("result = 'a'.upper(1)"), "TypeError: str.upper() takes no arguments (1 given)");
}

TEST(StrUnicode, Tables) {
  uint32_t m[3];
  ASSERT_EQ(uni::to_upper(0xDF, m), 2);  // ß -> SS
  EXPECT_EQ(m[0], 'S');
  EXPECT_EQ(m[1], 'S');
  ASSERT_EQ(uni::to_upper(0xFB03, m), 3);  // ﬃ -> FFI
  EXPECT_EQ(m[2], 'I');
  ASSERT_EQ(uni::to_title(0x1C6, m), 1);  // ǆ -> ǅ
  EXPECT_EQ(m[0], 0x1C5u);
  ASSERT_EQ(uni::to_lower(0x10400, m), 1);  // Deseret 𐐀 -> 𐐨
  EXPECT_EQ(m[0], 0x10428u);
  ASSERT_EQ(uni::to_fold(0x3C2, m), 1);  // ς folds to σ
  EXPECT_EQ(m[0], 0x3C3u);
  EXPECT_TRUE(uni::is_title(0x1C5));
  EXPECT_TRUE(uni::is_cased(0x1C5));
  EXPECT_TRUE(uni::is_case_ignorable(0x301));
  EXPECT_TRUE(uni::is_case_ignorable('\''));
  EXPECT_FALSE(uni::is_case_ignorable('a'));
  EXPECT_EQ(uni::decimal_value(0x663), 3);  // ARABIC-INDIC DIGIT THREE
  EXPECT_EQ(uni::digit_value(0xB2), 2);     // ²
  EXPECT_EQ(uni::decimal_value(0xB2), -1);
  EXPECT_TRUE(uni::is_numeric(0x216B));  // Ⅻ
  EXPECT_FALSE(uni::is_alpha(0x216B));  // Nl is not alphabetic
  EXPECT_FALSE(uni::is_printable(0x200B));
  EXPECT_TRUE(uni::is_linebreak(0x2028));
  EXPECT_TRUE(uni::is_space(0x2028));
  EXPECT_TRUE(uni::is_xid_start(0x65E5));
  EXPECT_FALSE(uni::is_xid_start(0x300));
  EXPECT_TRUE(uni::is_xid_continue(0x300));
  EXPECT_FALSE(uni::is_alpha(0x110000));  // out of range: no properties
}

TEST(Str, Padding) {
  EXPECT_EQ(run("result = 'abc'.center(6)"), "' abc  '");
  EXPECT_EQ(run("result = 'ab'.center(5)"), "'  ab '");
  EXPECT_EQ(run("result = 'abc'.center(6, 'é')"), "'éabcéé'");
  EXPECT_EQ(run("result = 'a'.center(5, 'xy')"), "TypeError: The fill character must be exactly one character long");
  EXPECT_EQ(run("result = 'a'.ljust(3, 1)"), "TypeError: The fill character must be a unicode character, not int");
  EXPECT_EQ(run("result = 'ab'.ljust(5, '*')"), "'ab***'");
  EXPECT_EQ(run("result = 'ab'.rjust(5)"), "'   ab'");
  EXPECT_EQ(run("result = '42'.zfill(5)"), "'00042'");
  EXPECT_EQ(run("result = '-42'.zfill(6)"), "'-00042'");
  EXPECT_EQ(run("result = '+4'.zfill(4)"), "'+004'");
  EXPECT_EQ(run("result = 'a'.zfill('x')"), "TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_EQ(run("result = 'a\\tb\\n\\tc'.expandtabs(4)"), "'a   b\\n    c'");
  EXPECT_EQ(run("result = '\\tx'.expandtabs()"), "'        x'");
  EXPECT_EQ(run("result = 'x\\ty'.expandtabs(tabsize=3)"), "'x  y'");
}

TEST(Str, EncodeTranslate) {
  EXPECT_EQ(run("result = 'aé'.encode()"), "b'a\\xc3\\xa9'");
  EXPECT_EQ(run("result = 'é'.encode('ascii')"), "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
  EXPECT_EQ(run("result = 'éé'.encode('ascii')"), "UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)");
  EXPECT_EQ(run("result = 'a€€b'.encode('latin-1')"), "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)");
  EXPECT_EQ(run("result = 'a€b'.encode('ascii', 'replace')"), "b'a?b'");
  EXPECT_EQ(run("result = 'a€b'.encode('ascii', 'ignore')"), "b'ab'");
  EXPECT_EQ(run("result = 'a€b'.encode('ascii', 'backslashreplace')"), "b'a\\\\u20acb'");
  EXPECT_EQ(run("result = 'a€b'.encode('ascii', 'xmlcharrefreplace')"), "b'a&#8364;b'");
  EXPECT_EQ(run("result = '\\ud800'.encode()"), "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed");
  EXPECT_EQ(run("result = 'a'.encode('foo')"), "LookupError: unknown encoding: foo");
  EXPECT_EQ(run("result = 'é'.encode('ascii', 'foo')"), "LookupError: unknown error handler name 'foo'");
  EXPECT_EQ(run("result = 'a'.encode(1)"), "TypeError: encode() argument 'encoding' must be str, not int");
  EXPECT_EQ(run("result = str.maketrans('ab', 'xy')"), "{97: 120, 98: 121}");
  EXPECT_EQ(run("result = str.maketrans('ab', 'xy', 'c')"), "{97: 120, 98: 121, 99: None}");
  EXPECT_EQ(run("result = str.maketrans({'a': 'b'})"), "{97: 'b'}");
  EXPECT_EQ(run("result = str.maketrans('ab', 'c')"), "ValueError: the first two maketrans arguments must have equal length");
  EXPECT_EQ(run("result = str.maketrans(1)"), "TypeError: if you give only one argument to maketrans it must be a dict");
  EXPECT_EQ(run("result = 'abc'.translate({97: None, 98: 'xy', 99: 100})"), "'xyd'");
  EXPECT_EQ(run("result = 'a'.translate({97: 1.5})"), "TypeError: character mapping must return integer, None or str");
  EXPECT_EQ(run("result = 'abc'.translate(str.maketrans('abc', 'xyz'))"), "'xyz'");
}

TEST(Str, SubclassInstances) {
  EXPECT_EQ(run("class S(str): pass\nresult = (S('ab') + 'c', type(S('x')).__name__, S('xy')[0], str(S('q')), type(str(S('q'))).__name__)"),
            "('abc', 'S', 'x', 'q', 'str')");
}

}  // namespace
}  // namespace ftpy
