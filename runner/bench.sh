#!/usr/bin/env bash
# `make bench` for the runner: cases per second for each target present, and
# the full suite against python3 beside CPython's own test_os + test_posix,
# measured in the same run, with the share of the cases that start processes
# (those of the spec's Process Management and scheduler sections). Prints;
# asserts nothing.
#   runner/bench.sh OSCONFORM CASES SPEC_DB SCRATCH_DIR PYTHON TARGET...
set -uo pipefail

osconform=$1 cases=$2 spec=$3 python=$5
mkdir -p "$4" && scratch=$(cd "$4" && pwd)
shift 5
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

# The cases that start processes: those of the objects the spec documents
# under Process Management and the scheduler, with the file's header, in
# a case file of their own.
process_cases=$scratch/process-cases.jsonl
doc=$(sed -n '1s/.*"doc": *"\([0-9.]*\)".*/\1/p' "$cases")
names=$(sqlite3 "$spec" "SELECT DISTINCT o.name FROM objects o JOIN documents d ON d.id = o.document_id
                         WHERE d.version = '$doc' AND o.section IN ('Process Management',
                         'Interface to the scheduler')" 2>/dev/null | paste -sd '|' | sed 's/\./\\./g')
{ head -1 "$cases"; [ -n "$names" ] && tail -n +2 "$cases" | grep -E "\"object\":\"($names)\""; } > "$process_cases"

# best_of_3 CASES: the best wall time of three runs of CASES against
# python3, in $best.
best_of_3() {
  local start t i
  best=99
  for i in 1 2 3; do
    start=$(now)
    "$osconform" run --target "python:$python" --cases "$1" --results "$db" >/dev/null 2>&1
    t=$(elapsed "$start" "$(now)")
    best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (a < b ? a : b) }')
  done
}

# side_by_side LABEL: the suite against python3 and CPython's own tests,
# one after the other in the same environment (TMPDIR: where both put their
# scratch files), each the best of three; then the cases that start
# processes alone.
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
  local n
  n=$(($(wc -l < "$process_cases") - 1))
  if [ "$n" -gt 0 ]; then
    best_of_3 "$process_cases"
    printf '    %-42s %8.2f s  (%s of test_os+test_posix)\n' "its $n PM + scheduler cases alone" \
      "$best" "$(ratio "$best" "$theirs")"
  fi
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
