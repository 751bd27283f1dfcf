// thread_mode.cpp — the process's thread mode (thread_mode.h).
#include "runtime/threads/thread_mode.h"

#include <cassert>

#include "runtime/threads/critical_section.h"

namespace ftpy {

std::atomic<bool> g_multithreaded{false};

void become_multithreaded() {
  if (g_multithreaded.load(std::memory_order_relaxed)) return;
  // A leaf section took no lock and pushed no frame (critical_section.h).
  assert(!inside_leaf_critical_section());
  critical_sections_lock_elided();  // this thread's frames, before anyone can contend
  g_multithreaded.store(true, std::memory_order_relaxed);  // see thread_mode.h
}

}  // namespace ftpy
