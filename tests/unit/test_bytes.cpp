// test_bytes.cpp — objects/bytes*.cpp: the C++ bytes API and the
// Python-level behaviour of bytes (repr, construction, slots, methods,
// codecs and their error messages), against CPython 3.13.
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

TEST(BytesApi, SingletonsAndLayout) {
  ensure_runtime();
  Ref<> e1 = bytes_new("");
  Ref<> e2 = bytes_new(std::string_view());
  EXPECT_EQ(e1.get(), e2.get());
  EXPECT_TRUE(is_immortal(e1.get()));
  Ref<> x1 = bytes_new("x");
  Ref<> x2 = bytes_new("x");
  EXPECT_EQ(x1.get(), x2.get());
  Ref<> b = bytes_new(std::string_view("a\0b", 3));
  EXPECT_EQ(bytes_size(b.get()), 3);
  EXPECT_EQ(bytes_view(b.get()), std::string_view("a\0b", 3));
  EXPECT_EQ(static_cast<Bytes*>(b.get())->data[3], '\0');
  EXPECT_EQ(str_view(bytes_repr(b.get()).get()), "b'a\\x00b'");
  Ref<> c = bytes_new(std::string_view("a\0b", 3));
  EXPECT_EQ(bytes_hash(static_cast<Bytes*>(b.get())), bytes_hash(static_cast<Bytes*>(c.get())));
  Ref<> cat = bytes_concat(static_cast<Bytes*>(b.get()), static_cast<Bytes*>(x1.get()));
  EXPECT_EQ(bytes_view(cat.get()), std::string_view("a\0bx", 4));
}

TEST(Bytes, ReprAndConstruction) {
  EXPECT_EQ(run("result = b'abc'"), "b'abc'");
  EXPECT_EQ(run("result = b\"'\""), "b\"'\"");
  EXPECT_EQ(run("result = b'\\'\"'"), "b'\\'\"'");
  EXPECT_EQ(run("result = b'\\x00\\xff\\\\\\t\\n\\r'"), "b'\\x00\\xff\\\\\\t\\n\\r'");
  EXPECT_EQ(run("result = str(b'x')"), "\"b'x'\"");
  EXPECT_EQ(run("result = bytes()"), "b''");
  EXPECT_EQ(run("result = bytes(3)"), "b'\\x00\\x00\\x00'");
  EXPECT_EQ(run("result = bytes(-1)"), "ValueError: negative count");
  EXPECT_EQ(run("result = bytes('a')"), "TypeError: string argument without an encoding");
  EXPECT_EQ(run("result = bytes('aé', 'utf-8')"), "b'a\\xc3\\xa9'");
  EXPECT_EQ(run("result = bytes('é', 'ascii')"), "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
  EXPECT_EQ(run("result = bytes([1, 2, 255])"), "b'\\x01\\x02\\xff'");
  EXPECT_EQ(run("result = bytes([256])"), "ValueError: bytes must be in range(0, 256)");
  EXPECT_EQ(run("result = bytes([1.0])"), "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(run("result = bytes(1.5)"), "TypeError: cannot convert 'float' object to bytes");
  EXPECT_EQ(run("result = bytes(None)"), "TypeError: cannot convert 'NoneType' object to bytes");
  EXPECT_EQ(run("result = bytes(range(3))"), "b'\\x00\\x01\\x02'");
  EXPECT_EQ(run("result = bytes(x for x in [65])"), "b'A'");
  EXPECT_EQ(run("result = bytes(1, 'utf-8')"), "TypeError: encoding without a string argument");
  EXPECT_EQ(run("result = bytes(errors='x')"), "TypeError: errors without a string argument");
}

TEST(Bytes, Slots) {
  EXPECT_EQ(run("result = b'ab' + b'cd'"), "b'abcd'");
  EXPECT_EQ(run("result = b'a' + 'b'"), "TypeError: can't concat str to bytes");
  EXPECT_EQ(run("result = b'a' + 1"), "TypeError: can't concat int to bytes");
  EXPECT_EQ(run("result = 1 + b'a'"), "TypeError: unsupported operand type(s) for +: 'int' and 'bytes'");
  EXPECT_EQ(run("result = b'ab' * 3"), "b'ababab'");
  EXPECT_EQ(run("result = 3 * b'ab'"), "b'ababab'");
  EXPECT_EQ(run("result = b'a' * b'a'"), "TypeError: can't multiply sequence by non-int of type 'bytes'");
  EXPECT_EQ(run("result = 98 in b'abc'"), "True");
  EXPECT_EQ(run("result = b'bc' in b'abc'"), "True");
  EXPECT_EQ(run("result = 300 in b'a'"), "ValueError: byte must be in range(0, 256)");
  EXPECT_EQ(run("result = 1.0 in b'a'"), "TypeError: a bytes-like object is required, not 'float'");
  EXPECT_EQ(run("result = 'a' in b'a'"), "TypeError: a bytes-like object is required, not 'str'");
  EXPECT_EQ(run("result = b'a' < b'b'"), "True");
  EXPECT_EQ(run("result = b'a' == b'a'"), "True");
  EXPECT_EQ(run("result = b'a' == 'a'"), "False");
  EXPECT_EQ(run("result = b'a' < 'a'"), "TypeError: '<' not supported between instances of 'bytes' and 'str'");
  EXPECT_EQ(run("result = b'abc'[0]"), "97");
  EXPECT_EQ(run("result = b'abc'[-1]"), "99");
  EXPECT_EQ(run("result = b'abc'[3]"), "IndexError: index out of range");
  EXPECT_EQ(run("result = b'abc'['a']"), "TypeError: byte indices must be integers or slices, not str");
  EXPECT_EQ(run("result = b'abc'[1:]"), "b'bc'");
  EXPECT_EQ(run("result = b'abc'[::-1]"), "b'cba'");
  EXPECT_EQ(run("result = list(b'ab')"), "[97, 98]");
  EXPECT_EQ(run("result = len(b'abc')"), "3");
  EXPECT_EQ(run("result = hash(b'abc') == hash(b'ab' + b'c')"), "True");
  EXPECT_EQ(run("result = type(iter(b'')).__name__"), "'bytes_iterator'");
}

TEST(Bytes, Methods) {
  EXPECT_EQ(run("result = b'a\\xc3\\xa9'.decode()"), "'aé'");
  EXPECT_EQ(run("result = b'\\xff'.decode()"), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  EXPECT_EQ(run("result = b'\\xe4\\xb8'.decode()"), "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
  EXPECT_EQ(run("result = b'\\xe4\\x41'.decode()"), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe4 in position 0: invalid continuation byte");
  EXPECT_EQ(run("result = b'\\xe4\\xb8\\x41'.decode()"), "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte");
  EXPECT_EQ(run("result = b'\\xed\\xa0\\x80'.decode()"), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
  EXPECT_EQ(run("result = b'\\xe9'.decode('ascii')"), "UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)");
  EXPECT_EQ(run("result = b'\\xe9'.decode('latin-1')"), "'é'");
  EXPECT_EQ(run("result = b'a\\xffb'.decode('utf-8', 'replace')"), "'a�b'");
  EXPECT_EQ(run("result = b'a\\xffb'.decode('utf-8', 'backslashreplace')"), "'a\\\\xffb'");
  EXPECT_EQ(run("result = b'a\\xffb'.decode('utf-8', 'ignore')"), "'ab'");
  EXPECT_EQ(run("result = b'a'.decode('foo')"), "LookupError: unknown encoding: foo");
  EXPECT_EQ(run("result = b'\\x00ab'.hex()"), "'006162'");
  EXPECT_EQ(run("result = b'abc'.hex(':')"), "'61:62:63'");
  EXPECT_EQ(run("result = bytes.fromhex('61 62')"), "b'ab'");
  EXPECT_EQ(run("result = bytes.fromhex('6')"), "ValueError: non-hexadecimal number found in fromhex() arg at position 1");
  EXPECT_EQ(run("result = bytes.fromhex('zz')"), "ValueError: non-hexadecimal number found in fromhex() arg at position 0");
  EXPECT_EQ(run("result = bytes.fromhex(1)"), "TypeError: fromhex() argument must be str, not int");
  EXPECT_EQ(run("result = b'-'.join([b'a', b'b'])"), "b'a-b'");
  EXPECT_EQ(run("result = b'-'.join([b'a', 'b'])"), "TypeError: sequence item 1: expected a bytes-like object, str found");
  EXPECT_EQ(run("result = b' a  b '.split()"), "[b'a', b'b']");
  EXPECT_EQ(run("result = b'a,b,,c'.split(b',')"), "[b'a', b'b', b'', b'c']");
  EXPECT_EQ(run("result = b'a,b,,c'.rsplit(b',', 1)"), "[b'a,b,', b'c']");
  EXPECT_EQ(run("result = b'a'.split(',')"), "TypeError: a bytes-like object is required, not 'str'");
  EXPECT_EQ(run("result = b' a '.strip()"), "b'a'");
  EXPECT_EQ(run("result = b'xax'.strip(b'x')"), "b'a'");
  EXPECT_EQ(run("result = b'abcb'.find(b'b')"), "1");
  EXPECT_EQ(run("result = b'abcb'.find(98)"), "1");
  EXPECT_EQ(run("result = b'abcb'.rfind(b'b')"), "3");
  EXPECT_EQ(run("result = b'abcb'.count(b'b')"), "2");
  EXPECT_EQ(run("result = b'abc'.index(b'z')"), "ValueError: subsection not found");
  EXPECT_EQ(run("result = b'abc'.find('b')"), "TypeError: argument should be integer or bytes-like object, not 'str'");
  EXPECT_EQ(run("result = b'abc'.startswith(b'ab')"), "True");
  EXPECT_EQ(run("result = b'abc'.startswith('a')"), "TypeError: startswith first arg must be bytes or a tuple of bytes, not str");
  EXPECT_EQ(run("result = b'abc'.endswith((b'x', b'bc'))"), "True");
  EXPECT_EQ(run("result = b'abc'.replace(b'b', b'XY')"), "b'aXYc'");
  EXPECT_EQ(run("result = b'aB1'.upper()"), "b'AB1'");
  EXPECT_EQ(run("result = b'aB1'.lower()"), "b'ab1'");
  EXPECT_EQ(run("result = b'12'.isdigit()"), "True");
  EXPECT_EQ(run("result = b''.isdigit()"), "False");
  EXPECT_EQ(run("result = b'a=b'.partition(b'=')"), "(b'a', b'=', b'b')");
  EXPECT_EQ(run("result = b'ab'.removeprefix(b'a')"), "b'b'");
}

TEST(Bytes, LayoutAndCaseMethods) {
  EXPECT_EQ(run("result = b'hello WORLD 3x'.title()"), "b'Hello World 3X'");
  EXPECT_EQ(run("result = b'hELLO wORLD'.capitalize()"), "b'Hello world'");
  EXPECT_EQ(run("result = b'aBc'.swapcase()"), "b'AbC'");
  EXPECT_EQ(run("result = (b'Hello World'.istitle(), b'A title'.istitle(), b''.isascii(), b'\\x80'.isascii())"),
            "(True, False, True, False)");
  EXPECT_EQ(run("result = (b'abc'.center(6, b'*'), b'ab'.center(5, b'*'), b'a'.ljust(3), b'a'.rjust(3, b'-'))"),
            "(b'*abc**', b'**ab*', b'a  ', b'--a')");
  EXPECT_EQ(run("result = b'a'.center(5, 'x')"),
            "TypeError: center() argument 2 must be a byte string of length 1, not str");
  EXPECT_EQ(run("result = (b'-42'.zfill(6), b'+'.zfill(3))"), "(b'-00042', b'+00')");
  EXPECT_EQ(run("result = b'a\\tb'.expandtabs(tabsize=4)"), "b'a   b'");
  EXPECT_EQ(run("result = b'a\\nb\\r\\nc\\rd\\x0be'.splitlines()"), "[b'a', b'b', b'c', b'd\\x0be']");
  EXPECT_EQ(run("result = b'a\\nb\\r\\n'.splitlines(keepends=True)"), "[b'a\\n', b'b\\r\\n']");
  EXPECT_EQ(run("result = b'abc'.translate(bytes.maketrans(b'a', b'z'), b'c')"), "b'zb'");
  EXPECT_EQ(run("result = b'abc'.translate(None, delete=b'b')"), "b'ac'");
  EXPECT_EQ(run("result = b'a'.translate(b'x')"), "ValueError: translation table must be 256 characters long");
  EXPECT_EQ(run("result = bytes.maketrans(b'ab', b'c')"), "ValueError: maketrans arguments must have same length");
}

TEST(Bytes, PercentFormat) {
  EXPECT_EQ(run("result = b'%s=%d' % (b'k', 5)"), "b'k=5'");
  EXPECT_EQ(run("result = b'%r %a %c %c %5d|%-4s|%.1s %x' % (b'x', '\\xe9', 65, b'q', 42, b'a', b'abc', 255)"),
            "b\"b'x' '\\\\xe9' A q    42|a   |a ff\"");
  EXPECT_EQ(run("result = b'%(k)s %(j)d' % {b'k': b'v', b'j': 3}"), "b'v 3'");
  EXPECT_EQ(run("result = b'%s' % 1"),
            "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'");
  EXPECT_EQ(run("result = b'%c' % 256"), "OverflowError: %c arg not in range(256)");
  EXPECT_EQ(run("result = b'%s' % (b'a', b'b')"), "TypeError: not all arguments converted during bytes formatting");
  EXPECT_EQ(run("result = b'%z' % 1"), "ValueError: unsupported format character 'z' (0x7a) at index 1");
}

}  // namespace
}  // namespace ftpy
