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
stdout is compared byte-exactly; a mismatch prints a unified diff.  The test fails
on a timeout, on death by a signal, and on an unexpected exit status.  With
--repeat N the program runs N times in a row and every run must pass (the threaded
conformance programs use this).  `--ftpy python3.13` checks the harness itself.
"""

import argparse
import difflib
import os
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


def check_once(args, ftpy, expect_out, expect_err, expect_exit, stdin_bytes, prog_args):
    res = run_program(ftpy, args.program, prog_args, stdin_bytes, args.timeout)
    problems = []
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
