#!/usr/bin/env bash
# Every entry point that reads a file someone else may have made, fed
# malformed inputs (and a few valid edge cases). Each input must end in one
# of two ways: refused with "osconform: error:" lines (one per problem, naming the file) and an exit
# status of 2-4, or (the valid ones) accepted with status 0. Anything else is
# counted against its entry point: a crash (signal, sanitizer report), a
# Python traceback, a hang (no exit within 30 s), or a wrong outcome (a bad
# input accepted, a good one refused, a refusal that is not "osconform:
# error:" lines: generate names every bad template, then sums up). Prints
# one table; exit 1 if any input ended otherwise.
#
#   tests/malformed-inputs.sh OSCONFORM SPEC_DB PYTHON
#   (MALFORMED_VERBOSE=1: each input's first line of stderr too)
#
# The case line's fields are tried one by one by runner/tests/test_schema.c
# (714 inputs); this covers the files around them.
set -u
osc=$(realpath "$1") spec=$(realpath "$2") python=$3
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/osc-malformed-XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 4

entries=()
declare -A tried clear ok crash traceback hang wrong
failures=()

# try ENTRY WANT LABEL COMMAND...: WANT is refuse or accept.
try() {
  local entry=$1 want=$2 label=$3
  shift 3
  [ -n "${tried[$entry]+x}" ] || { entries+=("$entry"); tried[$entry]=0; clear[$entry]=0; ok[$entry]=0
                                    crash[$entry]=0; traceback[$entry]=0; hang[$entry]=0; wrong[$entry]=0; }
  tried[$entry]=$((tried[$entry] + 1))
  timeout -k 5 30 "$@" </dev/null >out 2>err
  local rc=$? lines
  lines=$(wc -l <err)
  local verdict
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then verdict=hang
  elif [ $rc -ge 128 ] || grep -qE 'Sanitizer|runtime error:' err; then verdict=crash
  elif grep -q 'Traceback' err; then verdict=traceback
  elif [ "$want" = accept ] && [ $rc -eq 0 ]; then verdict=ok
  elif [ "$want" = refuse ] && [ $rc -ge 2 ] && [ $rc -le 4 ] && [ "$lines" -ge 1 ] &&
       [ "$(grep -c '^osconform: error: ' err)" -eq "$lines" ]; then verdict=clear
  else verdict=wrong
  fi
  case $verdict in
  ok) ok[$entry]=$((ok[$entry] + 1)) ;;
  clear) clear[$entry]=$((clear[$entry] + 1)) ;;
  crash) crash[$entry]=$((crash[$entry] + 1)) ;;
  traceback) traceback[$entry]=$((traceback[$entry] + 1)) ;;
  hang) hang[$entry]=$((hang[$entry] + 1)) ;;
  wrong) wrong[$entry]=$((wrong[$entry] + 1)) ;;
  esac
  [ -z "${MALFORMED_VERBOSE:-}" ] || printf '%s | %s | %s: %s\n' "$entry" "$label" "$verdict" "$(head -c 200 err | head -1)" >&2
  [ $verdict = ok ] || [ $verdict = clear ] ||
    failures+=("$entry: $label: $verdict (exit $rc): $(head -c 300 err | tr '\n' ' ')")
}

header='{"format": "osconform-cases", "version": 1, "doc": "3.14"}'
good_case='{"id": "a/1", "object": "getpid", "kind": "behaviour", "steps": [{"call": "getpid"}], "expect": [{"type": "int"}]}'
printf '%s\n%s\n' "$header" "$good_case" >good.jsonl
mkfifo fifo
mkdir adir
run="$osc run --target reference --results $work/r.db"

# ---- run --cases: the file around the case lines -------------------------------
cases() { printf '%b' "$2" >c.jsonl; try "run --cases" "$1" "$3" $run --cases c.jsonl; }
try "run --cases" refuse "missing file" $run --cases nowhere.jsonl
try "run --cases" refuse "a directory" $run --cases adir
try "run --cases" refuse "a FIFO" $run --cases fifo
try "run --cases" refuse "/dev/zero" $run --cases /dev/zero
cases refuse "" "empty file"
cases accept "$header\n" "header only"
cases refuse "{not json\n$good_case\n" "header not JSON"
cases refuse '{"format": "other", "version": 1, "doc": "3.14"}\n' "header of another format"
cases refuse '{"format": "osconform-cases", "version": 2, "doc": "3.14"}\n' "header version 2"
cases refuse '{"format": "osconform-cases", "version": 1}\n' "header without doc"
cases refuse '[1, 2]\n' "header an array"
cases refuse "$header\n\n$good_case\n" "a blank line"
cases refuse "$header\n$good_case\n$good_case\n" "duplicate ids"
cases refuse "$header\n[$good_case]\n" "a case inside an array"
cases refuse "$header\n42\n" "a number for a case"
cases refuse "$header\n$good_case x\n" "garbage after the case"
cases refuse "$header\n${good_case%?}\n" "a case cut short"
cases refuse "$header\n{\"id\": \"a\\\\ud800\"}\n" "a lone surrogate escape"
cases refuse "$header\n{\"id\": \"\xff\xfe\"}\n" "bytes that are not UTF-8"
cases refuse "$header\n{\"id\": \"a\", \"line\": 1e400}\n" "a number out of range"
cases refuse "$header\n{\"id\": \"a\\\\u0000b\", \"object\": \"x\", \"kind\": \"value\", \"steps\": [{\"call\": \"x\"}], \"expect\": [{\"any\": true}]}\n" "a NUL in an id"
cases accept "${header}\r\n${good_case}\r\n" "CRLF line ends"
cases accept "$header\n$good_case" "no newline at the end"
head -c 3000 /dev/urandom >rand.bin; try "run --cases" refuse "random bytes" $run --cases rand.bin
{ echo "$header"; printf '%s' '{"id": "deep", "args": '; head -c 100000 /dev/zero | tr '\0' '['; echo; } >deep.jsonl
try "run --cases" refuse "nested 100000 deep" $run --cases deep.jsonl
{ echo "$header"; printf '{"id": "big", "object": "x", "kind": "value", "claim_text": "'
  head -c 2000000 /dev/zero | tr '\0' 'a'; echo '", "steps": [{"call": "x"}], "expect": [{"any": true}]}'; } >big.jsonl
try "run --cases" refuse "a 2 MB claim_text" $run --cases big.jsonl
{ echo "$header"; for i in $(seq 1 2000); do
    echo "{\"id\": \"many/$i\", \"object\": \"getpid\", \"kind\": \"behaviour\", \"steps\": [{\"call\": \"getpid\"}], \"expect\": [{\"type\": \"int\"}]}"
  done; } >many.jsonl
try "run --cases" accept "2000 cases" $run --cases many.jsonl --filter 'many/1*'
try "run --cases" accept "a filter that selects nothing" $run --cases good.jsonl --filter 'none/*'

# ---- $run --expectations ---------------------------------------------------------
mkdir ex
expect_file() { rm -rf ex/*; printf '%b' "$2" >ex/osref.txt; try "run --expectations" "$1" "$3" $run --cases good.jsonl --expectations ex; }
try "run --expectations" refuse "missing directory" $run --cases good.jsonl --expectations nowhere
try "run --expectations" refuse "a file for the directory" $run --cases good.jsonl --expectations good.jsonl
rm -rf ex/*; mkfifo ex/osref.txt; try "run --expectations" refuse "a FIFO for a file" $run --cases good.jsonl --expectations ex
rm -rf ex/*; mkdir ex/osref.txt; try "run --expectations" refuse "a directory for a file" $run --cases good.jsonl --expectations ex
expect_file accept "" "empty file"
expect_file accept "# only a comment\n\n" "comments only"
expect_file accept "a/1 FAIL a reason\r\n" "CRLF line ends"
expect_file accept "a/* FAIL caf\xc3\xa9 in UTF-8\n" "a UTF-8 reason"
expect_file refuse "a/1\n" "no verdict"
expect_file refuse "a/1 FAIL\n" "no reason"
expect_file refuse "a/1 BROKEN why\n" "an unknown verdict"
expect_file refuse "a/1 fail why\n" "a verdict in lower case"
expect_file refuse "a/1 PASS why\n" "PASS is no divergence"
expect_file refuse "a/1 SKIP why\n" "SKIP is no divergence"
expect_file refuse "a/1 NOTYET why\n" "NOTYET is no divergence"
expect_file refuse "a/[1 FAIL why\n" "an unclosed ["
expect_file refuse "a/\xff FAIL why\n" "a glob byte no id has"
expect_file refuse "a/1 FAIL \x1b[31mred\n" "an escape sequence in the reason"
expect_file refuse "a/1 FAIL caf\xe9\n" "a Latin-1 reason"
expect_file refuse "include\n" "include without a name"
expect_file refuse "include ../osref.txt\n" "include out of the directory"
expect_file refuse "include missing.txt\n" "include of a missing file"
expect_file refuse "include osref.txt\n" "include of itself"
rm -rf ex/*; printf 'include b.txt\n' >ex/osref.txt; printf 'include osref.txt\n' >ex/b.txt
try "run --expectations" refuse "an include loop" $run --cases good.jsonl --expectations ex
{ printf 'a/1 FAIL '; head -c 1000000 /dev/zero | tr '\0' 'x'; echo; } >long.txt
rm -rf ex/*; cp long.txt ex/osref.txt; try "run --expectations" accept "a 1 MB reason" $run --cases good.jsonl --expectations ex

# ---- run --platforms and the extractor's --platforms ------------------------------
vocab=$here/spec/platforms.json
edit_vocab() {  # edit_vocab NAME SED-EXPRESSION: a copy of the vocabulary with one edit
  sed "$2" "$vocab" >"$1"
}
platforms_inputs() {  # LABEL FILE
  try "run --platforms" "$want" "$1" $run --cases good.jsonl --platforms "$2"
  try "extract --platforms" "$want" "$1" "$python" "$here/extract/extract.py" --quiet --platforms "$2" \
      "$here/spec/sources/000_9f8447d887d47d4e.txt"
}
want=refuse
platforms_inputs "missing file" nowhere.json
platforms_inputs "a directory" adir
platforms_inputs "a FIFO" fifo
: >empty.json; platforms_inputs "empty file" empty.json
echo '[]' >p.json; platforms_inputs "an array" p.json
echo '{}' >p.json; platforms_inputs "an empty object" p.json
printf '\xff{}' >p.json; platforms_inputs "not UTF-8" p.json
head -c 100000 /dev/zero | tr '\0' '[' >p.json; platforms_inputs "nested 100000 deep" p.json
edit_vocab p1.json 's/"version": 1/"version": 2/'; platforms_inputs "version 2" p1.json
edit_vocab p2.json 's/"platforms": {/"platforms": {"X": 1, /'; platforms_inputs "an entry that is a number" p2.json
edit_vocab p3.json 's/"kind": "platform", "sys_platform": \["linux"\]/"kind": "platform", "sys_platform": "linux"/'; platforms_inputs "sys_platform a string" p3.json
edit_vocab p4.json 's/"Unix": *{"kind": "group"}/"Unix": {"kind": "group", "member_of": ["POSIX"]}/; s/"POSIX": *{"kind": "group"}/"POSIX": {"kind": "group", "member_of": ["Unix"]}/'
platforms_inputs "a membership cycle" p4.json
edit_vocab p5.json 's/"Mac OS X": "macOS"/"Mac OS X": "Darwin"/'; platforms_inputs "a dangling alias" p5.json
edit_vocab p6.json 's/"member_of": \["Unix", "POSIX", "Any"\]/"member_of": ["Unix", "Linux", "Any"]/'; platforms_inputs "member_of a platform" p6.json
edit_vocab p7.json 's/"kind": "platform"/"kind": "os"/'; platforms_inputs "an unknown kind" p7.json
edit_vocab p8.json 's/"version_fact": "uname_release"/"version_fact": "kernel"/'; platforms_inputs "an unknown version fact" p8.json
edit_vocab p9.json 's/"libcs": {/"libcs": {"uclibc": {}, /'; platforms_inputs "a libc without fact values" p9.json
edit_vocab p10.json 's/"qualifiers": \[/"qualifiers": [7, /'; platforms_inputs "a qualifier that is a number" p10.json
edit_vocab p11.json 's/"platforms": {/"platforms": {"Linux2": {"kind": "platform"}, /'; platforms_inputs "a platform without facts" p11.json
edit_vocab p12.json 's/"version": 1,/"version": 1, "extra": true,/'; platforms_inputs "an unknown key" p12.json
want=accept
cp "$vocab" same.json; platforms_inputs "the real vocabulary" same.json

# ---- extract: os.rst sources ---------------------------------------------------------
src() { try "extract SOURCE" "$1" "$2" "$python" "$here/extract/extract.py" --quiet --db x.db "${@:3}"; }
rst() { printf '%b' "$2" >s.rst; src "$1" "$3" s.rst; }
# Two objects with a version note: the extractor dates a document by them.
note='.. function:: g1()\n\n   G1.\n\n   .. versionadded:: 3.3\n\n.. function:: g2()\n\n   G2.\n\n   .. versionadded:: 3.3\n\n'
src refuse "missing file" nowhere.rst
src refuse "a directory" adir
src refuse "a FIFO" fifo
src refuse "/dev/null" /dev/null
rst refuse "" "empty file"
rst refuse "\x00\x01\x02" "binary data"
rst refuse "caf\xe9\n" "not UTF-8"
rst refuse ".. function:: f()\n\n   Does f.\n" "no version note"
rst accept "${note}.. function:: f()\n\n   Does f.\n" "one function"
{ printf '%b.. function:: f()\n\n   ' "$note"; head -c 9000 /dev/zero | tr '\0' 'a'; echo; } >long.rst
src accept "a 9000-character line" long.rst
rst accept "${note//\\n/\\r\\n}.. function:: f()\r\n\r\n   Does f.\r\n" "CRLF line ends"
rst accept "${note//\\n/\\r}.. function:: f()\r\r   Does f.\r" "CR-only line ends"
rst refuse "${note}.. function:: f()\n\n   A.\n\n.. function:: f()\n\n   B.\n" "a function documented twice"
rst refuse "${note}.. function:: f(\n\n   Does f.\n" "an unclosed signature"
rst accept "${note}.. availability:: Nowhere\n" "an availability outside any object"
rst refuse "${note}.. function:: f()\n\n   .. availability:: Atlantis >= 3\n" "an unknown platform"
{ printf '%b' "$note"; for i in $(seq 0 400); do printf '%*s* a\n' $((i * 2)) ''; done; } >deep.rst
src refuse "lists nested 400 deep" deep.rst
{ printf '%b.. function:: f()\n\n   ' "$note"; head -c 3000000 /dev/zero | tr '\0' 'a'; echo; } >long.rst
src refuse "a 3 MB line (docutils drops documents with lines over 10000)" long.rst
cp "$here/spec/sources/000_9f8447d887d47d4e.txt" a.rst; cp a.rst b.rst
src refuse "two sources of one version" a.rst b.rst

# ---- generate --templates -----------------------------------------------------------------
gen() { try "generate --templates" "$1" "$2" "$osc" generate --spec "$spec" --templates tpl --out gen.jsonl; }
template() { rm -rf tpl; mkdir -p tpl/files; printf '%b' "$2" >tpl/files/mkdir.jsonl; gen "$1" "$3"; }
good_tpl='{"id": "t", "quote": "Create a directory named path", "steps": [{"call": "mkdir", "args": ["d"]}], "expect": [{"returns": null}]}'
template accept "$good_tpl\n" "one good template"
template accept "// a comment\n\n$good_tpl\n" "comments and blank lines"
template accept "" "an empty file"
template refuse "{not json\n" "not JSON"
template refuse "[1]\n" "an array"
template refuse '{"id": "t", "quote": "no such sentence anywhere in os.rst", "steps": [{"call": "mkdir", "args": ["d"]}], "expect": [{"returns": null}]}\n' "a quote of no claim"
template refuse '{"id": "t", "quote": "Create a directory named path", "steps": [{"call": "mkdir", "args": ["d"]}], "expect": [{"returns": null}], "isloate": true}\n' "an unknown field"
template refuse '{"id": "t", "quote": "Create a directory named path", "setup": [{"op": "mkdir", "path": "../x"}], "steps": [{"call": "mkdir", "args": ["d"]}], "expect": [{"returns": null}]}\n' "a path out of the sandbox"
template refuse '{"id": "t", "quote": "Create a directory named path", "steps": [{"call": "mkdir", "args": ["d"]}], "expect": [{"raises": 5}]}\n' "raises not a string"
template refuse '{"id": "t", "quote": "Create a directory named path", "steps": [{"call": "mkdir", "args": ["d"]}], "expect": []}\n' "no expectation for a step"
template refuse '{"id": "t", "quote": "Create a directory named path", "steps": [{"call": "mkdir", "args": ["d"]}], "expect": [{"returns": null}], "timeout_ms": 2147483648}\n' "timeout_ms out of range"
template refuse "$good_tpl\n$good_tpl\n" "the same id twice"
rm -rf tpl; mkdir -p tpl/files; mkfifo tpl/files/mkdir.jsonl; gen refuse "a FIFO template"
rm -rf tpl; mkdir -p tpl/files; printf '%s\n' "$good_tpl" >tpl/files/no_such_name.jsonl; gen refuse "a file for no documented name"
rm -rf tpl; try "generate --templates" refuse "missing directory" "$osc" generate --spec "$spec" --templates tpl --out gen.jsonl

# ---- merge, report, gate: results databases from other machines -----------------------------
$"$osc" run --target reference --cases good.jsonl --results good.db >/dev/null 2>&1 ||
  { echo "malformed-inputs: cannot make a good results database" >&2; exit 4; }
db() {  # [accept] LABEL SQL: a copy of good.db changed by SQL, fed to merge, report and gate
  local want=refuse
  [ "$1" = accept ] && { want=accept; shift; }
  cp good.db bad.db && sqlite3 bad.db "$2" 2>/dev/null
  try "merge" $want "$1" "$osc" merge --out merged.db bad.db
  try "report" $want "$1" "$osc" report --results bad.db --spec "$spec" --out rep
  try "gate" $want "$1" "$osc" gate --results bad.db --fail-under 0
}
raw_db() {  # LABEL FILE
  try "merge" refuse "$1" "$osc" merge --out merged.db "$2"
  try "report" refuse "$1" "$osc" report --results "$2" --spec "$spec" --out rep
  try "gate" refuse "$1" "$osc" gate --results "$2" --fail-under 0
}
raw_db "missing file" nowhere.db
raw_db "a directory" adir
raw_db "a FIFO" fifo
: >empty.db; raw_db "empty file" empty.db
cp rand.bin rand.db; raw_db "random bytes" rand.db
cp good.jsonl text.db; raw_db "a text file" text.db
sqlite3 notables.db 'CREATE TABLE t(x);'; raw_db "a database without runs" notables.db
cp "$spec" specdb.db; raw_db "the spec database" specdb.db
# The same rows in tables that take anything (CREATE TABLE AS keeps no constraint).
sqlite3 loose.db "ATTACH 'good.db' AS g; PRAGMA user_version = 1;
  CREATE TABLE runs AS SELECT * FROM g.runs; CREATE TABLE outcomes AS SELECT * FROM g.outcomes;"
loose() {  # LABEL SQL on the copy whose columns accept anything
  cp loose.db bad.db && sqlite3 bad.db "$2" 2>/dev/null
  try "merge" refuse "$1" "$osc" merge --out merged.db bad.db
  try "report" refuse "$1" "$osc" report --results bad.db --spec "$spec" --out rep
  try "gate" refuse "$1" "$osc" gate --results bad.db --fail-under 0
}
loose "runs.target NULL" "UPDATE runs SET target = NULL"
loose "runs.implementation NULL" "UPDATE runs SET implementation = NULL"
loose "runs.platform NULL" "UPDATE runs SET platform = NULL"
loose "runs.platform not JSON" "UPDATE runs SET platform = '{not json'"
loose "runs.doc NULL" "UPDATE runs SET doc = NULL"
loose "runs.started a number" "UPDATE runs SET started = 12"
loose "runs.total text" "UPDATE runs SET total = 'many'"
loose "outcomes.verdict NULL" "UPDATE outcomes SET verdict = NULL"
loose "outcomes.verdict unknown" "UPDATE outcomes SET verdict = 'GREAT'"
loose "outcomes.case_id NULL" "UPDATE outcomes SET case_id = NULL"
loose "outcomes.case_id a blob" "UPDATE outcomes SET case_id = x'00ff'"
loose "outcomes.object NULL" "UPDATE outcomes SET object = NULL"
loose "outcomes.kind unknown" "UPDATE outcomes SET kind = 'odd'"
loose "outcomes.us text" "UPDATE outcomes SET us = 'slow'"
loose "outcomes.run_id dangling" "UPDATE outcomes SET run_id = 999"
loose "outcomes.expected not JSON" "UPDATE outcomes SET expected = '{not json'"
# A trigger of an input is data: nothing fires it, and the merge copies rows only.
db accept "a trigger that would write a file" "CREATE TRIGGER t AFTER INSERT ON outcomes BEGIN SELECT writefile('$work/pwned', 'x'); END;"
db "a view in place of outcomes" "ALTER TABLE outcomes RENAME TO o2; CREATE VIEW outcomes AS SELECT * FROM o2;"
db "runs made from a view's rows" "CREATE VIEW v AS SELECT 1; DROP TABLE runs; CREATE TABLE runs AS SELECT * FROM v;"
[ -e "$work/pwned" ] && failures+=("merge: a trigger of an input wrote a file")
cp good.db ok.db
try "merge" accept "a good database" "$osc" merge --out merged.db ok.db
try "report" accept "a good database" "$osc" report --results ok.db --spec "$spec" --out rep
try "gate" accept "a good database" "$osc" gate --results ok.db --fail-under 0
try "report --spec" refuse "a spec that is a results database" "$osc" report --results ok.db --spec ok.db --out rep
try "report --spec" refuse "a spec that is random bytes" "$osc" report --results ok.db --spec rand.db --out rep
try "report --spec" refuse "a FIFO spec" "$osc" report --results ok.db --spec fifo --out rep

# ---- gate --baseline ---------------------------------------------------------------------------
base() { printf '%b' "$2" >base.txt; try "gate --baseline" "$1" "$3" "$osc" gate --results ok.db --baseline base.txt; }
try "gate --baseline" refuse "missing file" "$osc" gate --results ok.db --baseline nowhere.txt
try "gate --baseline" refuse "a FIFO" "$osc" gate --results ok.db --baseline fifo
base refuse "" "empty file"
base refuse "# osconform baseline 2\n" "version 2"
base refuse "# osconform baseline 1\nreference\ta/1\n" "two columns"
base refuse "# osconform baseline 1\nreference\ta/1\tGREAT\n" "an unknown verdict"
base refuse "not a baseline\n" "no header"
"$osc" gate --results ok.db --write-baseline written.txt >/dev/null 2>&1
try "gate --baseline" accept "the baseline it wrote" "$osc" gate --results ok.db --baseline written.txt

# ---- the table -----------------------------------------------------------------------------------
total=0 bad=0
printf '| entry point | inputs | clear error | accepted correctly | crash | traceback | hang | wrong |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for e in "${entries[@]}"; do
  printf '| %s | %d | %d | %d | %d | %d | %d | %d |\n' "$e" "${tried[$e]}" "${clear[$e]}" "${ok[$e]}" \
    "${crash[$e]}" "${traceback[$e]}" "${hang[$e]}" "${wrong[$e]}"
  total=$((total + tried[$e]))
  bad=$((bad + crash[$e] + traceback[$e] + hang[$e] + wrong[$e]))
done
printf 'malformed inputs: %d tried, %d ended otherwise than refused in one line or accepted\n' "$total" "$bad"
for f in "${failures[@]}"; do printf '  %s\n' "$f"; done
[ "$bad" -eq 0 ] && [ ${#failures[@]} -eq 0 ]
