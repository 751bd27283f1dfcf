"""Races the creation and death of deferred-counted objects (module-level
functions and code objects, counted in per-thread tables in the free-threaded
build) against the reconcile passes they trigger: every 4096 new deferred
objects a thread stops the world, folds every thread's table into the counts
and frees what is dead, while the other threads keep calling shared functions.

Each thread compiles and runs small modules with exec() (new code objects and
module-level functions every time), calls the new functions, keeps every 10th
one alive in a shared dict, and calls one long-lived shared function. Asserts
exactly: every call returned its expected value, and the kept functions are
all present and still callable with the right result.

    deferred_churn.py [THREADS] [SCALE]
"""
import sys
import threading

NAME = "deferred_churn"
THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 4
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
N = max(1, int(1500 * SCALE))


def shared_square(x):
    return x * x


kept = {}
kept_lock = threading.Lock()
errors = []
go = threading.Barrier(THREADS)


def worker(t):
    try:
        go.wait()
        for i in range(N):
            ns = {}
            exec("def f%d(x):\n    return x + %d\n" % (i, i), ns)
            f = ns["f%d" % i]
            if f(t) != t + i:
                errors.append("f%d(%d) returned %r" % (i, t, f(t)))
            if shared_square(i) != i * i:
                errors.append("shared_square(%d) wrong" % i)
            if i % 10 == 0:
                with kept_lock:
                    kept[(t, i)] = f
    except BaseException as e:
        errors.append("worker %d raised %r" % (t, e))


threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()
if errors:
    print("FAIL %s: %s" % (NAME, "; ".join(errors[:3])))
    raise SystemExit(1)
expected_keys = {(t, i) for t in range(THREADS) for i in range(0, N, 10)}
if set(kept) != expected_keys:
    print("FAIL %s: kept %d functions, expected %d" % (NAME, len(kept), len(expected_keys)))
    raise SystemExit(1)
for (t, i), f in kept.items():
    if f(100) != 100 + i:
        print("FAIL %s: kept f%d broken" % (NAME, i))
        raise SystemExit(1)
print("OK " + NAME)
