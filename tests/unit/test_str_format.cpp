// test_str_format.cpp — str.format / format_map (field syntax, conversions,
// nested specs, every error message), str.__format__, f-strings, and the %
// operator (flags, width, precision, mappings, errors), against CPython 3.13.
#include <gtest/gtest.h>

#include <string>

#include "objects/api.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
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

TEST(StrFormat, Fields) {
  EXPECT_EQ(run("result = '{} {}'.format(1, 'a')"), "'1 a'");
  EXPECT_EQ(run("result = '{0}{1}{0}'.format('x', 'y')"), "'xyx'");
  EXPECT_EQ(run("result = '{a}-{b}'.format(a=1, b='é')"), "'1-é'");
  EXPECT_EQ(run("result = '{{}} {}'.format(5)"), "'{} 5'");
  EXPECT_EQ(run("result = '}}{{'.format()"), "'}{'");
  EXPECT_EQ(run("result = '{0[1]}'.format([5, 6])"), "'6'");
  EXPECT_EQ(run("result = '{0[a]}'.format({'a': 7})"), "'7'");
  EXPECT_EQ(run("result = '{0[0][1]}'.format(['ab'])"), "'b'");
  EXPECT_EQ(run("result = '{0.real}'.format(3)"), "'3'");
  EXPECT_EQ(run("result = '{0.__class__.__name__}'.format(1)"), "'int'");
  EXPECT_EQ(run("result = '{!r}'.format('a')"), "\"'a'\"");
  EXPECT_EQ(run("result = '{!a}'.format('é')"), "\"'\\\\xe9'\"");
  EXPECT_EQ(run("result = '{!s:>4}'.format(1)"), "'   1'");
  EXPECT_EQ(run("result = '{:{}}|'.format('a', 3)"), "'a  |'");
  EXPECT_EQ(run("result = '{0:{a}}|'.format('a', a=3)"), "'a  |'");
  EXPECT_EQ(run("result = '{:>{w}}'.format('r', w=4)"), "'   r'");
  EXPECT_EQ(run("result = '{:5d}|{:<6.2f}|{:x}'.format(42, 3.14159, 255)"), "'   42|3.14  |ff'");
  EXPECT_EQ(run("result = '{:,}'.format(1234567)"), "'1,234,567'");
  EXPECT_EQ(run("result = '{:%}'.format(0.5)"), "'50.000000%'");
  EXPECT_EQ(run("result = '{:*^9}'.format('mid')"), "'***mid***'");
  EXPECT_EQ(run("result = '{a}-{b}'.format_map({'a': 1, 'b': 2})"), "'1-2'");
}

TEST(StrFormat, FieldErrors) {
  EXPECT_EQ(run("result = '{'.format(1)"), "ValueError: Single '{' encountered in format string");
  EXPECT_EQ(run("result = '}'.format(1)"), "ValueError: Single '}' encountered in format string");
  EXPECT_EQ(run("result = '{0'.format(1)"), "ValueError: expected '}' before end of string");
  EXPECT_EQ(run("result = '{1}'.format(1)"), "IndexError: Replacement index 1 out of range for positional args tuple");
  EXPECT_EQ(run("result = '{a}'.format(1)"), "KeyError: 'a'");
  EXPECT_EQ(run("result = '{}{0}'.format(1)"), "ValueError: cannot switch from automatic field numbering to manual field specification");
  EXPECT_EQ(run("result = '{0}{}'.format(1)"), "ValueError: cannot switch from manual field specification to automatic field numbering");
  EXPECT_EQ(run("result = '{!x}'.format(1)"), "ValueError: Unknown conversion specifier x");
  EXPECT_EQ(run("result = '{!r'.format(1)"), "ValueError: unmatched '{' in format spec");
  EXPECT_EQ(run("result = '{!rr}'.format(1)"), "ValueError: expected ':' after conversion specifier");
  EXPECT_EQ(run("result = '{0[0]x}'.format([1])"), "ValueError: Only '.' or '[' may follow ']' in format field specifier");
  EXPECT_EQ(run("result = '{0.}'.format(1)"), "ValueError: Empty attribute in format string");
  EXPECT_EQ(run("result = '{0.foo}'.format(1)"), "AttributeError: 'int' object has no attribute 'foo'");
  EXPECT_EQ(run("result = '{:{:{}}}'.format(1, 2, 3)"), "ValueError: Max string recursion exceeded");
  EXPECT_EQ(run("result = '{a{}'.format(1)"), "ValueError: unexpected '{' in field name");
  EXPECT_EQ(run("result = '{:d}'.format('a')"), "ValueError: Unknown format code 'd' for object of type 'str'");
  EXPECT_EQ(run("result = '{0}'.format_map({})"), "ValueError: Format string contains positional fields");
  EXPECT_EQ(run("result = '{a}'.format_map({})"), "KeyError: 'a'");
}

TEST(StrFormat, DunderFormat) {
  EXPECT_EQ(run("result = format('abc', '')"), "'abc'");
  EXPECT_EQ(run("result = format('a', '>5')"), "'    a'");
  EXPECT_EQ(run("result = format('a', 'x<5')"), "'axxxx'");
  EXPECT_EQ(run("result = format('a', '^5')"), "'  a  '");
  EXPECT_EQ(run("result = format('abc', '.1')"), "'a'");
  EXPECT_EQ(run("result = format('abcdef', '>8.3')"), "'     abc'");
  EXPECT_EQ(run("result = format('a', 's')"), "'a'");
  EXPECT_EQ(run("result = format('é', '€>4')"), "'€€€é'");
  EXPECT_EQ(run("result = format('a', '05')"), "'a0000'");
  EXPECT_EQ(run("result = format('a', 'd')"), "ValueError: Unknown format code 'd' for object of type 'str'");
  EXPECT_EQ(run("result = format('a', '=5')"), "ValueError: '=' alignment not allowed in string format specifier");
  EXPECT_EQ(run("result = format('a', '+')"), "ValueError: Sign not allowed in string format specifier");
  EXPECT_EQ(run("result = format('a', ' ')"), "ValueError: Space not allowed in string format specifier");
  EXPECT_EQ(run("result = format('a', '#')"), "ValueError: Alternate form (#) not allowed in string format specifier");
  EXPECT_EQ(run("result = format('a', ',')"), "ValueError: Cannot specify ',' with 's'.");
  EXPECT_EQ(run("result = 'a'.__format__(1)"), "TypeError: __format__() argument must be str, not int");
  EXPECT_EQ(run("result = f'{\"x\"!r:>5}|{3:03}|{\"é\":^5}'"), "\"  'x'|003|  é  \"");
}

TEST(StrFormat, Percent) {
  EXPECT_EQ(run("result = '%s and %r' % ('x', 'y')"), "\"x and 'y'\"");
  EXPECT_EQ(run("result = '%d' % 3.7"), "'3'");
  EXPECT_EQ(run("result = '%i' % True"), "'1'");
  EXPECT_EQ(run("result = '%5s|%-5s|' % ('ab', 'ab')"), "'   ab|ab   |'");
  EXPECT_EQ(run("result = '%.1s' % 'ab'"), "'a'");
  EXPECT_EQ(run("result = '%05d' % -3"), "'-0003'");
  EXPECT_EQ(run("result = '%-5d|' % 3"), "'3    |'");
  EXPECT_EQ(run("result = '%.3d' % 5"), "'005'");
  EXPECT_EQ(run("result = '%#x|%#X|%#o' % (255, 255, 8)"), "'0xff|0XFF|0o10'");
  EXPECT_EQ(run("result = '%x' % -255"), "'-ff'");
  EXPECT_EQ(run("result = '%+.2e' % 1234.5"), "'+1.23e+03'");
  EXPECT_EQ(run("result = '%10.4f|' % 3.14159"), "'    3.1416|'");
  EXPECT_EQ(run("result = '%010.2f' % -3.1"), "'-000003.10'");
  EXPECT_EQ(run("result = '%g|%G' % (1e-7, 1e20)"), "'1e-07|1E+20'");
  EXPECT_EQ(run("result = '%c%c' % (65, 'é')"), "'Aé'");
  EXPECT_EQ(run("result = '%r %a' % ('é', 'é')"), "\"'é' '\\\\xe9'\"");
  EXPECT_EQ(run("result = '%(a)s %%' % {'a': 1}"), "'1 %'");
  EXPECT_EQ(run("result = '%s' % {'a': 1}"), "\"{'a': 1}\"");
  EXPECT_EQ(run("result = '%*d|%-*d|' % (4, 1, 4, 2)"), "'   1|2   |'");
  EXPECT_EQ(run("result = '%.*f' % (2, 1.234)"), "'1.23'");
  EXPECT_EQ(run("result = '%d' % 2**70"), "'1180591620717411303424'");
  EXPECT_EQ(run("result = '%s' % ((1, 2),)"), "'(1, 2)'");
  EXPECT_EQ(run("result = 'abc' % []"), "'abc'");
}

TEST(StrFormat, PercentErrors) {
  EXPECT_EQ(run("result = '%d' % 'x'"), "TypeError: %d format: a real number is required, not str");
  EXPECT_EQ(run("result = '%x' % 3.5"), "TypeError: %x format: an integer is required, not float");
  EXPECT_EQ(run("result = '%f' % 'x'"), "TypeError: must be real number, not str");
  EXPECT_EQ(run("result = '%c' % 'ab'"), "TypeError: %c requires int or char");
  EXPECT_EQ(run("result = '%c' % 0x110000"), "OverflowError: %c arg not in range(0x110000)");
  EXPECT_EQ(run("result = '%s %s' % (1,)"), "TypeError: not enough arguments for format string");
  EXPECT_EQ(run("result = '%s' % (1, 2)"), "TypeError: not all arguments converted during string formatting");
  EXPECT_EQ(run("result = 'abc' % 5"), "TypeError: not all arguments converted during string formatting");
  EXPECT_EQ(run("result = '%(a)s' % 5"), "TypeError: format requires a mapping");
  EXPECT_EQ(run("result = '%' % 1"), "ValueError: incomplete format");
  EXPECT_EQ(run("result = '%z' % 1"), "ValueError: unsupported format character 'z' (0x7a) at index 1");
  EXPECT_EQ(run("result = '%*d' % ('a', 1)"), "TypeError: * wants int");
  EXPECT_EQ(run("result = '%5%' % (1,)"), "ValueError: unsupported format character '%' (0x25) at index 2");
  EXPECT_EQ(run("result = '%(a)s %s' % {'a': 1}"), "TypeError: not enough arguments for format string");
  EXPECT_EQ(run("result = '%(a' % {'a': 1}"), "ValueError: incomplete format key");
  EXPECT_EQ(run("result = '%d' % None"), "TypeError: %d format: a real number is required, not NoneType");
}

}  // namespace
}  // namespace ftpy
