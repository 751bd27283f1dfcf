#!/usr/bin/env python3
"""Runs one golden program under ftpy and compares its output with the expected one.

    run_golden.py --ftpy build/nogil/ftpy --program tests/programs/x.py --expect x.out

The program runs from its own folder (so it can import modules beside it) and is
named by its base name.  Optional files beside X.py:
    X.stdin   fed on standard input (otherwise stdin is /dev/null)
    X.args    program arguments, split like a shell does (sys.argv[1:])
    X.err     expected standard error, compared byte-exactly when present, after
              removing "<program's folder>/" from the actual stderr (CPython prints
              absolute paths in tracebacks; write X.err with `File "X.py"`)
    X.exit    expected exit status (default 0)
With --check-live the program runs under `-X showrefcount`, and the run also
fails unless ftpy reports that nothing but immortal objects was left at exit
("[ftpy: 0 objects alive at exit, ...]"; runtime/teardown.h).  A program whose
daemon threads are still running at exit is named with --daemon-at-exit: then
teardown must say it was skipped.  The report lines are removed from stderr
before X.err is compared.
stdout is compared byte-exactly; a mismatch prints a unified diff.  The test fails
on a timeout, on death by a signal, and on an unexpected exit status.  With
--repeat N the program runs N times in a row and every run must pass (the threaded
conformance programs use this).  `--ftpy python3.13` checks the harness itself.
"""

import argparse
import difflib
import os
import re
import shlex
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ftpy_run import read_optional, resolve_ftpy, run_program, tail, text  # noqa: E402


def sibling(program, ext):
    return os.path.splitext(program)[0] + ext


def diff(expected, actual, what):
    lines = difflib.unified_diff(
        text(expected).splitlines(keepends=True),
        text(actual).splitlines(keepends=True),
        fromfile="expected " + what,
        tofile="actual " + what,
    )
    out = "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                  for line in lines)
    if not out:  # same text once decoded: the bytes differ in encoding only
        out = "(outputs differ only in bytes that are not valid UTF-8)\n"
        out += "expected: %r\nactual:   %r\n" % (expected[:400], actual[:400])
    return out


LIVE_REPORT = re.compile(rb"^\[ftpy: (\d+) objects alive at exit, \d+ immortal\]\n"
                         rb"(?:\[ftpy:   .*\]\n)*", re.M)
LIVE_SKIPPED = re.compile(rb"^\[ftpy: teardown skipped: \d+ threads still running\]\n", re.M)


def check_live(args, res):
    """Removes the exit report from res.stderr; returns the problem it shows, if any."""
    report = LIVE_REPORT.search(res.stderr)
    skipped = LIVE_SKIPPED.search(res.stderr)
    res.stderr = LIVE_SKIPPED.sub(b"", LIVE_REPORT.sub(b"", res.stderr))
    if args.daemon_at_exit:
        return None if skipped else "expected '[ftpy: teardown skipped: ...]' (daemon threads at exit)"
    if skipped:
        return "teardown skipped (threads still running at exit): %s" % text(skipped.group(0)).strip()
    if not report:
        return "no live-object report at exit (-X showrefcount)"
    if report.group(1) != b"0":
        return "objects left at exit: %s" % text(report.group(0)).strip().replace("\n", " ")
    return None


def check_once(args, ftpy, expect_out, expect_err, expect_exit, stdin_bytes, prog_args):
    interp_args = ["-X", "showrefcount"] if args.check_live else []
    res = run_program(ftpy, args.program, prog_args, stdin_bytes, args.timeout,
                      interp_args=interp_args)
    problems = []
    if args.check_live and not res.timed_out and not res.signal_name():
        live_problem = check_live(args, res)
        if live_problem:
            problems.append(live_problem)
    if res.timed_out:
        problems.append("timed out after %.0f s" % args.timeout)
    elif res.signal_name():
        problems.append("killed by %s" % res.signal_name())
    elif res.returncode != expect_exit:
        problems.append("exit status %d, expected %d" % (res.returncode, expect_exit))
    if res.stdout != expect_out:
        problems.append("stdout differs from %s:\n%s" % (args.expect, diff(expect_out, res.stdout,
                                                                           "stdout")))
    if expect_err is not None and not args.ignore_stderr:
        folder = (os.path.dirname(args.program) + os.sep).encode()
        actual_err = res.stderr.replace(folder, b"")
        if actual_err != expect_err:
            problems.append("stderr differs from %s:\n%s"
                            % (sibling(args.program, ".err"),
                               diff(expect_err, actual_err, "stderr")))
    return res, problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ftpy", required=True, help="runtime executable (path or name on PATH)")
    ap.add_argument("--program", required=True, help="the .py program")
    ap.add_argument("--expect", help="expected stdout (default: X.out beside the program)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per run (default 60)")
    ap.add_argument("--repeat", type=int, default=1, help="runs in a row; all must pass")
    ap.add_argument("--ignore-stderr", action="store_true", help="do not compare X.err")
    ap.add_argument("--check-live", action="store_true",
                    help="run with -X showrefcount; fail unless nothing is left at exit")
    ap.add_argument("--daemon-at-exit", action="store_true",
                    help="with --check-live: daemon threads run at exit, teardown must be skipped")
    args = ap.parse_args()

    ftpy = resolve_ftpy(args.ftpy)
    args.program = os.path.abspath(args.program)
    if not os.path.isfile(args.program):
        sys.exit("error: program not found: %s" % args.program)
    args.expect = os.path.abspath(args.expect or sibling(args.program, ".out"))
    expect_out = read_optional(args.expect)
    if expect_out is None:
        sys.exit("error: expected output not found: %s" % args.expect)
    expect_err = read_optional(sibling(args.program, ".err"))
    exit_text = read_optional(sibling(args.program, ".exit"))
    expect_exit = int(exit_text.decode().strip()) if exit_text else 0
    stdin_bytes = read_optional(sibling(args.program, ".stdin"))
    args_text = read_optional(sibling(args.program, ".args"))
    prog_args = shlex.split(text(args_text)) if args_text else []

    name = os.path.basename(args.program)
    total = 0.0
    for i in range(1, args.repeat + 1):
        res, problems = check_once(args, ftpy, expect_out, expect_err, expect_exit,
                                   stdin_bytes, prog_args)
        total += res.seconds
        if problems:
            run = " (run %d of %d)" % (i, args.repeat) if args.repeat > 1 else ""
            print("FAIL %s%s: %s" % (name, run, "; ".join(p.splitlines()[0] for p in problems)))
            for p in problems:
                rest = p.split("\n", 1)
                if len(rest) > 1:
                    print(rest[1], end="" if rest[1].endswith("\n") else "\n")
            if res.stderr and not (expect_err is not None and not args.ignore_stderr):
                print("--- stderr (last lines) ---")
                print(tail(res.stderr))
            return 1
    runs = " x%d" % args.repeat if args.repeat > 1 else ""
    print("PASS %s%s (%.2f s)" % (name, runs, total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
