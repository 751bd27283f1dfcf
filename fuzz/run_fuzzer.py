#!/usr/bin/env python3
"""Runs one libFuzzer target for a fixed time and reports how many inputs it ran.

    fuzz/run_fuzzer.py BUILD/fuzz_run --seconds 600 --seeds BUILD/fuzz/seeds \
        --work BUILD/fuzz [--dict fuzz/python.dict]

The target's new inputs go to WORK/corpus/<target>/ (kept between runs, so a
later run starts where this one stopped); the seed folder is only read. A
crash, leak, timeout (10 s on one input) or out-of-memory stops the run:
libFuzzer writes the input to WORK/artifacts/<target>-<kind>-<hash> and this
script exits with the fuzzer's non-zero status. Last line on success:
`<target>: <N> executions in <S> s, corpus <C> inputs`. Used by the CTest
smoke tests (fuzz/CMakeLists.txt) and scripts/fuzz.sh.
"""
import argparse
import os
import re
import subprocess
import sys
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("target")
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--dict")
    args = ap.parse_args()

    name = os.path.basename(args.target)
    corpus = os.path.join(args.work, "corpus", name)
    artifacts = os.path.join(args.work, "artifacts")
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(artifacts, exist_ok=True)
    cmd = [args.target,
           "-max_total_time=%d" % args.seconds,
           "-print_final_stats=1",
           "-timeout=10",
           "-rss_limit_mb=3072",
           "-max_len=4096",
           "-artifact_prefix=%s/%s-" % (artifacts, name)]
    if args.dict:
        cmd.append("-dict=" + args.dict)
    cmd += [corpus]
    if os.path.isdir(args.seeds):
        cmd.append(args.seeds)
    print(" ".join(cmd), flush=True)
    start = time.time()
    env = dict(os.environ)
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")  # stacks in UB reports
    proc = subprocess.run(cmd, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env)
    elapsed = time.time() - start
    log = proc.stderr.decode("utf-8", "replace")
    sys.stderr.write(log[-20000:] if proc.returncode else log[-3000:])
    runs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", log)
    count = runs[-1] if runs else "?"
    inputs = len(os.listdir(corpus))
    print("%s: %s executions in %.0f s, corpus %d inputs%s"
          % (name, count, elapsed, inputs,
             "" if proc.returncode == 0 else ", FAILED (status %d)" % proc.returncode),
          flush=True)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
