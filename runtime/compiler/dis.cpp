// dis.cpp — disassemble(): a human-readable listing of a code object in the
// spirit of CPython's dis.dis: source line (when it changes), instruction
// index (">>" marks jump targets), opcode name, argument, and the argument's
// meaning in parentheses; then the exception table; then, recursively, every
// code object among the constants under a "Disassembly of <code ...>:" header.
// Used by the CLI's -d flag and the `dis` module.
// Concurrency: reads immutable code objects only.
#include <cstdio>
#include <string>

#include "objects/api.h"
#include "objects/code.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/compiler/compiler.h"

namespace ftpy::compiler {

namespace {

using vm::Opcode;

std::string name_at(Object* tuple, uint32_t i) {
  if (!tuple || static_cast<int64_t>(i) >= tuple_size(tuple)) return "?";
  return std::string(str_view(tuple_item(tuple, i)));
}

std::string const_repr(const Code* co, uint32_t i) {
  if (static_cast<int64_t>(i) >= tuple_size(co->consts.get())) return "?";
  return repr_utf8(tuple_item(co->consts.get(), i));
}

const char* kBinarySymbols[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&",
                                "//"};
const char* kCompareSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
const char* kIntrinsic1[] = {"INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
                             "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP",
                             "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE",
                             "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC",
                             "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC",
                             "INTRINSIC_TYPEALIAS"};

std::string meaning(const Code* co, const vm::Instr& in) {
  Object* lp = co->localsplusnames.get();
  Object* names = co->names.get();
  uint32_t a = in.arg;
  switch (in.op) {
    case Opcode::LOAD_CONST:
    case Opcode::RETURN_CONST:
      return const_repr(co, a);
    case Opcode::LOAD_FAST: case Opcode::LOAD_FAST_CHECK: case Opcode::LOAD_FAST_AND_CLEAR:
    case Opcode::STORE_FAST: case Opcode::DELETE_FAST: case Opcode::MAKE_CELL:
    case Opcode::LOAD_DEREF: case Opcode::STORE_DEREF: case Opcode::DELETE_DEREF:
    case Opcode::LOAD_FROM_DICT_OR_DEREF:
      return name_at(lp, a);
    case Opcode::LOAD_FAST_LOAD_FAST: case Opcode::STORE_FAST_LOAD_FAST:
    case Opcode::STORE_FAST_STORE_FAST:
      return name_at(lp, a >> 4) + ", " + name_at(lp, a & 15);
    case Opcode::LOAD_NAME: case Opcode::STORE_NAME: case Opcode::DELETE_NAME:
    case Opcode::STORE_GLOBAL: case Opcode::DELETE_GLOBAL: case Opcode::STORE_ATTR:
    case Opcode::DELETE_ATTR: case Opcode::IMPORT_NAME: case Opcode::IMPORT_FROM:
    case Opcode::LOAD_FROM_DICT_OR_GLOBALS:
      return name_at(names, a);
    case Opcode::LOAD_GLOBAL:
      return name_at(names, a >> 1) + ((a & 1) ? " + NULL" : "");
    case Opcode::LOAD_ATTR:
      return name_at(names, a >> 1) + ((a & 1) ? " + NULL|self" : "");
    case Opcode::LOAD_SUPER_ATTR:
      return name_at(names, a >> 2) + ((a & 2) ? " + NULL|self" : "");
    case Opcode::JUMP_FORWARD: case Opcode::JUMP_BACKWARD:
    case Opcode::JUMP_BACKWARD_NO_INTERRUPT: case Opcode::POP_JUMP_IF_FALSE:
    case Opcode::POP_JUMP_IF_TRUE: case Opcode::POP_JUMP_IF_NONE:
    case Opcode::POP_JUMP_IF_NOT_NONE: case Opcode::FOR_ITER: case Opcode::SEND:
      return "to " + std::to_string(a);
    case Opcode::BINARY_OP:
      if (a < 13) return kBinarySymbols[a];
      if (a < 26) return std::string(kBinarySymbols[a - 13]) + "=";
      return "?";
    case Opcode::COMPARE_OP: {
      std::string s = (a & 15) < 6 ? kCompareSymbols[a & 15] : "?";
      return (a & 16) ? "bool(" + s + ")" : s;
    }
    case Opcode::IS_OP: return a ? "is not" : "is";
    case Opcode::CONTAINS_OP: return a ? "not in" : "in";
    case Opcode::CONVERT_VALUE:
      return a == 1 ? "str" : a == 2 ? "repr" : a == 3 ? "ascii" : "?";
    case Opcode::CALL_INTRINSIC_1:
      return a < sizeof kIntrinsic1 / sizeof kIntrinsic1[0] ? kIntrinsic1[a] : "?";
    case Opcode::SET_FUNCTION_ATTRIBUTE:
      return a == 1 ? "defaults" : a == 2 ? "kwdefaults" : a == 4 ? "annotations"
             : a == 8 ? "closure" : "?";
    default:
      return "";
  }
}

void dis_one(const Code* co, std::string& out) {
  size_t n = co->code.size();
  std::vector<bool> target(n + 1, false);
  for (const vm::Instr& in : co->code)
    if (vm::opcode_has(in.op, vm::kJump) && in.arg <= n) target[in.arg] = true;
  for (const ExceptionTableEntry& e : co->exception_table)
    if (e.target <= n) target[e.target] = true;
  int last_line = -2;
  char buf[256];
  for (size_t i = 0; i < n; ++i) {
    const vm::Instr& in = co->code[i];
    int line = i < co->positions.size() ? co->positions[i].lineno : -1;
    std::string line_col;
    if (line != last_line) {
      if (i > 0) out += "\n";
      line_col = line < 0 ? "--" : std::to_string(line);
      last_line = line;
    }
    std::string arg;
    if (vm::opcode_has(in.op, vm::kHasArg)) arg = std::to_string(in.arg);
    std::snprintf(buf, sizeof buf, "%4s %2s %5zu %-26s %6s", line_col.c_str(),
                  target[i] ? ">>" : "", i, vm::opcode_name(in.op), arg.c_str());
    std::string row = buf;
    std::string m = meaning(co, in);
    if (!m.empty()) row += " (" + m + ")";
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + "\n";
  }
  if (!co->exception_table.empty()) {
    out += "ExceptionTable:\n";
    for (const ExceptionTableEntry& e : co->exception_table) {
      std::snprintf(buf, sizeof buf, "  %u to %u -> %u [%u]%s\n", e.start, e.end, e.target,
                    static_cast<unsigned>(e.depth), e.push_lasti ? " lasti" : "");
      out += buf;
    }
  }
  Object* consts = co->consts.get();
  for (int64_t i = 0; consts && i < tuple_size(consts); ++i) {
    Object* c = tuple_item(consts, i);
    if (!is_type(c, &CodeType)) continue;
    out += "\nDisassembly of " + repr_utf8(c) + ":\n";
    dis_one(static_cast<const Code*>(c), out);
  }
}

}  // namespace

std::string disassemble(Object* code) {
  std::string out;
  if (!code || !is_type(code, &CodeType)) return out;
  dis_one(static_cast<const Code*>(code), out);
  return out;
}

}  // namespace ftpy::compiler
