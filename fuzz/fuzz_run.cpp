// fuzz_run.cpp — libFuzzer target: compile and run short programs under a
// step limit (runtime/vm/step_limit.h), then drop everything they built and
// collect cycles.
//
// Contract checked: running any accepted program ends (normally or with a
// Python exception) without a crash, a hang, a sanitizer report, a leak,
// or an escaping C++ exception.
//
// What is not run (LLVMFuzzerTestOneInput returns -1, so libFuzzer keeps
// no such input): inputs over kMaxInput bytes, and inputs that mention a
// name from kRefused. Those reach outside the process (import, open,
// input, exit), change state every later input would inherit (builtins),
// build code the filter cannot see (exec, eval, compile), or are slow by
// design rather than by a bug: huge powers and shifts (`**`, `<<`, pow)
// make integers of billions of bits, and native loops over them pass no
// checkpoint. Single allocations over max_allocation_size_mb (below) fail
// and must become MemoryError.
//
// One input at a time, on the main thread (libFuzzer's loop).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_runtime.h"
#include "gc/collector.h"
#include "objects/errors.h"
#include "runtime/compiler/compiler.h"
#include "runtime/threads/thread_state.h"
#include "runtime/vm/interp.h"
#include "runtime/vm/step_limit.h"

namespace {

constexpr size_t kMaxInput = 4096;
// Enough for the seed programs' loops to do real work, small enough that
// an endless loop ends in milliseconds.
constexpr int64_t kSteps = 20000;

constexpr std::string_view kRefused[] = {
    "import", "open",  "input", "exit", "quit",    "breakpoint", "help",
    "builtins", "exec", "eval", "compile", "**", "<<", "pow",
};

bool accepted(std::string_view source) {
  if (source.size() > kMaxInput) return false;
  for (std::string_view word : kRefused)
    if (source.find(word) != std::string_view::npos) return false;
  return true;
}

}  // namespace

// ASan defaults for this target (ASAN_OPTIONS still overrides them): an
// allocation over 256 MiB returns null, which the runtime turns into
// MemoryError, instead of growing the process until libFuzzer's RSS limit.
// Leak checking is off here for now: classes are immortal
// (objects/type_new.cpp), so every input that defines a class leaves it
// allocated and unreachable once its namespace is dropped
// (tests/known_leaks.txt); fuzz_compile still checks leaks.
extern "C" const char* __asan_default_options() {
  return "allocator_may_return_null=1:max_allocation_size_mb=256:detect_leaks=0";
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  ftpy::fuzz::init_runtime();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source = ftpy::fuzz::as_source(data, size);
  if (!accepted(source)) return -1;
  ftpy::ThreadState* ts = ftpy::current_thread_state();
  ftpy::vm::set_step_limit(ts, kSteps);
  {
    ftpy::Ref<> globals = ftpy::fuzz::fresh_globals();
    try {
      ftpy::Ref<> code = ftpy::compiler::compile(source, "<fuzz>", ftpy::compiler::ParseMode::File);
      ftpy::vm::eval_code(code.get(), globals.get(), globals.get());
    } catch (ftpy::PyException&) {
      // Any Python exception is a correct end of a program.
    }
    // `globals` dies here, still under the limit: finalizers it runs are
    // bounded too.
  }
  // Cycles the program dropped, so LSan sees only real leaks; finalizers
  // run by the collection are still under the (spent) limit.
  ftpy::gc::gc_collect();
  ftpy::vm::clear_step_limit(ts);
  return 0;
}
