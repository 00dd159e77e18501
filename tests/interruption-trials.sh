#!/usr/bin/env bash
# Interrupts runs of the reference and resumes them: SIGINT, SIGTERM or
# SIGKILL to the runner, or SIGKILL to one of its target processes, at a
# random moment. After each trial (and the --resume that finishes it when
# the runner was stopped) the run must hold one outcome for every case,
# each the verdict of an uninterrupted run of the same cases, but for the
# cases a killed target was running (CRASH: what happened to them); and
# once the next run is over, no sandbox root and no process of the trial
# may be left. Prints one table; exit 1 on any loss, duplicate, change or
# leftover.
#
#   tests/interruption-trials.sh OSCONFORM CASES TRIALS_PER_KIND
set -u
osc=$(realpath "$1") cases=$(realpath "$2") per_kind=${3:-2}
work=$(mktemp -d /tmp/osc-interrupt-XXXXXX)
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work/tmp
mkdir -p "$TMPDIR"
filter='*'
run=("$osc" run --target reference --cases "$cases" --filter "$filter" --jobs 2)
run() { "${run[@]}" "$@"; }

# The truth: one uninterrupted run.
run --results "$work/truth.db" >/dev/null 2>&1 || { echo "interruption-trials: the uninterrupted run failed" >&2; exit 4; }
total=$(sqlite3 "$work/truth.db" "SELECT count(*) FROM outcomes")

# Every process whose environment names this trial's sandbox root directory.
trial_processes() {
  grep -lsz "OSCONFORM_SANDBOX_ROOT=$TMPDIR/" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3
}

# The first descendant of pid whose command is the reference target.
target_of() {
  local pid=$1 child
  for child in $(pgrep -P "$pid"); do
    if grep -qs osref-target "/proc/$child/cmdline"; then echo "$child"; return; fi
    target_of "$child" && return
  done
  return 1
}

declare -A trials lost changed crashed leftover
kinds=(runner-INT runner-TERM runner-KILL target-KILL)
for kind in "${kinds[@]}"; do
  trials[$kind]=0 lost[$kind]=0 changed[$kind]=0 crashed[$kind]=0 leftover[$kind]=0
  for _ in $(seq 1 "$per_kind"); do
    trials[$kind]=$((trials[$kind] + 1))
    db=$work/$kind-${trials[$kind]}.db
    "${run[@]}" --results "$db" >/dev/null 2>&1 &  # not through a function: $! must be the runner
    runner=$!
    sleep "0.$((RANDOM % 5))$((RANDOM % 10))"  # a run of the reference takes about 0.6 s here
    case $kind in
    runner-*) kill -s "${kind#runner-}" "$runner" 2>/dev/null ;;
    target-KILL) t=$(target_of "$runner") && kill -KILL "$t" ;;
    esac
    wait "$runner"
    # an unfinished run is finished by --resume, as a user would
    if [ "$(sqlite3 "$db" "SELECT count(*) FROM runs" 2>/dev/null || echo 0)" = 0 ]; then
      run --results "$db" >/dev/null 2>&1  # stopped before its run began: nothing to resume
    elif [ "$(sqlite3 "$db" "SELECT count(*) FROM runs WHERE finished IS NULL")" != 0 ]; then
      run --results "$db" --resume >/dev/null 2>&1
    fi
    [ "$(sqlite3 "$db" "SELECT count(*) FROM runs WHERE finished IS NOT NULL")" = 1 ] &&
      [ "$(sqlite3 "$db" "SELECT count(*) FROM runs")" = 1 ] ||
      lost[$kind]=$((lost[$kind] + 1))  # the run was not finished, or not as one run
    have=$(sqlite3 "$db" "SELECT count(*) FROM outcomes WHERE run_id = (SELECT min(id) FROM runs)")
    [ "$have" -eq "$total" ] || lost[$kind]=$((lost[$kind] + total - have))
    [ -z "${TRIALS_VERBOSE:-}" ] || echo "$kind ${trials[$kind]}: runs [$(sqlite3 "$db" \
      "SELECT group_concat(id || ':' || (finished IS NOT NULL) || ':' || total, ' ') FROM runs")] outcomes $have" >&2
    crashes=$(sqlite3 "$db" "SELECT count(*) FROM outcomes WHERE verdict = 'CRASH'")
    crashed[$kind]=$((crashed[$kind] + crashes))
    differ=$(sqlite3 "$db" "ATTACH '$work/truth.db' AS t; SELECT count(*) FROM outcomes o JOIN t.outcomes u
              USING (case_id) WHERE o.verdict != u.verdict AND o.verdict != 'CRASH'")
    changed[$kind]=$((changed[$kind] + differ))
    # the next run removes what a killed run left; then nothing may be left
    run --results "$work/next.db" --filter 'none' >/dev/null 2>&1
    roots=$(find "$TMPDIR" -mindepth 1 -maxdepth 1 -name 'osconform-*' | wc -l)
    procs=$(trial_processes | wc -l)
    leftover[$kind]=$((leftover[$kind] + roots + procs))
  done
done

bad=0
printf '| interruption | trials | outcomes lost | outcomes changed | CRASH (cases a killed target was running) | sandbox roots or processes left |\n'
printf '|---|---|---|---|---|---|\n'
for kind in "${kinds[@]}"; do
  printf '| %s | %d | %d | %d | %d | %d |\n' "$kind" "${trials[$kind]}" "${lost[$kind]}" "${changed[$kind]}" \
    "${crashed[$kind]}" "${leftover[$kind]}"
  bad=$((bad + lost[$kind] + changed[$kind] + leftover[$kind]))
  [ "${kind%%-*}" = runner ] && bad=$((bad + crashed[$kind]))
done
printf 'interruption trials: %d cases a run, %d problems\n' "$total" "$bad"
[ "$bad" -eq 0 ]
