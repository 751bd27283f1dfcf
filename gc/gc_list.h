// gc_list.h — the cycle collector's lists of tracked objects, and the
// allocation counts that trigger automatic collections.
//
// Every object whose type has a tp_traverse at allocation time is tracked:
// it carries a GcLink in front of it (objects/object.cpp lays instance
// memory out as [GcLink][managed __dict__ slot?][object]) and kGcTracked in
// ob_flags, set at allocation and never changed, so its free knows the
// prefix. The link puts it on a circular doubly linked list. An object
// leaves its list when its count reaches zero, before its destructor drops
// what it holds (that may run __del__, which may let a collection run: the
// collector must never see an object whose count is zero); a heap-type
// instance goes back on a list for the time its __del__ runs. Off a list,
// a link's list pointer is 0 and its prev/next are null.
//   GIL build: one list; the GIL serialises every link and unlink.
//   Free-threaded: one list per thread (taken from a pool when the thread
//   registers, given back when it exits, so lists outlive their threads and
//   an object's list pointer never dangles), each guarded by its own
//   one-byte mutex. A thread links on its own list (uncontended); the free
//   of an object allocated by another thread locks that thread's list.
//   Threads that are not registered (start-up, teardown) use one shared
//   list. The collector walks the lists with the world stopped, when no
//   thread is inside a link or unlink (neither detaches on the way).
//
// Scratch: while a collection runs (world stopped), the collector may use a
// link's `prev` field for its own bookkeeping; it restores the lists before
// the world restarts (gc/collector.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ftpy {

struct Object;

namespace gc {

struct GcList;
struct GcLink {
  GcLink* prev;
  GcLink* next;
  // The list this link is on, with kLinkHasDictSlot in bit 0 (the object
  // has a managed __dict__ slot between the link and the object).
  uintptr_t list_bits;
};
inline constexpr uintptr_t kLinkHasDictSlot = 1;

// The object a link belongs to, and back.
inline Object* object_of_link(GcLink* l) {
  size_t skip = sizeof(GcLink) + ((l->list_bits & kLinkHasDictSlot) ? sizeof(Object*) : 0);
  return reinterpret_cast<Object*>(reinterpret_cast<char*>(l) + skip);
}

// The link of a tracked object; dict_prefix is the size of its managed
// __dict__ slot (0 when its type has none).
inline GcLink* link_of_object(Object* o, size_t dict_prefix) {
  return reinterpret_cast<GcLink*>(reinterpret_cast<char*>(o) - dict_prefix) - 1;
}

// Called by objects/object.cpp on the fresh memory of a tracked object
// (`link` is the start of its block), when its count reaches zero
// (unlink), and around a heap-type instance's __del__ (link again). Only
// the thread that allocates or deallocates the object links or unlinks it.
void gc_link(GcLink* link, bool has_dict_slot);
void gc_unlink(GcLink* link);
// Whether the link is on a list (read by the thread that may unlink it).
inline bool gc_is_linked(const GcLink* link) { return (link->list_bits & ~kLinkHasDictSlot) != 0; }

// Thread lifecycle (gc/thread_memory*.cpp): take / give back a list.
void gc_list_thread_init();
void gc_list_thread_exit();

// World stopped (or GIL held): calls fn(link) for every tracked object.
// fn must not link or unlink.
template <class F>
void for_each_tracked(F&& fn);
// The heads of every list (implementation detail of for_each_tracked).
std::vector<GcLink*> gc_list_heads_stopped();

// Allocation counting for the automatic trigger: tracked allocations minus
// tracked frees since the last collection (approximate while threads run;
// flushed from per-thread counters in small batches).
int64_t gc_young_count();
void gc_young_reset();
// Set by the collector: number of tracked objects that survived the last
// collection; automatic collections wait until the young count is a
// quarter of it, so the total work stays proportional to allocation.
void gc_set_long_lived(int64_t n);

template <class F>
void for_each_tracked(F&& fn) {
  for (GcLink* head : gc_list_heads_stopped())
    for (GcLink* l = head->next; l != head; l = l->next) fn(l);
}

}  // namespace gc
}  // namespace ftpy
