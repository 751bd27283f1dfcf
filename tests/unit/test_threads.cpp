// test_threads.cpp — runtime/threads/timed_lock.{h,cpp} and the `_thread`
// module (runtime/modules/thread_*.cpp): lock timeouts, hand-over between
// threads, RLock ownership errors, start_new_thread, and the threading
// module on top (lib/threading.py, embedded in the binary).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "objects/api.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/str.h"
#include "runtime/compiler/compiler.h"
#include "runtime/init.h"
#include "runtime/modules/module_util.h"
#include "runtime/threads/attach.h"
#include "runtime/threads/thread_state.h"
#include "runtime/threads/timed_lock.h"
#include "runtime/vm/interp.h"

namespace ftpy {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// ------------------------------------------------------------ TimedLock

TEST(TimedLock, TryAcquireAndRelease) {
  TimedLock l;
  EXPECT_FALSE(l.locked());
  EXPECT_TRUE(l.try_acquire());
  EXPECT_TRUE(l.locked());
  EXPECT_FALSE(l.try_acquire());
  l.release();
  EXPECT_FALSE(l.locked());
  EXPECT_EQ(l.acquire(-1), TimedLock::Result::kAcquired);
  EXPECT_EQ(l.acquire(0), TimedLock::Result::kTimedOut);
}

TEST(TimedLock, TimeoutExpires) {
  TimedLock l;
  ASSERT_TRUE(l.try_acquire());
  Clock::time_point t0 = Clock::now();
  EXPECT_EQ(l.acquire(0.05), TimedLock::Result::kTimedOut);
  double took = seconds_since(t0);
  EXPECT_GE(took, 0.045);
  EXPECT_LT(took, 2.0);
}

TEST(TimedLock, ReleaseFromAnotherThreadWakesTheWaiter) {
  TimedLock l;
  ASSERT_TRUE(l.try_acquire());
  std::thread releaser([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    l.release();  // a lock (not an RLock) may be released by any thread
  });
  Clock::time_point t0 = Clock::now();
  EXPECT_EQ(l.acquire(5.0), TimedLock::Result::kAcquired);
  EXPECT_LT(seconds_since(t0), 2.0);
  releaser.join();
  EXPECT_TRUE(l.locked());
}

TEST(TimedLock, ContendedCountIsExact) {
  TimedLock l;
  long counter = 0;  // guarded by l
  auto work = [&] {
    for (int i = 0; i < 20000; ++i) {
      ASSERT_EQ(l.acquire(-1), TimedLock::Result::kAcquired);
      ++counter;
      l.release();
    }
  };
  std::thread a(work), b(work), c(work);
  a.join();
  b.join();
  c.join();
  EXPECT_EQ(counter, 60000);
}

// ------------------------------------------------------- Python level

void ensure_runtime() {
  if (!builtins_module()) runtime_init(RuntimeOptions{});
}

// Runs `src` as a module body and returns repr(result); a Python exception
// becomes "Type: message".
std::string run(const std::string& src) {
  ensure_runtime();
  try {
    Ref<Dict> globals = dict_new();
    dict_set_str(globals.get(), "__builtins__", builtins_module());
    Ref<> name = str_new("__main__");
    dict_set_str(globals.get(), "__name__", name.get());
    Ref<> code = compiler::compile(src, "<test>", compiler::ParseMode::File);
    vm::eval_code(code.get(), globals.get(), globals.get());
    Ref<> result = dict_get_str(globals.get(), "result");
    if (!result) return "<no result>";
    return repr_utf8(result.get());
  } catch (PyException& e) {
    return std::string(type_name_of(e.value.get())) + ": " + str_utf8(e.value.get());
  }
}

TEST(ThreadModule, LockBasicsAndTimeouts) {
  EXPECT_EQ(run("import _thread\nl = _thread.allocate_lock()\n"
                "result = (l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.02))"),
            "(True, True, False, False)");
  EXPECT_EQ(run("import _thread\n_thread.allocate_lock().release()"),
            "RuntimeError: release unlocked lock");
  EXPECT_EQ(run("import _thread\n_thread.allocate_lock().acquire(False, 1)"),
            "ValueError: can't specify a timeout for a non-blocking call");
  EXPECT_EQ(run("import _thread\n_thread.allocate_lock().acquire(True, -2)"),
            "ValueError: timeout value must be a non-negative number");
  EXPECT_EQ(run("import _thread\nl = _thread.allocate_lock()\nwith l:\n  inside = l.locked()\n"
                "result = (inside, l.locked(), type(l).__name__)"),
            "(True, False, 'lock')");
}

TEST(ThreadModule, RLockOwnership) {
  EXPECT_EQ(run("import _thread\n_thread.RLock().release()"),
            "RuntimeError: cannot release un-acquired lock");
  EXPECT_EQ(run("import _thread\nr = _thread.RLock()\n"
                "result = (r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())\n"
                "r.release(); r.release()\nresult += (r._is_owned(),)"),
            "(True, True, True, 2, False)");
  // Another thread cannot release it, and it cannot acquire it meanwhile.
  EXPECT_EQ(run("import _thread, time\nr = _thread.RLock()\nr.acquire()\nout = []\n"
                "done = _thread.allocate_lock(); done.acquire()\n"
                "def other():\n"
                "    try:\n        r.release()\n    except RuntimeError as e:\n        out.append(str(e))\n"
                "    out.append(r.acquire(timeout=0.02))\n"
                "    done.release()\n"
                "_thread.start_new_thread(other, ())\ndone.acquire()\nr.release()\nresult = out"),
            "['cannot release un-acquired lock', False]");
}

TEST(ThreadModule, StartNewThreadRunsAndCounts) {
  EXPECT_EQ(run("import _thread\nout = []\ndone = _thread.allocate_lock(); done.acquire()\n"
                "def work(a, b=0):\n    out.append((a, b, _thread.get_ident() != main))\n"
                "    done.release()\n"
                "main = _thread.get_ident()\n_thread.start_new_thread(work, (1,), {'b': 2})\n"
                "done.acquire()\nresult = out"),
            "[(1, 2, True)]");
  EXPECT_EQ(run("import _thread\n_thread.start_new_thread(print, [])"),
            "TypeError: 2nd arg must be a tuple");
  EXPECT_EQ(run("import _thread\n_thread.start_new_thread(1, ())"),
            "TypeError: first arg must be callable");
}

TEST(ThreadModule, ThreadingOnTop) {
  EXPECT_EQ(run("import threading\nout = []\n"
                "ts = [threading.Thread(target=out.append, args=(i,)) for i in range(4)]\n"
                "for t in ts: t.start()\nfor t in ts: t.join()\n"
                "result = (sorted(out), [t.is_alive() for t in ts], threading.active_count())"),
            "([0, 1, 2, 3], [False, False, False, False], 1)");
  EXPECT_EQ(run("import threading\nb = threading.Barrier(2, timeout=0.02)\n"
                "try:\n  b.wait()\nexcept threading.BrokenBarrierError:\n  result = b.broken"),
            "True");
  EXPECT_EQ(run("import threading\ns = threading.BoundedSemaphore(1)\ns.release()"),
            "ValueError: Semaphore released too many times");
}

}  // namespace
}  // namespace ftpy
