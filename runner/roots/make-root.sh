#!/usr/bin/env bash
# Builds, when missing or out of date, the minimal Debian root that the
# targets cpython3.14, cpython3.13, pypy3.11 and micropython-unix run in:
# debootstrap (minbase, suite sid) with the packages of the list. The stamp
# in the root is the sha256 of the list and of this script: a change to
# either builds it again. The root is built beside its place and renamed
# into it, so a failed or interrupted build leaves the old one (or none).
#   runner/roots/make-root.sh ROOT PACKAGES
# $OSCONFORM_DEBIAN_MIRROR: the archive (default: debootstrap's own).
set -euo pipefail

root=$1 list=$2
suite=sid
stamp=$(cat "$list" "$0" | sha256sum | cut -c1-16)
if [ -f "$root/.osconform-root" ] && [ "$(cat "$root/.osconform-root")" = "$stamp" ]; then
  exit 0
fi
fail() { echo "osconform: error: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "the Debian root $root is missing or out of date, and only root can build it (make targets as root)"
command -v debootstrap >/dev/null || fail "debootstrap is not installed (apt-get install debootstrap)"
command -v unshare >/dev/null || fail "unshare is not installed (util-linux)"

packages=$(grep -v '^#' "$list" | tr -s ' \n' ',' | sed 's/^,//; s/,$//')
[ -n "$packages" ] || fail "$list: no package"
mkdir -p "$(dirname "$root")"
rm -rf "$root".new.*       # what an interrupted build left
tmp=$root.new.$$
trap 'rm -rf "$tmp"' EXIT
echo "osconform: building the Debian $suite root in $root ($packages); this takes minutes" >&2
started=$(date +%s)
# A mount namespace of its own: what debootstrap mounts in the root (proc,
# sys) goes away with it, even when it fails or is killed.
unshare --mount --propagation private \
  debootstrap --variant=minbase --include="$packages" "$suite" "$tmp" ${OSCONFORM_DEBIAN_MIRROR:+"$OSCONFORM_DEBIAN_MIRROR"} \
  > "$tmp.log" 2>&1 || { tail -5 "$tmp.log" >&2; rm -f "$tmp.log"; fail "debootstrap of $suite failed (log above)"; }
rm -f "$tmp.log"
rm -rf "$tmp"/var/cache/apt/archives/*.deb "$tmp"/var/lib/apt/lists/* "$tmp"/debootstrap
echo "$stamp" > "$tmp/.osconform-root"
rm -rf "$root"
mv "$tmp" "$root"
trap - EXIT
echo "osconform: the root is ready: $(du -sh "$root" | cut -f1) in $(( $(date +%s) - started )) s" >&2
