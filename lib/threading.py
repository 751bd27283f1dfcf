"""Thread-based parallelism: ftpy's own implementation of the threading API.

Everything here is built on the C++ `_thread` module (runtime/modules/
thread_module.cpp): OS threads, a non-reentrant lock and a reentrant lock.
Every blocking call ends in `_thread.lock.acquire`, which releases the GIL
(or detaches the thread in the free-threaded build) while it waits, accepts
a timeout, and turns Ctrl-C into KeyboardInterrupt in the main thread.

Bookkeeping: `_active` maps the ident of every running Thread to its object,
`_limbo` holds threads between start() and the moment they run; both are
guarded by `_registry_lock`.
"""

import sys as _sys
import _thread
from collections import deque as _deque
from time import monotonic as _monotonic

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_joinable_thread = _thread.start_joinable_thread
_ThreadHandle = _thread._ThreadHandle
_make_thread_handle = _thread._make_thread_handle
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size

Lock = _thread.lock
_CRLock = _thread.RLock


def RLock(*args, **kwargs):
    """A reentrant lock: the thread that holds it may acquire it again;
    it is free once released as many times as it was acquired."""
    return _CRLock(*args, **kwargs)


# Tracing hooks are accepted and remembered; ftpy does not call them.
_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


# ---------------------------------------------------------------- Condition

class Condition:
    """A condition variable: threads wait() until another notify()s them.

    Each waiter blocks on a private lock of its own, acquired once before it
    waits; notify() wakes a waiter by releasing that lock.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # RLock knows how to give itself up entirely and come back; a plain
        # lock uses the fallbacks below.
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
        if hasattr(lock, '_acquire_restore'):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: "owned" means somebody holds it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or timed out, re-acquire.
        Returns False on a timeout, else True."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout passes; returns the
        last value of predicate()."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _monotonic() + remaining
                else:
                    remaining = deadline - _monotonic()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.popleft()
            try:
                waiter.release()
            except RuntimeError:
                # Its owner gave up (timed out) and already released it.
                pass
            else:
                n -= 1

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


# ---------------------------------------------------------------- Semaphore

class Semaphore:
    """A counter that acquire() decrements (blocking at zero) and release()
    increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _monotonic() + timeout
                    else:
                        timeout = deadline - _monotonic()
                    if timeout <= 0:
                        return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# -------------------------------------------------------------------- Event

class Event:
    """A flag that threads can wait for until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or the timeout passes; returns the flag."""
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


# ------------------------------------------------------------------ Barrier

class BrokenBarrierError(RuntimeError):
    pass


# Barrier states.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Blocks `parties` threads in wait() until all of them have arrived,
    then lets them all go (and runs `action` in one of them)."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0          # threads inside wait()

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the other parties; returns this thread's arrival index
        (0 .. parties-1). Raises BrokenBarrierError if the barrier breaks."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._wait_until_filling()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _wait_until_filling(self):
        # Threads of the previous cycle are still leaving, or a reset runs.
        while self._state in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        # The last thread out of a tripped (or reset) barrier re-opens it.
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Return the barrier to its empty state; threads waiting on it get
        BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING:
                    self._state = _RESETTING
                elif self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future wait() calls raise
        BrokenBarrierError until reset()."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ------------------------------------------------------------------ threads

_counter = 0
_counter_lock = _allocate_lock()


def _newname(template="Thread-%d"):
    global _counter
    with _counter_lock:
        _counter += 1
        return template % _counter


_registry_lock = _allocate_lock()
_active = {}     # ident -> Thread, for every running thread
_limbo = {}      # Thread -> Thread, started but not yet running


class _ExceptHookArgs:
    """The argument of threading.excepthook()."""

    __slots__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __repr__(self):
        return ("ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % (self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def ExceptHookArgs(args):
    return _ExceptHookArgs(*args)


def excepthook(args, /):
    """Print an exception raised by Thread.run() as CPython's default hook:
    "Exception in thread NAME:" and the traceback, on sys.stderr."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr  # sys.stderr when the thread was created
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    stderr.write(f"Exception in thread {name}:\n")
    stderr.write(_thread._format_exception(args.exc_value))
    stderr.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control: call start() to run target(*args, **kwargs) (or an
    overriding run()) in a new OS thread; join() waits for it to end."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        # Done once the OS thread has ended and released everything it held
        # (its counts merged, its state gone): join() waits on it.
        self._handle = _ThreadHandle()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity; at most once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _limbo[self] = self
        try:
            _start_joinable_thread(self._bootstrap_inner, handle=self._handle,
                                   daemon=self._daemonic)
        except Exception:
            with _registry_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """The thread's activity: calls the target. Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Avoid a reference cycle through the target's arguments.
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            with _registry_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._stop()

    def _stop(self):
        _local_forget_thread(self)
        with _registry_lock:
            if _active.get(self._ident) is self:
                del _active[self._ident]
        self._is_stopped = True

    def join(self, timeout=None):
        """Wait until the thread ends, or until `timeout` seconds pass (check
        is_alive() afterwards to tell which)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None:
            timeout = max(timeout, 0)
        self._handle.join(timeout)

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._handle.is_done()

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


def _make_invoke_excepthook():
    # Runs in the thread whose run() raised, inside its `except:` clause.
    def invoke_excepthook(thread):
        exc_type, exc_value, exc_tb = _sys.exc_info()
        try:
            hook = excepthook
            if hook is None:
                hook = __excepthook__
            hook(_ExceptHookArgs(exc_type, exc_value, exc_tb, thread))
        except BaseException as exc:
            stderr = _sys.stderr
            if stderr is not None:
                stderr.write("Exception in threading.excepthook:\n")
                stderr.write(_thread._format_exception(exc))
                stderr.flush()
        finally:
            exc_type = exc_value = exc_tb = None
    return invoke_excepthook


class Timer(Thread):
    """Call a function after `interval` seconds, unless cancel() comes first.

        t = Timer(30.0, f, args=None, kwargs=None)
        t.start()
        t.cancel()     # stop the timer's action if it is still waiting
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    # The thread the program started in.

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._handle = _make_thread_handle(self._ident)
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # A thread started without this module (e.g. _thread.start_new_thread):
    # always alive, daemonic, and not joinable.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._handle = _make_thread_handle(self._ident)
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    return current_thread()


def main_thread():
    """The Thread object of the main thread."""
    return _main_thread


def active_count():
    """The number of Thread objects currently alive."""
    with _registry_lock:
        return len(_active) + len(_limbo)


def activeCount():
    return active_count()


def enumerate():
    """A list of every Thread object currently alive."""
    with _registry_lock:
        return list(_active.values()) + list(_limbo.values())


def _shutdown():
    """Called by the interpreter after the main program ends: wait for every
    non-daemon thread (threads may start new ones meanwhile)."""
    me = _main_thread
    if not me._is_stopped:
        # Threads joining the main thread may go on now.
        me._is_stopped = True
        me._handle._set_done()
    while True:
        with _registry_lock:
            pending = [t for t in list(_active.values()) + list(_limbo.values())
                       if t is not me and not t._daemonic and not t._handle.is_done()]
        if not pending:
            return
        for t in pending:
            if t._started.is_set():
                t.join()
            else:
                t._started.wait()


# -------------------------------------------------------------------- local

class local:
    """Thread-local data: each thread sees its own set of attributes.

        data = local()
        data.x = 1          # visible only in the thread that set it

    A subclass's __init__ runs again, with the constructor's arguments, the
    first time each thread touches the object.
    """

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        # Every thread reads these three objects: counted per thread
        # (_thread._share) so that the reads do not contend on one count.
        self = _thread._share(object.__new__(cls))
        state = _thread._share(_LocalState(args, kw))
        object.__setattr__(self, '_local__state', state)
        # The creating thread's dict exists already: the constructor's own
        # __init__ call fills it (a later thread's first access runs __init__).
        _local_add_dict(state, get_ident())
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        d = _local_dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]


class _LocalState:
    # The per-thread dicts of one `local` object, keyed by thread ident; a
    # thread's entry is dropped when its Thread stops (_local_forget_thread).
    __slots__ = ('dicts', 'args', 'kw', 'lock')

    def __init__(self, args, kw):
        self.dicts = _thread._share({})
        self.args = args
        self.kw = kw
        self.lock = _allocate_lock()


# ident -> list of _LocalState objects that thread has a dict in.
_local_users = {}


def _local_dict(obj):
    state = object.__getattribute__(obj, '_local__state')
    ident = get_ident()
    d = state.dicts.get(ident)
    if d is not None:
        return d
    d = _local_add_dict(state, ident)
    cls = type(obj)
    if cls.__init__ is not object.__init__:
        cls.__init__(obj, *state.args, **state.kw)
    return d


def _local_add_dict(state, ident):
    d = {}
    with state.lock:
        state.dicts[ident] = d
    with _registry_lock:
        _local_users.setdefault(ident, []).append(state)
    return d


def _local_forget_thread(thread):
    # A stopping thread's values must not leak to a later thread that gets
    # the same ident.
    with _registry_lock:
        states = _local_users.pop(thread._ident, ())
    for state in states:
        with state.lock:
            state.dicts.pop(thread._ident, None)


_main_thread = _MainThread()
