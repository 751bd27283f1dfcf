// code.h — compiled bytecode for one function, class body or module.
//
// Built by the compiler (runtime/compiler/codegen*.cpp), which fills the
// fields and then calls code_finish(); immutable afterwards except for the
// inline caches, which the eval loop updates with atomics (a cache entry is
// a hint: a stale or torn-looking entry must fail its guard, never be
// trusted). Slot layout of a frame ("localsplus", CPython 3.11+ design):
// [plain locals and cells and free variables, in localsplusnames order]
// then the value stack (stacksize entries).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

#include "objects/object.h"
#include "runtime/vm/opcodes.h"

namespace ftpy {

// Code::flags (CPython's CO_* values).
enum CodeFlag : uint32_t {
  kCoOptimized = 0x1,
  kCoNewLocals = 0x2,
  kCoVarargs = 0x4,
  kCoVarKeywords = 0x8,
  kCoNested = 0x10,
  kCoGenerator = 0x20,
  kCoNoFree = 0x40,
  kCoHasDocstring = 0x4000000,  // consts[0] is the docstring (3.13 uses 0x4000000 in 3.14; ours)
};

// Code::localspluskinds entries (CPython's CO_FAST_* values; may be or-ed:
// an argument that is also a cell is kFastLocal | kFastCell).
enum FastKind : uint8_t {
  kFastHidden = 0x10,  // comprehension-inlined temporaries
  kFastLocal = 0x20,
  kFastCell = 0x40,
  kFastFree = 0x80,
};

// Source span of one instruction (for tracebacks and the ~~~^^^ markers).
// Columns are 0-based UTF-8 byte offsets; -1 when unknown.
struct SourcePos {
  int32_t lineno = -1, end_lineno = -1, col = -1, end_col = -1;
};

// One row of the exception table: an exception raised by an instruction in
// [start, end) jumps to `target` after popping the value stack down to
// `depth` items, pushing the instruction index first if `push_lasti`, then
// the exception. Rows are sorted by start; the innermost handler comes first
// where ranges nest (the compiler emits non-overlapping ranges, as CPython).
struct ExceptionTableEntry {
  uint32_t start = 0, end = 0, target = 0;
  uint16_t depth = 0;
  bool push_lasti = false;
};

// An inline cache entry; its meaning depends on the instruction (the eval
// loop's caches.h). Words are written with release and read with acquire,
// and every use re-checks a guard word (type version or dict version).
struct InlineCache {
  std::atomic<uint64_t> w[4] = {};
};

struct Code : Object {
  Ref<> name;              // str
  Ref<> qualname;          // str
  Ref<> filename;          // str
  int32_t argcount = 0;          // positional, incl. positional-only
  int32_t posonlyargcount = 0;
  int32_t kwonlyargcount = 0;
  uint32_t flags = 0;            // CodeFlag
  int32_t firstlineno = 1;
  int32_t stacksize = 0;
  std::vector<vm::Instr> code;
  std::vector<SourcePos> positions;  // same length as code
  std::vector<ExceptionTableEntry> exception_table;
  Ref<> consts;            // tuple
  Ref<> names;             // tuple of str (globals, attributes, imports)
  Ref<> localsplusnames;   // tuple of str
  std::vector<uint8_t> localspluskinds;  // FastKind per localsplusnames entry
  int32_t nlocalsplus = 0;       // len(localsplusnames)
  int32_t nlocals = 0;           // entries with kFastLocal
  int32_t ncellvars = 0;         // entries with kFastCell
  int32_t nfreevars = 0;         // entries with kFastFree (always last)
  uint32_t ncaches = 0;          // number of InlineCache entries needed
  std::unique_ptr<InlineCache[]> caches;  // allocated by code_finish
};

extern Type CodeType;
// Validates invariants (positions size, localsplus counts) and allocates the
// caches. Call once, before the code object is shared.
void code_finish(Code* code);
// The source line of instruction index i (-1 if unknown).
int code_line_of(const Code* code, int64_t instr_index);
void init_code_type();

}  // namespace ftpy
