#!/usr/bin/env python3
"""Runs the Python stress programs of this folder repeatedly.

    stress/python/run.py build/nogil/ftpy [--repeat N] [--timeout S] [--threads T] [--scale X]

Each program races THREADS threads (argv[1], default 4) on one shared object,
SCALE (argv[2], default 1) times its usual number of operations, prints
"OK name" and exits 0 when every check held.  This is stress/runner.py limited
to this folder (see there); run it on the ThreadSanitizer builds too
(build/tsan-gil/ftpy, build/tsan-nogil/ftpy), with --scale 0.2 if slow.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import runner  # noqa: E402  (stress/runner.py)

if __name__ == "__main__":
    sys.exit(runner.main([HERE]))
