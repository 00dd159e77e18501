#!/usr/bin/env bash
# Times report, gate and merge on a results database (best of 3 runs each).
# usage: bench.sh OSCONFORM RESULTS_DB SPEC_DB WORK_DIR
set -euo pipefail
osconform=$1 results=$2 spec=$3 work=$4
if [ ! -s "$results" ] || [ ! -s "$spec" ]; then
  echo "bench-reports: no $results or $spec yet (run make report first)"
  exit 0
fi
mkdir -p "$work"
best() {   # best wall time in seconds of three runs of "$@"
  local best=
  for _ in 1 2 3; do
    local t0 t1
    t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N)
    best=$(echo "$t0 $t1 ${best:-999}" | awk '{d = $2 - $1; print (d < $3 ? d : $3)}')
  done
  printf '%.3f s' "$best"
}
report=$(best "$osconform" report --results "$results" --spec "$spec" --out "$work/out")
"$osconform" gate --results "$results" --write-baseline "$work/baseline.txt" >/dev/null
outcomes=$(grep -vc '^#' "$work/baseline.txt" || true)
gate=$(best "$osconform" gate --results "$results" --baseline "$work/baseline.txt")
merge=$(best "$osconform" merge --out "$work/merged.db" "$results" "$results")
echo "bench-reports: $results (${outcomes} outcomes): report $report, gate $gate, merge $merge (best of 3)"
