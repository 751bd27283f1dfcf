// test_ft_primitives_ft.cpp — the free-threaded core's primitives in
// isolation, each from several threads that start together on a barrier:
// biased-count merges (gc/brc_ft.cpp), owner exit with queued objects,
// deferred counts and their reconcile pass, the one-byte mutex
// (runtime/threads/mutex.cpp), critical sections taken in opposite orders,
// QSBR-delayed frees, and stop-the-world with running and blocked threads.
// Free-threaded build only (the _ft.cpp suffix). Every test also runs under
// ThreadSanitizer (the tsan-nogil preset).
#include <gtest/gtest.h>

#include <atomic>
#include <barrier>
#include <chrono>
#include <thread>
#include <vector>

#include "gc/brc.h"
#include "gc/deferred_rc.h"
#include "gc/delayed_free.h"
#include "gc/qsbr.h"
#include "objects/object.h"
#include "objects/type.h"
#include "runtime/init.h"
#include "runtime/modules/module_util.h"
#include "runtime/threads/attach.h"
#include "runtime/threads/critical_section.h"
#include "runtime/threads/eval_breaker.h"
#include "runtime/threads/mutex.h"
#include "runtime/threads/stop_the_world.h"
#include "runtime/threads/thread_mode.h"
#include "runtime/threads/thread_state.h"
#include "runtime/vm/frame.h"

namespace ftpy {
namespace {

// A type whose instances count their deallocations.
std::atomic<int> g_freed{0};
Type CountedType;

void counted_dealloc(Object* o) {
  g_freed.fetch_add(1, std::memory_order_relaxed);
  free_instance_memory(o, type_of(o));
}

void ensure_runtime() {
  if (!builtins_module()) runtime_init(RuntimeOptions{});
  // These tests start std::threads while the main thread uses objects: the
  // locks must be real from the start (thread_mode.h).
  become_multithreaded();
  static bool ready = [] {
    CountedType.name = "counted";
    CountedType.basicsize = sizeof(Object);
    CountedType.tp_dealloc = counted_dealloc;
    return true;
  }();
  (void)ready;
}

Object* new_counted() { return new_object<Object>(&CountedType); }

// What the eval loop does at a backward jump.
inline void check_breaker(ThreadState* ts) {
  if (ts->eval_breaker.load(std::memory_order_relaxed)) vm::handle_eval_breaker(ts);
}

// Runs body(i) on n threads with thread states, released together.
template <class F>
void run_threads(int n, F body) {
  std::barrier start(n);
  std::vector<std::thread> threads;
  for (int i = 0; i < n; ++i) {
    threads.emplace_back([&, i] {
      ThreadState* ts = thread_state_create();
      start.arrive_and_wait();
      body(i, ts);
      thread_state_destroy(ts);
    });
  }
  DetachScope main_waits;  // the main thread must not hold up a pause meanwhile
  for (std::thread& t : threads) t.join();
}

// ------------------------------------------------------------ biased counting
// (FTPY_RC=biased; the atomic-counting ablation gets the tests after #else)
#if FTPY_RC_BIASED

TEST(Brc, MergeFromManyThreadsFreesExactlyOnce) {
  ensure_runtime();
  constexpr int kThreads = 4, kChurn = 20000;
  g_freed = 0;
  Object* o = new_counted();  // owned by the main thread, local count 1
  for (int i = 0; i < kThreads; ++i) incref(o);  // one reference per worker
  gc::BrcStats before = gc::brc_stats();
  run_threads(kThreads, [&](int, ThreadState*) {
    for (int k = 0; k < kChurn; ++k) {
      incref(o);
      decref(o);
    }
    decref(o);  // the reference the owner counted: drives the shared count below zero
  });
  EXPECT_EQ(g_freed.load(), 0);
  EXPECT_GT(gc::brc_stats().queued, before.queued);
  // The owner merges at its next eval-breaker check.
  check_breaker(current_thread_state());
  EXPECT_EQ(g_freed.load(), 0);
  EXPECT_EQ(refcount_of(o), 1);
  decref(o);
  EXPECT_EQ(g_freed.load(), 1);
}

TEST(Brc, LastReferenceDroppedByANonOwnerFrees) {
  ensure_runtime();
  constexpr int kThreads = 4;
  g_freed = 0;
  Object* o = new_counted();  // the owner's one local reference
  std::atomic<int> counted{0};
  std::atomic<bool> owner_dropped{false};
  std::barrier start(kThreads);
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&] {
      ThreadState* ts = thread_state_create();
      start.arrive_and_wait();
      incref(o);  // a shared-count reference of this thread's own
      counted.fetch_add(1);
      while (!owner_dropped.load()) std::this_thread::yield();
      for (int k = 0; k < 10000; ++k) {
        incref(o);
        decref(o);
      }
      decref(o);  // the last of these frees, on a non-owner thread
      thread_state_destroy(ts);
    });
  }
  {
    DetachScope waiting;
    while (counted.load() != kThreads) std::this_thread::yield();
  }
  decref(o);  // local count 0: merged, owned by nobody, shared count 4
  EXPECT_EQ(g_freed.load(), 0);
  owner_dropped = true;
  DetachScope waiting;
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(g_freed.load(), 1);
}

TEST(Brc, OwnerExitMergesItsQueueAndLaterDropsMergeAtOnce) {
  ensure_runtime();
  constexpr int kObjects = 500;
  g_freed = 0;
  std::vector<Object*> queued_at_exit, orphaned;
  std::atomic<int> phase{0};
  std::thread owner([&] {
    ThreadState* ts = thread_state_create();
    for (int i = 0; i < kObjects; ++i) queued_at_exit.push_back(new_counted());
    for (int i = 0; i < kObjects; ++i) orphaned.push_back(new_counted());
    phase.store(1, std::memory_order_release);
    {
      DetachScope blocked;  // waits without serving its merge queue
      while (phase.load(std::memory_order_acquire) != 2) std::this_thread::yield();
    }
    thread_state_destroy(ts);  // merges what main queued meanwhile
    phase.store(3, std::memory_order_release);
  });
  {
    DetachScope waiting;
    while (phase.load(std::memory_order_acquire) != 1) std::this_thread::yield();
  }
  for (Object* o : queued_at_exit) decref(o);  // queued to the (blocked) owner
  EXPECT_EQ(g_freed.load(), 0);
  phase.store(2, std::memory_order_release);
  {
    DetachScope waiting;
    owner.join();
  }
  EXPECT_EQ(g_freed.load(), kObjects);
  gc::BrcStats before = gc::brc_stats();
  for (Object* o : orphaned) decref(o);  // the owner is gone: merged here
  EXPECT_EQ(g_freed.load(), 2 * kObjects);
  EXPECT_EQ(gc::brc_stats().merged_orphans - before.merged_orphans, uint64_t{kObjects});
}

TEST(Brc, TryIncrefFailsOnAFreedObjectAndSucceedsOnALiveOne) {
  ensure_runtime();
  g_freed = 0;
  Object* o = new_counted();
  EXPECT_TRUE(try_incref(o));  // the owner: always
  EXPECT_EQ(refcount_of(o), 2);
  std::atomic<bool> before_mark{true}, after_mark{false};
  run_threads(1, [&](int, ThreadState*) {
    // Owned by main and counted by nobody else: a reader must take the
    // container's lock (the owner may free such an object without a CAS)...
    before_mark = try_incref(o);
    // ...and once it marked the object, lock-free reads succeed.
    mark_maybe_shared(o);
    after_mark = try_incref(o);
  });
  EXPECT_FALSE(before_mark.load());
  EXPECT_TRUE(after_mark.load());
  EXPECT_EQ(refcount_of(o), 3);
  decref(o);
  decref(o);  // one reference left, counted in the shared half
  // Another thread drops the last reference while this one stays attached
  // (online): the memory is then freed only through QSBR, so this thread may
  // still look at its stale pointer, and try_incref must refuse it.
  std::atomic<bool> dropped{false};
  std::thread other([&] {
    ThreadState* ts = thread_state_create();
    decref(o);  // the last reference: deallocates; memory freed later
    dropped = true;
    thread_state_destroy(ts);
  });
  while (!dropped.load()) std::this_thread::yield();  // attached all along
  EXPECT_EQ(g_freed.load(), 1);
  EXPECT_FALSE(try_incref(o));  // a stale pointer: must fail, not resurrect
  {
    DetachScope waiting;
    other.join();
  }
}

#else  // FTPY_RC_BIASED == 0: every count change is one atomic operation

TEST(AtomicRc, ChurnFromManyThreadsFreesExactlyOnce) {
  ensure_runtime();
  constexpr int kThreads = 4;
  g_freed = 0;
  Object* o = new_counted();
  for (int i = 0; i < kThreads; ++i) incref(o);
  decref(o);  // the creator lets go first
  run_threads(kThreads, [&](int, ThreadState*) {
    for (int k = 0; k < 20000; ++k) {
      incref(o);
      decref(o);
    }
    decref(o);  // the last of these frees
  });
  EXPECT_EQ(g_freed.load(), 1);
}

TEST(AtomicRc, TryIncrefSucceedsOnALiveObjectAndFailsOnAFreedOne) {
  ensure_runtime();
  g_freed = 0;
  Object* o = new_counted();
  std::atomic<bool> live_ok{false};
  run_threads(1, [&](int, ThreadState*) { live_ok = try_incref(o); });
  EXPECT_TRUE(live_ok.load());
  EXPECT_EQ(refcount_of(o), 2);
  decref(o);
  std::atomic<bool> dropped{false};
  std::thread other([&] {
    ThreadState* ts = thread_state_create();
    decref(o);  // the last reference; memory freed through QSBR
    dropped = true;
    thread_state_destroy(ts);
  });
  while (!dropped.load()) std::this_thread::yield();  // attached: may look at the stale pointer
  EXPECT_EQ(g_freed.load(), 1);
  EXPECT_FALSE(try_incref(o));
  DetachScope waiting;
  other.join();
}

#endif  // FTPY_RC_BIASED

// ------------------------------------------------------------ deferred counts
// (FTPY_DEFERRED_RC=ON; the ablation checks that nothing is deferred)
#if FTPY_DEFERRED_RC

TEST(Deferred, CountsFromManyThreadsReconcileToAFree) {
  ensure_runtime();
  g_freed = 0;
  Object* o = new_counted();
  mark_deferred(o);
  ASSERT_TRUE(o->ob_flags & kDeferred);
  constexpr int kThreads = 4;
  for (int i = 0; i < kThreads; ++i) incref(o);  // one reference per worker
  run_threads(kThreads, [&](int, ThreadState*) {
    for (int k = 0; k < 10000; ++k) incref(o);
    for (int k = 0; k < 10000; ++k) decref(o);
    decref(o);  // counted -1 in this thread's table, +1 in main's
  });
  EXPECT_EQ(reconcile_deferred_counts(), 0u);  // main still holds one
  EXPECT_EQ(g_freed.load(), 0);
  decref(o);
  EXPECT_EQ(g_freed.load(), 0);  // deferred objects die only in a reconcile pass
  EXPECT_EQ(reconcile_deferred_counts(), 1u);
  EXPECT_EQ(g_freed.load(), 1);
}

#else

TEST(Deferred, AblationCountsEverythingOrdinarily) {
  ensure_runtime();
  g_freed = 0;
  Object* o = new_counted();
  mark_deferred(o);
  EXPECT_FALSE(o->ob_flags & kDeferred);
  run_threads(2, [&](int, ThreadState*) {
    for (int k = 0; k < 10000; ++k) {
      incref(o);
      decref(o);
    }
  });
  decref(o);
  EXPECT_EQ(g_freed.load(), 1);  // at once: no reconcile pass needed
}

#endif  // FTPY_DEFERRED_RC

// ------------------------------------------------------------ mutex

TEST(Mutex, ContendedCountIsExactWithNoLostWakeups) {
  ensure_runtime();
  Mutex m;
  int64_t counter = 0;  // guarded by m
  constexpr int kThreads = 4, kIters = 20000;
  std::atomic<bool> parked_seen{false};
  uint64_t parks_before = mutex_stats().parks;
  // Phase 1, deterministic slow path: a thread holds the lock until the
  // others have parked on it (the has-parked bit is set), then lets go; every
  // parked waiter must be woken (no lost wake-up) for the test to end.
  // Phase 2: everyone hammers the lock.
  run_threads(kThreads, [&](int i, ThreadState*) {
    if (i == 0) {
      m.lock();
      auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
      while (!(m.word()->load() & kMutexHasParked) && std::chrono::steady_clock::now() < give_up)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      parked_seen = (m.word()->load() & kMutexHasParked) != 0;
      m.unlock();
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      m.lock();
      ++counter;
      m.unlock();
    }
    for (int k = 0; k < kIters; ++k) {
      m.lock();
      ++counter;
      m.unlock();
    }
  });
  EXPECT_TRUE(parked_seen.load());
  EXPECT_GT(mutex_stats().parks, parks_before);
  EXPECT_EQ(counter, int64_t{kThreads} * kIters + (kThreads - 1));
  EXPECT_FALSE(m.is_locked());
}

TEST(Mutex, AParkedWaiterIsHandedTheLockByAThreadThatKeepsRelocking) {
  ensure_runtime();
  Mutex m;
  std::atomic<bool> waiter_got_it{false};
  std::atomic<bool> holder_started{false};
  std::atomic<int64_t> relocks{0};
  run_threads(2, [&](int i, ThreadState*) {
    if (i == 0) {
      // Re-locks at once after every unlock, for at most ~10 s.
      auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
      while (!waiter_got_it.load() && std::chrono::steady_clock::now() < give_up) {
        m.lock();
        holder_started = true;
        std::this_thread::sleep_for(std::chrono::microseconds(500));
        m.unlock();
        relocks.fetch_add(1);
      }
    } else {
      while (!holder_started.load()) std::this_thread::yield();
      m.lock();
      waiter_got_it = true;
      m.unlock();
    }
  });
  EXPECT_TRUE(waiter_got_it.load());
}

// ------------------------------------------------------------ critical sections

TEST(CriticalSection, OppositeOrdersFromTwoThreadsDoNotDeadlock) {
  ensure_runtime();
  Object* a = new_counted();
  Object* b = new_counted();
  int64_t count_a = 0;  // guarded by a's mutex
  int64_t count_b = 0;  // guarded by b's mutex
  constexpr int kIters = 20000;
  run_threads(2, [&](int i, ThreadState*) {
    Object* first = i == 0 ? a : b;
    Object* second = i == 0 ? b : a;
    int64_t& count_second = i == 0 ? count_b : count_a;
    for (int k = 0; k < kIters; ++k) {
      if (k % 2) {
        CriticalSection2 cs(first, second);  // both held: address order
        ++count_a;
        ++count_b;
      } else {
        // Nested single sections in opposite orders: the inner wait suspends
        // the outer one, so the two threads cannot hold one each forever.
        // Only the innermost section is guaranteed held (the outer one may
        // have been suspended while waiting), as in CPython.
        CriticalSection outer(first);
        CriticalSection inner(second);
        ++count_second;
      }
    }
  });
  EXPECT_EQ(count_a, 2 * (kIters / 2) + kIters / 2);
  EXPECT_EQ(count_b, 2 * (kIters / 2) + kIters / 2);
  EXPECT_FALSE(mutex_is_locked(&a->ob_mutex));
  EXPECT_FALSE(mutex_is_locked(&b->ob_mutex));
  decref(a);
  decref(b);
}

TEST(CriticalSection, ReentryAndSuspensionAcrossADetach) {
  ensure_runtime();
  Object* a = new_counted();
  {
    CriticalSection outer(a);
    {
      CriticalSection again(a);  // re-entry takes nothing
      EXPECT_TRUE(mutex_is_locked(&a->ob_mutex));
    }
    EXPECT_TRUE(mutex_is_locked(&a->ob_mutex));
    {
      DetachScope blocked;  // a blocking call suspends the section
      EXPECT_FALSE(mutex_is_locked(&a->ob_mutex));
    }
    EXPECT_TRUE(mutex_is_locked(&a->ob_mutex));  // resumed on attach
  }
  EXPECT_FALSE(mutex_is_locked(&a->ob_mutex));
  decref(a);
}

// ------------------------------------------------------------ QSBR

std::atomic<int> g_delayed_freed{0};
void count_delayed(void*) { g_delayed_freed.fetch_add(1, std::memory_order_relaxed); }

TEST(Qsbr, NeverFreesWhileAReaderIsInside) {
  ensure_runtime();
  g_delayed_freed = 0;
  std::atomic<int> phase{0};
  int dummy[1];
  std::thread reader([&] {
    ThreadState* ts = thread_state_create();
    phase = 1;  // attached: "inside a read" until it reports
    while (phase.load() != 2) std::this_thread::yield();
    gc::qsbr_quiescent(ts->memory);  // done reading
    phase = 3;
    while (phase.load() != 4) std::this_thread::yield();
    thread_state_destroy(ts);
  });
  while (phase.load() != 1) std::this_thread::yield();
  gc::ThreadMemory* self = current_thread_state()->memory;
  for (int i = 0; i < 5000; ++i) free_delayed_fn(dummy, count_delayed);  // seals batches
  for (int i = 0; i < 100; ++i) gc::delayed_process(self);
  EXPECT_EQ(g_delayed_freed.load(), 0);  // the reader has not reported
  phase = 2;
  while (phase.load() != 3) std::this_thread::yield();
  gc::qsbr_quiescent(self);
  gc::delayed_process(self);
  int sealed = g_delayed_freed.load();
  EXPECT_GE(sealed, 4096);  // every sealed batch of 1024 went
  phase = 4;
  {
    DetachScope waiting;
    reader.join();
  }
  gc::delayed_process(self);  // alone again: everything goes
  EXPECT_EQ(g_delayed_freed.load(), 5000);
}

// ------------------------------------------------------------ stop-the-world

TEST(StopTheWorld, PausesRunningThreadsAndHoldsBlockedOnes) {
  ensure_runtime();
  std::atomic<int64_t> spins{0};
  std::atomic<bool> stop{false};
  std::atomic<int> ready{0};
  ThreadState* blocked_ts = nullptr;
  std::atomic<bool> blocked_may_attach{false};
  std::atomic<bool> blocked_attached{false};
  std::thread spinner([&] {
    ThreadState* ts = thread_state_create();
    ready.fetch_add(1);
    while (!stop.load()) {
      spins.fetch_add(1, std::memory_order_relaxed);
      check_breaker(ts);  // the safe point
    }
    thread_state_destroy(ts);
  });
  std::thread blocked([&] {
    ThreadState* ts = thread_state_create();
    blocked_ts = ts;
    {
      DetachScope syscall;
      ready.fetch_add(1);
      while (!blocked_may_attach.load()) std::this_thread::yield();
    }
    blocked_attached = true;  // only once the world runs again
    thread_state_destroy(ts);
  });
  {
    DetachScope waiting;
    while (ready.load() != 2) std::this_thread::yield();
  }
  uint64_t pauses = stop_the_world_count();
  {
    StopTheWorld stw;
    EXPECT_EQ(blocked_ts->status.load(), ThreadStatus::Suspended);
    blocked_may_attach = true;  // it tries to attach now, and must wait
    int64_t s1 = spins.load();
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    EXPECT_EQ(spins.load(), s1);  // no progress past a safe point while stopped
    EXPECT_FALSE(blocked_attached.load());
  }
  EXPECT_EQ(stop_the_world_count(), pauses + 1);
  stop = true;
  DetachScope waiting;
  spinner.join();
  blocked.join();
  EXPECT_TRUE(blocked_attached.load());
  EXPECT_GT(spins.load(), 0);
}

TEST(EvalBreaker, MemoryBitsAreServedAndCleared) {
  ensure_runtime();
  run_threads(1, [](int, ThreadState* ts) {
    eval_breaker_set(ts, kBreakerQsbr | kBreakerBrcMerge);
    vm::handle_eval_breaker(ts);
    EXPECT_EQ(ts->eval_breaker.load(), 0u);
  });
}

}  // namespace
}  // namespace ftpy
