"""Runs one contended workload on THREADS threads and prints one RESULT line.

    INTERP bench/contended/run_one.py WORKLOAD THREADS [ITERS] [--quick] [--no-warmup]

Every thread does ITERS iterations (default: the workload's ITERS; --quick:
its QUICK_ITERS), so with perfect scaling the wall time does not
change with THREADS.  Measures the seconds from the barrier release to the last
join (bench/threadrun.py); prints
`RESULT suite=contended workload=... threads=... seconds=... checksum=...`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import threadrun  # noqa: E402

sys.exit(threadrun.main_one("contended", HERE, sys.argv[1:]))
