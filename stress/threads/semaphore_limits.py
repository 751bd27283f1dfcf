# Stress: a BoundedSemaphore caps concurrency under a storm of acquirers with
# timeouts; never more than the limit inside, never over-released.
import sys
import threading

LIMIT, THREADS, ROUNDS = 3, 8, 3000
sem = threading.BoundedSemaphore(LIMIT)
mu = threading.Lock()
inside = [0]
peak = [0]
timeouts = [0]
go = threading.Barrier(THREADS)


def storm():
    go.wait()
    for k in range(ROUNDS):
        if not sem.acquire(timeout=5):
            with mu:
                timeouts[0] += 1
            continue
        with mu:
            inside[0] += 1
            if inside[0] > peak[0]:
                peak[0] = inside[0]
        with mu:
            inside[0] -= 1
        sem.release()


ts = [threading.Thread(target=storm) for _ in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
try:
    sem.release()
    over = False
except ValueError:
    over = True
ok = 1 <= peak[0] <= LIMIT and inside[0] == 0 and timeouts[0] == 0 and over and sem._value == LIMIT
print("OK semaphore_limits" if ok else "FAIL semaphore_limits peak=%d inside=%d timeouts=%d" % (peak[0], inside[0], timeouts[0]))
sys.exit(0 if ok else 1)
