#!/usr/bin/env python3
"""Rewrites jars and zips in place with every entry stored, not deflated, leaving out the entries that --drop names.

For the GPU bench's pack (scripts/gpu-bench.sh pack): the pack is one xz stream, and xz finds far more in class
files and sources stored as they are than in deflated ones (the command line's 97 MB of library jars: 88 MB as xz
deflated, 46 MB stored). The pack is carried to the GPU machine in parts, one call each, so every part saved is a
call saved. Java reads stored entries as it reads deflated ones; a signed jar stays valid (its digests are of the
entries' contents, not of their compression).

usage: lean-jars.py [--drop REGEX]... FILE...
"""
import argparse
import os
import re
import shutil
import sys
import tempfile
import zipfile


def lean(path, drops):
    """Rewrites one zip, returns how many entries were left out."""
    left_out = 0
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), suffix=".lean")
    os.close(fd)
    try:
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED, allowZip64=True) as out:
            for info in src.infolist():
                if any(d.search(info.filename) for d in drops):
                    left_out += 1
                    continue
                copy = zipfile.ZipInfo(info.filename, info.date_time)
                copy.external_attr = info.external_attr
                copy.comment = info.comment
                copy.compress_type = zipfile.ZIP_STORED
                with src.open(info) as data:
                    out.writestr(copy, data.read())
        shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    return left_out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drop", action="append", default=[], help="a regular expression: entries whose name it finds are left out")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    drops = [re.compile(d) for d in args.drop]
    for f in args.files:
        before = os.path.getsize(f)
        n = lean(f, drops)
        print(f"{os.path.basename(f)}: {before / 1e6:.1f} MB -> {os.path.getsize(f) / 1e6:.1f} MB stored, {n} entries left out", file=sys.stderr)


if __name__ == "__main__":
    main()
