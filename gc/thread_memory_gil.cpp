// thread_memory_gil.cpp — gc/thread_memory.h in the GIL build: the GIL
// serialises every count, so a thread's record holds only its eval breaker;
// there are no merge queues, no QSBR and no deferred tables.
#include <mutex>

#include "gc/gc_counts.h"
#include "gc/gc_list.h"
#include "gc/thread_memory.h"

namespace ftpy::gc {

namespace {
thread_local ThreadMemory* t_memory = nullptr;
std::mutex g_registry_mu;  // guards g_registry
std::vector<ThreadMemory*> g_registry;
uintptr_t g_next_tid = 1;  // guarded by g_registry_mu
}  // namespace

ThreadMemory* thread_memory_register(std::atomic<uint32_t>* eval_breaker) {
  auto* m = new ThreadMemory();
  m->eval_breaker = eval_breaker;
  std::lock_guard<std::mutex> lock(g_registry_mu);
  m->tid = g_next_tid++;
  g_registry.push_back(m);
  g_registered_threads.fetch_add(1, std::memory_order_release);
  t_memory = m;
  gc_list_thread_init();
  return m;
}

void thread_memory_unregister(ThreadMemory* m) {
  gc_list_thread_exit();
  thread_counts_exit();
  {
    std::lock_guard<std::mutex> lock(g_registry_mu);
    std::erase(g_registry, m);
    g_registered_threads.fetch_sub(1, std::memory_order_release);
  }
  if (t_memory == m) t_memory = nullptr;
  delete m;
}

ThreadMemory* current_thread_memory() { return t_memory; }
void serve_memory_requests(ThreadMemory* m) {
  // Nothing raises these under a GIL; a stray bit is just acknowledged.
  m->eval_breaker->fetch_and(~uint32_t{kRequestBrcMerge | kRequestQsbr}, std::memory_order_relaxed);
}
void brc_merge_queue(ThreadMemory*) {}
void lock_thread_registry() { g_registry_mu.lock(); }
void unlock_thread_registry() { g_registry_mu.unlock(); }
const std::vector<ThreadMemory*>& thread_registry_locked() { return g_registry; }

}  // namespace ftpy::gc
