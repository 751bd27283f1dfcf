// delayed_free_ft.cpp — QSBR-delayed freeing and decrefs (gc/delayed_free.h),
// the free-threaded build.
//
// Both kinds of delayed work use one mechanism, a DelayedLane per thread
// (gc/thread_memory.h): items collect in the open batch; a full batch is
// sealed with a fresh QSBR goal; sealed batches whose goal every online
// thread reached are run, oldest first. Only the owner touches its lanes.
// Frees run wherever a batch fills (they only release memory); decrefs run
// only from the eval-breaker handler, a safe point, because a deallocator
// may run arbitrary code. Batches of exited threads become orphans (one
// list per kind, guarded by g_orphans_mu), run by whichever thread next
// processes that kind of work.
#include <mutex>

#include "gc/alloc.h"
#include "gc/delayed_free.h"
#include "gc/qsbr.h"
#include "objects/object.h"

namespace ftpy {

namespace {

constexpr size_t kFreeBatchItems = 1024;
constexpr size_t kDecrefBatchItems = 64;

struct Orphans {
  std::vector<gc::DelayedBatch> batches;  // guarded by g_orphans_mu
  std::atomic<bool> any{false};           // hint, read without the lock
};
std::mutex g_orphans_mu;
// Never destroyed: a daemon thread may still exit (and orphan its lanes)
// while static destructors run.
Orphans& g_orphan_frees = *new Orphans;
Orphans& g_orphan_decrefs = *new Orphans;

void free_raw(void* p) { free_object(p); }
void run_decref(void* p) { decref(static_cast<Object*>(p)); }

// Whether nothing the caller unlinked can still be read by another thread:
// it is not a registered thread (it may not touch shared objects), or it is
// alone, or it is the only online one (fenced check, gc/qsbr.h).
bool nobody_else_can_read(gc::ThreadMemory* m) {
  return !m || gc::registered_thread_count() <= 1 ||
         (m->qsbr_seq.load(std::memory_order_relaxed) != 0 &&
          gc::qsbr_only_self_online_hint() && gc::qsbr_only_self_online());
}

void run_items(std::vector<gc::DelayedItem>& items) {
  // The items may free or release more (records with members, objects that
  // own objects): swap out first so re-entry appends to a fresh vector.
  std::vector<gc::DelayedItem> batch;
  batch.swap(items);
  for (const gc::DelayedItem& it : batch) it.fn(it.ptr);
}

void run_batches(std::vector<gc::DelayedBatch>& ready) {
  for (gc::DelayedBatch& b : ready) run_items(b.items);
}

void seal(gc::DelayedLane& lane) {
  if (lane.current.empty()) return;
  gc::DelayedBatch b;
  b.items.swap(lane.current);
  b.goal = gc::qsbr_advance();  // also asks every thread, this one too, to report
  lane.pending.push_back(std::move(b));
}

// Moves the lane's due batches (a prefix: goals only grow) into `ready`.
void take_due(gc::DelayedLane& lane, std::vector<gc::DelayedBatch>& ready) {
  size_t n = 0;
  while (n < lane.pending.size() && gc::qsbr_poll(lane.pending[n].goal)) ++n;
  for (size_t i = 0; i < n; ++i) ready.push_back(std::move(lane.pending[i]));
  lane.pending.erase(lane.pending.begin(), lane.pending.begin() + static_cast<ptrdiff_t>(n));
}

// Moves everything of the lane into `ready` (no other thread can read).
void take_all(gc::DelayedLane& lane, std::vector<gc::DelayedBatch>& ready) {
  if (!lane.current.empty()) {
    gc::DelayedBatch b{0, {}};  // no goal needed
    b.items.swap(lane.current);
    lane.pending.push_back(std::move(b));
  }
  for (gc::DelayedBatch& b : lane.pending) ready.push_back(std::move(b));
  lane.pending.clear();
}

// Moves the due orphan batches into `ready` (skips if another thread is at it).
void take_due(Orphans& orphans, std::vector<gc::DelayedBatch>& ready) {
  if (!orphans.any.load(std::memory_order_relaxed)) return;
  std::unique_lock<std::mutex> lock(g_orphans_mu, std::try_to_lock);
  if (!lock.owns_lock()) return;
  auto& o = orphans.batches;
  for (size_t i = 0; i < o.size();) {
    if (gc::qsbr_poll(o[i].goal)) {
      ready.push_back(std::move(o[i]));
      o[i] = std::move(o.back());
      o.pop_back();
    } else {
      ++i;
    }
  }
  orphans.any.store(!o.empty(), std::memory_order_relaxed);
}

// Moves every orphan batch into `ready` (the caller is the only thread).
void take_all(Orphans& orphans, std::vector<gc::DelayedBatch>& ready) {
  if (!orphans.any.load(std::memory_order_relaxed)) return;
  std::lock_guard<std::mutex> lock(g_orphans_mu);
  for (gc::DelayedBatch& b : orphans.batches) ready.push_back(std::move(b));
  orphans.batches.clear();
  orphans.any.store(false, std::memory_order_relaxed);
}

// Runs what is due in the lane and among the orphans of its kind.
void process(gc::DelayedLane& lane, Orphans& orphans) {
  std::vector<gc::DelayedBatch> ready;
  if (gc::registered_thread_count() <= 1) {
    // Every other thread is gone: nothing can still be reading.
    take_all(lane, ready);
    take_all(orphans, ready);
  } else {
    take_due(lane, ready);
    take_due(orphans, ready);
  }
  run_batches(ready);  // no lock is held from here
}

// An exiting thread's lane becomes orphans.
void orphan(gc::DelayedLane& lane, Orphans& orphans) {
  seal(lane);
  if (lane.pending.empty()) return;
  std::lock_guard<std::mutex> lock(g_orphans_mu);
  for (gc::DelayedBatch& b : lane.pending) orphans.batches.push_back(std::move(b));
  lane.pending.clear();
  orphans.any.store(true, std::memory_order_relaxed);
}

}  // namespace

void free_delayed_fn(void* p, void (*fn)(void*)) {
  if (!p) return;
  gc::ThreadMemory* m = gc::current_thread_memory();
  if (nobody_else_can_read(m)) {
    fn(p);
    return;
  }
  m->delayed_frees.current.push_back({p, fn});
  if (m->delayed_frees.current.size() >= kFreeBatchItems) {
    seal(m->delayed_frees);
    process(m->delayed_frees, g_orphan_frees);
  }
}

void free_delayed_slow(void* p) { free_delayed_fn(p, &free_raw); }

void decref_delayed(Object* o) {
  if (!o) return;
  gc::ThreadMemory* m = gc::current_thread_memory();
  if (nobody_else_can_read(m)) {
    decref(o);
    return;
  }
  if (m->delayed_decrefs.current.empty()) {
    // Make sure the next eval-breaker check seals and serves this batch.
    m->eval_breaker->fetch_or(gc::kRequestQsbr, std::memory_order_relaxed);
  }
  m->delayed_decrefs.current.push_back({o, &run_decref});
  if (m->delayed_decrefs.current.size() >= kDecrefBatchItems) seal(m->delayed_decrefs);
}

namespace gc {

void delayed_process(ThreadMemory* m) { process(m->delayed_frees, g_orphan_frees); }

void delayed_decrefs_process(ThreadMemory* m) {
  if (registered_thread_count() > 1) seal(m->delayed_decrefs);  // alone, process takes all
  process(m->delayed_decrefs, g_orphan_decrefs);
  if (!m->delayed_decrefs.pending.empty() || !m->delayed_decrefs.current.empty())
    m->eval_breaker->fetch_or(kRequestQsbr, std::memory_order_relaxed);  // come back
}

void delayed_thread_exit(ThreadMemory* m, void (*self_free)(void*)) {
  orphan(m->delayed_decrefs, g_orphan_decrefs);
  // This record itself goes last: a pusher may have looked it up a moment ago.
  m->delayed_frees.current.push_back({m, self_free});
  orphan(m->delayed_frees, g_orphan_frees);
}

}  // namespace gc

}  // namespace ftpy
