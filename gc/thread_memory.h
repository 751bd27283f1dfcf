// thread_memory.h — what the memory subsystem keeps per registered thread
// (free-threaded build): the owner id, the biased-count merge queue, the
// QSBR sequence, the delayed-free batches and the deferred-count table.
//
// Lifecycle: thread_memory_register() runs in thread_state_create (before
// the thread touches any object) and thread_memory_unregister() in
// thread_state_destroy (after it dropped its last reference). A record is
// freed through QSBR after unregistering, so a thread that looked it up in
// the registry (gc/brc.cpp) may still use it until its next quiescent state.
//
// Field ownership is given on each field. In the GIL build the record exists
// but only `eval_breaker` is used (no queues, no QSBR: the GIL serialises).
#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

namespace ftpy::gc {

// Eval-breaker bits the memory subsystem raises (runtime/threads/eval_breaker.h
// gives them their names there).
enum MemoryRequest : uint32_t {
  kRequestBrcMerge = 1u << 3,  // objects wait in this thread's merge queue
  kRequestQsbr = 1u << 4,      // a delayed free waits for this thread's quiescent report
  kRequestReconcile = 1u << 6, // deferred counts should be reconciled (gc/deferred_rc.h)
  kRequestGc = 1u << 7,        // enough new objects: run the cycle collector (gc/collector.h)
};

struct DeferredCounts;

struct DelayedItem {
  void* ptr;
  void (*fn)(void*);  // how to free it
};
struct DelayedBatch {
  uint64_t goal;                   // QSBR sequence every thread must reach first
  std::vector<DelayedItem> items;
};
// One thread's items waiting for a QSBR goal: the open batch, then the
// sealed ones, oldest first (gc/delayed_free_ft.cpp). Owner only.
struct DelayedLane {
  std::vector<DelayedItem> current;
  std::vector<DelayedBatch> pending;
};

struct BrcQueue;  // libcds queue of Object* (gc/brc.cpp)

struct ThreadMemory {
  uintptr_t tid = 0;                           // immutable after register
  std::atomic<uint32_t>* eval_breaker = nullptr;  // the owner's ThreadState::eval_breaker

  // --- biased reference counting (gc/brc.cpp)
  BrcQueue* brc_queue = nullptr;               // pushed by anyone, popped by the owner
  // Cleared (seq_cst) by the owner when it exits; a pusher announces itself
  // in brc_pushers (seq_cst) before reading it, so the owner, which waits for
  // brc_pushers == 0 after clearing, drains every object pushed.
  std::atomic<bool> brc_accepting{true};
  std::atomic<int> brc_pushers{0};

  // --- QSBR (gc/qsbr.cpp): the last global sequence this thread observed
  // at a quiescent point; 0 while it is detached (offline). Written by the
  // owner (release), read by pollers (acquire).
  std::atomic<uint64_t> qsbr_seq{0};

  // --- delayed frees and delayed decrefs (gc/delayed_free_ft.cpp), owner
  // only. Decrefs are released only at safe points (they may run code).
  DelayedLane delayed_frees;
  DelayedLane delayed_decrefs;

  // --- deferred counts (gc/deferred_rc.cpp): the owner's thread_local
  // table (gc::t_deferred), read and zeroed by the reconciler only while the
  // world is stopped.
  DeferredCounts* deferred = nullptr;
};

// Registers the calling thread (assigns its owner id, attaches it to
// libcds); `eval_breaker` is the word to flag when it has work to do.
ThreadMemory* thread_memory_register(std::atomic<uint32_t>* eval_breaker);
// Drains the calling thread's queues and tables, unregisters it and
// retires its record.
void thread_memory_unregister(ThreadMemory* m);
// The calling thread's record (null if it never registered).
ThreadMemory* current_thread_memory();
// Number of registered threads (acquire: pairs with the release in
// unregister, so a thread that sees 1 sees every write of the others).
// Written only under the registry lock.
inline std::atomic<size_t> g_registered_threads{0};
inline size_t registered_thread_count() {
  return g_registered_threads.load(std::memory_order_acquire);
}
// Calls fn(record) for every registered thread, under the registry lock.
template <class F>
void for_each_thread_memory(F&& fn);

// Serves the memory bits of the eval breaker (merge queue, QSBR report):
// runs on the owner at an eval-breaker check.
void serve_memory_requests(ThreadMemory* m);
// Owner only: merges every object queued to this thread.
void brc_merge_queue(ThreadMemory* m);

// Implementation detail of for_each_thread_memory.
void lock_thread_registry();
void unlock_thread_registry();
const std::vector<ThreadMemory*>& thread_registry_locked();

template <class F>
void for_each_thread_memory(F&& fn) {
  lock_thread_registry();
  for (ThreadMemory* m : thread_registry_locked()) fn(m);
  unlock_thread_registry();
}

}  // namespace ftpy::gc
