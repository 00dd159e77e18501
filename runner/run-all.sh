#!/usr/bin/env bash
# `make report`'s runs: every target in turn, the reference first (cases that
# compare with the reference need its outcomes). A missing target is one
# line and a run the report shows as not run; the others go on. As root, a
# canary outside the sandbox roots must be unchanged after all of them: files,
# and a sleeping process this script started (not killed, stopped, signalled,
# reniced, rescheduled or moved to other CPUs by any case).
#   runner/run-all.sh OSCONFORM CASES RESULTS TARGET...
set -uo pipefail

osconform=$1 cases=$2 results=$3
shift 3

canary_dir=$(dirname "$results")/sandbox-canary
tmp_canary=
plant_canary() {
  rm -rf "$canary_dir"
  mkdir -p "$canary_dir/dir"
  head -c 4096 /dev/urandom > "$canary_dir/file"
  echo "outside the sandbox" > "$canary_dir/dir/nested"
  chmod 0644 "$canary_dir/file"
  tmp_canary=$(mktemp "${TMPDIR:-/tmp}/osconform-canary.XXXXXX")
  echo "outside the sandbox" > "$tmp_canary"
  setsid sleep 86400 </dev/null >/dev/null 2>&1 &
  canary_pid=$!
  canary_state > "$canary_dir.before"
}
canary_process_state() {
  local stat
  stat=$(cat "/proc/$canary_pid/stat" 2>/dev/null) || { echo "canary process $canary_pid: gone"; return; }
  # the fields after the command: state, pgrp, nice, rt_priority, policy
  echo "${stat##*) }" | awk '{ print "canary process: state " $1 " pgrp " $3 " nice " $17 " rt " $38 " policy " $39 }'
  grep -E '^(SigPnd|ShdPnd|SigBlk|SigIgn|Cpus_allowed_list):' "/proc/$canary_pid/status"
}
canary_state() {
  (cd "$canary_dir" && find . -printf '%p %m %U %s %T@\n' | sort && sha256sum file dir/nested)
  stat -c '%n %a %s %Y' "$tmp_canary" && sha256sum "$tmp_canary"
  # The directory the runs start from: a target that failed to enter its
  # sandbox would act here. (.git is left out: git may be at work beside us.)
  find . -maxdepth 1 ! -name . ! -name build ! -name .git -printf 'cwd %p %m %s %T@\n' | sort
  canary_process_state
}

canary_pid=
trap '[ -n "$tmp_canary" ] && rm -f "$tmp_canary"; [ -n "$canary_pid" ] && kill "$canary_pid" 2>/dev/null' EXIT

as_root=0
[ "$(id -u)" -eq 0 ] && as_root=1
if [ $as_root -eq 1 ]; then
  plant_canary
else
  echo "osconform: sandbox canary skipped: not root (the cases that need root do not run either)" >&2
fi

status=0
for target in "$@"; do
  "$osconform" run --target "$target" --cases "$cases" --results "$results"
  rc=$?
  case $rc in
    0) ;;
    5) ;;                      # not run: said in one line, recorded for the report
    130) exit 130 ;;
    *) echo "osconform: error: the run of $target failed (exit $rc)" >&2; status=1 ;;
  esac
done

if [ $as_root -eq 1 ]; then
  if canary_state | cmp -s - "$canary_dir.before"; then
    echo "sandbox canary: unchanged after the runs of $*"
  else
    echo "osconform: error: sandbox canary changed: a case reached outside its sandbox" >&2
    canary_state | diff "$canary_dir.before" - >&2
    status=1
  fi
fi
exit $status
