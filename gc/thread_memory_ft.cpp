// thread_memory_ft.cpp — the registry of threads known to the memory
// subsystem (free-threaded build): owner ids, libcds attachment, and the
// lookup by owner id that biased counting needs (gc/thread_memory.h).
//
// Two views of one set, both changed only under g_registry_mu:
//  * g_registry, a vector: for the rare walks over every thread (QSBR poll,
//    reconcile, requests to all), done under the same mutex;
//  * g_by_tid, a libcds FeldmanHashMap (a lock-free hash trie): looked up
//    by a thread that must queue an object to its owner (gc/brc_ft.cpp),
//    which happens on the decref slow path from any thread at any rate, so
//    the lookup must not take a lock every thread contends on.
// libcds needs cds::Initialize() and one SMR singleton (we use Dynamic
// Hazard Pointers, which allow any number of threads) before use, and every
// thread using a container attached to it: done here, once per thread, in
// thread_memory_register, detached in thread_memory_unregister.
//
// Owner ids come from a counter and are never reused, so an object whose
// owner exited can never be mistaken for another thread's.
#include <cds/container/feldman_hashmap_dhp.h>
#include <cds/gc/dhp.h>
#include <cds/init.h>

#include <mutex>

#include "gc/brc.h"
#include "gc/deferred_rc.h"
#include "gc/delayed_free.h"
#include "gc/qsbr.h"
#include "gc/refcount.h"
#include "gc/gc_counts.h"
#include "gc/gc_list.h"
#include "gc/thread_memory.h"

namespace ftpy::gc {

thread_local constinit uintptr_t t_thread_id = kNoThread;

namespace {

thread_local ThreadMemory* t_memory = nullptr;

using TidMap = cds::container::FeldmanHashMap<cds::gc::DHP, uint64_t, ThreadMemory*>;

std::mutex g_registry_mu;                   // guards g_registry and writes to g_by_tid
std::vector<ThreadMemory*>* g_registry = nullptr;
TidMap* g_by_tid = nullptr;                 // created once, never destroyed
uint64_t g_next_tid = 1;                    // guarded by g_registry_mu

void init_libcds_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    cds::Initialize();
    new cds::gc::DHP();  // the process-wide SMR singleton; lives until exit
    g_by_tid = new TidMap();
    g_registry = new std::vector<ThreadMemory*>();
  });
}

}  // namespace

ThreadMemory* thread_memory_register(std::atomic<uint32_t>* eval_breaker) {
  init_libcds_once();
  cds::gc::dhp::smr::attach_thread();
  auto* m = new ThreadMemory();
  m->eval_breaker = eval_breaker;
  brc_init_queue(m);
  // Before the record is in the registry: the deferred-count reconciler
  // reads m->deferred of every registered record.
  deferred_thread_init(m);
  {
    std::lock_guard<std::mutex> lock(g_registry_mu);
    m->tid = g_next_tid++;
    g_registry->push_back(m);
    g_by_tid->insert(m->tid, m);
    g_registered_threads.fetch_add(1, std::memory_order_release);
  }
  t_thread_id = m->tid;
  t_memory = m;
  gc_list_thread_init();
  // QSBR: offline until the thread's first attach (attach_ft.cpp).
  return m;
}

void thread_memory_unregister(ThreadMemory* m) {
  // Objects others handed to us, and our share of the deferred counts, go
  // back to their objects while we can still run their deallocators.
  brc_thread_exit(m);
  deferred_thread_exit(m);
  if (registered_thread_count() <= 1) delayed_decrefs_process(m);  // alone: all due now
  // release: pairs with the acquire in brc_ft.cpp's orphan merge.
  g_thread_exits.fetch_add(1, std::memory_order_release);
  {
    std::lock_guard<std::mutex> lock(g_registry_mu);
    g_by_tid->erase(m->tid);
    std::erase(*g_registry, m);
    // release: a thread that then sees the smaller count also sees every
    // write this thread made (delayed_free's single-thread fast path).
    g_registered_threads.fetch_sub(1, std::memory_order_release);
  }
  gc_list_thread_exit();
  thread_counts_exit();
  qsbr_offline(m);
  // Pending frees, and this record itself (a pusher may have looked it up
  // a moment ago), are left to the threads that remain.
  delayed_thread_exit(m, [](void* p) {
    auto* dead = static_cast<ThreadMemory*>(p);
    brc_free_queue(dead);
    delete dead;
  });
  t_memory = nullptr;
  t_thread_id = kNoThread;
  cds::gc::dhp::smr::detach_thread();
}

ThreadMemory* current_thread_memory() { return t_memory; }


ThreadMemory* find_thread_memory(uintptr_t tid) {
  if (!g_by_tid) return nullptr;
  TidMap::guarded_ptr gp = g_by_tid->get(tid);
  // The record outlives the guard: it is freed through QSBR, and the caller
  // is attached and has not passed a quiescent state.
  return gp ? gp->second : nullptr;
}

void lock_thread_registry() {
  init_libcds_once();
  g_registry_mu.lock();
}
void unlock_thread_registry() { g_registry_mu.unlock(); }
const std::vector<ThreadMemory*>& thread_registry_locked() { return *g_registry; }

void serve_memory_requests(ThreadMemory* m) {
  uint32_t bits = m->eval_breaker->load(std::memory_order_acquire);
  if (bits & kRequestBrcMerge) {
    m->eval_breaker->fetch_and(~uint32_t{kRequestBrcMerge}, std::memory_order_relaxed);
    brc_merge_queue(m);
  }
  if (bits & kRequestQsbr) {
    m->eval_breaker->fetch_and(~uint32_t{kRequestQsbr}, std::memory_order_relaxed);
    qsbr_quiescent(m);
    delayed_process(m);
    delayed_decrefs_process(m);  // a safe point: deallocators may run
  }
}

}  // namespace ftpy::gc
