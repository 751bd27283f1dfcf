#!/usr/bin/env python3
"""Runs the threading stress programs of this folder repeatedly.

    stress/threads/run.py build/nogil/ftpy [--repeat N] [--timeout S]

Each program prints "OK name" and exits 0 when every check held. Run it on
the ThreadSanitizer builds too (build/tsan-gil/ftpy, build/tsan-nogil/ftpy).
"""
import argparse
import glob
import os
import subprocess
import sys
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ftpy")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=120)
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    failed = 0
    for prog in sorted(glob.glob(os.path.join(here, "*.py"))):
        if os.path.basename(prog) == "run.py":
            continue
        name = os.path.basename(prog)
        t0 = time.monotonic()
        for i in range(args.repeat):
            try:
                res = subprocess.run([args.ftpy, prog], capture_output=True, timeout=args.timeout)
            except subprocess.TimeoutExpired:
                print("FAIL %s (run %d): timed out" % (name, i + 1))
                failed += 1
                break
            if res.returncode != 0 or not res.stdout.startswith(b"OK"):
                print("FAIL %s (run %d): exit %d\n%s%s" % (name, i + 1, res.returncode,
                      res.stdout.decode(errors="replace"), res.stderr.decode(errors="replace")[-2000:]))
                failed += 1
                break
        else:
            print("PASS %s x%d (%.1f s)" % (name, args.repeat, time.monotonic() - t0))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
