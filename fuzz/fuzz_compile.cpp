// fuzz_compile.cpp — libFuzzer target: arbitrary bytes through the
// tokenizer, parser, symbol table and bytecode compiler, in the three
// modes (module, eval, REPL's single), plus the REPL's incomplete-input
// check and the disassembler on what compiled.
//
// Contract checked: compilation of any input either returns a code object
// or throws a Python exception (SyntaxError and its subclasses, or
// MemoryError/RecursionError-like errors the compiler raises); it never
// crashes, hangs, trips a sanitizer, leaks, or lets a C++ exception of any
// other type escape (that would end the process through std::terminate,
// which libFuzzer reports as a crash). Nothing is executed.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_runtime.h"
#include "objects/errors.h"
#include "runtime/compiler/compiler.h"

namespace {

using ftpy::compiler::ParseMode;

void compile_one(std::string_view source, ParseMode mode, bool disassemble) {
  try {
    ftpy::Ref<> code = ftpy::compiler::compile(source, "<fuzz>", mode);
    if (disassemble) (void)ftpy::compiler::disassemble(code.get());
  } catch (ftpy::PyException&) {
    // A syntax error (or another Python error) is a correct answer.
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  ftpy::fuzz::init_runtime();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source = ftpy::fuzz::as_source(data, size);
  compile_one(source, ParseMode::File, true);
  compile_one(source, ParseMode::Eval, false);
  compile_one(source, ParseMode::Single, false);
  try {
    (void)ftpy::compiler::is_incomplete_input(std::string(source));
  } catch (ftpy::PyException&) {
  }
  return 0;
}
