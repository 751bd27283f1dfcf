// opcodes.h — the Opcode enum and per-opcode facts, generated from
// opcodes.def (the one table), plus the instruction word and the intrinsic
// function numbers.
#pragma once

#include <cstdint>

namespace ftpy::vm {

enum class Opcode : uint8_t {
#define OP(name, flags, effect) name,
#include "runtime/vm/opcodes.def"
#undef OP
  kCount
};
inline constexpr int kOpcodeCount = static_cast<int>(Opcode::kCount);

enum OpcodeFlag : uint8_t { kHasArg = 1, kHasCache = 2, kJump = 4, kEvalBreak = 8 };

inline constexpr const char* kOpcodeNames[] = {
#define OP(name, flags, effect) #name,
#include "runtime/vm/opcodes.def"
#undef OP
};
inline constexpr uint8_t kOpcodeFlags[] = {
#define OP(name, flags, effect) flags,
#include "runtime/vm/opcodes.def"
#undef OP
};
inline constexpr const char* kOpcodeEffects[] = {
#define OP(name, flags, effect) effect,
#include "runtime/vm/opcodes.def"
#undef OP
};

inline const char* opcode_name(Opcode op) { return kOpcodeNames[static_cast<int>(op)]; }
inline bool opcode_has(Opcode op, OpcodeFlag f) { return kOpcodeFlags[static_cast<int>(op)] & f; }

// One instruction: 8 bytes, decoded with plain loads.
struct Instr {
  Opcode op;
  uint8_t unused = 0;
  uint16_t cache = 0;  // index into Code::caches when opcode_has(op, kHasCache)
  uint32_t arg = 0;
};
static_assert(sizeof(Instr) == 8);

// CALL_INTRINSIC_1 arguments (CPython 3.13 numbering).
enum class Intrinsic1 : uint32_t {
  Invalid = 0, Print = 1, ImportStar = 2, StopIterationError = 3,
  AsyncGenWrap = 4, UnaryPositive = 5, ListToTuple = 6, TypeVar = 7,
  ParamSpec = 8, TypeVarTuple = 9, SubscriptGeneric = 10, TypeAlias = 11,
};
// CALL_INTRINSIC_2 arguments (CPython 3.13 numbering).
enum class Intrinsic2 : uint32_t {
  Invalid = 0, PrepReraiseStar = 1, TypeVarWithBound = 2,
  TypeVarWithConstraints = 3, SetFunctionTypeParams = 4, SetTypeparamDefault = 5,
};

// CONVERT_VALUE arguments.
enum class Conversion : uint32_t { None = 0, Str = 1, Repr = 2, Ascii = 3 };

}  // namespace ftpy::vm
