// delayed_free_ft.cpp — QSBR-delayed freeing (gc/delayed_free.h), the
// free-threaded build.
//
// Per thread: `delayed_current` collects pointers; when it holds
// kBatchItems it is sealed with a fresh QSBR goal into `delayed_pending`
// (oldest first) and the oldest batches whose goal is reached are freed.
// Only the owner touches its vectors. Batches of exited threads go to
// g_orphans (guarded by g_orphans_mu), freed by whichever thread next
// processes its own batches.
#include <algorithm>
#include <cstdlib>
#include <mutex>

#include "gc/alloc.h"
#include "gc/delayed_free.h"
#include "gc/qsbr.h"

namespace ftpy {

namespace {

constexpr size_t kBatchItems = 1024;

std::mutex g_orphans_mu;
std::vector<gc::DelayedBatch>* g_orphans = nullptr;  // guarded by g_orphans_mu
std::atomic<bool> g_have_orphans{false};             // hint, read without the lock

void free_raw(void* p) { free_object(p); }

void free_items(std::vector<gc::DelayedItem>& items) {
  // The frees may run destructors that free more (records with members):
  // swap out first so re-entry appends to a fresh vector.
  std::vector<gc::DelayedItem> batch;
  batch.swap(items);
  for (const gc::DelayedItem& it : batch) it.fn(it.ptr);
}

void adopt_orphans() {
  if (!g_have_orphans.load(std::memory_order_relaxed)) return;
  std::vector<gc::DelayedBatch> ready;
  {
    std::unique_lock<std::mutex> lock(g_orphans_mu, std::try_to_lock);
    if (!lock.owns_lock() || !g_orphans) return;
    auto& o = *g_orphans;
    for (size_t i = 0; i < o.size();) {
      if (gc::qsbr_poll(o[i].goal)) {
        ready.push_back(std::move(o[i]));
        o[i] = std::move(o.back());
        o.pop_back();
      } else {
        ++i;
      }
    }
    g_have_orphans.store(!o.empty(), std::memory_order_relaxed);
  }
  for (gc::DelayedBatch& b : ready) free_items(b.items);
}

}  // namespace

void free_delayed_fn(void* p, void (*fn)(void*)) {
  if (!p) return;
  gc::ThreadMemory* m = gc::current_thread_memory();
  // Alone (or not a registered thread, which may not touch shared objects):
  // no other thread can be reading.
  if (!m || gc::registered_thread_count() <= 1 ||
      (m->qsbr_seq.load(std::memory_order_relaxed) != 0 && gc::qsbr_only_self_online_hint() &&
       gc::qsbr_only_self_online())) {
    fn(p);
    return;
  }
  m->delayed_current.push_back({p, fn});
  if (m->delayed_current.size() >= kBatchItems) {
    gc::DelayedBatch b;
    b.items.swap(m->delayed_current);
    b.goal = gc::qsbr_advance();
    m->delayed_pending.push_back(std::move(b));
    gc::delayed_process(m);
  }
}

void free_delayed_slow(void* p) { free_delayed_fn(p, &free_raw); }

namespace gc {

void delayed_process(ThreadMemory* m) {
  if (registered_thread_count() <= 1) {
    // Every other thread is gone: nothing can still be reading.
    while (!m->delayed_pending.empty()) {
      DelayedBatch b = std::move(m->delayed_pending.front());
      m->delayed_pending.erase(m->delayed_pending.begin());
      free_items(b.items);
    }
    free_items(m->delayed_current);
  } else {
    size_t ready = 0;
    while (ready < m->delayed_pending.size() && qsbr_poll(m->delayed_pending[ready].goal)) ++ready;
    if (ready) {
      std::vector<DelayedBatch> done(std::make_move_iterator(m->delayed_pending.begin()),
                                     std::make_move_iterator(m->delayed_pending.begin() + ready));
      m->delayed_pending.erase(m->delayed_pending.begin(), m->delayed_pending.begin() + ready);
      for (DelayedBatch& b : done) free_items(b.items);
    }
  }
  adopt_orphans();
}

void delayed_thread_exit(ThreadMemory* m, void (*self_free)(void*)) {
  DelayedBatch last;
  last.items.swap(m->delayed_current);
  last.items.push_back({m, self_free});
  last.goal = qsbr_advance();
  std::lock_guard<std::mutex> lock(g_orphans_mu);
  if (!g_orphans) g_orphans = new std::vector<DelayedBatch>();
  for (DelayedBatch& b : m->delayed_pending) g_orphans->push_back(std::move(b));
  m->delayed_pending.clear();
  g_orphans->push_back(std::move(last));
  g_have_orphans.store(true, std::memory_order_relaxed);
}

void delayed_flush_all() {
  std::vector<DelayedBatch> all;
  {
    std::lock_guard<std::mutex> lock(g_orphans_mu);
    if (g_orphans) all.swap(*g_orphans);
    g_have_orphans.store(false, std::memory_order_relaxed);
  }
  if (ThreadMemory* m = current_thread_memory()) {
    for (DelayedBatch& b : m->delayed_pending) all.push_back(std::move(b));
    m->delayed_pending.clear();
    DelayedBatch cur;
    cur.items.swap(m->delayed_current);
    all.push_back(std::move(cur));
  }
  for (DelayedBatch& b : all) free_items(b.items);
}

size_t delayed_pending_count() {
  size_t n = 0;
  {
    std::lock_guard<std::mutex> lock(g_orphans_mu);
    if (g_orphans)
      for (const DelayedBatch& b : *g_orphans) n += b.items.size();
  }
  if (ThreadMemory* m = current_thread_memory()) {
    n += m->delayed_current.size();
    for (const DelayedBatch& b : m->delayed_pending) n += b.items.size();
  }
  return n;
}

}  // namespace gc

}  // namespace ftpy
