#!/bin/sh
# Builds the sample corpora that the workbench's welcome opens (Open Sample): the documents of sample/documents,
# real and freely licensed (sample/SOURCES.md), ingested, scored and layered by the command line, once with the
# layers named in English (OUT/en) and once in Russian (OUT/ru). Run by the build (bundles/org.strata.cli/pom.xml).
# Usage: make-sample.sh STRATA-CLI SAMPLE-DIR OUT
set -e
CLI=$1 SAMPLE=$2 OUT=$3
case $CLI in /*) ;; *) CLI="$(pwd)/$CLI" ;; esac
[ -x "$CLI" ] && [ -d "$SAMPLE/documents" ] && [ -n "$OUT" ] || { echo "usage: make-sample.sh STRATA-CLI SAMPLE-DIR OUT" >&2; exit 2; }
rm -rf "$OUT"
for lang in en ru; do
  dir="$OUT/$lang"
  mkdir -p "$dir"
  # the documents travel with the corpus and are ingested by a relative path, so that a copy of the folder is whole
  cp -r "$SAMPLE/documents" "$SAMPLE/SOURCES.md" "$dir/"
  case $lang in ru) name="Пример Strata" ;; *) name="Strata sample" ;; esac
  sh "$CLI" new "$dir" --language "$lang" --name "$name" >/dev/null
  (cd "$dir" && sh "$CLI" ingest . documents >/dev/null)
  sh "$CLI" score "$dir" --device cpu >/dev/null
  sh "$CLI" layer --auto "$dir" >/dev/null
  echo "sample corpus ($lang): $(sh "$CLI" stats "$dir" | sed -n 2p | tr -s ' ')"
done
