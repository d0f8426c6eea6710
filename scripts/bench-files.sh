#!/bin/sh
# The ingest benchmarks' document mix: every HTML, text and PDF file over 2 KB under /usr/share and /usr/lib
# (real documentation written by others: Vim help, library manuals, licences), copied flat into DIR.
#   scripts/bench-files.sh DIR
set -e
[ -n "$1" ] || { echo "usage: $0 DIR" >&2; exit 2; }
mkdir -p "$1"
find /usr/share /usr/lib -type f -size +2k \( -name '*.html' -o -name '*.txt' -o -name '*.pdf' \) 2>/dev/null | sort |
  while read -r f; do
    cp "$f" "$1/$(echo "$f" | cut -c2- | tr '/' '_')"
  done
echo "$(ls "$1" | wc -l) files, $(du -sm "$1" | cut -f1) MB in $1"
