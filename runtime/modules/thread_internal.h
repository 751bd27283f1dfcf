// thread_internal.h — shared between the `_thread` module's files:
// thread_locks.cpp (the lock and RLock types) and thread_module.cpp (the
// module functions, start_new_thread).
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace ftpy {

extern Type ThreadLockType;   // _thread.lock
extern Type ThreadRLockType;  // _thread.RLock

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
