#!/usr/bin/env python3
"""Checks that programs which must fail do fail cleanly, as CPython 3.13 does.

    check_bad.py --ftpy build/nogil/ftpy --table bad/expect.tsv --program bad/x.py
    check_bad.py --ftpy python3.13 --table ../shared/programs/bad/expect.tsv   # all of them

expect.tsv (tab-separated, '#' starts a comment line) has one row per program:
    program  exit_code  error_type  line
For each program run from its own folder, the checks are:
  - it exits with exit_code (not killed by a signal, not past the timeout);
  - unless error_type is '-': the last line of stderr is exactly `error_type` or
    starts with `error_type:`;
  - unless line is '-': the last `  File "...", line N` entry of stderr has N == line;
  - stderr holds no C++ runtime or sanitizer text (`terminate called`, `what():`,
    `std::`, `Segmentation`, `Aborted`, sanitizer reports);
  - when X.out exists beside X.py, stdout equals it byte-exactly; `exit_message.py`
    (shared bad/README.md) must print exactly `out` on stdout and `bye` on stderr.
"""

import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ftpy_run import read_optional, resolve_ftpy, run_program, tail, text  # noqa: E402

FORBIDDEN = (
    "terminate called",
    "what():",
    "std::",
    "Segmentation",
    "Aborted",
    "AddressSanitizer",
    "LeakSanitizer",
    "ThreadSanitizer",
    "UndefinedBehaviorSanitizer",
    ": runtime error:",  # UBSan's report format
)
# With allocator_may_return_null=1 (the asan test presets) ASan announces each
# allocation it refuses with this one line and returns null, which the program
# must turn into MemoryError (tests/bad/rt_memory_string.py): a notice of a
# handled failure, not a report, so it is removed before the check below.
ASAN_REFUSED_ALLOC = re.compile(
    r"^==\d+==WARNING: AddressSanitizer failed to allocate 0x[0-9a-f]+ bytes\n", re.MULTILINE)
FILE_LINE = re.compile(r'^  File "[^"]*", line (\d+)', re.MULTILINE)

# Programs whose exact stdout/stderr the shared README prescribes.
SPECIAL = {"exit_message.py": (b"out\n", b"bye\n")}


def read_table(path):
    if not os.path.isfile(path):
        sys.exit("error: table not found: %s" % path)
    table = {}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = line.split("\t") if "\t" in line else line.split()
            fields = [x.strip() for x in fields]
            if len(fields) != 4:
                sys.exit("error: %s:%d: expected 4 tab-separated fields, got %d"
                         % (path, lineno, len(fields)))
            name, code, etype, want_line = fields
            try:
                table[name] = (int(code), etype, None if want_line == "-" else int(want_line))
            except ValueError:
                sys.exit("error: %s:%d: bad exit code or line number" % (path, lineno))
    return table


def check(ftpy, program, expect, timeout):
    code, etype, want_line = expect
    name = os.path.basename(program)
    res = run_program(ftpy, program, timeout=timeout)
    err = text(res.stderr)
    problems = []
    if res.timed_out:
        problems.append("did not finish within %.0f s" % timeout)
    elif res.signal_name():
        problems.append("killed by %s" % res.signal_name())
    elif res.returncode != code:
        problems.append("exit status %d, expected %d" % (res.returncode, code))

    if etype != "-":
        lines = err.rstrip("\r\n").splitlines()
        last = lines[-1] if lines else ""
        if not (last == etype or last.startswith(etype + ":")):
            problems.append("last stderr line is %r, expected it to start with %r"
                            % (last, etype + ":"))
    if want_line is not None:
        found = FILE_LINE.findall(err)
        if not found:
            problems.append('no `  File "...", line N` entry on stderr (expected line %d)'
                            % want_line)
        elif int(found[-1]) != want_line:
            problems.append('last `File "...", line N` entry says line %s, expected %d'
                            % (found[-1], want_line))
    for marker in FORBIDDEN:
        if marker in ASAN_REFUSED_ALLOC.sub("", err):
            problems.append("stderr contains C++ runtime/sanitizer text %r" % marker)

    want_out = read_optional(os.path.splitext(program)[0] + ".out")
    want_err = None
    if want_out is None and name in SPECIAL:
        want_out, want_err = SPECIAL[name]
    if want_out is not None and res.stdout != want_out:
        problems.append("stdout is %r, expected %r" % (res.stdout[:300], want_out[:300]))
    if want_err is not None and res.stderr != want_err:
        problems.append("stderr is %r, expected %r" % (res.stderr[:300], want_err[:300]))

    if problems:
        print("FAIL %s:" % name)
        for p in problems:
            print("  - " + p)
        print("--- stderr (last lines) ---")
        print(tail(res.stderr) if res.stderr else "(empty)")
        if res.stdout:
            print("--- stdout (last lines) ---")
            print(tail(res.stdout, 10))
        return False
    print("PASS %s (exit %d, %.2f s)" % (name, res.returncode, res.seconds))
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ftpy", required=True, help="runtime executable (path or name on PATH)")
    ap.add_argument("--table", required=True, help="expect.tsv")
    ap.add_argument("--program", action="append",
                    help="program to check (repeatable; default: every row of the table)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per program (default 60)")
    args = ap.parse_args()

    ftpy = resolve_ftpy(args.ftpy)
    table = read_table(args.table)
    base = os.path.dirname(os.path.abspath(args.table))
    programs = args.program or [os.path.join(base, name) for name in table]
    ok = True
    for program in programs:
        program = os.path.abspath(program)
        name = os.path.basename(program)
        if not os.path.isfile(program):
            print("FAIL %s: program not found: %s" % (name, program))
            ok = False
        elif name not in table:
            print("FAIL %s: not listed in %s" % (name, args.table))
            ok = False
        else:
            ok = check(ftpy, program, table[name], args.timeout) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
