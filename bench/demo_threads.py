"""CPU-bound threads: count the primes below LIMIT by trial division, split over
THREADS threads.  The numbers are cut into blocks of BLOCK and block b goes to
thread b % THREADS, so every thread gets about the same work and the total work
does not depend on the thread count: wall time with 1 thread divided by wall time
with N threads is the parallel speedup.  Under a GIL it stays near 1; the
free-threaded build should approach min(N, cores).

  ftpy bench/demo_threads.py [THREADS] [LIMIT]

Prints the count (checked against known values) and one machine-readable line,
  RESULT threads=N limit=L primes=P seconds=S gil=G
that scripts/demo.py parses.  Exits 3 if the threading module is unavailable.
"""
import sys
import time

try:
    import threading
except ImportError:
    print("demo_threads: the threading module is not available in this runtime")
    sys.exit(3)

KNOWN = {100000: 9592, 200000: 17984, 300000: 25997, 500000: 41538, 1000000: 78498}
BLOCK = 1000


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True


def worker(index, nthreads, limit, out):
    count = 0
    lo = index * BLOCK
    while lo < limit:
        hi = min(lo + BLOCK, limit)
        for n in range(lo, hi):
            if is_prime(n):
                count += 1
        lo += nthreads * BLOCK
    out[index] = count


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 500000
    out = [0] * nthreads
    threads = []
    for i in range(nthreads):
        threads.append(threading.Thread(target=worker, args=(i, nthreads, limit, out)))
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - start
    primes = sum(out)
    expected = KNOWN.get(limit)
    if expected is None:
        verdict = "(no known value to check)"
    elif primes == expected:
        verdict = "ok"
    else:
        verdict = "WRONG, expected " + str(expected)
    gil = "unknown"
    if hasattr(sys, "_is_gil_enabled"):
        gil = str(sys._is_gil_enabled())
    print("primes below", limit, "with", nthreads, "threads:", primes, verdict)
    print("RESULT threads=%d limit=%d primes=%d seconds=%.6f gil=%s"
          % (nthreads, limit, primes, seconds, gil))
    if expected is not None and primes != expected:
        sys.exit(1)


main()
