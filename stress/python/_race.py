"""What every stress program of this folder shares (not a test itself: the
runner and CTest skip files starting with an underscore).

    from _race import setup
    THREADS, SCALE, scaled, fail, race = setup("name")

setup() reads THREADS (argv[1], default 4) and SCALE (argv[2], default 1.0),
makes GIL builds switch threads often, and returns:
  scaled(n)   n * SCALE, at least 1
  fail(msg)   prints "FAIL name: msg" and exits with status 1
  race(jobs)  runs each (function, argument) of `jobs` in its own thread, all
              released together by one Barrier; fails if any of them raised
"""
import sys
import threading


def setup(name):
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    sys.setswitchinterval(1e-5)  # GIL builds: switch often so the threads interleave

    def scaled(n):
        return max(1, int(n * scale))

    def fail(msg):
        print("FAIL %s: %s" % (name, msg))
        raise SystemExit(1)

    def race(jobs):
        errors = []
        go = threading.Barrier(len(jobs))

        def run(fn, arg):
            try:
                go.wait()
                fn(arg)
            except SystemExit:  # fail() already said why
                errors.append(None)
            except BaseException as e:
                errors.append("%s(%r) raised %r" % (fn.__name__, arg, e))

        ts = [threading.Thread(target=run, args=job) for job in jobs]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        said = [e for e in errors if e]
        if said:
            fail("; ".join(said[:3]))
        if errors:
            raise SystemExit(1)

    return threads, scale, scaled, fail, race
