// test_gil_handoff.cpp — runtime/threads/gil.{h,cpp} and the eval breaker: the GIL
// hand-off between threads that spin "bytecode" (a loop polling the eval
// breaker exactly as the eval loop does), forced switching, and bounded
// waiting. GIL build only (the _gil.cpp suffix: the free-threaded build has
// no GIL; its primitives are tested in test_ft_primitives_ft.cpp).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

#include "runtime/threads/attach.h"
#include "runtime/threads/eval_breaker.h"
#include "runtime/threads/gil.h"
#include "runtime/threads/thread_state.h"
#include "runtime/vm/frame.h"

namespace ftpy {
namespace {

using Clock = std::chrono::steady_clock;

// If this process's main thread is attached (another test ran runtime_init),
// let go of the GIL for the duration of a test.
struct MainDetached {
  std::optional<DetachScope> scope;
  MainDetached() {
    if (current_thread_state()) scope.emplace();
  }
};

// What the eval loop does at a backward jump.
inline void check_breaker(ThreadState* ts) {
  if (ts->eval_breaker.load(std::memory_order_relaxed)) vm::handle_eval_breaker(ts);
}

TEST(Gil, CreateAttachesAndDestroyReleases) {
  MainDetached detached;
  std::thread t([] {
    ThreadState* ts = thread_state_create();
    EXPECT_TRUE(gil_held_by(ts));
    EXPECT_EQ(ts->status.load(), ThreadStatus::Attached);
    detach();
    EXPECT_FALSE(gil_held_by(ts));
    EXPECT_EQ(ts->status.load(), ThreadStatus::Detached);
    attach();
    EXPECT_TRUE(gil_held_by(ts));
    attach();  // nested attach is a no-op
    EXPECT_TRUE(gil_held_by(ts));
    thread_state_destroy(ts);
  });
  t.join();
}

TEST(Gil, TwoSpinningThreadsBothRunAndAlternate) {
  MainDetached detached;
  gil_stats_reset();
  std::atomic<bool> stop{false};
  std::atomic<int> last_runner{-1};
  std::atomic<int> inside{0};
  std::atomic<int> overlap{0};
  std::atomic<long> iterations[2] = {0, 0};
  std::atomic<long> turns[2] = {0, 0};
  auto spin = [&](int me) {
    ThreadState* ts = thread_state_create();
    while (!stop.load(std::memory_order_relaxed)) {
      if (inside.fetch_add(1) != 0) overlap.fetch_add(1);  // two GIL holders at once?
      if (last_runner.exchange(me) != me) turns[me].fetch_add(1);
      iterations[me].fetch_add(1, std::memory_order_relaxed);
      inside.fetch_sub(1);
      check_breaker(ts);
    }
    thread_state_destroy(ts);
  };
  std::thread a(spin, 0), b(spin, 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  stop.store(true);
  a.join();
  b.join();
  EXPECT_EQ(overlap.load(), 0) << "two threads held the GIL at once";
  EXPECT_GT(iterations[0].load(), 0);
  EXPECT_GT(iterations[1].load(), 0);
  // 400 ms at a 5 ms switch interval: dozens of hand-offs each way.
  EXPECT_GE(turns[0].load(), 5);
  EXPECT_GE(turns[1].load(), 5);
  GilStats s = gil_stats();
  EXPECT_GT(s.drop_requests, 0u);
  EXPECT_GT(s.forced_switches, 0u);
}

TEST(Gil, WaiterGetsTheGilFromASpinnerWithinAboutOneInterval) {
  MainDetached detached;
  std::atomic<bool> spinner_ready{false};
  std::atomic<bool> waiter_done{false};
  std::thread spinner([&] {
    ThreadState* ts = thread_state_create();
    spinner_ready.store(true);
    Clock::time_point give_up = Clock::now() + std::chrono::seconds(10);
    while (!waiter_done.load() && Clock::now() < give_up) check_breaker(ts);
    thread_state_destroy(ts);
  });
  while (!spinner_ready.load()) std::this_thread::yield();
  double waited = 0;
  std::thread waiter([&] {
    Clock::time_point t0 = Clock::now();
    ThreadState* ts = thread_state_create();  // blocks until the spinner yields
    waited = std::chrono::duration<double>(Clock::now() - t0).count();
    waiter_done.store(true);
    thread_state_destroy(ts);
  });
  waiter.join();
  spinner.join();
  // One switch interval (5 ms) plus scheduling noise; far below the
  // spinner's 10 s: the drop request made it yield.
  EXPECT_LT(waited, 1.0);
}

TEST(Gil, ForcedSwitchingHandsTheGilToTheWaiterFirst) {
  MainDetached detached;
  // The holder serves a drop request; the waiter must run before the
  // holder gets the GIL back, however fast the holder tries to retake it.
  std::atomic<int> order{0};
  std::atomic<int> waiter_pos{0}, holder_pos{0};
  std::atomic<bool> holder_ready{false};
  std::atomic<bool> waiter_started{false};
  std::thread holder([&] {
    ThreadState* ts = thread_state_create();
    holder_ready.store(true);
    while (!waiter_started.load()) std::this_thread::yield();
    // Spin until the waiter asks (after one switch interval), then yield.
    Clock::time_point give_up = Clock::now() + std::chrono::seconds(10);
    while (!gil_drop_requested(ts) && Clock::now() < give_up) std::this_thread::yield();
    vm::handle_eval_breaker(ts);  // releases, waits for the switch, retakes
    holder_pos.store(++order);
    thread_state_destroy(ts);
  });
  while (!holder_ready.load()) std::this_thread::yield();
  std::thread waiter([&] {
    waiter_started.store(true);
    ThreadState* ts = thread_state_create();
    waiter_pos.store(++order);
    thread_state_destroy(ts);
  });
  holder.join();
  waiter.join();
  EXPECT_EQ(waiter_pos.load(), 1);
  EXPECT_EQ(holder_pos.load(), 2);
}

TEST(Gil, EvalBreakerClearsReservedBits) {
  MainDetached detached;
  std::thread t([] {
    ThreadState* ts = thread_state_create();
    eval_breaker_set(ts, kBreakerQsbr | kBreakerBrcMerge);
    vm::handle_eval_breaker(ts);
    EXPECT_EQ(ts->eval_breaker.load(), 0u);
    // A stale drop request (nobody waits) is cleared without blocking.
    eval_breaker_set(ts, kBreakerGilDropRequest);
    vm::handle_eval_breaker(ts);
    EXPECT_EQ(ts->eval_breaker.load() & kBreakerGilDropRequest, 0u);
    EXPECT_TRUE(gil_held_by(ts));
    thread_state_destroy(ts);
  });
  t.join();
}

}  // namespace
}  // namespace ftpy
