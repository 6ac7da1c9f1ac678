#!/usr/bin/env bash
# Clones every repository of ecosystem/repos.tsv into DIR/OWNER+NAME as a bare Git directory holding its pinned
# commit, for ecosystem/check.py --copies DIR. Needs the network; already cloned repositories are skipped.
#
#   ecosystem/clone.sh DIR
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: ecosystem/clone.sh DIR" >&2; exit 2; }
dir="$1"
mkdir -p "$dir"
grep -v '^#' "$(dirname "$0")/repos.tsv" | while IFS=$'\t' read -r name commit _; do
  [ -n "$name" ] || continue
  target="$dir/${name/\//+}"
  if [ -d "$target" ] && git --git-dir "$target" cat-file -e "$commit^{commit}" 2>/dev/null; then
    continue
  fi
  echo "cloning $name at $commit" >&2
  rm -rf "$target"
  git init -q --bare "$target"
  git --git-dir "$target" fetch -q --depth 1 "https://github.com/$name.git" "$commit" \
    || git --git-dir "$target" fetch -q "https://github.com/$name.git"
done
