# Lock and RLock: exact counts under contention, non-blocking and timed
# acquisition, ownership errors, context managers, repr.
import threading
import time
import _thread


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", e)


lock = threading.Lock()
print(type(lock).__name__, lock is not threading.Lock(), threading.Lock is _thread.LockType)
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(blocking=False))
t0 = time.monotonic()
print("timed out:", lock.acquire(timeout=0.05), time.monotonic() - t0 >= 0.04)
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
lock.release()
print(lock.locked(), repr(lock).startswith("<unlocked _thread.lock object at 0x"))
attempt(lock.release)
attempt(lock.acquire, False, 1)
attempt(lock.acquire, True, -5)
attempt(lock.acquire, timeout=-0.5)
print(lock.acquire(True, -1), lock.acquire(True, 0))
lock.release()

with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())

# Any thread may release a plain Lock.
held = threading.Lock()
held.acquire()
threading.Thread(target=held.release).start()
print("acquired after another thread released:", held.acquire(timeout=5))

# A waiter blocked on a lock gets it when the holder releases.
gate = threading.Lock()
gate.acquire()
got = []
waiter = threading.Thread(target=lambda: got.append(gate.acquire(timeout=10)))
waiter.start()
time.sleep(0.02)
print("waiter still waiting:", got)
gate.release()
waiter.join()
print("waiter got it:", got)

# Exact counts under contention.
N, T = 5000, 4
counter = 0


def bump():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


ts = [threading.Thread(target=bump) for _ in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter)

# RLock.
r = threading.RLock()
print(type(r).__name__, r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
print(repr(r).startswith("<locked _thread.RLock object owner="), "count=2" in repr(r))
r.release()
r.release()
print(r._is_owned(), repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
attempt(r.release)


def depth(n):
    with r:
        return 0 if n == 0 else 1 + depth(n - 1)


print("depth", depth(50))

# Another thread neither releases nor acquires an RLock it does not own.
r.acquire()
report = []


def intruder():
    try:
        r.release()
    except RuntimeError as e:
        report.append(str(e))
    report.append(r.acquire(timeout=0.02))
    report.append(r.acquire(False))


t = threading.Thread(target=intruder)
t.start()
t.join()
print(report)
r.release()
t = threading.Thread(target=lambda: report.append(r.acquire(False)))
t.start()
t.join()
print(report[-1], r._is_owned())
