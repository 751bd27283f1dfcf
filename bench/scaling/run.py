"""Driver for the scaling suite, run inside the interpreter under test.

    INTERP bench/scaling/run.py [-t N | --threads 1,2,4] [--quick] [--iters N] [--repeat R] [WORKLOAD...]

Runs every workload (or those named) at 1 thread and at N threads (default: the
number of cores, at least 2), each thread doing the workload's full ITERS, and
prints workload, t1, tN (seconds from barrier release to last join, median of
R runs) and the scaling figure N x t1 / tN: N.00x is perfect, ~1.00x is what a
global lock gives.
Runs in one process (like CPython's Tools/ftscalingbench); for separate
processes per run, repetitions, peak memory and files, use bench/harness.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import threadrun  # noqa: E402

sys.exit(threadrun.main_scaling(HERE, sys.argv[1:]))
