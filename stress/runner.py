#!/usr/bin/env python3
"""Runs stress programs under a runtime, each several times in a row.

    stress/runner.py FTPY [--repeat N] [--timeout S] [--threads T] [--scale X] [PATH ...]

PATH is a program or a folder of programs (every *.py in it except run.py and
names starting with "_"); the default is both suites, stress/threads and
stress/python.  Each program must exit 0 with a line "OK <name>" on stdout;
anything else (an exit status, a signal, a timeout, a missing OK line) fails
it and its output is shown.  --threads and --scale become the program's
argv[1] and argv[2] (the stress/python programs read them; the
stress/threads ones ignore them).  FTPY may be a path or a name on PATH
(`python3.13` checks the programs themselves).  Exit status: 0 when every
program passed every run, 1 otherwise.  Works with Python 3.8+.

stress/threads/run.py and stress/python/run.py are this runner limited to
their own folder; CTest runs it one program at a time (stress/CMakeLists.txt).
"""
import argparse
import glob
import os
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "tools"))
from ftpy_run import resolve_ftpy  # noqa: E402  (the test harness's lookup)

HERE = os.path.dirname(os.path.abspath(__file__))
SUITES = [os.path.join(HERE, "threads"), os.path.join(HERE, "python")]


def programs_in(paths):
    out = []
    for path in paths:
        if os.path.isdir(path):
            for prog in sorted(glob.glob(os.path.join(path, "*.py"))):
                name = os.path.basename(prog)
                if name != "run.py" and not name.startswith("_"):
                    out.append(prog)
        elif os.path.isfile(path):
            out.append(os.path.abspath(path))
        else:
            sys.exit("error: no such program or folder: %s" % path)
    return out


def run_once(ftpy, prog, argv, timeout):
    """Runs `ftpy name.py argv...` from the program's folder; returns (problem or
    None, stdout bytes, stderr bytes).  A timeout kills the whole process group."""
    proc = subprocess.Popen([ftpy, os.path.basename(prog)] + argv, cwd=os.path.dirname(prog),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        return "timed out after %g s (deadlock, or too slow for this build)" % timeout, out, err
    want = ("OK " + os.path.splitext(os.path.basename(prog))[0]).encode()
    if proc.returncode < 0:
        try:
            sig = signal.Signals(-proc.returncode).name
        except ValueError:
            sig = "signal %d" % -proc.returncode
        return "killed by %s" % sig, out, err
    if proc.returncode != 0:
        return "exit status %d" % proc.returncode, out, err
    if want not in out.splitlines():
        return "no line %r on stdout" % want.decode(), out, err
    return None, out, err


def main(default_paths=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ftpy", help="runtime executable (path or name on PATH)")
    ap.add_argument("paths", nargs="*", metavar="PATH", help="programs or folders")
    ap.add_argument("--repeat", type=int, default=5, help="runs per program (default 5)")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per run (default 120)")
    ap.add_argument("--threads", type=int, help="threads per program (argv[1]; default 4)")
    ap.add_argument("--scale", type=float, help="iteration scale (argv[2]; default 1)")
    args = ap.parse_intermixed_args()
    ftpy = resolve_ftpy(args.ftpy)
    progs = programs_in(args.paths or default_paths or SUITES)
    argv = []
    if args.threads is not None or args.scale is not None:
        argv = [str(args.threads if args.threads is not None else 4)]
        if args.scale is not None:
            argv.append(repr(args.scale))
    failed = 0
    for prog in progs:
        name = os.path.relpath(prog, HERE)
        t0 = time.monotonic()
        for i in range(args.repeat):
            problem, out, err = run_once(ftpy, prog, argv, args.timeout)
            if problem:
                print("FAIL %s (run %d of %d): %s" % (name, i + 1, args.repeat, problem))
                sys.stdout.write(out.decode(errors="replace")[-4000:])
                sys.stdout.write(err.decode(errors="replace")[-4000:])
                sys.stdout.flush()
                failed += 1
                break
        else:
            print("PASS %s x%d (%.1f s)" % (name, args.repeat, time.monotonic() - t0))
            sys.stdout.flush()
    if len(progs) > 1:
        print("%d of %d programs passed" % (len(progs) - failed, len(progs)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
