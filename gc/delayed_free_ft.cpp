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
#include "objects/object.h"

namespace ftpy {

namespace {

constexpr size_t kBatchItems = 1024;

std::mutex g_orphans_mu;
std::vector<gc::DelayedBatch>* g_orphans = nullptr;  // guarded by g_orphans_mu
// Delayed decrefs of exited threads, released by others at safe points.
std::vector<gc::DelayedBatch>* g_orphan_decrefs = nullptr;  // guarded by g_orphans_mu
std::atomic<bool> g_have_orphan_decrefs{false};             // hint
constexpr size_t kDecrefBatchItems = 64;

void run_decref(void* p) { decref(static_cast<Object*>(p)); }

void seal_decrefs(gc::ThreadMemory* m) {
  if (m->decref_current.empty()) return;
  gc::DelayedBatch b;
  b.items.swap(m->decref_current);
  b.goal = gc::qsbr_advance();  // also asks this thread to report, then process
  m->decref_pending.push_back(std::move(b));
}
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

void decref_delayed(Object* o) {
  if (!o) return;
  gc::ThreadMemory* m = gc::current_thread_memory();
  if (!m || gc::registered_thread_count() <= 1 ||
      (m->qsbr_seq.load(std::memory_order_relaxed) != 0 && gc::qsbr_only_self_online_hint() &&
       gc::qsbr_only_self_online())) {
    decref(o);
    return;
  }
  if (m->decref_current.empty()) {
    // Make sure the next eval-breaker check seals and serves this batch.
    m->eval_breaker->fetch_or(gc::kRequestQsbr, std::memory_order_relaxed);
  }
  m->decref_current.push_back({o, &run_decref});
  if (m->decref_current.size() >= kDecrefBatchItems) seal_decrefs(m);
}

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

void delayed_decrefs_process(ThreadMemory* m) {
  if (registered_thread_count() <= 1) {
    // Alone: nobody else can hold a borrowed pointer.
    std::vector<DelayedItem> items;
    items.swap(m->decref_current);
    for (DelayedBatch& b : m->decref_pending)
      items.insert(items.end(), b.items.begin(), b.items.end());
    m->decref_pending.clear();
    free_items(items);
    return;
  }
  seal_decrefs(m);
  std::vector<DelayedBatch> ready;
  size_t n = 0;
  while (n < m->decref_pending.size() && qsbr_poll(m->decref_pending[n].goal)) ++n;
  for (size_t i = 0; i < n; ++i) ready.push_back(std::move(m->decref_pending[i]));
  m->decref_pending.erase(m->decref_pending.begin(), m->decref_pending.begin() + n);
  if (g_have_orphan_decrefs.load(std::memory_order_relaxed)) {
    std::unique_lock<std::mutex> lock(g_orphans_mu, std::try_to_lock);
    if (lock.owns_lock() && g_orphan_decrefs) {
      auto& o = *g_orphan_decrefs;
      for (size_t i = 0; i < o.size();) {
        if (qsbr_poll(o[i].goal)) {
          ready.push_back(std::move(o[i]));
          o[i] = std::move(o.back());
          o.pop_back();
        } else {
          ++i;
        }
      }
      g_have_orphan_decrefs.store(!o.empty(), std::memory_order_relaxed);
    }
  }
  // Deallocators may run from here: no lock is held.
  for (DelayedBatch& b : ready) free_items(b.items);
  if (!m->decref_pending.empty() || !m->decref_current.empty())
    m->eval_breaker->fetch_or(kRequestQsbr, std::memory_order_relaxed);  // come back
}

void delayed_thread_exit(ThreadMemory* m, void (*self_free)(void*)) {
  if (!m->decref_current.empty() || !m->decref_pending.empty()) {
    seal_decrefs(m);
    std::lock_guard<std::mutex> lock(g_orphans_mu);
    if (!g_orphan_decrefs) g_orphan_decrefs = new std::vector<DelayedBatch>();
    for (DelayedBatch& b : m->decref_pending) g_orphan_decrefs->push_back(std::move(b));
    m->decref_pending.clear();
    g_have_orphan_decrefs.store(true, std::memory_order_relaxed);
  }
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
    if (g_orphan_decrefs) all.swap(*g_orphan_decrefs);
    g_have_orphan_decrefs.store(false, std::memory_order_relaxed);
  }
  if (ThreadMemory* m = current_thread_memory()) {
    seal_decrefs(m);
    for (DelayedBatch& b : m->decref_pending) all.push_back(std::move(b));
    m->decref_pending.clear();
  }
  for (DelayedBatch& b : all) free_items(b.items);  // decrefs first: they may free more
  all.clear();
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
