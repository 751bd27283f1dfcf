// thread_internal.h — shared between the `_thread` module's files:
// thread_locks.cpp (the lock and RLock types), thread_handle.cpp (the
// _ThreadHandle type, what join() waits on) and thread_module.cpp (the
// module functions, start_new_thread and start_joinable_thread).
#pragma once

#include <cstdint>
#include <memory>

#include "objects/object.h"
#include "runtime/threads/timed_lock.h"

namespace ftpy {

extern Type ThreadLockType;   // _thread.lock
extern Type ThreadRLockType;  // _thread.RLock
extern Type ThreadHandleType;  // _thread._ThreadHandle

// What a started thread and its _ThreadHandle share: it outlives both, so
// the thread may mark itself done after its state is gone (thread_handle.cpp).
struct ThreadDone;
// Readies _ThreadHandle (idempotent).
void init_thread_handle_type();
// A new handle, not done, ident 0.
Ref<> thread_handle_new();
// The shared part of a handle (o must be a _ThreadHandle).
std::shared_ptr<ThreadDone> thread_handle_done(Object* o);
// kNotStarted -> kRunning; false when the handle was already started.
bool thread_done_mark_started(ThreadDone& d);
// Back to kNotStarted: the OS did not start the thread.
void thread_done_start_failed(ThreadDone& d);
// Records the thread's ident in the handle.
void thread_done_set_ident(ThreadDone& d, uint64_t ident);
// Marks the thread done and wakes every join(). Safe from a thread with no
// ThreadState (it touches no Python object).
void thread_done_set(ThreadDone& d);

// Acquires `l` within `timeout` seconds (<0: no limit). Ctrl-C in the main
// thread raises KeyboardInterrupt (unless !interruptible); a spurious
// interrupt wake-up (the flag already consumed elsewhere) retries with the
// time left.
bool acquire_with_timeout(TimedLock& l, double timeout, bool interruptible = true);

// Readies both types (idempotent; the module's make function calls it).
void init_thread_lock_types();
// A new unlocked _thread.lock.
Ref<> thread_lock_new();
// _thread.get_ident(): the calling OS thread's pthread id.
uint64_t thread_ident();
// An int from an unsigned 64-bit value (idents may not fit in int64).
Ref<> int_from_u64(uint64_t v);
// _thread.TIMEOUT_MAX in seconds.
inline constexpr double kThreadTimeoutMax = 9223372036.0;

}  // namespace ftpy
