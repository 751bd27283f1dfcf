"""Driver for the contended suite, run inside the interpreter under test.

    INTERP bench/contended/run.py [-t N | --threads 1,2,4] [--quick] [--iters N] [--repeat R] [WORKLOAD...]

Runs every workload (or those named) at each thread count (default 1, 2, ...,
number of cores) and prints its throughput: operations of all threads together
per second, in millions (for queue_pc, THREADS counts producer/consumer pairs
and an operation is one item passed through the queue).
Runs in one process (like CPython's Tools/ftscalingbench); for separate
processes per run, repetitions, peak memory and files, use bench/harness.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import threadrun  # noqa: E402

sys.exit(threadrun.main_contended(HERE, sys.argv[1:]))
