// stack_effect.h — net value-stack effect of each opcode (opcodes.def), used by
// the assembler's stack-depth analysis and by tests.
#pragma once

#include <cstdint>

#include "runtime/vm/opcodes.h"

namespace ftpy::compiler {

// Effect of executing `op` with `arg`; `jump` selects the effect along the
// taken branch of a jumping instruction (FOR_ITER, SEND, POP_JUMP_IF_*).
int stack_effect(vm::Opcode op, uint32_t arg, bool jump);

}  // namespace ftpy::compiler
