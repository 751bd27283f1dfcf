// thread_state.h — the per-OS-thread state of a thread that runs ftpy code.
//
// Owned by its thread; other threads read only the atomic fields (state,
// eval_breaker). The threads issue builds GIL hand-off, stop-the-world and
// QSBR on these fields; the language core uses the recursion counter, the
// current frame chain (tracebacks, super(), sys._getframe) and the stack of
// handled exceptions (sys.exc_info, implicit exception chaining).
#pragma once

#include <atomic>
#include <cstdint>

#include <vector>

#include "gc/thread_memory.h"
#include "objects/object.h"

namespace ftpy::vm { struct Frame; }

namespace ftpy {

enum class ThreadStatus : uint8_t { Attached, Detached, Suspended };

struct ThreadState {
  uint64_t id = 0;                         // small unique number (threading.get_ident uses the OS id)
  std::atomic<ThreadStatus> status{ThreadStatus::Detached};
  // Bits requesting the eval loop's attention at its next check (GIL drop,
  // stop-the-world, BRC merge, QSBR, async exception). Set by any thread
  // (release), polled by the owner (relaxed load, acquire when non-zero).
  std::atomic<uint32_t> eval_breaker{0};

  int recursion_depth = 0;                 // Python frames entered on this thread
  vm::Frame* current_frame = nullptr;      // innermost executing frame
  // The exception being handled (sys.exc_info()[1]) or null; the eval loop
  // keeps the previous values on its value stack (PUSH_EXC_INFO/POP_EXCEPT).
  Ref<> handled_exception;

  // --- added by the VM (runtime/vm/frame.cpp, thread_state.cpp); owner thread only.
  // The data stack frames are bump-allocated from: the current chunk, its
  // first free slot, and its end.
  void* datastack_chunk = nullptr;
  Object** datastack_base = nullptr;   // first slot of the current chunk
  Object** datastack_top = nullptr;
  Object** datastack_limit = nullptr;
  // Lowest C++ stack address at which the eval loop still starts a new
  // Python frame (RecursionError below it); 0 = unknown (no check). Set by
  // thread_state_create from the thread's stack bounds, with a safety margin.
  uintptr_t c_stack_limit = 0;

  // --- added by the free-threaded core: this thread's record in the memory
  // subsystem (owner id, merge queue, QSBR, delayed frees; gc/thread_memory.h).
  gc::ThreadMemory* memory = nullptr;
};

// The calling thread's state (thread_local; created by thread_state_create).
ThreadState* current_thread_state();
// Creates and registers the calling thread's state (main thread at startup,
// each new thread when it starts) and attaches it: on return the thread may
// run bytecode (it holds the GIL where there is one). thread_state_destroy
// must be called attached, by the owning thread; it unregisters the state,
// detaches (releases the GIL) and frees it.
ThreadState* thread_state_create();
void thread_state_destroy(ThreadState* ts);

// --- added by the threads issue (runtime/threads/thread_state.cpp)
// The first state ever created: the main thread's (the one that ran
// runtime_init). Published once with release; null before that.
ThreadState* main_thread_state();
// How many states are registered (live threads that run ftpy code).
size_t thread_state_count();

// The registry of live states, for stop-the-world (stop_the_world_ft.cpp).
// Threads take the lock only while detached (registering before the first
// attach, unregistering after the last detach), so a requester may hold it
// for a whole pause.
void thread_registry_lock();
void thread_registry_unlock();
const std::vector<ThreadState*>& thread_registry_locked();

// sys.getrecursionlimit()/setrecursionlimit(): process-wide.
int recursion_limit();
void set_recursion_limit(int limit);

}  // namespace ftpy
