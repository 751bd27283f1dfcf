#!/usr/bin/env bash
# Installs the Debian 12 packages ftpy needs to build and test, if any are missing.
# Checks with dpkg first and calls apt-get only when something is missing, so a
# second run does nothing.  Uses sudo when not root; never asks questions.
# Called by scripts/test.sh and scripts/demo.sh.
set -euo pipefail

# Needed to build and test the whole matrix (scripts/test.sh), the clang
# ThreadSanitizer presets included (libclang-rt-dev holds the TSan/ASan
# runtimes, which clang only recommends).
REQUIRED=(build-essential g++ cmake ninja-build python3 libgmp-dev libmimalloc-dev
          libcds-dev libreadline-dev libgtest-dev clang libclang-rt-dev)
# Needed only by optional parts: C++ microbenchmarks, the benchmark figures.
OPTIONAL=(libbenchmark-dev python3-matplotlib)

is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing_required=()
missing_optional=()
for p in "${REQUIRED[@]}"; do is_installed "$p" || missing_required+=("$p"); done
for p in "${OPTIONAL[@]}"; do is_installed "$p" || missing_optional+=("$p"); done

if [[ ${#missing_required[@]} -eq 0 && ${#missing_optional[@]} -eq 0 ]]; then
  echo "deps: all packages present"
  exit 0
fi

echo "deps: missing: ${missing_required[*]} ${missing_optional[*]}"
if ! command -v apt-get >/dev/null; then
  echo "deps: apt-get not found; install these packages by hand" >&2
  exit 1
fi
SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null; then
    echo "deps: not root and sudo is not installed; install these packages as root" >&2
    exit 1
  fi
  # Ask for a password only when someone is at a terminal.
  if [[ -t 0 ]]; then SUDO=(sudo); else SUDO=(sudo -n); fi
fi
# Wait for another apt/dpkg (e.g. unattended-upgrades) rather than failing on its lock.
APT=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y
     -o DPkg::Lock::Timeout=900 -o Acquire::Retries=3)

for attempt in 1 2 3 4 5; do
  if "${APT[@]}" update; then break; fi
  if [[ $attempt -eq 5 ]]; then
    echo "deps: apt-get update failed" >&2
    exit 1
  fi
  echo "deps: apt-get update failed (lock held or network); retrying in 20 s"
  sleep 20
done

if [[ ${#missing_required[@]} -gt 0 ]]; then
  "${APT[@]}" install --no-install-recommends "${missing_required[@]}"
fi
if [[ ${#missing_optional[@]} -gt 0 ]]; then
  "${APT[@]}" install --no-install-recommends "${missing_optional[@]}" ||
    echo "deps: warning: could not install optional packages: ${missing_optional[*]}" >&2
fi
echo "deps: done"
