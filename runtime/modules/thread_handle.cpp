// thread_handle.cpp — _thread._ThreadHandle: what Thread.join() waits on.
//
// A handle shares a ThreadDone with the thread it was started with
// (start_joinable_thread, thread_module.cpp). The thread marks it done as
// the very last thing it does, after its ThreadState is destroyed: its
// merge queues are drained, its deferred counts returned and it is out of
// the thread registry. So when join() returns, every object the thread
// owned, and every object other threads queued to it before the join, has
// its final count, and gc.collect() right after join() sees them as
// CPython would (CPython signals its handle after PyThreadState_Clear too).
// A flag set when run() returns, as Thread._stop did, let join() return
// while the thread still held those counts.
//
// ThreadDone is held by a std::shared_ptr, never by a Python reference, so
// the exiting thread may touch it with no ThreadState.
//
// Invariants: `lock` is held from creation until done; `state` moves
// kNotStarted -> kRunning -> kDone (back to kNotStarted only when the OS
// refuses to start the thread). join() takes `lock` and gives it straight back, so any
// number of threads may join at once.
//
// Concurrency: any thread may call any method at any time. `state` is
// stored with release by the thread that moves it and loaded with acquire by
// is_done()/join(), so what the finished thread wrote happens-before what a
// joiner does next; `lock` (a mutex inside) orders it for blocked joiners.
// `ident` is stored (same value) by the starting thread and by the new
// thread itself, and read relaxed: a reader only compares it with its own.
#include <atomic>
#include <cstdio>
#include <memory>
#include <string>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/modules/thread_internal.h"

namespace ftpy {

Type ThreadHandleType;

struct ThreadDone {
  enum State : int { kNotStarted, kRunning, kDone };
  TimedLock lock;
  std::atomic<int> state{kNotStarted};
  std::atomic<uint64_t> ident{0};

  ThreadDone() { lock.try_acquire(); }
};

namespace {

struct HandleObject : Object {
  std::shared_ptr<ThreadDone> done = std::make_shared<ThreadDone>();
};

HandleObject* as_handle(Object* o) { return static_cast<HandleObject*>(o); }

Ref<> handle_new(Type* type, Object* const*, size_t nargs, Object* kwnames) {
  size_t n = nargs + kwnames_count(kwnames);
  if (n) raisef(&exc::TypeError, "_ThreadHandle() takes no arguments (%zu given)", n);
  return Ref<>::steal(new_object<HandleObject>(type));
}

// join(timeout=None): waits until the thread is done, or `timeout` seconds.
Ref<> handle_join(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args("join", args, nargs, kwnames, {"timeout"}, 0, a);
  double timeout = -1;
  if (a[0] && a[0] != kNone) {
    timeout = is_float(a[0]) ? float_value(a[0]) : static_cast<double>(index_as_int64(a[0]));
    if (timeout != timeout) raise(&exc::ValueError, "Invalid value NaN (not a number)");
    if (timeout < 0) timeout = 0;
    if (timeout > kThreadTimeoutMax) raise(&exc::OverflowError, "timeout value is too large");
  }
  ThreadDone& d = *as_handle(self)->done;
  int state = d.state.load(std::memory_order_acquire);  // pairs with thread_done_set's release
  if (state == ThreadDone::kDone) return none();
  if (state == ThreadDone::kNotStarted) raise(&exc::RuntimeError, "thread not started");
  if (d.ident.load(std::memory_order_relaxed) == thread_ident())
    raise(&exc::RuntimeError, "Cannot join current thread");
  if (acquire_with_timeout(d.lock, timeout)) d.lock.release();
  return none();
}

Ref<> handle_is_done(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("is_done", kwnames);
  check_nargs("is_done", nargs, 0, 0);
  // acquire: pairs with thread_done_set's release.
  return py_bool(as_handle(self)->done->state.load(std::memory_order_acquire) == ThreadDone::kDone);
}

// _set_done(): for the main thread's handle, which no OS thread exit marks
// (threading._shutdown calls it so that threads joining the main thread go on).
Ref<> handle_set_done(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("_set_done", kwnames);
  check_nargs("_set_done", nargs, 0, 0);
  thread_done_set(*as_handle(self)->done);
  return none();
}

Ref<> handle_ident(Object* self) {
  return int_from_u64(as_handle(self)->done->ident.load(std::memory_order_relaxed));
}

Ref<> handle_repr(Object* self) {
  return str_new("<_thread._ThreadHandle object: ident=" +
                 std::to_string(as_handle(self)->done->ident.load(std::memory_order_relaxed)) + ">");
}

const MethodDef kHandleMethods[] = {
    {"join", handle_join, kMethodPlain, "Wait until the thread is done (or timeout seconds pass)."},
    {"is_done", handle_is_done, kMethodPlain, "Whether the thread has finished and released its state."},
    {"_set_done", handle_set_done, kMethodPlain, "Mark the handle done (the main thread's, at shutdown)."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kHandleGetSets[] = {
    {"ident", handle_ident, nullptr, "The thread's identifier (0 before it starts)."},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref<> thread_handle_new() { return Ref<>::steal(new_object<HandleObject>(&ThreadHandleType)); }

std::shared_ptr<ThreadDone> thread_handle_done(Object* o) { return as_handle(o)->done; }

bool thread_done_mark_started(ThreadDone& d) {
  int expected = ThreadDone::kNotStarted;
  // relaxed: only a starting thread moves the state out of kNotStarted, and
  // the new thread's start (pthread_create) orders it for that thread.
  return d.state.compare_exchange_strong(expected, ThreadDone::kRunning, std::memory_order_relaxed);
}

void thread_done_start_failed(ThreadDone& d) {
  d.state.store(ThreadDone::kNotStarted, std::memory_order_relaxed);  // as above
}

void thread_done_set_ident(ThreadDone& d, uint64_t ident) {
  d.ident.store(ident, std::memory_order_relaxed);
}

void thread_done_set(ThreadDone& d) {
  // release: pairs with the acquire loads in join()/is_done().
  if (d.state.exchange(ThreadDone::kDone, std::memory_order_acq_rel) != ThreadDone::kDone) d.lock.release();
}

void init_thread_handle_type() {
  if (type_has_flag(&ThreadHandleType, kTypeReady)) return;
  Type* t = &ThreadHandleType;
  t->name = "_thread._ThreadHandle";
  t->basicsize = sizeof(HandleObject);
  t->tp_new = handle_new;
  t->tp_dealloc = destroy_object<HandleObject>;
  t->tp_repr = handle_repr;
  t->methods = kHandleMethods;
  t->getsets = kHandleGetSets;
  t->doc = "Thread handle: what Thread.join() waits on.";
  type_ready(t);
}

}  // namespace ftpy
