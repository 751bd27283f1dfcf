// gc_list_ft.cpp — gc/gc_list.h in the free-threaded build: one list per
// thread, each with its own lock.
//
// Lists come from a pool (g_pool_mu): a registering thread takes a free one
// or a new one, an exiting thread gives its list back with its objects
// still on it, and the next thread to register adopts them. Lists are never
// freed, so the list pointer in a link stays valid for the object's life.
// Link and unlink take the list's mutex without detaching (LockWait::
// kStayAttached): a thread is never stopped for stop-the-world in the
// middle of either, which is what lets the collector walk the lists with
// the world stopped and no lock held. While the process has one thread
// (runtime/threads/thread_mode.h) they take no lock at all: the thread that
// starts the second thread is not inside either.
#include <mutex>

#include "gc/gc_counts.h"
#include "gc/gc_list.h"
#include "runtime/threads/mutex.h"
#include "runtime/threads/thread_mode.h"

namespace ftpy::gc {

struct GcList {
  Mutex mu;
  GcLink head;  // sentinel of the circular list; guarded by mu
  constexpr GcList() : head{&head, &head, 0} {}
};

namespace {

thread_local constinit GcList* t_list = nullptr;

// For threads that are not registered (start-up, teardown). Constant-
// initialised, so objects made by other files' static initialisers find it.
constinit GcList g_unowned;

// The pool; never destroyed (daemon threads may still free objects during exit).
struct Pool {
  std::mutex mu;                  // guards the two below
  std::vector<GcList*> all;       // every per-thread list ever made
  std::vector<GcList*> free;
};
Pool& pool() {
  static Pool* p = new Pool();
  return *p;
}

}  // namespace

namespace {

void insert_after_head(GcList* l, GcLink* link) {
  link->next = l->head.next;
  link->prev = &l->head;
  l->head.next->prev = link;
  l->head.next = link;
}

void remove_from_list(GcLink* link) {
  link->prev->next = link->next;
  link->next->prev = link->prev;
  link->prev = link->next = nullptr;
}

// The locked forms, out of line so that the one-thread paths stay as short
// as the GIL build's.
FTPY_NOINLINE void insert_locked(GcList* l, GcLink* link) {
  l->mu.lock(LockWait::kStayAttached);
  insert_after_head(l, link);
  l->mu.unlock();
}

FTPY_NOINLINE void remove_locked(GcList* l, GcLink* link) {
  l->mu.lock(LockWait::kStayAttached);
  remove_from_list(link);
  l->mu.unlock();
}

}  // namespace

void gc_link(GcLink* link, bool has_dict_slot) {
  GcList* l = t_list ? t_list : &g_unowned;
  link->list_bits = reinterpret_cast<uintptr_t>(l) | (has_dict_slot ? kLinkHasDictSlot : 0);
  if (__builtin_expect(other_threads_may_run(), 0)) {
    insert_locked(l, link);
  } else {
    insert_after_head(l, link);
  }
  count_young(+1);
}

void gc_unlink(GcLink* link) {
  auto* l = reinterpret_cast<GcList*>(link->list_bits & ~kLinkHasDictSlot);
  if (__builtin_expect(other_threads_may_run(), 0)) {
    remove_locked(l, link);
  } else {
    remove_from_list(link);
  }
  // Only the unlinking thread reads list_bits of an unlinked object.
  link->list_bits &= kLinkHasDictSlot;
  count_young(-1);
}

void gc_list_thread_init() {
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mu);
  if (!p.free.empty()) {
    t_list = p.free.back();
    p.free.pop_back();
  } else {
    t_list = new GcList();
    p.all.push_back(t_list);
  }
}

void gc_list_thread_exit() {
  if (!t_list) return;
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mu);
  p.free.push_back(t_list);
  t_list = nullptr;
}

std::vector<GcLink*> gc_list_heads_stopped() {
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mu);
  std::vector<GcLink*> heads{&g_unowned.head};
  for (GcList* l : p.all) heads.push_back(&l->head);
  return heads;
}

}  // namespace ftpy::gc
