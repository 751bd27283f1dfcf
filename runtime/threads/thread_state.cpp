// thread_state.cpp — creation, lookup and destruction of per-thread states.
//
// Each OS thread that runs ftpy code owns one ThreadState, reachable through
// a thread_local pointer (one TLS load; the eval loop caches it in a local).
// A process-wide registry lists every live state so that stop-the-world,
// QSBR and the GIL (threads issue) can find them; it is guarded by a mutex
// and touched only at thread start and exit.
//
// The recursion limit is process-wide (sys.setrecursionlimit), a relaxed
// atomic: a new limit only needs to be seen eventually by other threads.
//
// C++ stack guard: thread_state_create records how low this thread's stack
// may go (pthread_getattr_np) minus a margin, so the eval loop raises
// RecursionError instead of overflowing the C++ stack when the recursion
// limit is set higher than the stack allows.
#include "runtime/threads/thread_state.h"

#include <pthread.h>

#include <atomic>
#include <mutex>
#include <vector>

#include "runtime/threads/attach.h"
#include "runtime/threads/thread_mode.h"
#include "runtime/vm/frame.h"

namespace ftpy {

namespace {

thread_local ThreadState* tls_state = nullptr;

// Registry of live thread states; guarded by registry_mutex, which is
// never destroyed (a stop-the-world at exit keeps it locked for good).
std::mutex& registry_mutex = *new std::mutex();
std::vector<ThreadState*>* registry = nullptr;
uint64_t next_id = 1;  // guarded by registry_mutex
// registry->size(), readable without the lock (an attached thread must not
// wait for registry_mutex: a stop-the-world may hold it).
std::atomic<size_t> g_state_count{0};

std::atomic<int> g_recursion_limit{1000};

std::atomic<ThreadState*> g_main_state{nullptr};

// Margin kept free below the guard for native code (dict lookups, repr,
// printing a traceback) that runs after the last Python frame starts.
constexpr uintptr_t kStackMargin = 256 * 1024;

uintptr_t compute_stack_limit() {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
  void* addr = nullptr;
  size_t size = 0;
  uintptr_t limit = 0;
  if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr && size > 2 * kStackMargin) {
    limit = reinterpret_cast<uintptr_t>(addr) + kStackMargin;
  }
  pthread_attr_destroy(&attr);
  return limit;
}

}  // namespace

ThreadState* current_thread_state() { return tls_state; }

ThreadState* thread_state_create() {
  if (tls_state) return tls_state;
  auto* ts = new ThreadState();
  ts->status.store(ThreadStatus::Detached, std::memory_order_release);
  ts->c_stack_limit = compute_stack_limit();
  // Before anything can be counted: the owner id objects will carry.
  ts->memory = gc::thread_memory_register(&ts->eval_breaker);
  {
    std::lock_guard<std::mutex> lock(registry_mutex);
    if (!registry) registry = new std::vector<ThreadState*>();
    ts->id = next_id++;
    registry->push_back(ts);
    g_state_count.fetch_add(1, std::memory_order_relaxed);
    // A second thread not started by spawn_thread (which already did this
    // before creating it): from here on threads may race (thread_mode.h).
    if (registry->size() > 1) g_multithreaded.store(true, std::memory_order_relaxed);
  }
  tls_state = ts;
  ThreadState* expected = nullptr;
  g_main_state.compare_exchange_strong(expected, ts, std::memory_order_acq_rel);
  attach();
  return ts;
}

void thread_state_destroy(ThreadState* ts) {
  if (!ts) return;
  // Still attached: dropping references may run deallocators.
  ts->handled_exception.reset();
  // Merge queues and deferred counts go back to their objects; pending
  // frees pass to the remaining threads. Merging may free objects whose
  // __del__ runs Python frames on this thread's data stack, so the stack is
  // released only afterwards (else the chunk those frames took leaks).
  gc::thread_memory_unregister(ts->memory);
  ts->memory = nullptr;
  vm::datastack_release(ts);
  if (tls_state == ts) detach();
  {
    std::lock_guard<std::mutex> lock(registry_mutex);
    if (registry) {
      if (std::erase(*registry, ts)) g_state_count.fetch_sub(1, std::memory_order_relaxed);
    }
  }
  ThreadState* self = ts;
  g_main_state.compare_exchange_strong(self, nullptr, std::memory_order_acq_rel);
  if (tls_state == ts) tls_state = nullptr;
  delete ts;
}

void thread_registry_lock() { registry_mutex.lock(); }
void thread_registry_unlock() { registry_mutex.unlock(); }
const std::vector<ThreadState*>& thread_registry_locked() {
  static const std::vector<ThreadState*> kNone;
  return registry ? *registry : kNone;
}

ThreadState* main_thread_state() { return g_main_state.load(std::memory_order_acquire); }

size_t thread_state_count() { return g_state_count.load(std::memory_order_relaxed); }

int recursion_limit() { return g_recursion_limit.load(std::memory_order_relaxed); }

void set_recursion_limit(int limit) { g_recursion_limit.store(limit, std::memory_order_relaxed); }

}  // namespace ftpy
