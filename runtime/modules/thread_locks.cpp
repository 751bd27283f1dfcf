// thread_locks.cpp — _thread.lock and _thread.RLock, the primitives every
// threading class is built from.
//
// lock: a TimedLock (runtime/threads/timed_lock.h): not owned, any thread
// may release it. RLock: a TimedLock plus the owner's ident and a recursion
// count. Blocking acquisitions detach while they wait (so other threads run
// and the GIL is free), accept a timeout, and in the main thread end with
// KeyboardInterrupt on Ctrl-C. Argument checks and messages are CPython 3.13's.
//
// Concurrency: the TimedLock is internally synchronised. RLock::owner and
// RLock::count are written only by the thread that holds the inner lock;
// other threads read them (_is_owned, repr), so both are atomics accessed
// relaxed: a reader compares owner with its own ident, which only it could
// have stored, so a stale value never makes that comparison wrong.
#include <pthread.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/modules/thread_internal.h"
#include "runtime/threads/interrupt.h"
#include "runtime/threads/timed_lock.h"

namespace ftpy {

Type ThreadLockType;
Type ThreadRLockType;

namespace {

struct LockObject : Object {
  TimedLock lock;
};

struct RLockObject : Object {
  TimedLock lock;
  std::atomic<uint64_t> owner{0};  // ident of the holder, 0 when free
  std::atomic<uint64_t> count{0};  // recursion depth of the holder
};

LockObject* as_lock(Object* o) { return static_cast<LockObject*>(o); }
RLockObject* as_rlock(Object* o) { return static_cast<RLockObject*>(o); }

// acquire(blocking=True, timeout=-1) -> the timeout to wait: <0 forever, 0 try.
double parse_acquire_args(Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("acquire", args, nargs, kwnames, {"blocking", "timeout"}, 0, a);
  bool blocking = a[0] ? truthy(a[0]) : true;
  double timeout = -1;
  if (a[1]) {
    if (is_float(a[1])) {
      timeout = float_value(a[1]);
      if (std::isnan(timeout)) raise(&exc::ValueError, "Invalid value NaN (not a number)");
    } else {
      timeout = static_cast<double>(index_as_int64(a[1]));
    }
  }
  if (!blocking && timeout != -1)
    raise(&exc::ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout != -1)
    raise(&exc::ValueError, "timeout value must be a non-negative number");
  if (timeout > kThreadTimeoutMax)
    raise(&exc::OverflowError, "timestamp out of range for platform time_t");
  return blocking ? timeout : 0;
}

std::string address_of(Object* o) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(o));
  return buf;
}

// ------------------------------------------------------------------ lock

Ref<> lock_new(Type* type, Object* const*, size_t nargs, Object* kwnames) {
  size_t n = nargs + kwnames_count(kwnames);
  if (n) raisef(&exc::TypeError, "lock expected 0 arguments, got %zu", n);
  return Ref<>::steal(new_object<LockObject>(type));
}

Ref<> lock_acquire(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  double timeout = parse_acquire_args(args, nargs, kwnames);
  return py_bool(acquire_with_timeout(as_lock(self)->lock, timeout));
}

Ref<> lock_enter(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("__enter__", kwnames);
  check_nargs("__enter__", nargs, 0, 0);
  return py_bool(acquire_with_timeout(as_lock(self)->lock, -1));
}

Ref<> lock_release(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("release", kwnames);
  check_nargs("release", nargs, 0, 0);
  LockObject* l = as_lock(self);
  if (!l->lock.locked()) raise(&exc::RuntimeError, "release unlocked lock");
  l->lock.release();
  return none();
}

Ref<> lock_exit(Object* self, Object* const*, size_t, Object*) {
  LockObject* l = as_lock(self);
  if (!l->lock.locked()) raise(&exc::RuntimeError, "release unlocked lock");
  l->lock.release();
  return none();
}

Ref<> lock_locked(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("locked", kwnames);
  if (nargs) raisef(&exc::TypeError, "lock.locked() takes no arguments (%zu given)", nargs);
  return py_bool(as_lock(self)->lock.locked());
}

Ref<> lock_repr(Object* self) {
  std::string s = as_lock(self)->lock.locked() ? "<locked " : "<unlocked ";
  s += "_thread.lock object at " + address_of(self) + ">";
  return str_new(s);
}

const MethodDef kLockMethods[] = {
    {"acquire", lock_acquire, kMethodPlain,
     "Lock the lock. Without argument, this blocks if the lock is already locked."},
    {"acquire_lock", lock_acquire, kMethodPlain, "An obsolete synonym of acquire()."},
    {"release", lock_release, kMethodPlain, "Release the lock, allowing another thread to acquire it."},
    {"release_lock", lock_release, kMethodPlain, "An obsolete synonym of release()."},
    {"locked", lock_locked, kMethodPlain, "Test whether the lock is currently locked."},
    {"locked_lock", lock_locked, kMethodPlain, "An obsolete synonym of locked()."},
    {"__enter__", lock_enter, kMethodPlain, "Lock the lock."},
    {"__exit__", lock_exit, kMethodPlain, "Release the lock."},
    {nullptr, nullptr, 0, nullptr},
};

// ----------------------------------------------------------------- RLock

Ref<> rlock_new(Type* type, Object* const*, size_t, Object*) {
  return Ref<>::steal(new_object<RLockObject>(type));
}

bool rlock_acquire_impl(RLockObject* r, double timeout) {
  uint64_t me = thread_ident();
  if (r->owner.load(std::memory_order_relaxed) == me) {
    r->count.fetch_add(1, std::memory_order_relaxed);
    return true;
  }
  if (!acquire_with_timeout(r->lock, timeout)) return false;
  r->owner.store(me, std::memory_order_relaxed);
  r->count.store(1, std::memory_order_relaxed);
  return true;
}

void rlock_release_impl(RLockObject* r) {
  uint64_t me = thread_ident();
  if (r->owner.load(std::memory_order_relaxed) != me || r->count.load(std::memory_order_relaxed) == 0)
    raise(&exc::RuntimeError, "cannot release un-acquired lock");
  if (r->count.fetch_sub(1, std::memory_order_relaxed) == 1) {
    r->owner.store(0, std::memory_order_relaxed);
    r->lock.release();
  }
}

Ref<> rlock_acquire(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  double timeout = parse_acquire_args(args, nargs, kwnames);
  return py_bool(rlock_acquire_impl(as_rlock(self), timeout));
}

Ref<> rlock_enter(Object* self, Object* const*, size_t, Object*) {
  return py_bool(rlock_acquire_impl(as_rlock(self), -1));
}

Ref<> rlock_release(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("release", kwnames);
  check_nargs("release", nargs, 0, 0);
  rlock_release_impl(as_rlock(self));
  return none();
}

Ref<> rlock_exit(Object* self, Object* const*, size_t, Object*) {
  rlock_release_impl(as_rlock(self));
  return none();
}

Ref<> rlock_is_owned(Object* self, Object* const*, size_t, Object*) {
  RLockObject* r = as_rlock(self);
  return py_bool(r->count.load(std::memory_order_relaxed) > 0 &&
                 r->owner.load(std::memory_order_relaxed) == thread_ident());
}

Ref<> rlock_recursion_count(Object* self, Object* const*, size_t, Object*) {
  RLockObject* r = as_rlock(self);
  bool mine = r->owner.load(std::memory_order_relaxed) == thread_ident();
  return int_from(mine ? static_cast<int64_t>(r->count.load(std::memory_order_relaxed)) : 0);
}

// Condition.wait: give the lock up completely, remembering the state.
Ref<> rlock_release_save(Object* self, Object* const*, size_t, Object*) {
  RLockObject* r = as_rlock(self);
  if (r->count.load(std::memory_order_relaxed) == 0)
    raise(&exc::RuntimeError, "cannot release un-acquired lock");
  uint64_t count = r->count.exchange(0, std::memory_order_relaxed);
  uint64_t owner = r->owner.exchange(0, std::memory_order_relaxed);
  r->lock.release();
  Ref<> c = int_from(static_cast<int64_t>(count));
  Ref<> o = int_from_u64(owner);
  return tuple_pack({c.get(), o.get()});
}

// ... and take it back after the wait.
Ref<> rlock_acquire_restore(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("_acquire_restore", kwnames);
  check_nargs("_acquire_restore", nargs, 1, 1);
  if (!is_tuple(args[0]) || tuple_size(args[0]) != 2)
    raisef(&exc::TypeError, "_acquire_restore() argument 1 must be 2-item sequence, not %s",
           type_name_of(args[0]));
  int64_t count = index_as_int64(tuple_item(args[0], 0));
  mpz_class owner = int_to_mpz(tuple_item(args[0], 1));
  RLockObject* r = as_rlock(self);
  acquire_with_timeout(r->lock, -1, /*interruptible=*/false);
  r->owner.store(static_cast<uint64_t>(owner.get_ui()), std::memory_order_relaxed);
  r->count.store(static_cast<uint64_t>(count), std::memory_order_relaxed);
  return none();
}

Ref<> rlock_repr(Object* self) {
  RLockObject* r = as_rlock(self);
  uint64_t owner = r->owner.load(std::memory_order_relaxed);
  uint64_t count = r->count.load(std::memory_order_relaxed);
  std::string s = r->lock.locked() ? "<locked " : "<unlocked ";
  s += type_of(self)->name ? type_of(self)->name : type_name(type_of(self));
  s += " object owner=" + std::to_string(owner) + " count=" + std::to_string(count) + " at " +
       address_of(self) + ">";
  return str_new(s);
}

const MethodDef kRLockMethods[] = {
    {"acquire", rlock_acquire, kMethodPlain, "Lock the lock."},
    {"release", rlock_release, kMethodPlain, "Release the lock."},
    {"__enter__", rlock_enter, kMethodPlain, "Lock the lock."},
    {"__exit__", rlock_exit, kMethodPlain, "Release the lock."},
    {"_is_owned", rlock_is_owned, kMethodPlain, "For internal use by `threading.Condition`."},
    {"_recursion_count", rlock_recursion_count, kMethodPlain, "For internal use by reentrancy checks."},
    {"_release_save", rlock_release_save, kMethodPlain, "For internal use by `threading.Condition`."},
    {"_acquire_restore", rlock_acquire_restore, kMethodPlain, "For internal use by `threading.Condition`."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

bool acquire_with_timeout(TimedLock& l, double timeout, bool interruptible) {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point start = Clock::now();
  for (;;) {
    double left = timeout;
    if (timeout > 0) {
      left = timeout - std::chrono::duration<double>(Clock::now() - start).count();
      if (left <= 0) return l.try_acquire();
    }
    switch (l.acquire(left, interruptible)) {
      case TimedLock::Result::kAcquired: return true;
      case TimedLock::Result::kTimedOut: return false;
      case TimedLock::Result::kInterrupted: raise_pending_interrupt(); break;
    }
  }
}

uint64_t thread_ident() { return static_cast<uint64_t>(pthread_self()); }

Ref<> int_from_u64(uint64_t v) {
  if (v <= static_cast<uint64_t>(INT64_MAX)) return int_from(static_cast<int64_t>(v));
  return int_from_mpz(mpz_class(static_cast<unsigned long>(v)));
}

Ref<> thread_lock_new() { return Ref<>::steal(new_object<LockObject>(&ThreadLockType)); }

void init_thread_lock_types() {
  if (!type_has_flag(&ThreadLockType, kTypeReady)) {
    Type* t = &ThreadLockType;
    t->name = "_thread.lock";
    t->basicsize = sizeof(LockObject);
    t->tp_new = lock_new;
    t->tp_dealloc = destroy_object<LockObject>;
    t->tp_repr = lock_repr;
    t->methods = kLockMethods;
    t->doc = "A lock object is a synchronization primitive.";
    type_ready(t);
  }
  if (!type_has_flag(&ThreadRLockType, kTypeReady)) {
    Type* t = &ThreadRLockType;
    t->name = "_thread.RLock";
    t->basicsize = sizeof(RLockObject);
    t->flags |= kTypeBaseType;
    t->tp_new = rlock_new;
    t->tp_dealloc = destroy_object<RLockObject>;
    t->tp_repr = rlock_repr;
    t->methods = kRLockMethods;
    t->doc = "A reentrant lock.";
    type_ready(t);
  }
}

}  // namespace ftpy
