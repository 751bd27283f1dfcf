// brc_ft.cpp — the slow paths of biased reference counting: a non-owner's
// decrement, the owner's local count reaching zero, the merge queues
// (gc/brc.h, protocol in gc/refcount.h).
//
// Who may run concurrently: any thread may run decref_shared on any object;
// only the owner runs merge_zero_local and brc_merge_queue on its objects.
// Every transition of ob_ref_shared is one compare-and-swap (acq_rel), so
// the thread whose CAS leaves "merged, count 0" is the only one that frees.
//
// Why a libcds queue: pushes come from any thread on the decref slow path
// and must never block; the owner is the only consumer. A mutex per queue
// would make every cross-thread release of a burst of objects contend.
#include <cds/container/msqueue.h>
#include <cds/gc/dhp.h>

#include <thread>

#include "gc/brc.h"
#include "gc/deferred_rc.h"
#include "gc/refcount.h"
#include "objects/object.h"

namespace ftpy::gc {

struct BrcQueue {
  cds::container::MSQueue<cds::gc::DHP, Object*> q;
};

namespace {

std::atomic<uint64_t> g_queued{0}, g_merged_owner{0}, g_merged_orphans{0};

}  // namespace

// Bumped (release) by every exiting thread after its last access to any
// object, before it leaves the registry; read (acquire) by a thread that
// merges an orphan, so that the dead owner's plain accesses happen-before
// the merge (and a free that may follow). The registry lookup that found
// the owner gone already orders them, but inside uninstrumented libcds.
std::atomic<uint64_t> g_thread_exits{0};

namespace {

// Folds the local count (`local`, read by a thread entitled to) into the
// shared count, minus `drop` references, and leaves the object merged.
// Frees it when nothing is left. ob_tid and ob_ref_local are cleared after
// the compare-and-swap: a pusher that still sees the owner's id queues to
// it, one that sees 0 knows the merge is done (merge_zero_local's rule).
void merge_into_shared(Object* o, uint32_t local, intptr_t drop) {
  intptr_t s = o->ob_ref_shared.load(std::memory_order_relaxed);
  intptr_t merged;
  do {
    intptr_t count = shared_count(s) + static_cast<intptr_t>(local) - drop;
    merged = count * kSharedUnit | kStateMerged;
  } while (!o->ob_ref_shared.compare_exchange_weak(s, merged, std::memory_order_acq_rel));
  o->ob_ref_local.store(0, std::memory_order_relaxed);
  o->ob_tid.store(0, std::memory_order_relaxed);
  if (merged == kStateMerged) dealloc_object(o);
}

// An object whose state we just set to queued: hand it to its owner, or
// merge it here when the owner is gone (or already gave it up).
void queue_to_owner(Object* o) {
  uintptr_t tid = o->ob_tid.load(std::memory_order_relaxed);
  ThreadMemory* owner = tid ? find_thread_memory(tid) : nullptr;
  if (owner) {
    // seq_cst pair with brc_thread_exit: either we see accepting == false,
    // or the owner sees us in brc_pushers and waits until we pushed.
    owner->brc_pushers.fetch_add(1, std::memory_order_seq_cst);
    bool pushed = false;
    if (owner->brc_accepting.load(std::memory_order_seq_cst)) {
      owner->brc_queue->q.enqueue(o);
      // release: the owner's acquire load of its breaker sees the push.
      owner->eval_breaker->fetch_or(kRequestBrcMerge, std::memory_order_release);
      pushed = true;
    }
    owner->brc_pushers.fetch_sub(1, std::memory_order_release);
    if (pushed) {
      g_queued.fetch_add(1, std::memory_order_relaxed);
      return;
    }
  }
  // The owner exited (ids are never reused, so nobody writes its local
  // count any more) or already merged the object (local count 0).
  g_thread_exits.load(std::memory_order_acquire);
  g_merged_orphans.fetch_add(1, std::memory_order_relaxed);
  merge_into_shared(o, o->ob_ref_local.load(std::memory_order_relaxed), 1);
}

}  // namespace

void decref_shared(Object* o) {
  intptr_t s = o->ob_ref_shared.load(std::memory_order_relaxed);
  intptr_t next;
  bool queue;
  do {
    intptr_t state = s & kStateMask;
    bool owned = state == kStateDefault || state == kStateMaybeShared;
#if FTPY_STRESS_BRC_QUEUE
    queue = owned;  // every first non-owner decrement queues
#else
    queue = owned && shared_count(s) == 0;  // would go negative
#endif
    // Queueing does not subtract: the reference moves to the queue.
    next = queue ? ((s & ~kStateMask) | kStateQueued) : s - kSharedUnit;
  } while (!o->ob_ref_shared.compare_exchange_weak(s, next, std::memory_order_acq_rel));
  if (queue) {
    queue_to_owner(o);
  } else if (next == kStateMerged) {
    dealloc_object(o);
  }
}

void merge_zero_local(Object* o) {
  // The owner dropped its last local reference.
  intptr_t s = o->ob_ref_shared.load(std::memory_order_acquire);
  if (s == kStateDefault) {
    // Nobody else counts it, and no lock-free reader may add a reference
    // from this state (try_incref): free it without a compare-and-swap.
    // acquire above: pairs with the release of the last non-owner decrement.
    dealloc_object(o);
    return;
  }
  // Others count it: give it up (merged, owned by nobody). ob_tid is
  // cleared only after the compare-and-swap: a non-owner that queued the
  // object meanwhile and then reads ob_tid == 0 merges it itself, which is
  // right only once this merge is done (else both would free it).
  intptr_t merged;
  do {
    merged = (s & ~kStateMask) | kStateMerged;
  } while (!o->ob_ref_shared.compare_exchange_weak(s, merged, std::memory_order_acq_rel));
  o->ob_tid.store(0, std::memory_order_relaxed);
  // Queued implies a count >= 1 here (the queue's reference), so an object
  // still in our queue is never freed by this path.
  if (merged == kStateMerged) dealloc_object(o);
}

void brc_init_queue(ThreadMemory* m) { m->brc_queue = new BrcQueue(); }

void brc_free_queue(ThreadMemory* m) {
  delete m->brc_queue;
  m->brc_queue = nullptr;
}

void brc_merge_queue(ThreadMemory* m) {
  Object* o = nullptr;
  while (m->brc_queue->q.dequeue(o)) {
    g_merged_owner.fetch_add(1, std::memory_order_relaxed);
    // We are the owner (or were: then local is already 0).
    merge_into_shared(o, o->ob_ref_local.load(std::memory_order_relaxed), 1);
  }
}

void brc_thread_exit(ThreadMemory* m) {
  // From here on this thread counts its own objects through the shared
  // path like any other thread: a pusher that finds us no longer accepting
  // merges the object itself, reading ob_ref_local, which nobody may write
  // any more.
  t_thread_id = kNoThread;
  m->brc_accepting.store(false, std::memory_order_seq_cst);
  while (m->brc_pushers.load(std::memory_order_acquire) != 0) std::this_thread::yield();
  brc_merge_queue(m);
}

BrcStats brc_stats() {
  return {g_queued.load(std::memory_order_relaxed), g_merged_owner.load(std::memory_order_relaxed),
          g_merged_orphans.load(std::memory_order_relaxed)};
}

}  // namespace ftpy::gc

namespace ftpy {

intptr_t refcount_of(const ObjectHeader* o) {
  if (o->ob_flags & kImmortal) return INT32_MAX;
  intptr_t s = o->ob_ref_shared.load(std::memory_order_relaxed);
  intptr_t count = gc::shared_count(s);
  if (o->ob_flags & kDeferred) return count + gc::deferred_local_count(o);
#if FTPY_RC_BIASED
  count += o->ob_ref_local.load(std::memory_order_relaxed);
  if ((s & gc::kStateMask) == gc::kStateQueued) count -= 1;
#else
  count += 1;
#endif
  return count;
}

}  // namespace ftpy
