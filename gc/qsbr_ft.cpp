// qsbr_ft.cpp — quiescent-state-based reclamation (gc/qsbr.h).
//
// g_write_seq only grows (by 1 per qsbr_advance). A thread's qsbr_seq is 0
// while offline, else the value of g_write_seq it last observed at a
// quiescent point. Any thread may advance and poll; only the owner writes
// its own qsbr_seq.
#include <atomic>

#include "gc/qsbr.h"

namespace ftpy::gc {

namespace {
std::atomic<uint64_t> g_write_seq{1};
// Threads online now (seq_cst: the Dekker pair in qsbr_only_self_online).
std::atomic<int> g_online{0};
}  // namespace

bool qsbr_only_self_online_hint() { return g_online.load(std::memory_order_relaxed) <= 1; }

bool qsbr_only_self_online() {
  // Pairs with qsbr_online's seq_cst increment and fence: either we see the
  // other thread online, or its later reads see what we unlinked before.
  std::atomic_thread_fence(std::memory_order_seq_cst);
  return g_online.load(std::memory_order_seq_cst) <= 1;
}

uint64_t qsbr_advance() {
  // seq_cst: ordered after the caller's unlink, before its later poll.
  uint64_t goal = g_write_seq.fetch_add(1, std::memory_order_seq_cst) + 1;
  // Every thread, the caller too: it reports at its own next safe point
  // (it may hold uncounted pointers right now), then frees what is due.
  for_each_thread_memory([&](ThreadMemory* m) {
    // release: pairs with the acquire load in serve_memory_requests.
    m->eval_breaker->fetch_or(kRequestQsbr, std::memory_order_release);
  });
  return goal;
}

bool qsbr_poll(uint64_t goal) {
  bool done = true;
  for_each_thread_memory([&](ThreadMemory* m) {
    uint64_t seq = m->qsbr_seq.load(std::memory_order_seq_cst);
    if (seq != 0 && seq < goal) done = false;
  });
  return done;
}

void qsbr_quiescent(ThreadMemory* m) {
  if (m->qsbr_seq.load(std::memory_order_relaxed) == 0) return;  // offline: nothing held
  // release: everything this thread read before is done with.
  m->qsbr_seq.store(g_write_seq.load(std::memory_order_acquire), std::memory_order_release);
}

void qsbr_offline(ThreadMemory* m) {
  if (m->qsbr_seq.load(std::memory_order_relaxed) == 0) return;
  m->qsbr_seq.store(0, std::memory_order_release);
  g_online.fetch_sub(1, std::memory_order_release);
}

void qsbr_online(ThreadMemory* m) {
  if (m->qsbr_seq.load(std::memory_order_relaxed) != 0) return;
  g_online.fetch_add(1, std::memory_order_seq_cst);
  m->qsbr_seq.store(g_write_seq.load(std::memory_order_seq_cst), std::memory_order_seq_cst);
  // The reads this thread makes from now on must not move above the store
  // (a poller that saw us offline may free what it unlinked before).
  std::atomic_thread_fence(std::memory_order_seq_cst);
}

}  // namespace ftpy::gc
