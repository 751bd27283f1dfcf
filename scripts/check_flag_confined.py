#!/usr/bin/env python3
"""Lint (ctest `lint/flag_confined`): objects/ never tests the build variant.

STYLE.md point 1 and gc/config.h: call sites do not test FTPY_GIL; the per-concern
headers (gc/refcount.h, gc/header.h, gc/alloc.h, runtime/threads/...) give both
meanings behind one API.  This fails when a file under objects/ mentions FTPY_GIL
or config::kGil outside a // comment.

    scripts/check_flag_confined.py [repo root]
"""

import os
import re
import sys

PATTERN = re.compile(r"\bFTPY_GIL\b|\bkGil\b")
CHECKED = ("objects",)
SUFFIXES = (".h", ".hpp", ".cpp", ".cc", ".def", ".inc")


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                           os.path.join(os.path.dirname(__file__), ".."))
    bad = []
    for folder in CHECKED:
        for dirpath, _, files in os.walk(os.path.join(root, folder)):
            for name in sorted(files):
                if not name.endswith(SUFFIXES):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    for lineno, line in enumerate(f, 1):
                        code = line.split("//", 1)[0]
                        if PATTERN.search(code):
                            bad.append("%s:%d: %s" % (os.path.relpath(path, root), lineno,
                                                      line.strip()))
    if bad:
        print("objects/ must not test the build variant (use the gc/ and runtime/threads/ "
              "headers that hide it):")
        print("\n".join(bad))
        return 1
    print("ok: no variant test under %s" % ", ".join(c + "/" for c in CHECKED))
    return 0


if __name__ == "__main__":
    sys.exit(main())
