# Semaphore, BoundedSemaphore and Barrier (actions, timeouts, abort, reset,
# broken barriers).
import threading
import time


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", e)


sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.02))
print(repr(sem).startswith("<threading.Semaphore at 0x"), repr(sem).endswith(": value=0>"))
sem.release(2)
print(sem.acquire(blocking=False), sem._value)
attempt(threading.Semaphore, -1)
attempt(sem.acquire, False, 1)
attempt(sem.release, 0)

# At most `value` threads inside at once.
limit = threading.Semaphore(3)
mu = threading.Lock()
inside = [0, 0]  # now, peak


def limited():
    with limit:
        with mu:
            inside[0] += 1
            inside[1] = max(inside[1], inside[0])
        time.sleep(0.005)
        with mu:
            inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak within 3:", 1 <= inside[1] <= 3, inside[0])

# A released semaphore wakes a blocked acquirer.
gate = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(gate.acquire(timeout=10)))
t.start()
gate.release()
t.join()
print("woken:", got)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
attempt(b.release)
print(repr(b).endswith(": value=2/2>"))

# Barrier: every party gets a distinct index; the action runs once per cycle.
actions = []
bar = threading.Barrier(3, action=lambda: actions.append("tripped"))
print(bar.parties, bar.n_waiting, bar.broken, repr(bar).endswith(": waiters=0/3>"))
indexes = []
lk = threading.Lock()


def party():
    for _ in range(2):
        i = bar.wait()
        with lk:
            indexes.append(i)


ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(indexes), actions, bar.n_waiting, bar.broken)

# A timeout breaks the barrier for everyone.
short = threading.Barrier(2, timeout=0.02)
try:
    short.wait()
except threading.BrokenBarrierError:
    print("timed out: broken =", short.broken, repr(short).endswith(": broken>"))
try:
    short.wait()
except threading.BrokenBarrierError:
    print("still broken")
short.reset()
print("after reset:", short.broken, short.n_waiting)

# abort() releases waiters with BrokenBarrierError.
ab = threading.Barrier(3)
errors = []


def blocked():
    try:
        ab.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)


ws = [threading.Thread(target=blocked) for _ in range(2)]
for w in ws:
    w.start()
while ab.n_waiting < 2:
    time.sleep(0.001)
ab.abort()
for w in ws:
    w.join()
print(errors, ab.broken)

# An action that raises breaks the barrier; its thread sees the exception.
def bad_action():
    raise ZeroDivisionError("action failed")


bad = threading.Barrier(2, action=bad_action)
outcomes = []


def bad_party():
    try:
        bad.wait()
        outcomes.append("ok")
    except Exception as e:
        outcomes.append(type(e).__name__)


bs = [threading.Thread(target=bad_party) for _ in range(2)]
for t in bs:
    t.start()
for t in bs:
    t.join()
print(sorted(outcomes), bad.broken)
attempt(threading.Barrier, 0)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
