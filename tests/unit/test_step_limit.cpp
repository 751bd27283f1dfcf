// test_step_limit.cpp — the eval loop's step limit (runtime/vm/step_limit.h):
// a program within its budget runs to the end; an endless loop, endless
// recursion and a loop that catches the error all end with RuntimeError;
// clearing the limit restores unlimited running and takes the breaker bit
// away again.
//
// Needs the runtime: the first test brings it up once. Single-threaded.
#include <gtest/gtest.h>

#include <string>

#include "objects/api.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "runtime/compiler/compiler.h"
#include "runtime/init.h"
#include "runtime/modules/module_util.h"
#include "runtime/threads/eval_breaker.h"
#include "runtime/threads/thread_state.h"
#include "runtime/vm/interp.h"
#include "runtime/vm/step_limit.h"

namespace ftpy::vm {
namespace {

// Runs `src` in fresh globals; returns "" on success, else the exception's
// "Type: message" line. `result` receives the global `n` when it is an int.
void ensure_runtime() {
  if (!builtins_module()) runtime_init(RuntimeOptions{});
}

std::string run(const std::string& src, int64_t* result = nullptr) {
  ensure_runtime();
  Ref<Dict> g = dict_new();
  dict_set(g.get(), id::builtins, builtins_module());
  try {
    Ref<> code = compiler::compile(src, "<steps>", compiler::ParseMode::File);
    eval_code(code.get(), g.get(), g.get());
  } catch (PyException& e) {
    std::string what(str_view(str(e.value.get()).get()));
    return std::string(type_of(e.value.get())->name) + ": " + what;
  }
  if (result) {
    Ref<> n = dict_get_str(g.get(), "n");
    if (n && is_int(n.get())) int_to_int64(n.get(), result);
  }
  return "";
}

// Sets a limit for one test and always takes it off again.
struct StepLimit {
  explicit StepLimit(int64_t steps) {
    ensure_runtime();
    set_step_limit(current_thread_state(), steps);
  }
  ~StepLimit() { clear_step_limit(current_thread_state()); }
};

TEST(StepLimit, ProgramWithinBudgetRunsToTheEnd) {
  StepLimit limit(10000);
  int64_t n = 0;
  EXPECT_EQ(run("n = 0\nfor i in range(100):\n    n += i\n", &n), "");
  EXPECT_EQ(n, 4950);
  // 100 backward jumps and one RESUME spent, no more than that.
  EXPECT_LE(step_limit_remaining(), 10000 - 100);
  EXPECT_GE(step_limit_remaining(), 10000 - 110);
}

TEST(StepLimit, EndlessLoopRaises) {
  StepLimit limit(1000);
  EXPECT_EQ(run("while True:\n    pass\n"), "RuntimeError: step limit exceeded");
  EXPECT_EQ(step_limit_remaining(), 0);
}

TEST(StepLimit, EndlessRecursionRaisesBeforeRecursionError) {
  StepLimit limit(100);
  EXPECT_EQ(run("def f():\n    return f()\nf()\n"), "RuntimeError: step limit exceeded");
}

TEST(StepLimit, CatchingTheErrorDoesNotKeepTheProgramRunning) {
  StepLimit limit(500);
  const char* src =
      "n = 0\n"
      "while True:\n"
      "    try:\n"
      "        while True:\n"
      "            n += 1\n"
      "    except BaseException:\n"
      "        continue\n";
  EXPECT_EQ(run(src), "RuntimeError: step limit exceeded");
}

TEST(StepLimit, ClearingRestoresUnlimitedRunning) {
  ensure_runtime();
  ThreadState* ts = current_thread_state();
  {
    StepLimit limit(10);
    EXPECT_NE(ts->eval_breaker.load() & kBreakerStepLimit, 0u);
    EXPECT_EQ(run("for i in range(100):\n    pass\n"), "RuntimeError: step limit exceeded");
  }
  EXPECT_EQ(ts->eval_breaker.load() & kBreakerStepLimit, 0u);
  int64_t n = 0;
  EXPECT_EQ(run("n = 0\nfor i in range(100000):\n    n += 1\n", &n), "");
  EXPECT_EQ(n, 100000);
}

}  // namespace
}  // namespace ftpy::vm
