#!/usr/bin/env bash
# Opens a report's index.html in headless Chromium: the page must render,
# its script must run (the filter line counts the rows), the matrix must
# have one row per documented object, and a screenshot lands in BUILD_DIR.
# usage: chromium.sh INDEX_HTML BUILD_DIR   (EXPECTED_ROWS beside INDEX_HTML)
set -euo pipefail
index=$1 build=$2
die() { echo "osconform: error: $index: $*" >&2; exit 1; }

chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || die "no Chromium at $chromium (Debian package chromium)"
[ -f "$index" ] || die "missing (the Criterion suite writes it)"
want=$(cat "$(dirname "$index")/expected-rows")
url="file://$(cd "$(dirname "$index")" && pwd)/$(basename "$index")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
       --disable-component-update --disable-sync --no-first-run --disable-dev-shm-usage
       --user-data-dir="$profile" --window-size=1400,1000)

dom="$build/reports-test/dom.html" shot="$build/reports-screenshot.png"
timeout 120 "$chromium" "${flags[@]}" --dump-dom "$url" >"$dom" 2>"$profile/log" \
  || { cat "$profile/log" >&2; die "Chromium failed to render the page"; }
timeout 120 "$chromium" "${flags[@]}" --screenshot="$shot" "$url" >/dev/null 2>>"$profile/log" \
  || { cat "$profile/log" >&2; die "Chromium failed to take a screenshot"; }

rows=$(grep -o '<tr class="obj"' "$dom" | wc -l)
[ "$rows" -eq "$want" ] || die "the matrix has $rows rows, the spec documents $want objects"
grep -q "<span id=\"shown\">$want of $want objects</span>" "$dom" \
  || die "the filter script did not run (no '$want of $want objects' in the DOM)"
[ -s "$shot" ] || die "no screenshot at $shot"
echo "chromium: index.html renders, $rows matrix rows, screenshot $shot ($(stat -c %s "$shot") bytes)"
