#!/usr/bin/env bash
# `make bench` for the runner: cases per second for each target present, and
# the full suite against python3 beside CPython's own test_os + test_posix,
# measured in the same run. Prints; asserts nothing.
#   runner/bench.sh OSCONFORM CASES SCRATCH_DIR PYTHON TARGET...
set -uo pipefail

osconform=$1 cases=$2 python=$4
mkdir -p "$3" && scratch=$(cd "$3" && pwd)
shift 4
db=$scratch/bench-results.db
rm -f "$db" "$db-wal" "$db-shm"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

jobs=$(getconf _NPROCESSORS_ONLN)
echo "runner bench: $(($(wc -l < "$cases") - 1)) cases from $cases; --jobs $jobs (the default: one per CPU) unless shown"
printf '  %-36s %8s %10s %8s\n' target cases seconds cases/s
# run TARGET [OPTION...]: one timed run; prints its line, sets $secs.
run() {
  local target=$1 label=$1
  shift
  [ $# -gt 0 ] && label="$target $*"
  local start line rc
  start=$(now)
  line=$("$osconform" run --target "$target" --cases "$cases" --results "$db" "$@" 2>/dev/null | tail -1)
  rc=$?
  secs=$(elapsed "$start" "$(now)")
  if [[ $line =~ :\ ([0-9]+)\ cases\ in ]]; then
    n=${BASH_REMATCH[1]}
    printf '  %-36s %8d %10.2f %8.0f\n' "$label" "$n" "$secs" "$(ratio "$n" "$secs")"
  else
    printf '  %-36s %8s %10s %8s  (not run, exit %d)\n' "$label" - - - "$rc"
  fi
}
for target in "$@"; do
  run "$target"
  [ "$target" = "python:$python" ] && [ "$jobs" -gt 1 ] && run "$target" --jobs 1
  # What the confinement costs: the same run without bubblewrap.
  [ "$target" = "python:$python" ] && run "$target" --unconfined
done

# side_by_side LABEL: the suite against python3 and CPython's own tests,
# one after the other in the same environment (TMPDIR: where both put their
# scratch files), each the best of three.
side_by_side() {
  local label=$1 ours=99 theirs=99 rc start t i
  for i in 1 2 3; do
    start=$(now)
    "$osconform" run --target "python:$python" --cases "$cases" --results "$db" >/dev/null 2>&1
    t=$(elapsed "$start" "$(now)")
    ours=$(awk -v a="$t" -v b="$ours" 'BEGIN { print (a < b ? a : b) }')
    start=$(now)
    (cd "$scratch" && "$python" -m test test_os test_posix > cpython-tests.log 2>&1)
    rc=$?  # test_os may fail here (as root, in a container); the time is still its run
    t=$(elapsed "$start" "$(now)")
    theirs=$(awk -v a="$t" -v b="$theirs" 'BEGIN { print (a < b ? a : b) }')
  done
  echo "  $label (best of 3; test_os+test_posix exit $rc, log in $scratch/cpython-tests.log):"
  printf '    %-42s %8.2f s\n' "osconform suite against $python" "$ours"
  printf '    %-42s %8.2f s\n' "$python -m test test_os test_posix" "$theirs"
  printf '    ratio %s (goal: under 0.20)\n' "$(ratio "$ours" "$theirs")"
}

echo
if ! "$python" -c 'import test.test_os, test.test_posix' 2>/dev/null; then
  echo "  $python -m test test_os test_posix: unavailable (Debian's libpython3-testsuite is not installed)"
  exit 0
fi
side_by_side "TMPDIR=${TMPDIR:-/tmp}"
# The suite makes a directory per case and files in most: on a disk mounted
# with online discard (or a busy one) that dominates; on tmpfs it does not.
if [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] && [ -w /dev/shm ] && [ "${TMPDIR:-}" != /dev/shm ]; then
  TMPDIR=/dev/shm side_by_side "TMPDIR=/dev/shm (tmpfs)"
fi
exit 0
