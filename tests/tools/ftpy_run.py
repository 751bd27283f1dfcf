"""Shared helpers for the test runners: run one program under ftpy, with a timeout.

Used by run_golden.py and check_bad.py (imported from the same folder).  Works with
Python 3.8+, since Debian 12's python3 is 3.11 and the harness must not need more.
"""

import os
import shutil
import signal
import subprocess
import sys
import time


class RunResult:
    def __init__(self, returncode, stdout, stderr, timed_out, seconds):
        self.returncode = returncode  # negative: killed by that signal
        self.stdout = stdout          # bytes
        self.stderr = stderr          # bytes
        self.timed_out = timed_out
        self.seconds = seconds

    def signal_name(self):
        if self.returncode is None or self.returncode >= 0:
            return None
        try:
            return signal.Signals(-self.returncode).name
        except ValueError:
            return "signal %d" % -self.returncode


def resolve_ftpy(ftpy):
    """Returns the runtime's command as a path, accepting a name on PATH
    (`--ftpy python3.13` validates the harness against CPython)."""
    if os.sep in ftpy:
        path = os.path.abspath(ftpy)
        if not os.path.isfile(path) or not os.access(path, os.X_OK):
            sys.exit("error: ftpy executable not found: %s (was it built?)" % path)
        return path
    found = shutil.which(ftpy)
    if not found:
        sys.exit("error: %s not found on PATH" % ftpy)
    return found


def run_program(ftpy, program, args=(), stdin_bytes=None, timeout=60.0, cwd=None,
                interp_args=()):
    """Runs `ftpy [interp_args] program args...` from `cwd` (default: the program's
    folder, with the program named by its base name, so tracebacks print
    `File "name.py"` as CPython does when run beside the file).  Kills the whole
    process group on timeout."""
    program = os.path.abspath(program)
    if cwd is None:
        cwd = os.path.dirname(program)
        prog_arg = os.path.basename(program)
    else:
        prog_arg = os.path.relpath(program, cwd)
    cmd = [ftpy] + list(interp_args) + [prog_arg] + list(args)
    start = time.monotonic()
    proc = subprocess.Popen(
        cmd,
        cwd=cwd,
        stdin=subprocess.PIPE if stdin_bytes is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    timed_out = False
    try:
        out, err = proc.communicate(input=stdin_bytes, timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
    return RunResult(proc.returncode, out, err, timed_out, time.monotonic() - start)


def read_optional(path):
    if os.path.isfile(path):
        with open(path, "rb") as f:
            return f.read()
    return None


def text(data):
    return data.decode("utf-8", errors="replace")


def tail(data, lines=40):
    parts = text(data).splitlines()
    shown = parts[-lines:]
    prefix = ["... (%d earlier lines)" % (len(parts) - lines)] if len(parts) > lines else []
    return "\n".join(prefix + shown)
