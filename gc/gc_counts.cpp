// gc_counts.cpp — see gc_counts.h. Shared by both builds.
#include "gc/gc_counts.h"

#include <algorithm>
#include <mutex>
#include <vector>

#include "gc/collector.h"
#include "gc/gc_list.h"

namespace ftpy::gc {

thread_local constinit ThreadCounts t_counts;

namespace {

std::atomic<int64_t> g_young{0};
std::atomic<int64_t> g_immortal{0};  // a statistic: relaxed
std::atomic<int64_t> g_long_lived{0};

// Never destroyed: threads may exit while static destructors run.
std::mutex& g_counts_mu = *new std::mutex();  // guards the two below
std::vector<ThreadCounts*>& g_counted = *new std::vector<ThreadCounts*>();
int64_t g_live_base = 0;  // folded counts of exited threads

}  // namespace

void young_flush(int64_t delta) {
  // relaxed: a trigger hint; the collector resets it with the world stopped.
  int64_t young = g_young.fetch_add(delta, std::memory_order_relaxed) + delta;
  if (delta > 0) gc_note_young(young, g_long_lived.load(std::memory_order_relaxed));
}

int64_t gc_young_count() {
  return g_young.load(std::memory_order_relaxed) + t_counts.young_delta;
}
void gc_young_reset() {
  g_young.store(0, std::memory_order_relaxed);
  t_counts.young_delta = 0;
}
void gc_set_long_lived(int64_t n) { g_long_lived.store(n, std::memory_order_relaxed); }

void count_object_slow(int64_t delta) {
  ThreadCounts& c = t_counts;
  std::lock_guard<std::mutex> lock(g_counts_mu);
  if (c.state == 0) {
    c.state = 1;
    g_counted.push_back(&c);
    if (delta > 0) c.allocated.store(delta, std::memory_order_relaxed);
    else c.freed.store(-delta, std::memory_order_relaxed);
  } else {
    g_live_base += delta;
  }
}

void thread_counts_exit() {
  ThreadCounts& c = t_counts;
  if (c.young_delta) {
    young_flush(c.young_delta);
    c.young_delta = 0;
  }
  std::lock_guard<std::mutex> lock(g_counts_mu);
  if (c.state != 1) {
    c.state = 2;
    return;
  }
  g_live_base += c.allocated.load(std::memory_order_relaxed) - c.freed.load(std::memory_order_relaxed);
  c.allocated.store(0, std::memory_order_relaxed);
  c.freed.store(0, std::memory_order_relaxed);
  std::erase(g_counted, &c);
  c.state = 2;
}

int64_t live_object_count() {
  std::lock_guard<std::mutex> lock(g_counts_mu);
  int64_t n = g_live_base;
  for (ThreadCounts* c : g_counted)
    n += c->allocated.load(std::memory_order_relaxed) - c->freed.load(std::memory_order_relaxed);
  return n;
}

void count_object_immortalized() { g_immortal.fetch_add(1, std::memory_order_relaxed); }
int64_t immortal_object_count() { return g_immortal.load(std::memory_order_relaxed); }

}  // namespace ftpy::gc
