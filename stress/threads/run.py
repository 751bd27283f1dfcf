#!/usr/bin/env python3
"""Runs the threading stress programs of this folder repeatedly.

    stress/threads/run.py build/nogil/ftpy [--repeat N] [--timeout S]

Each program prints "OK name" and exits 0 when every check held. Run it on
the ThreadSanitizer builds too (build/tsan-gil/ftpy, build/tsan-nogil/ftpy).
This is stress/runner.py limited to this folder (see there for the options).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import runner  # noqa: E402  (stress/runner.py)

if __name__ == "__main__":
    sys.exit(runner.main([HERE]))
