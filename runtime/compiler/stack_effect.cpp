// stack_effect.cpp — the stack effect table (see stack_effect.h). The values
// follow CPython 3.13's stack_effect() with this runtime's differences:
// FOR_ITER's exhausted branch targets END_FOR with one placeholder pushed
// (END_FOR pops it, the following POP_TOP pops the iterator), and CALL-family
// counts include the callable and the self-or-NULL slot.
// Concurrency: pure function.
#include "runtime/compiler/stack_effect.h"

namespace ftpy::compiler {

using vm::Opcode;

int stack_effect(Opcode op, uint32_t arg, bool jump) {
  int a = static_cast<int>(arg);
  switch (op) {
    case Opcode::NOP: return 0;
    case Opcode::POP_TOP: return -1;
    case Opcode::PUSH_NULL: return 1;
    case Opcode::COPY: return 1;
    case Opcode::SWAP: return 0;
    case Opcode::END_FOR: return -1;
    case Opcode::END_SEND: return -1;
    case Opcode::UNARY_NEGATIVE:
    case Opcode::UNARY_NOT:
    case Opcode::UNARY_INVERT:
    case Opcode::TO_BOOL: return 0;
    case Opcode::BINARY_OP: return -1;
    case Opcode::BINARY_SUBSCR: return -1;
    case Opcode::STORE_SUBSCR: return -3;
    case Opcode::DELETE_SUBSCR: return -2;
    case Opcode::BINARY_SLICE: return -2;
    case Opcode::STORE_SLICE: return -4;
    case Opcode::COMPARE_OP:
    case Opcode::IS_OP:
    case Opcode::CONTAINS_OP: return -1;
    case Opcode::GET_ITER: return 0;
    case Opcode::FOR_ITER: return 1;
    case Opcode::GET_YIELD_FROM_ITER: return 0;
    case Opcode::SEND: return 0;
    case Opcode::YIELD_VALUE: return 0;
    case Opcode::RETURN_VALUE: return -1;
    case Opcode::RETURN_CONST: return 0;
    case Opcode::RETURN_GENERATOR: return 1;
    case Opcode::RESUME: return 0;
    case Opcode::CLEANUP_THROW: return -1;
    case Opcode::GET_LEN: return 1;
    case Opcode::LOAD_CONST:
    case Opcode::LOAD_FAST:
    case Opcode::LOAD_FAST_CHECK:
    case Opcode::LOAD_FAST_AND_CLEAR: return 1;
    case Opcode::LOAD_FAST_LOAD_FAST: return 2;
    case Opcode::STORE_FAST: return -1;
    case Opcode::STORE_FAST_LOAD_FAST: return 0;
    case Opcode::STORE_FAST_STORE_FAST: return -2;
    case Opcode::DELETE_FAST:
    case Opcode::MAKE_CELL:
    case Opcode::COPY_FREE_VARS: return 0;
    case Opcode::LOAD_DEREF: return 1;
    case Opcode::STORE_DEREF: return -1;
    case Opcode::DELETE_DEREF: return 0;
    case Opcode::LOAD_FROM_DICT_OR_DEREF: return 0;
    case Opcode::LOAD_NAME: return 1;
    case Opcode::STORE_NAME: return -1;
    case Opcode::DELETE_NAME: return 0;
    case Opcode::LOAD_GLOBAL: return 1 + (a & 1);
    case Opcode::STORE_GLOBAL: return -1;
    case Opcode::DELETE_GLOBAL: return 0;
    case Opcode::LOAD_LOCALS: return 1;
    case Opcode::LOAD_FROM_DICT_OR_GLOBALS: return 0;
    case Opcode::LOAD_ATTR: return a & 1;
    case Opcode::STORE_ATTR: return -2;
    case Opcode::DELETE_ATTR: return -1;
    case Opcode::LOAD_SUPER_ATTR: return -2 + ((a >> 1) & 1);
    case Opcode::JUMP_FORWARD:
    case Opcode::JUMP_BACKWARD:
    case Opcode::JUMP_BACKWARD_NO_INTERRUPT: return 0;
    case Opcode::POP_JUMP_IF_FALSE:
    case Opcode::POP_JUMP_IF_TRUE:
    case Opcode::POP_JUMP_IF_NONE:
    case Opcode::POP_JUMP_IF_NOT_NONE: return -1;
    case Opcode::BUILD_TUPLE:
    case Opcode::BUILD_LIST:
    case Opcode::BUILD_SET:
    case Opcode::BUILD_STRING:
    case Opcode::BUILD_SLICE: return 1 - a;
    case Opcode::BUILD_MAP: return 1 - 2 * a;
    case Opcode::LIST_APPEND:
    case Opcode::SET_ADD: return -1;
    case Opcode::MAP_ADD: return -2;
    case Opcode::LIST_EXTEND:
    case Opcode::SET_UPDATE:
    case Opcode::DICT_UPDATE:
    case Opcode::DICT_MERGE: return -1;
    case Opcode::UNPACK_SEQUENCE: return a - 1;
    case Opcode::UNPACK_EX: return (a & 0xff) + (a >> 8);
    case Opcode::CALL: return -1 - a;
    case Opcode::CALL_KW: return -2 - a;
    case Opcode::CALL_FUNCTION_EX: return -2 - (a & 1);
    case Opcode::CALL_INTRINSIC_1: return 0;
    case Opcode::CALL_INTRINSIC_2: return -1;
    case Opcode::MAKE_FUNCTION: return 0;
    case Opcode::SET_FUNCTION_ATTRIBUTE: return -1;
    case Opcode::LOAD_BUILD_CLASS: return 1;
    case Opcode::SETUP_ANNOTATIONS: return 0;
    case Opcode::RAISE_VARARGS: return -a;
    case Opcode::RERAISE: return -1;
    case Opcode::PUSH_EXC_INFO: return 1;
    case Opcode::POP_EXCEPT: return -1;
    case Opcode::CHECK_EXC_MATCH: return 0;
    case Opcode::WITH_EXCEPT_START: return 1;
    case Opcode::BEFORE_WITH: return 1;
    case Opcode::LOAD_ASSERTION_ERROR: return 1;
    case Opcode::FORMAT_SIMPLE: return 0;
    case Opcode::FORMAT_WITH_SPEC: return -1;
    case Opcode::CONVERT_VALUE: return 0;
    case Opcode::IMPORT_NAME: return -1;
    case Opcode::IMPORT_FROM: return 1;
    case Opcode::kCount: break;
  }
  (void)jump;
  return 0;
}

}  // namespace ftpy::compiler
