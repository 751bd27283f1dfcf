#!/usr/bin/env python3
"""Regenerates the expected outputs of the golden programs with CPython 3.13.

    python3 tests/programs/regen.py [--check] [PROGRAM.py ...]

For every NAME.py that already has a NAME.out (or every program given), runs
`python3.13 NAME.py [args from NAME.args]` from the program's folder with stdin
from NAME.stdin (or /dev/null) and rewrites NAME.out; NAME.err is rewritten
only when it exists (with "<folder>/" removed, as tests/tools/run_golden.py
does), NAME.exit only when the status is non-zero.  Each program runs twice
under different PYTHONHASHSEED values and must print the same both times
(string-hash order would make the output nondeterministic).  --check compares
instead of writing and exits 1 on any difference.  Helper modules (no .out)
are skipped.  Not itself a test: it has no .out.
"""
import argparse
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read(path):
    if os.path.isfile(path):
        with open(path, "rb") as f:
            return f.read()
    return None


def run(py, seed):
    base = os.path.splitext(py)[0]
    args_text = read(base + ".args")
    args = shlex.split(args_text.decode()) if args_text else []
    stdin = read(base + ".stdin")
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONWARNINGS", None)
    res = subprocess.run(["python3.13", os.path.basename(py)] + args, cwd=os.path.dirname(py),
                         input=stdin if stdin is not None else b"",
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=120)
    err = res.stderr.replace((os.path.dirname(py) + os.sep).encode(), b"")
    return res.stdout, err, res.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("programs", nargs="*")
    a = ap.parse_args()
    if a.programs:
        progs = [os.path.abspath(p) for p in a.programs]
    else:
        progs = []
        for root, _, files in os.walk(HERE):
            progs += [os.path.join(root, f) for f in files
                      if f.endswith(".py") and os.path.isfile(os.path.join(root, f[:-3] + ".out"))]
    bad = 0
    for py in sorted(progs):
        base = os.path.splitext(py)[0]
        out1, err1, rc1 = run(py, 1)
        out2, err2, rc2 = run(py, 2)
        rel = os.path.relpath(py, HERE)
        if (out1, rc1) != (out2, rc2) or (os.path.exists(base + ".err") and err1 != err2):
            print("NONDETERMINISTIC", rel)
            bad += 1
            continue
        want = {".out": out1}
        if os.path.exists(base + ".err"):
            want[".err"] = err1
        if rc1 != 0 or os.path.exists(base + ".exit"):
            want[".exit"] = b"%d\n" % rc1 if rc1 else None
        if err1 and ".err" not in want:
            print("note: %s wrote to stderr without a .err file:\n%s" % (rel, err1.decode()[-500:]))
        for ext, data in want.items():
            old = read(base + ext)
            if old == data:
                continue
            if a.check:
                print("DIFFERS", rel[:-3] + ext)
                bad += 1
            elif data is None:
                os.remove(base + ext)
            else:
                with open(base + ext, "wb") as f:
                    f.write(data)
                print("wrote", rel[:-3] + ext)
    print("%d program(s), %d problem(s)" % (len(progs), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
