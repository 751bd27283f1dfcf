#!/usr/bin/env python3
"""The `shared/absent` test: reports that the shared conformance programs were not
found (a fresh clone without ../shared) and exits 77, which CTest counts as skipped
(SKIP_RETURN_CODE 77).  Argument: the folder that was looked for."""

import sys

print("SKIPPED: ../shared/programs not found; conformance programs not run")
if len(sys.argv) > 1:
    print("(looked for %s; configure with -DFTPY_SHARED_DIR=<folder holding programs/>)"
          % sys.argv[1])
sys.exit(77)
