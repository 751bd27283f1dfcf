# Stress: Lock and RLock under heavy contention, with timed and non-blocking
# acquisitions mixed in. Exact counts or failure. Threads start together on
# a Barrier so they really race.
import sys
import threading

THREADS, ROUNDS = 8, 20000
lock = threading.Lock()
rlock = threading.RLock()
start = threading.Barrier(THREADS)
counts = {"plain": 0, "nested": 0, "timed": 0, "try": 0, "try_failed": 0}


def hammer(i):
    start.wait()
    for k in range(ROUNDS):
        with lock:
            counts["plain"] += 1
        with rlock:
            with rlock:
                counts["nested"] += 1
        if lock.acquire(timeout=1):
            counts["timed"] += 1
            lock.release()
        else:
            raise SystemExit("timed acquire failed")
        if lock.acquire(False):
            counts["try"] += 1
            lock.release()
        else:
            with rlock:
                counts["try_failed"] += 1


ts = [threading.Thread(target=hammer, args=(i,)) for i in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
total = THREADS * ROUNDS
ok = (counts["plain"] == total and counts["nested"] == total and counts["timed"] == total
      and counts["try"] + counts["try_failed"] == total)
print("OK lock_counter" if ok else "FAIL lock_counter %r" % counts)
sys.exit(0 if ok else 1)
