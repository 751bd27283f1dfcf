// gc_list_gil.cpp — gc/gc_list.h in the GIL build: one list, linked and
// unlinked by whichever thread holds the GIL (which also serialises the
// collector's walk).
#include "gc/gc_counts.h"
#include "gc/gc_list.h"

namespace ftpy::gc {

struct GcList {
  GcLink head;
  constexpr GcList() : head{&head, &head, 0} {}
};

namespace {
constinit GcList g_list;  // trivially destroyed: frees during exit still work
}  // namespace

void gc_link(GcLink* link, bool has_dict_slot) {
  link->list_bits = reinterpret_cast<uintptr_t>(&g_list) | (has_dict_slot ? kLinkHasDictSlot : 0);
  link->next = g_list.head.next;
  link->prev = &g_list.head;
  g_list.head.next->prev = link;
  g_list.head.next = link;
  count_young(+1);
}

void gc_unlink(GcLink* link) {
  link->prev->next = link->next;
  link->next->prev = link->prev;
  link->prev = link->next = nullptr;
  link->list_bits &= kLinkHasDictSlot;
  count_young(-1);
}

void gc_list_thread_init() {}
void gc_list_thread_exit() {}

std::vector<GcLink*> gc_list_heads_stopped() { return {&g_list.head}; }

}  // namespace ftpy::gc
