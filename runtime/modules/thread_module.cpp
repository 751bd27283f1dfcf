// thread_module.cpp — the `_thread` module: OS threads that run Python
// callables, lock constructors, thread identities, and a few hooks that
// lib/threading.py builds on (_format_exception, _gil_stats, interrupt_main).
//
// start_new_thread(func, args[, kwargs]) and start_joinable_thread(func,
// handle) (what threading uses) create a detached pthread with a large
// stack (kThreadStackBytes, so deep recursion reaches the recursion limit
// before the C++ stack ends). The new thread creates and attaches its
// ThreadState (waiting for the GIL where there is one), calls func, prints
// an uncaught exception other than SystemExit as CPython does ("Exception
// ignored in thread started by <func>:" + traceback), drops its references
// while still attached, destroys its state (releasing the GIL), and only
// then marks its handle done (thread_handle.cpp), so join() returns after
// the thread's counts are all merged.
//
// Concurrency: g_running (threads started here and not finished; _count())
// is a relaxed atomic counter: readers only need an eventually exact value.
// g_stack_size (stack_size()) is a relaxed atomic too.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>

#include "gc/deferred_rc.h"
#include "gc/thread_memory.h"
#include "objects/api.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/modules/builtin_modules.h"
#include "runtime/modules/import.h"
#include "runtime/modules/module_util.h"
#include "runtime/modules/stdio.h"
#include "runtime/modules/sys_module.h"
#include "runtime/modules/thread_internal.h"
#include "runtime/modules/thread_module.h"
#include "runtime/threads/attach.h"
#include "runtime/threads/gil.h"
#include "runtime/threads/interrupt.h"
#include "runtime/threads/thread_mode.h"
#include "runtime/threads/thread_state.h"
#include "runtime/vm/interp.h"

namespace ftpy {

namespace {

constexpr size_t kThreadStackBytes = size_t{64} << 20;  // reserved, committed on use
constexpr size_t kMinStackBytes = size_t{32} << 10;

std::atomic<int64_t> g_running{0};
std::atomic<size_t> g_stack_size{0};  // 0: kThreadStackBytes

struct ThreadStart {
  Ref<> func;
  Ref<> args;    // tuple
  Ref<> kwargs;  // dict or null
  std::shared_ptr<ThreadDone> done;  // start_joinable_thread's handle; null for start_new_thread
};

// Writes text to sys.stderr (falls back to the C stream when it is unusable).
void write_stderr(const std::string& text) {
  try {
    Ref<> err = sys_stderr();
    if (err && err.get() != kNone) {
      stream_write(err.get(), text);
      stream_flush(err.get());
      return;
    }
  } catch (PyException&) {
  }
  std::fwrite(text.data(), 1, text.size(), stderr);
}

void report_uncaught(Object* func, Object* exc) {
  try {
    flush_std_streams();
    std::string text = "Exception ignored in thread started by " + repr_utf8(func) + ":\n";
    text += vm::format_exception(exc);
    write_stderr(text);
  } catch (PyException&) {
  } catch (std::bad_alloc&) {
  }
}

void* thread_main(void* raw) {
  // SIGINT is the main thread's (interrupt.h): keep it out of this thread so
  // that Ctrl-C interrupts the main thread's blocking calls.
  sigset_t sigint;
  sigemptyset(&sigint);
  sigaddset(&sigint, SIGINT);
  pthread_sigmask(SIG_BLOCK, &sigint, nullptr);
  std::unique_ptr<ThreadStart> start(static_cast<ThreadStart*>(raw));
  std::shared_ptr<ThreadDone> done = std::move(start->done);
  if (done) thread_done_set_ident(*done, thread_ident());
  ThreadState* ts = thread_state_create();  // attached from here on
  try {
    call_tuple_dict(start->func.get(), start->args.get(), start->kwargs.get());
  } catch (PyException& e) {
    if (!exception_matches(e.value.get(), &exc::SystemExit)) report_uncaught(start->func.get(), e.value.get());
  } catch (std::bad_alloc&) {
    std::fputs("ftpy: out of memory in a thread\n", stderr);
  } catch (...) {
    std::fputs("ftpy: internal error in a thread\n", stderr);
  }
  try {
    start.reset();  // drop func/args while attached: this may run deallocators
  } catch (...) {
  }
  g_running.fetch_sub(1, std::memory_order_relaxed);
  thread_state_destroy(ts);  // detaches
  // Last: join() returns only once this thread's counts are all merged.
  if (done) thread_done_set(*done);
  return nullptr;
}

// Starts an OS thread that runs start (owned by it from here on) and
// returns its pthread id; raises RuntimeError when the OS refuses.
uint64_t spawn_thread(ThreadStart* start) {
  become_multithreaded();  // before the new thread exists (thread_mode.h)
  size_t stack = g_stack_size.load(std::memory_order_relaxed);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, stack ? stack : kThreadStackBytes);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  g_running.fetch_add(1, std::memory_order_relaxed);
  pthread_t thread;
  int rc = pthread_create(&thread, &attr, thread_main, start);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    g_running.fetch_sub(1, std::memory_order_relaxed);
    delete start;
    raise(&exc::RuntimeError, "can't start new thread");
  }
  return static_cast<uint64_t>(thread);
}

// ------------------------------------------------------------ functions

Ref<> t_start_new_thread(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("start_new_thread", kwnames);
  check_nargs("start_new_thread", nargs, 2, 3);
  if (!is_callable(args[0])) raise(&exc::TypeError, "first arg must be callable");
  if (!is_tuple(args[1])) raise(&exc::TypeError, "2nd arg must be a tuple");
  if (nargs == 3 && !is_dict(args[2])) raise(&exc::TypeError, "optional 3rd arg must be a dictionary");
  auto* start = new ThreadStart{Ref<>::borrow(args[0]), Ref<>::borrow(args[1]),
                                nargs == 3 ? Ref<>::borrow(args[2]) : Ref<>(), nullptr};
  return int_from_u64(spawn_thread(start));
}

// start_joinable_thread(function, handle=None, daemon=True) -> handle: as
// CPython 3.13, what threading.Thread.start uses; the handle's join() waits
// for the thread's very end (thread_handle.cpp). Every ftpy thread is
// detached, so `daemon` changes nothing here (threading decides what to wait
// for at exit).
Ref<> t_start_joinable_thread(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[3] = {};
  parse_args("start_joinable_thread", args, nargs, kwnames, {"function", "handle", "daemon"}, 1, a);
  if (!is_callable(a[0])) raise(&exc::TypeError, "thread function must be callable");
  Ref<> handle;
  if (a[1] && a[1] != kNone) {
    if (type_of(a[1]) != &ThreadHandleType)
      raisef(&exc::TypeError, "'handle' must be a _ThreadHandle, not %s", type_name_of(a[1]));
    handle = Ref<>::borrow(a[1]);
  } else {
    handle = thread_handle_new();
  }
  std::shared_ptr<ThreadDone> done = thread_handle_done(handle.get());
  if (!thread_done_mark_started(*done)) raise(&exc::RuntimeError, "thread already started");
  Ref<> no_args = tuple_new(0);
  auto* start = new ThreadStart{Ref<>::borrow(a[0]), no_args, Ref<>(), done};
  try {
    thread_done_set_ident(*done, spawn_thread(start));
  } catch (PyException&) {
    thread_done_start_failed(*done);
    throw;
  }
  return handle;
}

// _make_thread_handle(ident): a running handle for a thread not started by
// start_joinable_thread (the main thread); threading._shutdown marks it done.
Ref<> t_make_thread_handle(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("_make_thread_handle", kwnames);
  check_nargs("_make_thread_handle", nargs, 1, 1);
  Ref<> handle = thread_handle_new();
  std::shared_ptr<ThreadDone> done = thread_handle_done(handle.get());
  thread_done_mark_started(*done);
  thread_done_set_ident(*done, static_cast<uint64_t>(index_as_int64(args[0])));
  return handle;
}

Ref<> t_allocate_lock(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("allocate_lock", kwnames);
  check_nargs("allocate_lock", nargs, 0, 0);
  return thread_lock_new();
}

Ref<> t_get_ident(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("get_ident", kwnames);
  check_nargs("get_ident", nargs, 0, 0);
  return int_from_u64(thread_ident());
}

Ref<> t_get_native_id(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("get_native_id", kwnames);
  check_nargs("get_native_id", nargs, 0, 0);
  return int_from(static_cast<int64_t>(gettid()));
}

Ref<> t_count(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("_count", kwnames);
  check_nargs("_count", nargs, 0, 0);
  return int_from(g_running.load(std::memory_order_relaxed));
}

Ref<> t_exit(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("exit", kwnames);
  check_nargs("exit", nargs, 0, 0);
  raise_empty(&exc::SystemExit);
}

Ref<> t_interrupt_main(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args("interrupt_main", args, nargs, kwnames, {"signum"}, 0, a);
  if (a[0] && index_as_int64(a[0]) != 2)
    raise(&exc::ValueError, "ftpy: interrupt_main() supports only SIGINT");
  request_interrupt();
  return none();
}

Ref<> t_stack_size(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("stack_size", kwnames);
  check_nargs("stack_size", nargs, 0, 1);
  size_t old = g_stack_size.load(std::memory_order_relaxed);
  if (nargs == 1) {
    int64_t size = index_as_int64(args[0]);
    if (size != 0 && size < static_cast<int64_t>(kMinStackBytes))
      raise(&exc::ValueError, "size not valid: 32768 bytes");
    if (size < 0) raise(&exc::ValueError, "size must be 0 or a positive value");
    g_stack_size.store(static_cast<size_t>(size), std::memory_order_relaxed);
  }
  return int_from(static_cast<int64_t>(old));
}

Ref<> t_daemon_threads_allowed(Object*, Object* const*, size_t, Object*) { return py_bool(true); }

// ftpy: the text CPython's traceback.print_exception would write for exc
// (threading.excepthook prints it after "Exception in thread NAME:").
Ref<> t_format_exception(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("_format_exception", kwnames);
  check_nargs("_format_exception", nargs, 1, 1);
  if (!is_exception(args[0]))
    raisef(&exc::TypeError, "_format_exception() argument must be an exception, not %s",
           type_name_of(args[0]));
  return str_new(vm::format_exception(args[0]));
}

// ftpy: GIL hand-off counters (gil.h), for bench/threads_scaling.py.
Ref<> t_gil_stats(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("_gil_stats", kwnames);
  check_nargs("_gil_stats", nargs, 0, 0);
  GilStats s = gil_stats();
  Ref<Dict> d = dict_new();
  Ref<> v = py_bool(kGilActive);
  dict_set_str(d.get(), "active", v.get());
  v = float_from(s.max_wait_seconds);
  dict_set_str(d.get(), "max_wait", v.get());
  v = float_from(s.total_wait_seconds);
  dict_set_str(d.get(), "total_wait", v.get());
  v = int_from(static_cast<int64_t>(s.acquisitions));
  dict_set_str(d.get(), "acquisitions", v.get());
  v = int_from(static_cast<int64_t>(s.contended));
  dict_set_str(d.get(), "contended", v.get());
  v = int_from(static_cast<int64_t>(s.drop_requests));
  dict_set_str(d.get(), "drop_requests", v.get());
  v = int_from(static_cast<int64_t>(s.forced_switches));
  dict_set_str(d.get(), "forced_switches", v.get());
  return d;
}

// _thread._share(obj): threading.local's objects are touched by every
// thread; counting them per thread (gc/deferred_rc.h) keeps one shared
// count from being written by all of them. Only for objects the caller has
// just created (mark_deferred's precondition); a no-op under the GIL.
Ref<> t_share(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("_share", kwnames);
  check_nargs("_share", nargs, 1, 1);
  if (!is_type_object(args[0])) mark_deferred(args[0]);
  return Ref<>::borrow(args[0]);
}

Ref<> t_gil_stats_reset(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("_gil_stats_reset", kwnames);
  check_nargs("_gil_stats_reset", nargs, 0, 0);
  gil_stats_reset();
  return none();
}

const MethodDef kThreadFunctions[] = {
    {"start_new_thread", t_start_new_thread, kMethodPlain,
     "Start a new thread and return its identifier."},
    {"start_new", t_start_new_thread, kMethodPlain, "An obsolete synonym of start_new_thread()."},
    {"start_joinable_thread", t_start_joinable_thread, kMethodPlain,
     "Start a new thread and return a handle whose join() waits for its end."},
    {"_make_thread_handle", t_make_thread_handle, kMethodPlain,
     "ftpy: a running handle for an existing thread (the main thread)."},
    {"allocate_lock", t_allocate_lock, kMethodPlain, "Create a new lock object."},
    {"allocate", t_allocate_lock, kMethodPlain, "An obsolete synonym of allocate_lock()."},
    {"get_ident", t_get_ident, kMethodPlain, "Return a non-zero integer that uniquely identifies the current thread."},
    {"get_native_id", t_get_native_id, kMethodPlain, "Return the native integral Thread ID of the current thread."},
    {"_count", t_count, kMethodPlain, "Return the number of currently running Python threads."},
    {"exit", t_exit, kMethodPlain, "This is synonymous to ``raise SystemExit''."},
    {"exit_thread", t_exit, kMethodPlain, "An obsolete synonym of exit()."},
    {"interrupt_main", t_interrupt_main, kMethodPlain, "Simulate the arrival of the given signal in the main thread."},
    {"stack_size", t_stack_size, kMethodPlain, "Return the thread stack size used when creating new threads."},
    {"daemon_threads_allowed", t_daemon_threads_allowed, kMethodPlain, "Check if daemon threads are allowed."},
    {"_format_exception", t_format_exception, kMethodPlain, "ftpy: the traceback text of an exception."},
    {"_gil_stats", t_gil_stats, kMethodPlain, "ftpy: GIL hand-off statistics."},
    {"_share", t_share, kMethodPlain,
     "ftpy: count a new object that every thread will use per thread (deferred); it must "
     "still be private to the calling thread."},
    {"_gil_stats_reset", t_gil_stats_reset, kMethodPlain, "ftpy: reset the GIL statistics."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref<> make_thread_module() {
  init_thread_lock_types();
  init_thread_handle_type();
  Ref<> m = make_module("_thread", kThreadFunctions,
                        "This module provides primitive operations to write multi-threaded programs.\n"
                        "The 'threading' module provides a more convenient interface.");
  module_add(m.get(), "LockType", &ThreadLockType);
  module_add(m.get(), "lock", &ThreadLockType);
  module_add(m.get(), "RLock", &ThreadRLockType);
  module_add(m.get(), "_ThreadHandle", &ThreadHandleType);
  module_add(m.get(), "error", &exc::RuntimeError);
  Ref<> tmax = float_from(kThreadTimeoutMax);
  module_add(m.get(), "TIMEOUT_MAX", tmax.get());
  return m;
}

void threading_shutdown() {
  Ref<> module = dict_get_str(static_cast<Dict*>(sys_modules()), "threading");
  if (!module) return;
  try {
    Ref<> shutdown = getattr_or_null(module.get(), intern("_shutdown"));
    if (shutdown) call0(shutdown.get());
  } catch (PyException& e) {
    flush_std_streams();
    write_stderr("Exception ignored on threading shutdown:\n" + vm::format_exception(e.value.get()));
  }
}

namespace {

// Whether a thread may still run Python code for a long time: a live
// daemon thread of `threading`, or (without `threading`) any thread started
// through _thread that has not finished. A thread whose run() has returned
// may still be on its way out: that one is not counted.
bool long_running_thread_exists() {
  Ref<> module = dict_get_str(static_cast<Dict*>(sys_modules()), "threading");
  if (!module) return g_running.load(std::memory_order_relaxed) != 0;
  bool found = false;
  try {
    Ref<> threads = call0(getattr(module.get(), "enumerate").get());
    for_each(threads.get(), [&](Object* t) {
      if (found) return;
      Ref<> alive = call0(getattr(t, "is_alive").get());
      found = truthy(getattr(t, "daemon").get()) && truthy(alive.get());
    });
  } catch (PyException&) {
    return true;  // cannot tell: assume so
  }
  return found;
}

}  // namespace

bool wait_until_only_thread() {
  if (thread_state_count() <= 1 && gc::registered_thread_count() <= 1) return true;
  if (long_running_thread_exists()) return false;
  for (int i = 0; i < 2000; ++i) {
    // acquire (registered_thread_count): the exited threads' writes
    // happen-before whatever the caller frees next.
    if (thread_state_count() <= 1 && gc::registered_thread_count() <= 1) return true;
    DetachScope detached;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return false;
}

}  // namespace ftpy
