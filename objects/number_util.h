// number_util.h — helpers shared by int.cpp, bool.cpp and float.cpp:
// CPython's numeric hash (so equal numbers hash equal across int and float,
// as the language requires: hash(1) == hash(1.0)), conversion of an int
// operand to double, and turning a num::NumStatus into the Python exception.
//
// Concurrency: pure functions.
#pragma once

#include <cstdint>
#include <string_view>

#include <gmpxx.h>

#include "objects/numeric/float_format.h"
#include "objects/object.h"

namespace ftpy {

// The modulus of CPython's numeric hash: 2**61 - 1 (a Mersenne prime).
inline constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;
inline constexpr int64_t kHashInf = 314159;

int64_t hash_int64(int64_t v);
int64_t hash_mpz(const mpz_class& v);
int64_t hash_double(double v, const Object* identity_for_nan);

// The outcome of a three-way comparison result c (<0, 0, >0) under `op`.
bool compare_result(int c, CompareOp op);

// Throws the exception a NumStatus stands for, with `message`.
void check_num_status(num::NumStatus status, std::string_view message);

// The value of an int operand as a double, raising OverflowError "int too
// large to convert to float" when it does not fit.
double int_operand_to_double(const Object* int_obj);

}  // namespace ftpy
