#!/usr/bin/env bash
# Builds the pages of `strata bench word-order`: the paragraphs of GNOME's user help (Debian bookworm's
# gnome-user-docs, written and translated by the GNOME documentation and translation teams, CC BY-SA 3.0), one
# <language>.tsv per language in OUT, "page<TAB>paragraph" per line. Needs apt (Debian's mirror) and python3.
set -euo pipefail
OUT=${1:?usage: build.sh OUT [LANGUAGES...]}; shift
LANGS=${*:-en ru de es fr it pl uk cs nl sv tr pt hu}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT/x"
cd "$OUT"
ls gnome-user-docs_*.deb >/dev/null 2>&1 || apt-get download gnome-user-docs >/dev/null
dpkg-deb -x gnome-user-docs_*.deb x
python3 "$HERE/pages.py" x/usr/share/help $LANGS
