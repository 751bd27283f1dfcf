// Unit tests for objects/numeric/int_format.{h,cpp}.  Table values were
// generated with CPython 3.13 (str/hex/oct/bin, int(text, base), format(),
// divmod, pow(b, e, m), true division and float(int)).
#include "objects/numeric/int_format.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

using namespace std::literals;
using namespace ftpy::num;

namespace {

mpz_class Z(std::string_view s) { return mpz_class(std::string(s)); }
std::uint64_t B(double d) { return std::bit_cast<std::uint64_t>(d); }

struct ToStringCase {
  std::string_view value;
  int base;
  std::string_view text;
};
struct PrefixCase {
  std::string_view value, hex, oct, bin;
};
struct ParseIntCase {
  std::string_view text;
  int base;
  bool ok;
  std::string_view value;
};
struct IntFormatCase {
  std::string_view value, spec;
  bool ok;
  std::string_view result;
};
struct DivModCase {
  std::string_view a, b, q, r;
};
struct PowModCase {
  std::string_view base, exp, mod;
  bool ok;
  std::string_view result;
};
struct TrueDivCase {
  std::string_view a, b;
  bool ok;
  std::uint64_t bits;
};
struct ToDoubleCase {
  std::string_view value;
  bool ok;
  std::uint64_t bits;
};

// clang-format off
const ToStringCase kToStringCases[] = {
    {"0"sv, 2, "0"sv},
    {"0"sv, 8, "0"sv},
    {"0"sv, 10, "0"sv},
    {"0"sv, 16, "0"sv},
    {"0"sv, 36, "0"sv},
    {"1"sv, 2, "1"sv},
    {"1"sv, 8, "1"sv},
    {"1"sv, 10, "1"sv},
    {"1"sv, 16, "1"sv},
    {"1"sv, 36, "1"sv},
    {"-1"sv, 2, "-1"sv},
    {"-1"sv, 8, "-1"sv},
    {"-1"sv, 10, "-1"sv},
    {"-1"sv, 16, "-1"sv},
    {"-1"sv, 36, "-1"sv},
    {"7"sv, 2, "111"sv},
    {"7"sv, 8, "7"sv},
    {"7"sv, 10, "7"sv},
    {"7"sv, 16, "7"sv},
    {"7"sv, 36, "7"sv},
    {"-255"sv, 2, "-11111111"sv},
    {"-255"sv, 8, "-377"sv},
    {"-255"sv, 10, "-255"sv},
    {"-255"sv, 16, "-ff"sv},
    {"-255"sv, 36, "-73"sv},
    {"1000000000000000000000000000000"sv, 2, "1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, 8, "1447626234640431647336510000000000"sv},
    {"1000000000000000000000000000000"sv, 10, "1000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, 16, "c9f2c9cd04674edea40000000"sv},
    {"1000000000000000000000000000000"sv, 36, "2oy99wnkl1c76diocq9s"sv},
    {"-1267650600228229401496703217721"sv, 2, "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000011000000111001"sv},
    {"-1267650600228229401496703217721"sv, 8, "-2000000000000000000000000000030071"sv},
    {"-1267650600228229401496703217721"sv, 10, "-1267650600228229401496703217721"sv},
    {"-1267650600228229401496703217721"sv, 16, "-10000000000000000000003039"sv},
    {"-1267650600228229401496703217721"sv, 36, "-3ewfdnca0n6ld1ggvozd"sv},
    {"18446744073709551616"sv, 2, "10000000000000000000000000000000000000000000000000000000000000000"sv},
    {"18446744073709551616"sv, 8, "2000000000000000000000"sv},
    {"18446744073709551616"sv, 10, "18446744073709551616"sv},
    {"18446744073709551616"sv, 16, "10000000000000000"sv},
    {"18446744073709551616"sv, 36, "3w5e11264sgsg"sv},
    {"9223372036854775807"sv, 2, "111111111111111111111111111111111111111111111111111111111111111"sv},
    {"9223372036854775807"sv, 8, "777777777777777777777"sv},
    {"9223372036854775807"sv, 10, "9223372036854775807"sv},
    {"9223372036854775807"sv, 16, "7fffffffffffffff"sv},
    {"9223372036854775807"sv, 36, "1y2p0ij32e8e7"sv},
    {"-9223372036854775808"sv, 2, "-1000000000000000000000000000000000000000000000000000000000000000"sv},
    {"-9223372036854775808"sv, 8, "-1000000000000000000000"sv},
    {"-9223372036854775808"sv, 10, "-9223372036854775808"sv},
    {"-9223372036854775808"sv, 16, "-8000000000000000"sv},
    {"-9223372036854775808"sv, 36, "-1y2p0ij32e8e8"sv},
    {"60466175"sv, 2, "11100110101010001111111111"sv},
    {"60466175"sv, 8, "346521777"sv},
    {"60466175"sv, 10, "60466175"sv},
    {"60466175"sv, 16, "39aa3ff"sv},
    {"60466175"sv, 36, "zzzzz"sv},
};
const PrefixCase kPrefixCases[] = {
    {"0"sv, "0x0"sv, "0o0"sv, "0b0"sv},
    {"1"sv, "0x1"sv, "0o1"sv, "0b1"sv},
    {"-1"sv, "-0x1"sv, "-0o1"sv, "-0b1"sv},
    {"7"sv, "0x7"sv, "0o7"sv, "0b111"sv},
    {"-255"sv, "-0xff"sv, "-0o377"sv, "-0b11111111"sv},
    {"1000000000000000000000000000000"sv, "0xc9f2c9cd04674edea40000000"sv, "0o1447626234640431647336510000000000"sv, "0b1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000"sv},
    {"-1267650600228229401496703217721"sv, "-0x10000000000000000000003039"sv, "-0o2000000000000000000000000000030071"sv, "-0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000011000000111001"sv},
    {"18446744073709551616"sv, "0x10000000000000000"sv, "0o2000000000000000000000"sv, "0b10000000000000000000000000000000000000000000000000000000000000000"sv},
    {"9223372036854775807"sv, "0x7fffffffffffffff"sv, "0o777777777777777777777"sv, "0b111111111111111111111111111111111111111111111111111111111111111"sv},
    {"-9223372036854775808"sv, "-0x8000000000000000"sv, "-0o1000000000000000000000"sv, "-0b1000000000000000000000000000000000000000000000000000000000000000"sv},
    {"60466175"sv, "0x39aa3ff"sv, "0o346521777"sv, "0b11100110101010001111111111"sv},
};
const ParseIntCase kParseIntCases[] = {
    {"0x_1f"sv, 0, true, "31"sv},
    {"0_x1"sv, 0, false, ""sv},
    {"010"sv, 0, false, ""sv},
    {"00"sv, 0, true, "0"sv},
    {"0_0"sv, 0, true, "0"sv},
    {"0x"sv, 16, false, ""sv},
    {"0b1"sv, 16, true, "177"sv},
    {"0x1f"sv, 16, true, "31"sv},
    {" -0o17 "sv, 0, true, "-15"sv},
    {"- 1"sv, 10, false, ""sv},
    {"1__0"sv, 10, false, ""sv},
    {"_1"sv, 10, false, ""sv},
    {"1_"sv, 10, false, ""sv},
    {"0b_"sv, 0, false, ""sv},
    {"0b1_"sv, 0, false, ""sv},
    {"z"sv, 36, true, "35"sv},
    {"Z"sv, 36, true, "35"sv},
    {"12"sv, 1, false, ""sv},
    {"12"sv, 37, false, ""sv},
    {"+"sv, 10, false, ""sv},
    {""sv, 10, false, ""sv},
    {"0o8"sv, 0, false, ""sv},
    {"0X1F"sv, 0, true, "31"sv},
    {"0B11"sv, 0, true, "3"sv},
    {"0O17"sv, 0, true, "15"sv},
    {"09"sv, 0, false, ""sv},
    {"0_9"sv, 0, false, ""sv},
    {"09"sv, 10, true, "9"sv},
    {"0x1f"sv, 8, false, ""sv},
    {"\xd9""\xa1""\xd9""\xa2"""sv, 0, true, "12"sv},
    {"\x1c""12"sv, 10, false, ""sv},
    {"\xc2""\xa0"" 12\xe3""\x80""\x80"""sv, 10, true, "12"sv},
    {"1_000_000"sv, 10, true, "1000000"sv},
    {"-1_0"sv, 0, true, "-10"sv},
    {"123456789012345678901234567890"sv, 10, true, "123456789012345678901234567890"sv},
    {"-ffffffffffffffffffffffff"sv, 16, true, "-79228162514264337593543950335"sv},
    {"zzzzzzzzzzzzzz"sv, 36, true, "6140942214464815497215"sv},
    {"0"sv, 0, true, "0"sv},
    {"-0"sv, 0, true, "0"sv},
    {"+0x0"sv, 0, true, "0"sv},
    {"12a"sv, 10, false, ""sv},
    {"1 2"sv, 10, false, ""sv},
    {"0x 1"sv, 0, false, ""sv},
    {"\x09""42\x0a"""sv, 0, true, "42"sv},
    {"0o_7"sv, 8, true, "7"sv},
    {"0b2"sv, 2, false, ""sv},
    {"0b2"sv, 0, false, ""sv},
    {"19"sv, 8, false, ""sv},
    {"0_"sv, 0, false, ""sv},
    {"00_0"sv, 0, true, "0"sv},
    {"1.5"sv, 10, false, ""sv},
    {"\xef""\xbc""\x91""\xef""\xbc""\x90"""sv, 10, true, "10"sv},
    {"-"sv, 0, false, ""sv},
    {"0B_1_0"sv, 2, true, "2"sv},
    {"0x_"sv, 0, false, ""sv},
};
const IntFormatCase kIntFormatCases[] = {
    {"0"sv, ""sv, true, "0"sv},
    {"0"sv, "d"sv, true, "0"sv},
    {"0"sv, "x"sv, true, "0"sv},
    {"0"sv, "X"sv, true, "0"sv},
    {"0"sv, "#x"sv, true, "0x0"sv},
    {"0"sv, "#X"sv, true, "0X0"sv},
    {"0"sv, "o"sv, true, "0"sv},
    {"0"sv, "#o"sv, true, "0o0"sv},
    {"0"sv, "b"sv, true, "0"sv},
    {"0"sv, "#b"sv, true, "0b0"sv},
    {"0"sv, "_b"sv, true, "0"sv},
    {"0"sv, "#_b"sv, true, "0b0"sv},
    {"0"sv, "_x"sv, true, "0"sv},
    {"0"sv, ","sv, true, "0"sv},
    {"0"sv, "_"sv, true, "0"sv},
    {"0"sv, "_d"sv, true, "0"sv},
    {"0"sv, "08"sv, true, "00000000"sv},
    {"0"sv, " 08"sv, true, " 0000000"sv},
    {"0"sv, "+"sv, true, "+0"sv},
    {"0"sv, " "sv, true, " 0"sv},
    {"0"sv, "010,"sv, true, "00,000,000"sv},
    {"0"sv, "#012_x"sv, true, "0x0_0000_0000"sv},
    {"0"sv, "*=#12x"sv, true, "0x*********0"sv},
    {"0"sv, "^+#10x"sv, true, "   +0x0   "sv},
    {"0"sv, "x>+#10_x"sv, true, "xxxxxx+0x0"sv},
    {"0"sv, "<8"sv, true, "0       "sv},
    {"0"sv, "^9"sv, true, "    0    "sv},
    {"0"sv, "c"sv, true, "\x00"""sv},
    {"0"sv, "5c"sv, true, "    \x00"""sv},
    {"0"sv, "+c"sv, false, "Sign not allowed with integer format specifier 'c'"sv},
    {"0"sv, "#c"sv, false, "Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"0"sv, ".2"sv, false, "Precision not allowed in integer format specifier"sv},
    {"0"sv, "z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"0"sv, "n"sv, true, "0"sv},
    {"0"sv, "010n"sv, true, "0000000000"sv},
    {"0"sv, "e"sv, true, "0.000000e+00"sv},
    {"0"sv, ".3e"sv, true, "0.000e+00"sv},
    {"0"sv, "f"sv, true, "0.000000"sv},
    {"0"sv, ",.2f"sv, true, "0.00"sv},
    {"0"sv, "g"sv, true, "0"sv},
    {"0"sv, "%"sv, true, "0.000000%"sv},
    {"0"sv, ".1%"sv, true, "0.0%"sv},
    {"0"sv, "_c"sv, false, "Cannot specify '_' with 'c'."sv},
    {"0"sv, ",x"sv, false, "Cannot specify ',' with 'x'."sv},
    {"0"sv, "q"sv, false, "Unknown format code 'q' for object of type 'int'"sv},
    {"0"sv, "=10"sv, true, "         0"sv},
    {"0"sv, "0=+#10_b"sv, true, "+0b00_0000"sv},
    {"0"sv, "+z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"0"sv, "\xc3""\xa9""^9,"sv, true, "\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""0\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9"""sv},
    {"5"sv, ""sv, true, "5"sv},
    {"5"sv, "d"sv, true, "5"sv},
    {"5"sv, "x"sv, true, "5"sv},
    {"5"sv, "X"sv, true, "5"sv},
    {"5"sv, "#x"sv, true, "0x5"sv},
    {"5"sv, "#X"sv, true, "0X5"sv},
    {"5"sv, "o"sv, true, "5"sv},
    {"5"sv, "#o"sv, true, "0o5"sv},
    {"5"sv, "b"sv, true, "101"sv},
    {"5"sv, "#b"sv, true, "0b101"sv},
    {"5"sv, "_b"sv, true, "101"sv},
    {"5"sv, "#_b"sv, true, "0b101"sv},
    {"5"sv, "_x"sv, true, "5"sv},
    {"5"sv, ","sv, true, "5"sv},
    {"5"sv, "_"sv, true, "5"sv},
    {"5"sv, "_d"sv, true, "5"sv},
    {"5"sv, "08"sv, true, "00000005"sv},
    {"5"sv, " 08"sv, true, " 0000005"sv},
    {"5"sv, "+"sv, true, "+5"sv},
    {"5"sv, " "sv, true, " 5"sv},
    {"5"sv, "010,"sv, true, "00,000,005"sv},
    {"5"sv, "#012_x"sv, true, "0x0_0000_0005"sv},
    {"5"sv, "*=#12x"sv, true, "0x*********5"sv},
    {"5"sv, "^+#10x"sv, true, "   +0x5   "sv},
    {"5"sv, "x>+#10_x"sv, true, "xxxxxx+0x5"sv},
    {"5"sv, "<8"sv, true, "5       "sv},
    {"5"sv, "^9"sv, true, "    5    "sv},
    {"5"sv, "c"sv, true, "\x05"""sv},
    {"5"sv, "5c"sv, true, "    \x05"""sv},
    {"5"sv, "+c"sv, false, "Sign not allowed with integer format specifier 'c'"sv},
    {"5"sv, "#c"sv, false, "Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"5"sv, ".2"sv, false, "Precision not allowed in integer format specifier"sv},
    {"5"sv, "z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"5"sv, "n"sv, true, "5"sv},
    {"5"sv, "010n"sv, true, "0000000005"sv},
    {"5"sv, "e"sv, true, "5.000000e+00"sv},
    {"5"sv, ".3e"sv, true, "5.000e+00"sv},
    {"5"sv, "f"sv, true, "5.000000"sv},
    {"5"sv, ",.2f"sv, true, "5.00"sv},
    {"5"sv, "g"sv, true, "5"sv},
    {"5"sv, "%"sv, true, "500.000000%"sv},
    {"5"sv, ".1%"sv, true, "500.0%"sv},
    {"5"sv, "_c"sv, false, "Cannot specify '_' with 'c'."sv},
    {"5"sv, ",x"sv, false, "Cannot specify ',' with 'x'."sv},
    {"5"sv, "q"sv, false, "Unknown format code 'q' for object of type 'int'"sv},
    {"5"sv, "=10"sv, true, "         5"sv},
    {"5"sv, "0=+#10_b"sv, true, "+0b00_0101"sv},
    {"5"sv, "+z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"5"sv, "\xc3""\xa9""^9,"sv, true, "\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""5\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9"""sv},
    {"-5"sv, ""sv, true, "-5"sv},
    {"-5"sv, "d"sv, true, "-5"sv},
    {"-5"sv, "x"sv, true, "-5"sv},
    {"-5"sv, "X"sv, true, "-5"sv},
    {"-5"sv, "#x"sv, true, "-0x5"sv},
    {"-5"sv, "#X"sv, true, "-0X5"sv},
    {"-5"sv, "o"sv, true, "-5"sv},
    {"-5"sv, "#o"sv, true, "-0o5"sv},
    {"-5"sv, "b"sv, true, "-101"sv},
    {"-5"sv, "#b"sv, true, "-0b101"sv},
    {"-5"sv, "_b"sv, true, "-101"sv},
    {"-5"sv, "#_b"sv, true, "-0b101"sv},
    {"-5"sv, "_x"sv, true, "-5"sv},
    {"-5"sv, ","sv, true, "-5"sv},
    {"-5"sv, "_"sv, true, "-5"sv},
    {"-5"sv, "_d"sv, true, "-5"sv},
    {"-5"sv, "08"sv, true, "-0000005"sv},
    {"-5"sv, " 08"sv, true, "-0000005"sv},
    {"-5"sv, "+"sv, true, "-5"sv},
    {"-5"sv, " "sv, true, "-5"sv},
    {"-5"sv, "010,"sv, true, "-0,000,005"sv},
    {"-5"sv, "#012_x"sv, true, "-0x0000_0005"sv},
    {"-5"sv, "*=#12x"sv, true, "-0x********5"sv},
    {"-5"sv, "^+#10x"sv, true, "   -0x5   "sv},
    {"-5"sv, "x>+#10_x"sv, true, "xxxxxx-0x5"sv},
    {"-5"sv, "<8"sv, true, "-5      "sv},
    {"-5"sv, "^9"sv, true, "   -5    "sv},
    {"-5"sv, "c"sv, false, "%c arg not in range(0x110000)"sv},
    {"-5"sv, "5c"sv, false, "%c arg not in range(0x110000)"sv},
    {"-5"sv, "+c"sv, false, "Sign not allowed with integer format specifier 'c'"sv},
    {"-5"sv, "#c"sv, false, "Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"-5"sv, ".2"sv, false, "Precision not allowed in integer format specifier"sv},
    {"-5"sv, "z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"-5"sv, "n"sv, true, "-5"sv},
    {"-5"sv, "010n"sv, true, "-000000005"sv},
    {"-5"sv, "e"sv, true, "-5.000000e+00"sv},
    {"-5"sv, ".3e"sv, true, "-5.000e+00"sv},
    {"-5"sv, "f"sv, true, "-5.000000"sv},
    {"-5"sv, ",.2f"sv, true, "-5.00"sv},
    {"-5"sv, "g"sv, true, "-5"sv},
    {"-5"sv, "%"sv, true, "-500.000000%"sv},
    {"-5"sv, ".1%"sv, true, "-500.0%"sv},
    {"-5"sv, "_c"sv, false, "Cannot specify '_' with 'c'."sv},
    {"-5"sv, ",x"sv, false, "Cannot specify ',' with 'x'."sv},
    {"-5"sv, "q"sv, false, "Unknown format code 'q' for object of type 'int'"sv},
    {"-5"sv, "=10"sv, true, "-        5"sv},
    {"-5"sv, "0=+#10_b"sv, true, "-0b00_0101"sv},
    {"-5"sv, "+z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"-5"sv, "\xc3""\xa9""^9,"sv, true, "\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""-5\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9"""sv},
    {"255"sv, ""sv, true, "255"sv},
    {"255"sv, "d"sv, true, "255"sv},
    {"255"sv, "x"sv, true, "ff"sv},
    {"255"sv, "X"sv, true, "FF"sv},
    {"255"sv, "#x"sv, true, "0xff"sv},
    {"255"sv, "#X"sv, true, "0XFF"sv},
    {"255"sv, "o"sv, true, "377"sv},
    {"255"sv, "#o"sv, true, "0o377"sv},
    {"255"sv, "b"sv, true, "11111111"sv},
    {"255"sv, "#b"sv, true, "0b11111111"sv},
    {"255"sv, "_b"sv, true, "1111_1111"sv},
    {"255"sv, "#_b"sv, true, "0b1111_1111"sv},
    {"255"sv, "_x"sv, true, "ff"sv},
    {"255"sv, ","sv, true, "255"sv},
    {"255"sv, "_"sv, true, "255"sv},
    {"255"sv, "_d"sv, true, "255"sv},
    {"255"sv, "08"sv, true, "00000255"sv},
    {"255"sv, " 08"sv, true, " 0000255"sv},
    {"255"sv, "+"sv, true, "+255"sv},
    {"255"sv, " "sv, true, " 255"sv},
    {"255"sv, "010,"sv, true, "00,000,255"sv},
    {"255"sv, "#012_x"sv, true, "0x0_0000_00ff"sv},
    {"255"sv, "*=#12x"sv, true, "0x********ff"sv},
    {"255"sv, "^+#10x"sv, true, "  +0xff   "sv},
    {"255"sv, "x>+#10_x"sv, true, "xxxxx+0xff"sv},
    {"255"sv, "<8"sv, true, "255     "sv},
    {"255"sv, "^9"sv, true, "   255   "sv},
    {"255"sv, "c"sv, true, "\xc3""\xbf"""sv},
    {"255"sv, "5c"sv, true, "    \xc3""\xbf"""sv},
    {"255"sv, "+c"sv, false, "Sign not allowed with integer format specifier 'c'"sv},
    {"255"sv, "#c"sv, false, "Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"255"sv, ".2"sv, false, "Precision not allowed in integer format specifier"sv},
    {"255"sv, "z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"255"sv, "n"sv, true, "255"sv},
    {"255"sv, "010n"sv, true, "0000000255"sv},
    {"255"sv, "e"sv, true, "2.550000e+02"sv},
    {"255"sv, ".3e"sv, true, "2.550e+02"sv},
    {"255"sv, "f"sv, true, "255.000000"sv},
    {"255"sv, ",.2f"sv, true, "255.00"sv},
    {"255"sv, "g"sv, true, "255"sv},
    {"255"sv, "%"sv, true, "25500.000000%"sv},
    {"255"sv, ".1%"sv, true, "25500.0%"sv},
    {"255"sv, "_c"sv, false, "Cannot specify '_' with 'c'."sv},
    {"255"sv, ",x"sv, false, "Cannot specify ',' with 'x'."sv},
    {"255"sv, "q"sv, false, "Unknown format code 'q' for object of type 'int'"sv},
    {"255"sv, "=10"sv, true, "       255"sv},
    {"255"sv, "0=+#10_b"sv, true, "+0b1111_1111"sv},
    {"255"sv, "+z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"255"sv, "\xc3""\xa9""^9,"sv, true, "\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""255\xc3""\xa9""\xc3""\xa9""\xc3""\xa9"""sv},
    {"-255"sv, ""sv, true, "-255"sv},
    {"-255"sv, "d"sv, true, "-255"sv},
    {"-255"sv, "x"sv, true, "-ff"sv},
    {"-255"sv, "X"sv, true, "-FF"sv},
    {"-255"sv, "#x"sv, true, "-0xff"sv},
    {"-255"sv, "#X"sv, true, "-0XFF"sv},
    {"-255"sv, "o"sv, true, "-377"sv},
    {"-255"sv, "#o"sv, true, "-0o377"sv},
    {"-255"sv, "b"sv, true, "-11111111"sv},
    {"-255"sv, "#b"sv, true, "-0b11111111"sv},
    {"-255"sv, "_b"sv, true, "-1111_1111"sv},
    {"-255"sv, "#_b"sv, true, "-0b1111_1111"sv},
    {"-255"sv, "_x"sv, true, "-ff"sv},
    {"-255"sv, ","sv, true, "-255"sv},
    {"-255"sv, "_"sv, true, "-255"sv},
    {"-255"sv, "_d"sv, true, "-255"sv},
    {"-255"sv, "08"sv, true, "-0000255"sv},
    {"-255"sv, " 08"sv, true, "-0000255"sv},
    {"-255"sv, "+"sv, true, "-255"sv},
    {"-255"sv, " "sv, true, "-255"sv},
    {"-255"sv, "010,"sv, true, "-0,000,255"sv},
    {"-255"sv, "#012_x"sv, true, "-0x0000_00ff"sv},
    {"-255"sv, "*=#12x"sv, true, "-0x*******ff"sv},
    {"-255"sv, "^+#10x"sv, true, "  -0xff   "sv},
    {"-255"sv, "x>+#10_x"sv, true, "xxxxx-0xff"sv},
    {"-255"sv, "<8"sv, true, "-255    "sv},
    {"-255"sv, "^9"sv, true, "  -255   "sv},
    {"-255"sv, "c"sv, false, "%c arg not in range(0x110000)"sv},
    {"-255"sv, "5c"sv, false, "%c arg not in range(0x110000)"sv},
    {"-255"sv, "+c"sv, false, "Sign not allowed with integer format specifier 'c'"sv},
    {"-255"sv, "#c"sv, false, "Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"-255"sv, ".2"sv, false, "Precision not allowed in integer format specifier"sv},
    {"-255"sv, "z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"-255"sv, "n"sv, true, "-255"sv},
    {"-255"sv, "010n"sv, true, "-000000255"sv},
    {"-255"sv, "e"sv, true, "-2.550000e+02"sv},
    {"-255"sv, ".3e"sv, true, "-2.550e+02"sv},
    {"-255"sv, "f"sv, true, "-255.000000"sv},
    {"-255"sv, ",.2f"sv, true, "-255.00"sv},
    {"-255"sv, "g"sv, true, "-255"sv},
    {"-255"sv, "%"sv, true, "-25500.000000%"sv},
    {"-255"sv, ".1%"sv, true, "-25500.0%"sv},
    {"-255"sv, "_c"sv, false, "Cannot specify '_' with 'c'."sv},
    {"-255"sv, ",x"sv, false, "Cannot specify ',' with 'x'."sv},
    {"-255"sv, "q"sv, false, "Unknown format code 'q' for object of type 'int'"sv},
    {"-255"sv, "=10"sv, true, "-      255"sv},
    {"-255"sv, "0=+#10_b"sv, true, "-0b1111_1111"sv},
    {"-255"sv, "+z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"-255"sv, "\xc3""\xa9""^9,"sv, true, "\xc3""\xa9""\xc3""\xa9""-255\xc3""\xa9""\xc3""\xa9""\xc3""\xa9"""sv},
    {"1234567"sv, ""sv, true, "1234567"sv},
    {"1234567"sv, "d"sv, true, "1234567"sv},
    {"1234567"sv, "x"sv, true, "12d687"sv},
    {"1234567"sv, "X"sv, true, "12D687"sv},
    {"1234567"sv, "#x"sv, true, "0x12d687"sv},
    {"1234567"sv, "#X"sv, true, "0X12D687"sv},
    {"1234567"sv, "o"sv, true, "4553207"sv},
    {"1234567"sv, "#o"sv, true, "0o4553207"sv},
    {"1234567"sv, "b"sv, true, "100101101011010000111"sv},
    {"1234567"sv, "#b"sv, true, "0b100101101011010000111"sv},
    {"1234567"sv, "_b"sv, true, "1_0010_1101_0110_1000_0111"sv},
    {"1234567"sv, "#_b"sv, true, "0b1_0010_1101_0110_1000_0111"sv},
    {"1234567"sv, "_x"sv, true, "12_d687"sv},
    {"1234567"sv, ","sv, true, "1,234,567"sv},
    {"1234567"sv, "_"sv, true, "1_234_567"sv},
    {"1234567"sv, "_d"sv, true, "1_234_567"sv},
    {"1234567"sv, "08"sv, true, "01234567"sv},
    {"1234567"sv, " 08"sv, true, " 1234567"sv},
    {"1234567"sv, "+"sv, true, "+1234567"sv},
    {"1234567"sv, " "sv, true, " 1234567"sv},
    {"1234567"sv, "010,"sv, true, "01,234,567"sv},
    {"1234567"sv, "#012_x"sv, true, "0x0_0012_d687"sv},
    {"1234567"sv, "*=#12x"sv, true, "0x****12d687"sv},
    {"1234567"sv, "^+#10x"sv, true, "+0x12d687 "sv},
    {"1234567"sv, "x>+#10_x"sv, true, "+0x12_d687"sv},
    {"1234567"sv, "<8"sv, true, "1234567 "sv},
    {"1234567"sv, "^9"sv, true, " 1234567 "sv},
    {"1234567"sv, "c"sv, false, "%c arg not in range(0x110000)"sv},
    {"1234567"sv, "5c"sv, false, "%c arg not in range(0x110000)"sv},
    {"1234567"sv, "+c"sv, false, "Sign not allowed with integer format specifier 'c'"sv},
    {"1234567"sv, "#c"sv, false, "Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"1234567"sv, ".2"sv, false, "Precision not allowed in integer format specifier"sv},
    {"1234567"sv, "z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"1234567"sv, "n"sv, true, "1234567"sv},
    {"1234567"sv, "010n"sv, true, "0001234567"sv},
    {"1234567"sv, "e"sv, true, "1.234567e+06"sv},
    {"1234567"sv, ".3e"sv, true, "1.235e+06"sv},
    {"1234567"sv, "f"sv, true, "1234567.000000"sv},
    {"1234567"sv, ",.2f"sv, true, "1,234,567.00"sv},
    {"1234567"sv, "g"sv, true, "1.23457e+06"sv},
    {"1234567"sv, "%"sv, true, "123456700.000000%"sv},
    {"1234567"sv, ".1%"sv, true, "123456700.0%"sv},
    {"1234567"sv, "_c"sv, false, "Cannot specify '_' with 'c'."sv},
    {"1234567"sv, ",x"sv, false, "Cannot specify ',' with 'x'."sv},
    {"1234567"sv, "q"sv, false, "Unknown format code 'q' for object of type 'int'"sv},
    {"1234567"sv, "=10"sv, true, "   1234567"sv},
    {"1234567"sv, "0=+#10_b"sv, true, "+0b1_0010_1101_0110_1000_0111"sv},
    {"1234567"sv, "+z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"1234567"sv, "\xc3""\xa9""^9,"sv, true, "1,234,567"sv},
    {"-1234567"sv, ""sv, true, "-1234567"sv},
    {"-1234567"sv, "d"sv, true, "-1234567"sv},
    {"-1234567"sv, "x"sv, true, "-12d687"sv},
    {"-1234567"sv, "X"sv, true, "-12D687"sv},
    {"-1234567"sv, "#x"sv, true, "-0x12d687"sv},
    {"-1234567"sv, "#X"sv, true, "-0X12D687"sv},
    {"-1234567"sv, "o"sv, true, "-4553207"sv},
    {"-1234567"sv, "#o"sv, true, "-0o4553207"sv},
    {"-1234567"sv, "b"sv, true, "-100101101011010000111"sv},
    {"-1234567"sv, "#b"sv, true, "-0b100101101011010000111"sv},
    {"-1234567"sv, "_b"sv, true, "-1_0010_1101_0110_1000_0111"sv},
    {"-1234567"sv, "#_b"sv, true, "-0b1_0010_1101_0110_1000_0111"sv},
    {"-1234567"sv, "_x"sv, true, "-12_d687"sv},
    {"-1234567"sv, ","sv, true, "-1,234,567"sv},
    {"-1234567"sv, "_"sv, true, "-1_234_567"sv},
    {"-1234567"sv, "_d"sv, true, "-1_234_567"sv},
    {"-1234567"sv, "08"sv, true, "-1234567"sv},
    {"-1234567"sv, " 08"sv, true, "-1234567"sv},
    {"-1234567"sv, "+"sv, true, "-1234567"sv},
    {"-1234567"sv, " "sv, true, "-1234567"sv},
    {"-1234567"sv, "010,"sv, true, "-1,234,567"sv},
    {"-1234567"sv, "#012_x"sv, true, "-0x0012_d687"sv},
    {"-1234567"sv, "*=#12x"sv, true, "-0x***12d687"sv},
    {"-1234567"sv, "^+#10x"sv, true, "-0x12d687 "sv},
    {"-1234567"sv, "x>+#10_x"sv, true, "-0x12_d687"sv},
    {"-1234567"sv, "<8"sv, true, "-1234567"sv},
    {"-1234567"sv, "^9"sv, true, "-1234567 "sv},
    {"-1234567"sv, "c"sv, false, "%c arg not in range(0x110000)"sv},
    {"-1234567"sv, "5c"sv, false, "%c arg not in range(0x110000)"sv},
    {"-1234567"sv, "+c"sv, false, "Sign not allowed with integer format specifier 'c'"sv},
    {"-1234567"sv, "#c"sv, false, "Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"-1234567"sv, ".2"sv, false, "Precision not allowed in integer format specifier"sv},
    {"-1234567"sv, "z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"-1234567"sv, "n"sv, true, "-1234567"sv},
    {"-1234567"sv, "010n"sv, true, "-001234567"sv},
    {"-1234567"sv, "e"sv, true, "-1.234567e+06"sv},
    {"-1234567"sv, ".3e"sv, true, "-1.235e+06"sv},
    {"-1234567"sv, "f"sv, true, "-1234567.000000"sv},
    {"-1234567"sv, ",.2f"sv, true, "-1,234,567.00"sv},
    {"-1234567"sv, "g"sv, true, "-1.23457e+06"sv},
    {"-1234567"sv, "%"sv, true, "-123456700.000000%"sv},
    {"-1234567"sv, ".1%"sv, true, "-123456700.0%"sv},
    {"-1234567"sv, "_c"sv, false, "Cannot specify '_' with 'c'."sv},
    {"-1234567"sv, ",x"sv, false, "Cannot specify ',' with 'x'."sv},
    {"-1234567"sv, "q"sv, false, "Unknown format code 'q' for object of type 'int'"sv},
    {"-1234567"sv, "=10"sv, true, "-  1234567"sv},
    {"-1234567"sv, "0=+#10_b"sv, true, "-0b1_0010_1101_0110_1000_0111"sv},
    {"-1234567"sv, "+z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"-1234567"sv, "\xc3""\xa9""^9,"sv, true, "-1,234,567"sv},
    {"65"sv, ""sv, true, "65"sv},
    {"65"sv, "d"sv, true, "65"sv},
    {"65"sv, "x"sv, true, "41"sv},
    {"65"sv, "X"sv, true, "41"sv},
    {"65"sv, "#x"sv, true, "0x41"sv},
    {"65"sv, "#X"sv, true, "0X41"sv},
    {"65"sv, "o"sv, true, "101"sv},
    {"65"sv, "#o"sv, true, "0o101"sv},
    {"65"sv, "b"sv, true, "1000001"sv},
    {"65"sv, "#b"sv, true, "0b1000001"sv},
    {"65"sv, "_b"sv, true, "100_0001"sv},
    {"65"sv, "#_b"sv, true, "0b100_0001"sv},
    {"65"sv, "_x"sv, true, "41"sv},
    {"65"sv, ","sv, true, "65"sv},
    {"65"sv, "_"sv, true, "65"sv},
    {"65"sv, "_d"sv, true, "65"sv},
    {"65"sv, "08"sv, true, "00000065"sv},
    {"65"sv, " 08"sv, true, " 0000065"sv},
    {"65"sv, "+"sv, true, "+65"sv},
    {"65"sv, " "sv, true, " 65"sv},
    {"65"sv, "010,"sv, true, "00,000,065"sv},
    {"65"sv, "#012_x"sv, true, "0x0_0000_0041"sv},
    {"65"sv, "*=#12x"sv, true, "0x********41"sv},
    {"65"sv, "^+#10x"sv, true, "  +0x41   "sv},
    {"65"sv, "x>+#10_x"sv, true, "xxxxx+0x41"sv},
    {"65"sv, "<8"sv, true, "65      "sv},
    {"65"sv, "^9"sv, true, "   65    "sv},
    {"65"sv, "c"sv, true, "A"sv},
    {"65"sv, "5c"sv, true, "    A"sv},
    {"65"sv, "+c"sv, false, "Sign not allowed with integer format specifier 'c'"sv},
    {"65"sv, "#c"sv, false, "Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"65"sv, ".2"sv, false, "Precision not allowed in integer format specifier"sv},
    {"65"sv, "z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"65"sv, "n"sv, true, "65"sv},
    {"65"sv, "010n"sv, true, "0000000065"sv},
    {"65"sv, "e"sv, true, "6.500000e+01"sv},
    {"65"sv, ".3e"sv, true, "6.500e+01"sv},
    {"65"sv, "f"sv, true, "65.000000"sv},
    {"65"sv, ",.2f"sv, true, "65.00"sv},
    {"65"sv, "g"sv, true, "65"sv},
    {"65"sv, "%"sv, true, "6500.000000%"sv},
    {"65"sv, ".1%"sv, true, "6500.0%"sv},
    {"65"sv, "_c"sv, false, "Cannot specify '_' with 'c'."sv},
    {"65"sv, ",x"sv, false, "Cannot specify ',' with 'x'."sv},
    {"65"sv, "q"sv, false, "Unknown format code 'q' for object of type 'int'"sv},
    {"65"sv, "=10"sv, true, "        65"sv},
    {"65"sv, "0=+#10_b"sv, true, "+0b100_0001"sv},
    {"65"sv, "+z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"65"sv, "\xc3""\xa9""^9,"sv, true, "\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""65\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""\xc3""\xa9"""sv},
    {"1000000000000000000000000000000"sv, ""sv, true, "1000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, "d"sv, true, "1000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, "x"sv, true, "c9f2c9cd04674edea40000000"sv},
    {"1000000000000000000000000000000"sv, "X"sv, true, "C9F2C9CD04674EDEA40000000"sv},
    {"1000000000000000000000000000000"sv, "#x"sv, true, "0xc9f2c9cd04674edea40000000"sv},
    {"1000000000000000000000000000000"sv, "#X"sv, true, "0XC9F2C9CD04674EDEA40000000"sv},
    {"1000000000000000000000000000000"sv, "o"sv, true, "1447626234640431647336510000000000"sv},
    {"1000000000000000000000000000000"sv, "#o"sv, true, "0o1447626234640431647336510000000000"sv},
    {"1000000000000000000000000000000"sv, "b"sv, true, "1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, "#b"sv, true, "0b1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, "_b"sv, true, "1100_1001_1111_0010_1100_1001_1100_1101_0000_0100_0110_0111_0100_1110_1101_1110_1010_0100_0000_0000_0000_0000_0000_0000_0000"sv},
    {"1000000000000000000000000000000"sv, "#_b"sv, true, "0b1100_1001_1111_0010_1100_1001_1100_1101_0000_0100_0110_0111_0100_1110_1101_1110_1010_0100_0000_0000_0000_0000_0000_0000_0000"sv},
    {"1000000000000000000000000000000"sv, "_x"sv, true, "c_9f2c_9cd0_4674_edea_4000_0000"sv},
    {"1000000000000000000000000000000"sv, ","sv, true, "1,000,000,000,000,000,000,000,000,000,000"sv},
    {"1000000000000000000000000000000"sv, "_"sv, true, "1_000_000_000_000_000_000_000_000_000_000"sv},
    {"1000000000000000000000000000000"sv, "_d"sv, true, "1_000_000_000_000_000_000_000_000_000_000"sv},
    {"1000000000000000000000000000000"sv, "08"sv, true, "1000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, " 08"sv, true, " 1000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, "+"sv, true, "+1000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, " "sv, true, " 1000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, "010,"sv, true, "1,000,000,000,000,000,000,000,000,000,000"sv},
    {"1000000000000000000000000000000"sv, "#012_x"sv, true, "0xc_9f2c_9cd0_4674_edea_4000_0000"sv},
    {"1000000000000000000000000000000"sv, "*=#12x"sv, true, "0xc9f2c9cd04674edea40000000"sv},
    {"1000000000000000000000000000000"sv, "^+#10x"sv, true, "+0xc9f2c9cd04674edea40000000"sv},
    {"1000000000000000000000000000000"sv, "x>+#10_x"sv, true, "+0xc_9f2c_9cd0_4674_edea_4000_0000"sv},
    {"1000000000000000000000000000000"sv, "<8"sv, true, "1000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, "^9"sv, true, "1000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, "c"sv, false, "Python int too large to convert to C long"sv},
    {"1000000000000000000000000000000"sv, "5c"sv, false, "Python int too large to convert to C long"sv},
    {"1000000000000000000000000000000"sv, "+c"sv, false, "Sign not allowed with integer format specifier 'c'"sv},
    {"1000000000000000000000000000000"sv, "#c"sv, false, "Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"1000000000000000000000000000000"sv, ".2"sv, false, "Precision not allowed in integer format specifier"sv},
    {"1000000000000000000000000000000"sv, "z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"1000000000000000000000000000000"sv, "n"sv, true, "1000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, "010n"sv, true, "1000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, "e"sv, true, "1.000000e+30"sv},
    {"1000000000000000000000000000000"sv, ".3e"sv, true, "1.000e+30"sv},
    {"1000000000000000000000000000000"sv, "f"sv, true, "1000000000000000019884624838656.000000"sv},
    {"1000000000000000000000000000000"sv, ",.2f"sv, true, "1,000,000,000,000,000,019,884,624,838,656.00"sv},
    {"1000000000000000000000000000000"sv, "g"sv, true, "1e+30"sv},
    {"1000000000000000000000000000000"sv, "%"sv, true, "100000000000000005366162204393472.000000%"sv},
    {"1000000000000000000000000000000"sv, ".1%"sv, true, "100000000000000005366162204393472.0%"sv},
    {"1000000000000000000000000000000"sv, "_c"sv, false, "Cannot specify '_' with 'c'."sv},
    {"1000000000000000000000000000000"sv, ",x"sv, false, "Cannot specify ',' with 'x'."sv},
    {"1000000000000000000000000000000"sv, "q"sv, false, "Unknown format code 'q' for object of type 'int'"sv},
    {"1000000000000000000000000000000"sv, "=10"sv, true, "1000000000000000000000000000000"sv},
    {"1000000000000000000000000000000"sv, "0=+#10_b"sv, true, "+0b1100_1001_1111_0010_1100_1001_1100_1101_0000_0100_0110_0111_0100_1110_1101_1110_1010_0100_0000_0000_0000_0000_0000_0000_0000"sv},
    {"1000000000000000000000000000000"sv, "+z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"1000000000000000000000000000000"sv, "\xc3""\xa9""^9,"sv, true, "1,000,000,000,000,000,000,000,000,000,000"sv},
    {"-100000000000000000000"sv, ""sv, true, "-100000000000000000000"sv},
    {"-100000000000000000000"sv, "d"sv, true, "-100000000000000000000"sv},
    {"-100000000000000000000"sv, "x"sv, true, "-56bc75e2d63100000"sv},
    {"-100000000000000000000"sv, "X"sv, true, "-56BC75E2D63100000"sv},
    {"-100000000000000000000"sv, "#x"sv, true, "-0x56bc75e2d63100000"sv},
    {"-100000000000000000000"sv, "#X"sv, true, "-0X56BC75E2D63100000"sv},
    {"-100000000000000000000"sv, "o"sv, true, "-12657072742654304000000"sv},
    {"-100000000000000000000"sv, "#o"sv, true, "-0o12657072742654304000000"sv},
    {"-100000000000000000000"sv, "b"sv, true, "-1010110101111000111010111100010110101100011000100000000000000000000"sv},
    {"-100000000000000000000"sv, "#b"sv, true, "-0b1010110101111000111010111100010110101100011000100000000000000000000"sv},
    {"-100000000000000000000"sv, "_b"sv, true, "-101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"sv},
    {"-100000000000000000000"sv, "#_b"sv, true, "-0b101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"sv},
    {"-100000000000000000000"sv, "_x"sv, true, "-5_6bc7_5e2d_6310_0000"sv},
    {"-100000000000000000000"sv, ","sv, true, "-100,000,000,000,000,000,000"sv},
    {"-100000000000000000000"sv, "_"sv, true, "-100_000_000_000_000_000_000"sv},
    {"-100000000000000000000"sv, "_d"sv, true, "-100_000_000_000_000_000_000"sv},
    {"-100000000000000000000"sv, "08"sv, true, "-100000000000000000000"sv},
    {"-100000000000000000000"sv, " 08"sv, true, "-100000000000000000000"sv},
    {"-100000000000000000000"sv, "+"sv, true, "-100000000000000000000"sv},
    {"-100000000000000000000"sv, " "sv, true, "-100000000000000000000"sv},
    {"-100000000000000000000"sv, "010,"sv, true, "-100,000,000,000,000,000,000"sv},
    {"-100000000000000000000"sv, "#012_x"sv, true, "-0x5_6bc7_5e2d_6310_0000"sv},
    {"-100000000000000000000"sv, "*=#12x"sv, true, "-0x56bc75e2d63100000"sv},
    {"-100000000000000000000"sv, "^+#10x"sv, true, "-0x56bc75e2d63100000"sv},
    {"-100000000000000000000"sv, "x>+#10_x"sv, true, "-0x5_6bc7_5e2d_6310_0000"sv},
    {"-100000000000000000000"sv, "<8"sv, true, "-100000000000000000000"sv},
    {"-100000000000000000000"sv, "^9"sv, true, "-100000000000000000000"sv},
    {"-100000000000000000000"sv, "c"sv, false, "Python int too large to convert to C long"sv},
    {"-100000000000000000000"sv, "5c"sv, false, "Python int too large to convert to C long"sv},
    {"-100000000000000000000"sv, "+c"sv, false, "Sign not allowed with integer format specifier 'c'"sv},
    {"-100000000000000000000"sv, "#c"sv, false, "Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"-100000000000000000000"sv, ".2"sv, false, "Precision not allowed in integer format specifier"sv},
    {"-100000000000000000000"sv, "z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"-100000000000000000000"sv, "n"sv, true, "-100000000000000000000"sv},
    {"-100000000000000000000"sv, "010n"sv, true, "-100000000000000000000"sv},
    {"-100000000000000000000"sv, "e"sv, true, "-1.000000e+20"sv},
    {"-100000000000000000000"sv, ".3e"sv, true, "-1.000e+20"sv},
    {"-100000000000000000000"sv, "f"sv, true, "-100000000000000000000.000000"sv},
    {"-100000000000000000000"sv, ",.2f"sv, true, "-100,000,000,000,000,000,000.00"sv},
    {"-100000000000000000000"sv, "g"sv, true, "-1e+20"sv},
    {"-100000000000000000000"sv, "%"sv, true, "-10000000000000000000000.000000%"sv},
    {"-100000000000000000000"sv, ".1%"sv, true, "-10000000000000000000000.0%"sv},
    {"-100000000000000000000"sv, "_c"sv, false, "Cannot specify '_' with 'c'."sv},
    {"-100000000000000000000"sv, ",x"sv, false, "Cannot specify ',' with 'x'."sv},
    {"-100000000000000000000"sv, "q"sv, false, "Unknown format code 'q' for object of type 'int'"sv},
    {"-100000000000000000000"sv, "=10"sv, true, "-100000000000000000000"sv},
    {"-100000000000000000000"sv, "0=+#10_b"sv, true, "-0b101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"sv},
    {"-100000000000000000000"sv, "+z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"-100000000000000000000"sv, "\xc3""\xa9""^9,"sv, true, "-100,000,000,000,000,000,000"sv},
    {"1114111"sv, ""sv, true, "1114111"sv},
    {"1114111"sv, "d"sv, true, "1114111"sv},
    {"1114111"sv, "x"sv, true, "10ffff"sv},
    {"1114111"sv, "X"sv, true, "10FFFF"sv},
    {"1114111"sv, "#x"sv, true, "0x10ffff"sv},
    {"1114111"sv, "#X"sv, true, "0X10FFFF"sv},
    {"1114111"sv, "o"sv, true, "4177777"sv},
    {"1114111"sv, "#o"sv, true, "0o4177777"sv},
    {"1114111"sv, "b"sv, true, "100001111111111111111"sv},
    {"1114111"sv, "#b"sv, true, "0b100001111111111111111"sv},
    {"1114111"sv, "_b"sv, true, "1_0000_1111_1111_1111_1111"sv},
    {"1114111"sv, "#_b"sv, true, "0b1_0000_1111_1111_1111_1111"sv},
    {"1114111"sv, "_x"sv, true, "10_ffff"sv},
    {"1114111"sv, ","sv, true, "1,114,111"sv},
    {"1114111"sv, "_"sv, true, "1_114_111"sv},
    {"1114111"sv, "_d"sv, true, "1_114_111"sv},
    {"1114111"sv, "08"sv, true, "01114111"sv},
    {"1114111"sv, " 08"sv, true, " 1114111"sv},
    {"1114111"sv, "+"sv, true, "+1114111"sv},
    {"1114111"sv, " "sv, true, " 1114111"sv},
    {"1114111"sv, "010,"sv, true, "01,114,111"sv},
    {"1114111"sv, "#012_x"sv, true, "0x0_0010_ffff"sv},
    {"1114111"sv, "*=#12x"sv, true, "0x****10ffff"sv},
    {"1114111"sv, "^+#10x"sv, true, "+0x10ffff "sv},
    {"1114111"sv, "x>+#10_x"sv, true, "+0x10_ffff"sv},
    {"1114111"sv, "<8"sv, true, "1114111 "sv},
    {"1114111"sv, "^9"sv, true, " 1114111 "sv},
    {"1114111"sv, "c"sv, true, "\xf4""\x8f""\xbf""\xbf"""sv},
    {"1114111"sv, "5c"sv, true, "    \xf4""\x8f""\xbf""\xbf"""sv},
    {"1114111"sv, "+c"sv, false, "Sign not allowed with integer format specifier 'c'"sv},
    {"1114111"sv, "#c"sv, false, "Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"1114111"sv, ".2"sv, false, "Precision not allowed in integer format specifier"sv},
    {"1114111"sv, "z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"1114111"sv, "n"sv, true, "1114111"sv},
    {"1114111"sv, "010n"sv, true, "0001114111"sv},
    {"1114111"sv, "e"sv, true, "1.114111e+06"sv},
    {"1114111"sv, ".3e"sv, true, "1.114e+06"sv},
    {"1114111"sv, "f"sv, true, "1114111.000000"sv},
    {"1114111"sv, ",.2f"sv, true, "1,114,111.00"sv},
    {"1114111"sv, "g"sv, true, "1.11411e+06"sv},
    {"1114111"sv, "%"sv, true, "111411100.000000%"sv},
    {"1114111"sv, ".1%"sv, true, "111411100.0%"sv},
    {"1114111"sv, "_c"sv, false, "Cannot specify '_' with 'c'."sv},
    {"1114111"sv, ",x"sv, false, "Cannot specify ',' with 'x'."sv},
    {"1114111"sv, "q"sv, false, "Unknown format code 'q' for object of type 'int'"sv},
    {"1114111"sv, "=10"sv, true, "   1114111"sv},
    {"1114111"sv, "0=+#10_b"sv, true, "+0b1_0000_1111_1111_1111_1111"sv},
    {"1114111"sv, "+z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"1114111"sv, "\xc3""\xa9""^9,"sv, true, "1,114,111"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, ""sv, true, "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "d"sv, true, "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "x"sv, true, "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "X"sv, true, "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "#x"sv, true, "0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "#X"sv, true, "0X10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "o"sv, true, "200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "#o"sv, true, "0o200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "b"sv, true, "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "#b"sv, true, "0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "_b"sv, true, "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "#_b"sv, true, "0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "_x"sv, true, "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, ","sv, true, "179,769,313,486,231,590,772,930,519,078,902,473,361,797,697,894,230,657,273,430,081,157,732,675,805,500,963,132,708,477,322,407,536,021,120,113,879,871,393,357,658,789,768,814,416,622,492,847,430,639,474,124,377,767,893,424,865,485,276,302,219,601,246,094,119,453,082,952,085,005,768,838,150,682,342,462,881,473,913,110,540,827,237,163,350,510,684,586,298,239,947,245,938,479,716,304,835,356,329,624,224,137,216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "_"sv, true, "179_769_313_486_231_590_772_930_519_078_902_473_361_797_697_894_230_657_273_430_081_157_732_675_805_500_963_132_708_477_322_407_536_021_120_113_879_871_393_357_658_789_768_814_416_622_492_847_430_639_474_124_377_767_893_424_865_485_276_302_219_601_246_094_119_453_082_952_085_005_768_838_150_682_342_462_881_473_913_110_540_827_237_163_350_510_684_586_298_239_947_245_938_479_716_304_835_356_329_624_224_137_216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "_d"sv, true, "179_769_313_486_231_590_772_930_519_078_902_473_361_797_697_894_230_657_273_430_081_157_732_675_805_500_963_132_708_477_322_407_536_021_120_113_879_871_393_357_658_789_768_814_416_622_492_847_430_639_474_124_377_767_893_424_865_485_276_302_219_601_246_094_119_453_082_952_085_005_768_838_150_682_342_462_881_473_913_110_540_827_237_163_350_510_684_586_298_239_947_245_938_479_716_304_835_356_329_624_224_137_216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "08"sv, true, "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, " 08"sv, true, " 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "+"sv, true, "+179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, " "sv, true, " 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "010,"sv, true, "179,769,313,486,231,590,772,930,519,078,902,473,361,797,697,894,230,657,273,430,081,157,732,675,805,500,963,132,708,477,322,407,536,021,120,113,879,871,393,357,658,789,768,814,416,622,492,847,430,639,474,124,377,767,893,424,865,485,276,302,219,601,246,094,119,453,082,952,085,005,768,838,150,682,342,462,881,473,913,110,540,827,237,163,350,510,684,586,298,239,947,245,938,479,716,304,835,356,329,624,224,137,216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "#012_x"sv, true, "0x1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "*=#12x"sv, true, "0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "^+#10x"sv, true, "+0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "x>+#10_x"sv, true, "+0x1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "<8"sv, true, "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "^9"sv, true, "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "c"sv, false, "Python int too large to convert to C long"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "5c"sv, false, "Python int too large to convert to C long"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "+c"sv, false, "Sign not allowed with integer format specifier 'c'"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "#c"sv, false, "Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, ".2"sv, false, "Precision not allowed in integer format specifier"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "n"sv, true, "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "010n"sv, true, "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "e"sv, false, "int too large to convert to float"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, ".3e"sv, false, "int too large to convert to float"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "f"sv, false, "int too large to convert to float"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, ",.2f"sv, false, "int too large to convert to float"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "g"sv, false, "int too large to convert to float"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "%"sv, false, "int too large to convert to float"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, ".1%"sv, false, "int too large to convert to float"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "_c"sv, false, "Cannot specify '_' with 'c'."sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, ",x"sv, false, "Cannot specify ',' with 'x'."sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "q"sv, false, "Unknown format code 'q' for object of type 'int'"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "=10"sv, true, "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "0=+#10_b"sv, true, "+0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "+z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, "\xc3""\xa9""^9,"sv, true, "179,769,313,486,231,590,772,930,519,078,902,473,361,797,697,894,230,657,273,430,081,157,732,675,805,500,963,132,708,477,322,407,536,021,120,113,879,871,393,357,658,789,768,814,416,622,492,847,430,639,474,124,377,767,893,424,865,485,276,302,219,601,246,094,119,453,082,952,085,005,768,838,150,682,342,462,881,473,913,110,540,827,237,163,350,510,684,586,298,239,947,245,938,479,716,304,835,356,329,624,224,137,216"sv},
    {"9007199254740993"sv, ""sv, true, "9007199254740993"sv},
    {"9007199254740993"sv, "d"sv, true, "9007199254740993"sv},
    {"9007199254740993"sv, "x"sv, true, "20000000000001"sv},
    {"9007199254740993"sv, "X"sv, true, "20000000000001"sv},
    {"9007199254740993"sv, "#x"sv, true, "0x20000000000001"sv},
    {"9007199254740993"sv, "#X"sv, true, "0X20000000000001"sv},
    {"9007199254740993"sv, "o"sv, true, "400000000000000001"sv},
    {"9007199254740993"sv, "#o"sv, true, "0o400000000000000001"sv},
    {"9007199254740993"sv, "b"sv, true, "100000000000000000000000000000000000000000000000000001"sv},
    {"9007199254740993"sv, "#b"sv, true, "0b100000000000000000000000000000000000000000000000000001"sv},
    {"9007199254740993"sv, "_b"sv, true, "10_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0001"sv},
    {"9007199254740993"sv, "#_b"sv, true, "0b10_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0001"sv},
    {"9007199254740993"sv, "_x"sv, true, "20_0000_0000_0001"sv},
    {"9007199254740993"sv, ","sv, true, "9,007,199,254,740,993"sv},
    {"9007199254740993"sv, "_"sv, true, "9_007_199_254_740_993"sv},
    {"9007199254740993"sv, "_d"sv, true, "9_007_199_254_740_993"sv},
    {"9007199254740993"sv, "08"sv, true, "9007199254740993"sv},
    {"9007199254740993"sv, " 08"sv, true, " 9007199254740993"sv},
    {"9007199254740993"sv, "+"sv, true, "+9007199254740993"sv},
    {"9007199254740993"sv, " "sv, true, " 9007199254740993"sv},
    {"9007199254740993"sv, "010,"sv, true, "9,007,199,254,740,993"sv},
    {"9007199254740993"sv, "#012_x"sv, true, "0x20_0000_0000_0001"sv},
    {"9007199254740993"sv, "*=#12x"sv, true, "0x20000000000001"sv},
    {"9007199254740993"sv, "^+#10x"sv, true, "+0x20000000000001"sv},
    {"9007199254740993"sv, "x>+#10_x"sv, true, "+0x20_0000_0000_0001"sv},
    {"9007199254740993"sv, "<8"sv, true, "9007199254740993"sv},
    {"9007199254740993"sv, "^9"sv, true, "9007199254740993"sv},
    {"9007199254740993"sv, "c"sv, false, "%c arg not in range(0x110000)"sv},
    {"9007199254740993"sv, "5c"sv, false, "%c arg not in range(0x110000)"sv},
    {"9007199254740993"sv, "+c"sv, false, "Sign not allowed with integer format specifier 'c'"sv},
    {"9007199254740993"sv, "#c"sv, false, "Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"9007199254740993"sv, ".2"sv, false, "Precision not allowed in integer format specifier"sv},
    {"9007199254740993"sv, "z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"9007199254740993"sv, "n"sv, true, "9007199254740993"sv},
    {"9007199254740993"sv, "010n"sv, true, "9007199254740993"sv},
    {"9007199254740993"sv, "e"sv, true, "9.007199e+15"sv},
    {"9007199254740993"sv, ".3e"sv, true, "9.007e+15"sv},
    {"9007199254740993"sv, "f"sv, true, "9007199254740992.000000"sv},
    {"9007199254740993"sv, ",.2f"sv, true, "9,007,199,254,740,992.00"sv},
    {"9007199254740993"sv, "g"sv, true, "9.0072e+15"sv},
    {"9007199254740993"sv, "%"sv, true, "900719925474099200.000000%"sv},
    {"9007199254740993"sv, ".1%"sv, true, "900719925474099200.0%"sv},
    {"9007199254740993"sv, "_c"sv, false, "Cannot specify '_' with 'c'."sv},
    {"9007199254740993"sv, ",x"sv, false, "Cannot specify ',' with 'x'."sv},
    {"9007199254740993"sv, "q"sv, false, "Unknown format code 'q' for object of type 'int'"sv},
    {"9007199254740993"sv, "=10"sv, true, "9007199254740993"sv},
    {"9007199254740993"sv, "0=+#10_b"sv, true, "+0b10_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0001"sv},
    {"9007199254740993"sv, "+z"sv, false, "Negative zero coercion (z) not allowed in integer format specifier"sv},
    {"9007199254740993"sv, "\xc3""\xa9""^9,"sv, true, "9,007,199,254,740,993"sv},
    {"-1"sv, "c"sv, false, "%c arg not in range(0x110000)"sv},
    {"1114112"sv, "c"sv, false, "%c arg not in range(0x110000)"sv},
    {"1180591620717411303424"sv, "c"sv, false, "Python int too large to convert to C long"sv},
    {"0"sv, "c"sv, true, "\x00"""sv},
    {"-1"sv, "#b"sv, true, "-0b1"sv},
    {"0"sv, "#b"sv, true, "0b0"sv},
    {"-19088743"sv, "#015_x"sv, true, "-0x00_0123_4567"sv},
    {"1234567"sv, "015,"sv, true, "000,001,234,567"sv},
    {"1234"sv, "08,"sv, true, "0,001,234"sv},
    {"1234"sv, "09,"sv, true, "0,001,234"sv},
    {"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, "e"sv, false, "int too large to convert to float"sv},
    {"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"sv, "e"sv, false, "int too large to convert to float"sv},
    {"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791"sv, ".17e"sv, true, "1.79769313486231571e+308"sv},
    {"1"sv, "99999999999999999999"sv, false, "Too many decimal digits in format string"sv},
    {"1"sv, "\xc3""\xa9"""sv, false, "Unknown format code '\\xe9' for object of type 'int'"sv},
    {"1"sv, ",\x7f"""sv, false, "Cannot specify ',' with '\x7f""'."sv},
    {"65"sv, "+z.2c"sv, false, "Precision not allowed in integer format specifier"sv},
    {"65"sv, "=#c"sv, false, "Alternate form (#) not allowed with integer format specifier 'c'"sv},
    {"65"sv, "#zc"sv, false, "Invalid format specifier '#zc' for object of type 'int'"sv},
    {"65"sv, "+,c"sv, false, "Cannot specify ',' with 'c'."sv},
};
const DivModCase kDivModCases[] = {
    {"0"sv, "7"sv, "0"sv, "0"sv},
    {"0"sv, "-7"sv, "0"sv, "0"sv},
    {"0"sv, "2"sv, "0"sv, "0"sv},
    {"0"sv, "-2"sv, "0"sv, "0"sv},
    {"0"sv, "3"sv, "0"sv, "0"sv},
    {"0"sv, "-3"sv, "0"sv, "0"sv},
    {"0"sv, "10000000000000000000000007"sv, "0"sv, "0"sv},
    {"0"sv, "-10000000000000000000000007"sv, "0"sv, "0"sv},
    {"0"sv, "18446744073709551617"sv, "0"sv, "0"sv},
    {"0"sv, "-1180591620717411303424"sv, "0"sv, "0"sv},
    {"0"sv, "1"sv, "0"sv, "0"sv},
    {"7"sv, "7"sv, "1"sv, "0"sv},
    {"7"sv, "-7"sv, "-1"sv, "0"sv},
    {"7"sv, "2"sv, "3"sv, "1"sv},
    {"7"sv, "-2"sv, "-4"sv, "-1"sv},
    {"7"sv, "3"sv, "2"sv, "1"sv},
    {"7"sv, "-3"sv, "-3"sv, "-2"sv},
    {"7"sv, "10000000000000000000000007"sv, "0"sv, "7"sv},
    {"7"sv, "-10000000000000000000000007"sv, "-1"sv, "-10000000000000000000000000"sv},
    {"7"sv, "18446744073709551617"sv, "0"sv, "7"sv},
    {"7"sv, "-1180591620717411303424"sv, "-1"sv, "-1180591620717411303417"sv},
    {"7"sv, "1"sv, "7"sv, "0"sv},
    {"-7"sv, "7"sv, "-1"sv, "0"sv},
    {"-7"sv, "-7"sv, "1"sv, "0"sv},
    {"-7"sv, "2"sv, "-4"sv, "1"sv},
    {"-7"sv, "-2"sv, "3"sv, "-1"sv},
    {"-7"sv, "3"sv, "-3"sv, "2"sv},
    {"-7"sv, "-3"sv, "2"sv, "-1"sv},
    {"-7"sv, "10000000000000000000000007"sv, "-1"sv, "10000000000000000000000000"sv},
    {"-7"sv, "-10000000000000000000000007"sv, "0"sv, "-7"sv},
    {"-7"sv, "18446744073709551617"sv, "-1"sv, "18446744073709551610"sv},
    {"-7"sv, "-1180591620717411303424"sv, "0"sv, "-7"sv},
    {"-7"sv, "1"sv, "-7"sv, "0"sv},
    {"2"sv, "7"sv, "0"sv, "2"sv},
    {"2"sv, "-7"sv, "-1"sv, "-5"sv},
    {"2"sv, "2"sv, "1"sv, "0"sv},
    {"2"sv, "-2"sv, "-1"sv, "0"sv},
    {"2"sv, "3"sv, "0"sv, "2"sv},
    {"2"sv, "-3"sv, "-1"sv, "-1"sv},
    {"2"sv, "10000000000000000000000007"sv, "0"sv, "2"sv},
    {"2"sv, "-10000000000000000000000007"sv, "-1"sv, "-10000000000000000000000005"sv},
    {"2"sv, "18446744073709551617"sv, "0"sv, "2"sv},
    {"2"sv, "-1180591620717411303424"sv, "-1"sv, "-1180591620717411303422"sv},
    {"2"sv, "1"sv, "2"sv, "0"sv},
    {"-2"sv, "7"sv, "-1"sv, "5"sv},
    {"-2"sv, "-7"sv, "0"sv, "-2"sv},
    {"-2"sv, "2"sv, "-1"sv, "0"sv},
    {"-2"sv, "-2"sv, "1"sv, "0"sv},
    {"-2"sv, "3"sv, "-1"sv, "1"sv},
    {"-2"sv, "-3"sv, "0"sv, "-2"sv},
    {"-2"sv, "10000000000000000000000007"sv, "-1"sv, "10000000000000000000000005"sv},
    {"-2"sv, "-10000000000000000000000007"sv, "0"sv, "-2"sv},
    {"-2"sv, "18446744073709551617"sv, "-1"sv, "18446744073709551615"sv},
    {"-2"sv, "-1180591620717411303424"sv, "0"sv, "-2"sv},
    {"-2"sv, "1"sv, "-2"sv, "0"sv},
    {"3"sv, "7"sv, "0"sv, "3"sv},
    {"3"sv, "-7"sv, "-1"sv, "-4"sv},
    {"3"sv, "2"sv, "1"sv, "1"sv},
    {"3"sv, "-2"sv, "-2"sv, "-1"sv},
    {"3"sv, "3"sv, "1"sv, "0"sv},
    {"3"sv, "-3"sv, "-1"sv, "0"sv},
    {"3"sv, "10000000000000000000000007"sv, "0"sv, "3"sv},
    {"3"sv, "-10000000000000000000000007"sv, "-1"sv, "-10000000000000000000000004"sv},
    {"3"sv, "18446744073709551617"sv, "0"sv, "3"sv},
    {"3"sv, "-1180591620717411303424"sv, "-1"sv, "-1180591620717411303421"sv},
    {"3"sv, "1"sv, "3"sv, "0"sv},
    {"-3"sv, "7"sv, "-1"sv, "4"sv},
    {"-3"sv, "-7"sv, "0"sv, "-3"sv},
    {"-3"sv, "2"sv, "-2"sv, "1"sv},
    {"-3"sv, "-2"sv, "1"sv, "-1"sv},
    {"-3"sv, "3"sv, "-1"sv, "0"sv},
    {"-3"sv, "-3"sv, "1"sv, "0"sv},
    {"-3"sv, "10000000000000000000000007"sv, "-1"sv, "10000000000000000000000004"sv},
    {"-3"sv, "-10000000000000000000000007"sv, "0"sv, "-3"sv},
    {"-3"sv, "18446744073709551617"sv, "-1"sv, "18446744073709551614"sv},
    {"-3"sv, "-1180591620717411303424"sv, "0"sv, "-3"sv},
    {"-3"sv, "1"sv, "-3"sv, "0"sv},
    {"10000000000000000000000007"sv, "7"sv, "1428571428571428571428572"sv, "3"sv},
    {"10000000000000000000000007"sv, "-7"sv, "-1428571428571428571428573"sv, "-4"sv},
    {"10000000000000000000000007"sv, "2"sv, "5000000000000000000000003"sv, "1"sv},
    {"10000000000000000000000007"sv, "-2"sv, "-5000000000000000000000004"sv, "-1"sv},
    {"10000000000000000000000007"sv, "3"sv, "3333333333333333333333335"sv, "2"sv},
    {"10000000000000000000000007"sv, "-3"sv, "-3333333333333333333333336"sv, "-1"sv},
    {"10000000000000000000000007"sv, "10000000000000000000000007"sv, "1"sv, "0"sv},
    {"10000000000000000000000007"sv, "-10000000000000000000000007"sv, "-1"sv, "0"sv},
    {"10000000000000000000000007"sv, "18446744073709551617"sv, "542101"sv, "1590897978358872690"sv},
    {"10000000000000000000000007"sv, "-1180591620717411303424"sv, "-8471"sv, "-791619097191151304697"sv},
    {"10000000000000000000000007"sv, "1"sv, "10000000000000000000000007"sv, "0"sv},
    {"-10000000000000000000000007"sv, "7"sv, "-1428571428571428571428573"sv, "4"sv},
    {"-10000000000000000000000007"sv, "-7"sv, "1428571428571428571428572"sv, "-3"sv},
    {"-10000000000000000000000007"sv, "2"sv, "-5000000000000000000000004"sv, "1"sv},
    {"-10000000000000000000000007"sv, "-2"sv, "5000000000000000000000003"sv, "-1"sv},
    {"-10000000000000000000000007"sv, "3"sv, "-3333333333333333333333336"sv, "1"sv},
    {"-10000000000000000000000007"sv, "-3"sv, "3333333333333333333333335"sv, "-2"sv},
    {"-10000000000000000000000007"sv, "10000000000000000000000007"sv, "-1"sv, "0"sv},
    {"-10000000000000000000000007"sv, "-10000000000000000000000007"sv, "1"sv, "0"sv},
    {"-10000000000000000000000007"sv, "18446744073709551617"sv, "-542102"sv, "16855846095350678927"sv},
    {"-10000000000000000000000007"sv, "-1180591620717411303424"sv, "8470"sv, "-388972523526259998727"sv},
    {"-10000000000000000000000007"sv, "1"sv, "-10000000000000000000000007"sv, "0"sv},
    {"18446744073709551617"sv, "7"sv, "2635249153387078802"sv, "3"sv},
    {"18446744073709551617"sv, "-7"sv, "-2635249153387078803"sv, "-4"sv},
    {"18446744073709551617"sv, "2"sv, "9223372036854775808"sv, "1"sv},
    {"18446744073709551617"sv, "-2"sv, "-9223372036854775809"sv, "-1"sv},
    {"18446744073709551617"sv, "3"sv, "6148914691236517205"sv, "2"sv},
    {"18446744073709551617"sv, "-3"sv, "-6148914691236517206"sv, "-1"sv},
    {"18446744073709551617"sv, "10000000000000000000000007"sv, "0"sv, "18446744073709551617"sv},
    {"18446744073709551617"sv, "-10000000000000000000000007"sv, "-1"sv, "-9999981553255926290448390"sv},
    {"18446744073709551617"sv, "18446744073709551617"sv, "1"sv, "0"sv},
    {"18446744073709551617"sv, "-1180591620717411303424"sv, "-1"sv, "-1162144876643701751807"sv},
    {"18446744073709551617"sv, "1"sv, "18446744073709551617"sv, "0"sv},
    {"-1180591620717411303424"sv, "7"sv, "-168655945816773043347"sv, "5"sv},
    {"-1180591620717411303424"sv, "-7"sv, "168655945816773043346"sv, "-2"sv},
    {"-1180591620717411303424"sv, "2"sv, "-590295810358705651712"sv, "0"sv},
    {"-1180591620717411303424"sv, "-2"sv, "590295810358705651712"sv, "0"sv},
    {"-1180591620717411303424"sv, "3"sv, "-393530540239137101142"sv, "2"sv},
    {"-1180591620717411303424"sv, "-3"sv, "393530540239137101141"sv, "-1"sv},
    {"-1180591620717411303424"sv, "10000000000000000000000007"sv, "-1"sv, "9998819408379282588696583"sv},
    {"-1180591620717411303424"sv, "-10000000000000000000000007"sv, "0"sv, "-1180591620717411303424"sv},
    {"-1180591620717411303424"sv, "18446744073709551617"sv, "-64"sv, "64"sv},
    {"-1180591620717411303424"sv, "-1180591620717411303424"sv, "1"sv, "0"sv},
    {"-1180591620717411303424"sv, "1"sv, "-1180591620717411303424"sv, "0"sv},
    {"1"sv, "7"sv, "0"sv, "1"sv},
    {"1"sv, "-7"sv, "-1"sv, "-6"sv},
    {"1"sv, "2"sv, "0"sv, "1"sv},
    {"1"sv, "-2"sv, "-1"sv, "-1"sv},
    {"1"sv, "3"sv, "0"sv, "1"sv},
    {"1"sv, "-3"sv, "-1"sv, "-2"sv},
    {"1"sv, "10000000000000000000000007"sv, "0"sv, "1"sv},
    {"1"sv, "-10000000000000000000000007"sv, "-1"sv, "-10000000000000000000000006"sv},
    {"1"sv, "18446744073709551617"sv, "0"sv, "1"sv},
    {"1"sv, "-1180591620717411303424"sv, "-1"sv, "-1180591620717411303423"sv},
    {"1"sv, "1"sv, "1"sv, "0"sv},
};
const PowModCase kPowModCases[] = {
    {"3"sv, "-1"sv, "1"sv, true, "0"sv},
    {"0"sv, "0"sv, "1"sv, true, "0"sv},
    {"5"sv, "0"sv, "1"sv, true, "0"sv},
    {"-3"sv, "3"sv, "7"sv, true, "1"sv},
    {"3"sv, "2"sv, "-5"sv, true, "-1"sv},
    {"3"sv, "-1"sv, "-7"sv, true, "-2"sv},
    {"2"sv, "-1"sv, "4"sv, false, ""sv},
    {"0"sv, "-1"sv, "1"sv, true, "0"sv},
    {"2"sv, "100000000000000000000"sv, "1000000007"sv, true, "855473248"sv},
    {"12345"sv, "-3"sv, "1000000007"sv, true, "363106008"sv},
    {"-12345"sv, "-3"sv, "-1000000007"sv, true, "-363106008"sv},
    {"7"sv, "0"sv, "13"sv, true, "1"sv},
    {"7"sv, "0"sv, "-13"sv, true, "-12"sv},
    {"-2"sv, "5"sv, "3"sv, true, "1"sv},
    {"2"sv, "100"sv, "18446744073709551616"sv, true, "0"sv},
    {"1000000000000000000000000000000"sv, "1000000000000000000000000000000"sv, "97"sv, true, "1"sv},
    {"6"sv, "-2"sv, "9"sv, false, ""sv},
};
const TrueDivCase kTrueDivCases[] = {
    {"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, true, 0x4024000000000000ULL},
    {"1"sv, "3"sv, true, 0x3fd5555555555555ULL},
    {"-1"sv, "3"sv, true, 0xbfd5555555555555ULL},
    {"0"sv, "-5"sv, true, 0x8000000000000000ULL},
    {"0"sv, "5"sv, true, 0x0000000000000000ULL},
    {"1"sv, "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784"sv, true, 0x0000000000000001ULL},
    {"1"sv, "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568"sv, true, 0x0000000000000000ULL},
    {"3"sv, "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568"sv, true, 0x0000000000000002ULL},
    {"404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989569"sv, "163866688575506928580704915392172364575714265703473257479202553508043116212497974857043840596281168917908000751848138829256525377116055962802228336864270812400441590507663720200070677667124632998976944689460012407054401094377608255458889300806128578416462087273842650495740574589876660338059517903263521868655928729640455222038573352659343356744163380122117176470788873177757021300873059260720160217183683601122111341212254915501143108993850818046783779296922217391394506027770447753341167997031022648454767152984215521594893287461279237915672326525727558230210998031336785433168974643348984874024785785179575028648323183890102410274348650540826624"sv, true, 0x0000000000000001ULL},
    {"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, "1"sv, false, 0},
    {"9007199254740993"sv, "1"sv, true, 0x4340000000000000ULL},
    {"18014398509481987"sv, "2"sv, true, 0x4340000000000001ULL},
    {"-1152921504606846977"sv, "3"sv, true, 0xc395555555555555ULL},
    {"1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, "7"sv, true, 0x7e0b4dfc092518b2ULL},
    {"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791"sv, "1"sv, true, 0x7fefffffffffffffULL},
    {"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"sv, "1"sv, false, 0},
    {"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"sv, "2"sv, true, 0x7fe0000000000000ULL},
    {"1234567890000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, "987654321000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, true, 0x41d2a05f1d270000ULL},
    {"1"sv, "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, true, 0x0000000000000000ULL},
    {"-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, "3000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, true, 0xc00aaaaaaaaaaaabULL},
    {"1322070819480806636890455259752144365965422032752148167664920368226828597346704899540778313850608061963909777696872582355950954582100618911865342725257953674027620225198320803878014774228964841274390400117588618041128947815623094438061566173054086674490506178125480344405547054397038895817465368254916136220830268563778582290228416398307887896918556404084898937609373242171846359938695516765018940588109060426089671438864102814350385648747165832010614366132173102768902855220001"sv, "35074662110434038747627587960280857993524015880330828824075798024790963850563322203657080886584969261653150406795437517399294548941469959754171038918004700847889956485329097264486802711583462946536682184340138629451355458264946342525383619389314960644665052551751442335509249173361130355796109709885580674313954210217657847432626760733004753275317192133674703563372783297041993227052663333668509952000175053355529058880434182538386715523683713208549376"sv, true, 0x453f2dd011353699ULL},
    {"114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376"sv, "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069377"sv, true, 0x7e70000000000000ULL},
    {"7"sv, "-9007199254740993"sv, true, 0xbccbffffffffffffULL},
    {"145542856500486309361890238449330649728809442059217056345945587654749356876225241259209611218744456911185381599558875746375475103914048669297745718921773427823433158419120765536610198213840157598554853892256499754024901966411683189991501042476088459679727981986945418043202748661248211748339825091903351744676279304293991165443043691726770700206972879550908196640425338921571293316568559870845121133328067132170701239967995835212682384168881471395081720829376174989450825971966494657064899340276140769794081777796371143547287807483740385375334659668424882133140661394443058747655483603144141890006567217223554270198636103730385125376"sv, "809609013229242473409981386875669228198226599056568473427605432109721358271981387567841534805748497980748311457267247645559234949543173907468053599762954039686069697106265445457867630968372865364959070713890980274248029933698770794472413422596638225363240226049435078209333658460922010128745310034584025053230830964373979137"sv, false, 0},
    {"9007199254740993"sv, "9007199254740992"sv, true, 0x3ff0000000000000ULL},
};
const ToDoubleCase kToDoubleCases[] = {
    {"0"sv, true, 0x0000000000000000ULL},
    {"1"sv, true, 0x3ff0000000000000ULL},
    {"-1"sv, true, 0xbff0000000000000ULL},
    {"9007199254740992"sv, true, 0x4340000000000000ULL},
    {"9007199254740993"sv, true, 0x4340000000000000ULL},
    {"9007199254740995"sv, true, 0x4340000000000002ULL},
    {"-18014398509481986"sv, true, 0xc350000000000000ULL},
    {"18446744073709551615"sv, true, 0x43f0000000000000ULL},
    {"10000000000000000000000"sv, true, 0x4480f0cf064dd592ULL},
    {"100000000000000000000000"sv, true, 0x44b52d02c7e14af6ULL},
    {"89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608"sv, true, 0x7fe0000000000000ULL},
    {"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791"sv, true, 0x7fefffffffffffffULL},
    {"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"sv, false, 0},
    {"179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"sv, false, 0},
    {"-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, false, 0},
    {"36360291795869936842385267079543319118023385026001623040346035832580600191583895484198508262979388783308179702534403855752855931517013066142992430916562025780021771247847643450125342836565813209972590371590152578728008385990139795377610001"sv, true, 0x717655d2ce0563f7ULL},
    {"1606938044258990453947923680586147734807949174969684883144704"sv, true, 0x4c70000000000000ULL},
    {"1606938044258990453947923680586147734807949174969684883144705"sv, true, 0x4c70000000000001ULL},
    {"1606938044258990810759846857076117999379441537343468978831360"sv, true, 0x4c70000000000002ULL},
};
// clang-format on

std::string py_format(const mpz_class& v, std::string_view spec) {
  FormatSpec fs;
  std::string out, error;
  if (!parse_format_spec(spec, &fs, &error, "int")) return "ERR:" + error;
  if (int_format(v, fs, &out, &error) != NumStatus::Ok) return "ERR:" + error;
  return out;
}

}  // namespace

TEST(IntToString, Bases) {
  for (const auto& c : kToStringCases)
    EXPECT_EQ(int_to_string(Z(c.value), c.base), c.text) << c.value;
  for (const auto& c : kPrefixCases) {
    EXPECT_EQ(int_to_hex(Z(c.value)), c.hex);
    EXPECT_EQ(int_to_oct(Z(c.value)), c.oct);
    EXPECT_EQ(int_to_bin(Z(c.value)), c.bin);
  }
  EXPECT_EQ(int_to_hex(Z("-31")), "-0x1f");
  EXPECT_EQ(int_to_string(std::int64_t{INT64_MIN}), "-9223372036854775808");
}

TEST(ParseInt, MatchesCPython) {
  for (const auto& c : kParseIntCases) {
    mpz_class v = 777;
    bool ok = parse_int(c.text, c.base, &v);
    EXPECT_EQ(ok, c.ok) << "int('" << c.text << "', " << c.base << ")";
    if (ok && c.ok) {
      EXPECT_EQ(v.get_str(), c.value) << c.text;
    }
  }
}

TEST(IntFormat, MatchesCPython) {
  for (const auto& c : kIntFormatCases) {
    std::string want = c.ok ? std::string(c.result) : "ERR:" + std::string(c.result);
    EXPECT_EQ(py_format(Z(c.value), c.spec), want)
        << "format(" << c.value << ", '" << c.spec << "')";
  }
}

TEST(IntFormat, NamedEdgeCases) {
  EXPECT_EQ(py_format(-5, "08"), "-0000005");
  EXPECT_EQ(py_format(255, "#x"), "0xff");
  EXPECT_EQ(py_format(Z("1000000000000000000000000000000"), "_d"),
            "1_000_000_000_000_000_000_000_000_000_000");
  EXPECT_EQ(py_format(0x4e2d, "c"), "\xe4\xb8\xad");
  FormatSpec fs;
  std::string out, error;
  ASSERT_TRUE(parse_format_spec("c", &fs, &error));
  EXPECT_EQ(int_format(-1, fs, &out, &error), NumStatus::Overflow);
  EXPECT_EQ(int_format(-1, fs), "");
  ASSERT_TRUE(parse_format_spec("q", &fs, &error));
  EXPECT_EQ(int_format(1, fs, &out, &error, "bool"), NumStatus::ValueError);
  EXPECT_EQ(error, "Unknown format code 'q' for object of type 'bool'");
}

TEST(IntArith, DivMod) {
  for (const auto& c : kDivModCases) {
    mpz_class q, r, fq, fr;
    ASSERT_EQ(divmod(Z(c.a), Z(c.b), &q, &r), NumStatus::Ok);
    ASSERT_EQ(floordiv(Z(c.a), Z(c.b), &fq), NumStatus::Ok);
    ASSERT_EQ(mod(Z(c.a), Z(c.b), &fr), NumStatus::Ok);
    EXPECT_EQ(q.get_str(), c.q) << c.a << " // " << c.b;
    EXPECT_EQ(r.get_str(), c.r) << c.a << " % " << c.b;
    EXPECT_EQ(fq, q);
    EXPECT_EQ(fr, r);
    if (mpz_fits_slong_p(Z(c.a).get_mpz_t()) && mpz_fits_slong_p(Z(c.b).get_mpz_t())) {
      std::int64_t a = Z(c.a).get_si(), b = Z(c.b).get_si(), q64 = 0, r64 = 0, f64 = 0, m64 = 0;
      ASSERT_EQ(divmod(a, b, &q64, &r64), NumStatus::Ok);
      ASSERT_EQ(floordiv(a, b, &f64), NumStatus::Ok);
      ASSERT_EQ(mod(a, b, &m64), NumStatus::Ok);
      EXPECT_EQ(std::to_string(q64), c.q);
      EXPECT_EQ(std::to_string(r64), c.r);
      EXPECT_EQ(f64, q64);
      EXPECT_EQ(m64, r64);
    }
  }
  mpz_class out;
  EXPECT_EQ(floordiv(1, 0, &out), NumStatus::ZeroDivision);
  EXPECT_EQ(mod(Z("5"), Z("0"), &out), NumStatus::ZeroDivision);
  std::int64_t o64;
  EXPECT_EQ(floordiv(INT64_MIN, -1, &o64), NumStatus::Overflow);
  ASSERT_EQ(mod(INT64_MIN, -1, &o64), NumStatus::Ok);
  EXPECT_EQ(o64, 0);
  EXPECT_EQ(mod(std::int64_t{3}, std::int64_t{0}, &o64), NumStatus::ZeroDivision);
}

TEST(IntArith, PowMod) {
  for (const auto& c : kPowModCases) {
    mpz_class r;
    NumStatus st = pow_mod(Z(c.base), Z(c.exp), Z(c.mod), &r);
    EXPECT_EQ(st == NumStatus::Ok, c.ok)
        << "pow(" << c.base << ", " << c.exp << ", " << c.mod << ")";
    EXPECT_EQ(c.ok ? r.get_str() : std::string(c.result), c.result);
    EXPECT_EQ(st, c.ok ? NumStatus::Ok : NumStatus::ValueError);
  }
  mpz_class r;
  EXPECT_EQ(pow_mod(2, 5, 0, &r), NumStatus::ValueError);
}

TEST(IntArith, ShiftsAndBits) {
  mpz_class r;
  ASSERT_EQ(lshift(1, 100, &r), NumStatus::Ok);
  EXPECT_EQ(r, Z("1267650600228229401496703205376"));
  ASSERT_EQ(rshift(r, 3, &r), NumStatus::Ok);
  EXPECT_EQ(r, Z("158456325028528675187087900672"));
  ASSERT_EQ(rshift(-5, 1, &r), NumStatus::Ok);
  EXPECT_EQ(r, -3);
  ASSERT_EQ(rshift(-1, 100, &r), NumStatus::Ok);
  EXPECT_EQ(r, -1);
  ASSERT_EQ(rshift(5, Z("1180591620717411303424"), &r), NumStatus::Ok);  // 1 << 70
  EXPECT_EQ(r, 0);
  ASSERT_EQ(rshift(-5, Z("1180591620717411303424"), &r), NumStatus::Ok);
  EXPECT_EQ(r, -1);
  EXPECT_EQ(lshift(1, -1, &r), NumStatus::ValueError);
  EXPECT_EQ(rshift(1, -1, &r), NumStatus::ValueError);
  EXPECT_EQ(lshift(1, Z("1180591620717411303424"), &r), NumStatus::Overflow);
  ASSERT_EQ(lshift(0, Z("1180591620717411303424"), &r), NumStatus::Ok);
  EXPECT_EQ(r, 0);
  EXPECT_EQ(bit_and(5, -3), 5);
  EXPECT_EQ(bit_or(-6, 3), -5);
  EXPECT_EQ(bit_xor(-6, 3), -7);
  EXPECT_EQ(bit_invert(0), -1);
  EXPECT_EQ(bit_invert(-5), 4);
  mpz_class big;
  mpz_ui_pow_ui(big.get_mpz_t(), 2, 100);
  EXPECT_EQ(bit_and(-big, Z("1208925819614629174706175")), 0);  // 2**80 - 1
  EXPECT_EQ(int_bit_length(big), 101u);
  EXPECT_EQ(int_bit_length(-big), 101u);
  EXPECT_EQ(int_bit_length(0), 0u);
  EXPECT_EQ(int_bit_length(-1), 1u);
}

TEST(IntArith, TrueDivide) {
  for (const auto& c : kTrueDivCases) {
    double d = 0;
    NumStatus st = int_true_divide(Z(c.a), Z(c.b), &d);
    EXPECT_EQ(st == NumStatus::Ok, c.ok) << c.a << " / " << c.b;
    EXPECT_EQ(st, c.ok ? NumStatus::Ok : NumStatus::Overflow) << c.a << " / " << c.b;
    if (c.ok) {
      EXPECT_EQ(B(d), c.bits) << c.a << " / " << c.b << " got " << d;
    }
  }
  double d;
  EXPECT_EQ(int_true_divide(Z("1"), Z("0"), &d), NumStatus::ZeroDivision);
  ASSERT_EQ(int_true_divide(std::int64_t{1}, std::int64_t{3}, &d), NumStatus::Ok);
  EXPECT_EQ(d, 1.0 / 3);
  ASSERT_EQ(int_true_divide(INT64_MAX, std::int64_t{3}, &d), NumStatus::Ok);
  EXPECT_EQ(d, 3.0744573456182584e+18);  // (2**63 - 1) / 3 in CPython
  EXPECT_EQ(int_true_divide(std::int64_t{1}, std::int64_t{0}, &d), NumStatus::ZeroDivision);
}

TEST(IntArith, Conversions) {
  for (const auto& c : kToDoubleCases) {
    double d = 0;
    NumStatus st = int_to_double(Z(c.value), &d);
    EXPECT_EQ(st == NumStatus::Ok, c.ok) << c.value;
    EXPECT_EQ(st, c.ok ? NumStatus::Ok : NumStatus::Overflow) << c.value;
    if (c.ok) {
      EXPECT_EQ(B(d), c.bits) << c.value;
    }
  }
  mpz_class v;
  ASSERT_EQ(double_to_int(1e300, &v), NumStatus::Ok);
  EXPECT_EQ(v.get_str(),
            "10000000000000000525047602552044202487044685811081591549158541155118024579889081957863"
            "71375080447864043704443832883878176942523235360430575644792184786706982848387200926575"
            "80373783023379478809005936895323497079994508111903896764088007465274278014249457925878"
            "8820056842838115669472196386865459400540160");
  ASSERT_EQ(double_to_int(-2.5, &v), NumStatus::Ok);
  EXPECT_EQ(v, -2);
  ASSERT_EQ(double_to_int(-0.0, &v), NumStatus::Ok);
  EXPECT_EQ(v, 0);
  ASSERT_EQ(double_to_int(9223372036854775808.0, &v), NumStatus::Ok);
  EXPECT_EQ(v.get_str(), "9223372036854775808");
  EXPECT_EQ(double_to_int(HUGE_VAL, &v), NumStatus::Overflow);
  EXPECT_EQ(double_to_int(-HUGE_VAL, &v), NumStatus::Overflow);
  EXPECT_EQ(double_to_int(std::nan(""), &v), NumStatus::ValueError);
}
